//! What the evaluation examples share: reading a gold file of JSON lines,
//! one story with its `text` per line, and the scores.

use std::error::Error;

use serde_json::Value;

/// Calls `f` with each story of the JSON-lines file at `path` (blank lines
/// skipped) and its text; returns how many there were. A line that is no
/// JSON or has no text is an error that names the line.
pub fn for_each_story(
    path: &str,
    mut f: impl FnMut(&Value, &str) -> Result<(), Box<dyn Error>>,
) -> Result<usize, Box<dyn Error>> {
    let data = std::fs::read_to_string(path)?;
    let mut stories = 0;
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value =
            serde_json::from_str(line).map_err(|e| format!("{path}: line {}: {e}", n + 1))?;
        let text = v["text"].as_str().ok_or_else(|| format!("{path}: line {}: no text", n + 1))?;
        f(&v, text).map_err(|e| format!("{path}: line {}: {e}", n + 1))?;
        stories += 1;
    }
    Ok(stories)
}

/// `a / b`, or 0 when `b` is 0.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The harmonic mean of precision and recall, or 0 when both are 0.
pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
}
