//! The large gazetteers that the `bench` example and the criterion
//! benchmarks build: generated names, and every list of
//! ../shared/data/gazetteers merged.

use std::error::Error;

use pressroom::{Entity, EntityKind, Gazetteer};

/// `n` distinct generated two-word names, as person entities.
pub fn generated(n: usize) -> Gazetteer {
    const FIRST: &[&str] = &["Alex", "Maria", "Ivan", "Chen", "Amir", "Sofia", "Kofi", "Lena"];
    let mut g = Gazetteer::new();
    for i in 0..n {
        let name = format!("{} Testname{i}", FIRST[i % FIRST.len()]);
        // Generated names are valid and distinct, so `add` cannot fail.
        let _ = g.add(Entity::new(format!("g{i}"), EntityKind::Person, name));
    }
    g
}

/// Every list under ../shared/data/gazetteers, merged (the first of an id
/// wins: lists may share ids).
pub fn shared_lists() -> Result<Gazetteer, Box<dyn Error>> {
    let mut all = Gazetteer::new();
    let mut paths: Vec<_> = std::fs::read_dir("../shared/data/gazetteers")?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    paths.sort();
    for p in paths {
        for e in Gazetteer::from_path(&p)?.entities() {
            if all.get(&e.id).is_none() {
                all.add(e.clone())?;
            }
        }
    }
    Ok(all)
}
