//! The JSON side of the `extract` example, shared with the fuzz target that
//! exercises its JSON-lines handling. The JSON itself is the library's
//! (`Extraction::json`); this adds the document id and reads input lines.

use pressroom::{Date, Extraction, Extractor, OffsetUnit};
use serde_json::Value;

/// One JSON line in, one JSON object out; a bad line gives its id (if any)
/// and a message.
pub fn process_line(
    ex: &Extractor,
    line: &[u8],
    unit: OffsetUnit,
) -> Result<Value, (Value, String)> {
    let v: Value =
        serde_json::from_slice(line).map_err(|e| (Value::Null, format!("bad JSON: {e}")))?;
    let id = v.get("id").cloned().unwrap_or(Value::Null);
    let text = v
        .get("text")
        .and_then(Value::as_str)
        .ok_or_else(|| (id.clone(), "no \"text\" string".to_string()))?;
    let published = match v.get("published") {
        Some(Value::String(s)) => Some(
            s.get(..10).unwrap_or(s).parse::<Date>().map_err(|e| (id.clone(), e.to_string()))?,
        ),
        _ => None,
    };
    let doc = ex.extract_with_date(text, published);
    let mut obj = to_json(&doc, None, unit);
    obj["id"] = id;
    Ok(obj)
}

/// The JSON object of ../shared/CLI.md for one document.
pub fn to_json(doc: &Extraction<'_>, id: Option<&str>, unit: OffsetUnit) -> Value {
    let mut v = serde_json::to_value(doc.json(unit)).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut v {
        // "id" first, as in the contract's example.
        let mut with_id = serde_json::Map::new();
        with_id.insert("id".into(), id.map_or(Value::Null, |s| Value::String(s.into())));
        with_id.extend(std::mem::take(map));
        *map = with_id;
    }
    v
}
