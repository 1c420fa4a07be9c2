//! What the gazetteer misses in a corpus: the most frequent names found by
//! pattern but unknown to the gazetteer, and the share of person mentions
//! linked to a gazetteer entity.
//!
//! cargo run --release --example coverage -- ../shared/data/raw/kremlin_en_2021.jsonl [TOP]

use std::collections::HashMap;
use std::error::Error;

use pressroom::{EntityKind, Extractor};
use serde_json::Value;

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().ok_or("usage: coverage CORPUS.jsonl [TOP]")?;
    let top: usize = args.get(1).map_or(Ok(20), |s| s.parse())?;
    let data = std::fs::read_to_string(path)?;
    let ex = Extractor::new();
    let (mut docs, mut people, mut linked) = (0usize, 0usize, 0usize);
    // name -> (kind, mentions, documents)
    let mut unknown: HashMap<(String, EntityKind), (usize, usize)> = HashMap::new();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value =
            serde_json::from_str(line).map_err(|e| format!("{path}: line {}: {e}", n + 1))?;
        let Some(text) = v["text"].as_str() else { continue };
        let date =
            v["published"].as_str().or(v["date"].as_str()).and_then(|d| d.get(..10)?.parse().ok());
        let doc = ex.extract_with_date(text, date);
        docs += 1;
        for m in doc.mentions().iter().filter(|m| m.kind == EntityKind::Person) {
            people += 1;
            if doc.entity(m).gazetteer.is_some() {
                linked += 1;
            }
        }
        for e in doc.entities().iter().filter(|e| e.gazetteer.is_none() && !e.mentions.is_empty()) {
            let slot = unknown.entry((e.name.clone(), e.kind)).or_default();
            slot.0 += e.mentions.len();
            slot.1 += 1;
        }
    }
    println!("{docs} documents from {path}");
    println!(
        "person mentions linked to the gazetteer: {linked} of {people} ({:.1}%)",
        100.0 * linked as f64 / people.max(1) as f64
    );
    let mut rows: Vec<_> = unknown.into_iter().collect();
    rows.sort_by(|a, b| b.1.1.cmp(&a.1.1).then(b.1.0.cmp(&a.1.0)).then(a.0.cmp(&b.0)));
    for kind in [EntityKind::Person, EntityKind::Institution, EntityKind::Program] {
        println!("\nmost frequent {kind} names unknown to the gazetteer (documents, mentions):");
        for ((name, _), (mentions, in_docs)) in rows.iter().filter(|r| r.0.1 == kind).take(top) {
            println!("  {in_docs:>4} {mentions:>5}  {name}");
        }
    }
    Ok(())
}
