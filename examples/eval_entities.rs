//! Name finding measured against gold entity annotations in JSON lines
//! (`{"text", "entities": [{"start", "end", "label"}]}`, offsets in code
//! points, labels PER, ORG, LOC and MISC), as in
//! ../shared/data/entities/conll2003_dev.jsonl.
//!
//! cargo run --release --example eval_entities -- ../shared/data/entities/conll2003_dev.jsonl [--show LABEL:KIND] [--max N]
//!
//! People, institutions and places are scored against PER, ORG and LOC;
//! programs and MISC are not scored. A mention counts when its span and
//! label are exactly the gold one's. Role mentions ("the chancellor") are
//! left out: the gold marks names only. `--show PER:missed` (or
//! `ORG:wrong`, ...) prints, to standard error, up to `--max` (default 40)
//! errors of that label and kind with their context.

use std::collections::{HashMap, HashSet};
use std::error::Error;

use gold::{f1, for_each_story, ratio};
use pressroom::{CharOffsets, EntityKind, Source};

#[path = "common/gold.rs"]
mod gold;

const LABELS: [&str; 3] = ["PER", "ORG", "LOC"];

#[derive(Default)]
struct Tally {
    right: usize,
    wrong: usize,
    missed: usize,
}

fn label(kind: EntityKind) -> Option<&'static str> {
    match kind {
        EntityKind::Person => Some("PER"),
        EntityKind::Institution => Some("ORG"),
        EntityKind::Place => Some("LOC"),
        _ => None,
    }
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().ok_or("usage: eval_entities FILE.jsonl [--show LABEL:KIND]")?;
    let option = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1));
    let show = option("--show").cloned();
    let max: usize = option("--max").map_or(Ok(40), |m| m.parse())?;
    let mut tallies: HashMap<&'static str, Tally> = HashMap::new();
    let mut shown = 0;
    let docs = for_each_story(path, |v, text| {
        let chars: Vec<char> = text.chars().collect();
        // Labels other than the three scored count as "MISC".
        let mut gold: HashMap<(usize, usize), &'static str> = HashMap::new();
        for e in v["entities"].as_array().into_iter().flatten() {
            let (Some(s), Some(t), Some(l)) =
                (e["start"].as_u64(), e["end"].as_u64(), e["label"].as_str())
            else {
                return Err("an entity needs start, end, label".into());
            };
            let l = LABELS.iter().find(|x| **x == l).copied().unwrap_or("MISC");
            gold.insert((s as usize, t as usize), l);
        }
        let doc = pressroom::extract(text);
        let offsets = CharOffsets::new(text);
        let mut found: HashSet<((usize, usize), &'static str)> = HashSet::new();
        for m in doc.mentions() {
            let Some(l) = label(m.kind).filter(|_| m.source != Source::Role) else { continue };
            let r = offsets.char_range(m.span);
            found.insert(((r.start, r.end), l));
        }
        let mut report = |l: &str, kind: &str, (s, e): (usize, usize), other: Option<&str>| {
            if show.as_deref() != Some(&format!("{l}:{kind}")) || shown >= max {
                return;
            }
            shown += 1;
            let piece =
                |a: usize, b: usize| chars[a..b].iter().collect::<String>().replace('\n', " ");
            eprintln!(
                "{l} {kind}: {}[[{}]]{}  (other: {})",
                piece(s.saturating_sub(50), s),
                piece(s, e),
                piece(e, (e + 30).min(chars.len())),
                other.unwrap_or("-")
            );
        };
        for &(span, l) in &found {
            let t = tallies.entry(l).or_default();
            if gold.get(&span) == Some(&l) {
                t.right += 1;
            } else {
                t.wrong += 1;
                report(l, "wrong", span, gold.get(&span).copied());
            }
        }
        for (&span, &l) in &gold {
            if LABELS.contains(&l) && !found.contains(&(span, l)) {
                tallies.entry(l).or_default().missed += 1;
                let other = found.iter().find(|(s, _)| *s == span).map(|(_, x)| *x);
                report(l, "missed", span, other);
            }
        }
        Ok(())
    })?;
    println!("{docs} documents from {path}\n");
    println!(
        "{:<5} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
        "", "right", "wrong", "missed", "P", "R", "F1"
    );
    for l in LABELS {
        let t = tallies.remove(l).unwrap_or_default();
        let p = ratio(t.right, t.right + t.wrong);
        let r = ratio(t.right, t.right + t.missed);
        let f = f1(p, r);
        println!("{l:<5} {:>6} {:>6} {:>6} {p:>6.3} {r:>6.3} {f:>6.3}", t.right, t.wrong, t.missed);
    }
    Ok(())
}
