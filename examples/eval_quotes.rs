//! Quote detection and attribution measured against gold annotations in
//! the PolNeAR JSON-lines format (`{"text", "quotes": [{"content_spans",
//! "speaker_start", "speaker_end", "speaker_text", "cue", "type"}]}`,
//! offsets in code points, `type` direct/mixed/indirect).
//!
//! cargo run --release --example eval_quotes -- ../shared/data/quotes/polnear_dev.jsonl [--show WORD]
//!
//! `--show WORD` prints, to standard error, the errors whose kind holds
//! WORD ("spurious", "missed", "boundary", "inside", "wrong"), with their
//! text; for a boundary error also the system's span.
//!
//! A gold quote no system quote matches is "missed" when no system quote
//! overlaps it, "inside" when the one that does matched another gold quote
//! (an attribution nested in another's content), and "boundary" otherwise.
//!
//! Direct quotes are scored against gold `direct` quotes, one gold quote per
//! quoted segment; reported speech against gold `indirect` and `mixed`. A
//! system quote matches a gold one when their contents, trimmed of spaces,
//! punctuation and quote marks, overlap by at least half of the longer one.
//! A speaker is right when its span overlaps the gold speaker's, or the
//! resolved speaker's surname occurs in the gold speaker's words.

use std::collections::HashMap;
use std::error::Error;

use gold::{f1, for_each_story, ratio};
use pressroom::{CharOffsets, QuoteKind};
use serde_json::Value;

#[path = "common/gold.rs"]
mod gold;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Class {
    Direct,
    Reported,
}

struct Gold {
    class: Class,
    content: (usize, usize),
    speaker: Option<(usize, usize)>,
    speaker_text: String,
    cue: String,
    /// Gold `mixed`: reported speech with a quoted part.
    mixed: bool,
    /// A mixed quote whose quoted part the system took as a direct quote.
    as_direct: bool,
}

struct Sys {
    class: Class,
    content: (usize, usize),
    speaker: Option<(usize, usize)>,
    surname: Option<String>,
    rule: &'static str,
}

#[derive(Default)]
struct Tally {
    gold: usize,
    sys: usize,
    matched: usize,
    speaker_right: usize,
    errors: HashMap<String, usize>,
}

fn trim(text: &[char], (mut s, mut e): (usize, usize)) -> (usize, usize) {
    let junk = |c: char| c.is_whitespace() || c.is_ascii_punctuation() || "“”‘’«»„—–…".contains(c);
    e = e.min(text.len());
    while s < e && junk(text[s]) {
        s += 1;
    }
    while e > s && junk(text[e - 1]) {
        e -= 1;
    }
    (s, e)
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().ok_or("usage: eval_quotes FILE.jsonl [--show WORD]")?;
    let show = args.iter().position(|a| a == "--show").and_then(|i| args.get(i + 1)).cloned();
    let mut tallies: HashMap<Class, Tally> = HashMap::new();
    let docs = for_each_story(path, |v, text| {
        let chars: Vec<char> = text.chars().collect();
        let mut gold = gold_quotes(v, &chars);
        let published = v["date"].as_str().and_then(|d| d.get(..10)).and_then(|d| d.parse().ok());
        let doc = pressroom::extract_with_date(text, published);
        let offsets = CharOffsets::new(text);
        let sys: Vec<Sys> = doc
            .quotes()
            .iter()
            .map(|q| {
                let r = offsets.char_range(q.content);
                Sys {
                    class: if q.kind == QuoteKind::Direct {
                        Class::Direct
                    } else {
                        Class::Reported
                    },
                    content: trim(&chars, (r.start, r.end)),
                    speaker: q.speaker.map(|s| {
                        let r = offsets.char_range(s.span);
                        (r.start, r.end)
                    }),
                    surname: doc
                        .speaker_entity(q)
                        .and_then(|e| e.name.split_whitespace().last().map(str::to_lowercase)),
                    rule: q.rule.as_str(),
                }
            })
            .collect();
        for g in gold.iter_mut().filter(|g| g.mixed) {
            g.as_direct =
                sys.iter().any(|s| s.class == Class::Direct && overlap(g.content, s.content) > 0);
        }
        for class in [Class::Direct, Class::Reported] {
            let t = tallies.entry(class).or_default();
            let g: Vec<&Gold> = gold.iter().filter(|g| g.class == class).collect();
            let s: Vec<&Sys> = sys.iter().filter(|s| s.class == class).collect();
            score(t, &g, &s, &chars, show.as_deref());
        }
        Ok(())
    })?;
    println!("{docs} documents from {path}\n");
    println!(
        "{:<9} {:>6} {:>6} {:>7} {:>6} {:>6} {:>6} {:>9} {:>8}",
        "", "gold", "system", "matched", "P", "R", "F1", "speaker", "e2e F1"
    );
    for (class, name) in [(Class::Direct, "direct"), (Class::Reported, "reported")] {
        let t = &tallies[&class];
        let p = ratio(t.matched, t.sys);
        let r = ratio(t.matched, t.gold);
        let ep = ratio(t.speaker_right, t.sys);
        let er = ratio(t.speaker_right, t.gold);
        println!(
            "{name:<9} {:>6} {:>6} {:>7} {:>6.3} {:>6.3} {:>6.3} {:>9.3} {:>8.3}",
            t.gold,
            t.sys,
            t.matched,
            p,
            r,
            f1(p, r),
            ratio(t.speaker_right, t.matched),
            f1(ep, er)
        );
    }
    println!("\nerrors by kind (totals, then the 25 most frequent kinds)");
    for (class, name) in [(Class::Direct, "direct"), (Class::Reported, "reported")] {
        let mut totals: HashMap<&str, usize> = HashMap::new();
        for (k, n) in &tallies[&class].errors {
            *totals.entry(k.split(' ').next().unwrap_or_default()).or_default() += n;
        }
        let mut totals: Vec<_> = totals.into_iter().collect();
        totals.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let line: Vec<String> = totals.iter().map(|(k, n)| format!("{k} {n}")).collect();
        println!("  {name:<9} {}", line.join(", "));
    }
    for (class, name) in [(Class::Direct, "direct"), (Class::Reported, "reported")] {
        let mut e: Vec<_> = tallies[&class].errors.iter().collect();
        e.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (k, n) in e.into_iter().take(25) {
            println!("  {name:<9} {n:>5}  {k}");
        }
    }
    Ok(())
}

fn gold_quotes(v: &Value, chars: &[char]) -> Vec<Gold> {
    let mut out = Vec::new();
    let Some(quotes) = v["quotes"].as_array() else { return out };
    for q in quotes {
        let mixed = q["type"].as_str() == Some("mixed");
        let class = match q["type"].as_str() {
            Some("direct") => Class::Direct,
            Some("indirect") | Some("mixed") => Class::Reported,
            _ => continue,
        };
        let speaker = match (q["speaker_start"].as_u64(), q["speaker_end"].as_u64()) {
            (Some(s), Some(e)) => Some((s as usize, e as usize)),
            _ => None,
        };
        let speaker_text = q["speaker_text"].as_str().unwrap_or_default().to_lowercase();
        let cue = q["cue"].as_str().unwrap_or_default().to_lowercase();
        let spans: Vec<(usize, usize)> = q["content_spans"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| Some((s[0].as_u64()? as usize, s[1].as_u64()? as usize)))
                    .collect()
            })
            .unwrap_or_default();
        if class == Class::Direct {
            for s in spans {
                out.push(Gold {
                    class,
                    content: trim(chars, s),
                    speaker,
                    speaker_text: speaker_text.clone(),
                    cue: cue.clone(),
                    mixed,
                    as_direct: false,
                });
            }
        } else if let (Some(s), Some(e)) =
            (spans.iter().map(|x| x.0).min(), spans.iter().map(|x| x.1).max())
        {
            let content = trim(chars, (s, e));
            out.push(Gold { class, content, speaker, speaker_text, cue, mixed, as_direct: false });
        }
    }
    out
}

fn excerpt(chars: &[char], (s, e): (usize, usize)) -> String {
    let a = s.saturating_sub(80);
    let b = (e + 80).min(chars.len());
    let before: String = chars[a..s].iter().collect();
    let inner: String = chars[s..e.min(chars.len())].iter().collect();
    let after: String = chars[e.min(chars.len())..b].iter().collect();
    format!("{before}[[{inner}]]{after}").replace('\n', " ")
}

fn record(t: &mut Tally, kind: String, chars: &[char], span: (usize, usize), show: Option<&str>) {
    if show.is_some_and(|w| kind.contains(w)) {
        eprintln!("{kind}: {}\n", excerpt(chars, span));
    }
    *t.errors.entry(kind).or_default() += 1;
}

fn score(t: &mut Tally, gold: &[&Gold], sys: &[&Sys], chars: &[char], show: Option<&str>) {
    t.gold += gold.len();
    t.sys += sys.len();
    let mut used = vec![false; sys.len()];
    // Match first, then classify what is left: a gold quote overlapped only
    // by a system quote that matched another gold one is "inside" it (an
    // attribution nested in another's content).
    let mut matched: Vec<Option<usize>> = Vec::with_capacity(gold.len());
    for g in gold {
        let best = (0..sys.len())
            .filter(|&i| !used[i])
            .map(|i| (i, overlap(g.content, sys[i].content)))
            .filter(|&(i, o)| {
                let longer = (g.content.1 - g.content.0).max(sys[i].content.1 - sys[i].content.0);
                o > 0 && 2 * o >= longer
            })
            .max_by_key(|&(_, o)| o)
            .map(|(i, _)| i);
        if let Some(i) = best {
            used[i] = true;
        }
        matched.push(best);
    }
    for (g, best) in gold.iter().zip(matched) {
        let Some(i) = best else {
            let cue = g.cue.split_whitespace().last().unwrap_or("-").to_string();
            // A system quote that overlaps by less than half: the span is
            // wrong, not the detection.
            let near = sys.iter().enumerate().find(|(_, s)| overlap(g.content, s.content) > 0);
            let what = match near {
                Some((j, _)) if used[j] => "inside",
                Some(_) => "boundary",
                None => "missed",
            };
            // A mixed quote says so, and whether its quoted part came out
            // as a direct quote.
            let mixed = match (g.mixed, g.as_direct) {
                (true, true) => "mixed as direct, ",
                (true, false) => "mixed, ",
                _ => "",
            };
            record(t, format!("{what} ({mixed}gold cue {cue:?})"), chars, g.content, show);
            // With --show, the system's span that overlaps too little.
            if let Some((_, s)) = near.filter(|_| show.is_some_and(|w| what.contains(w))) {
                eprintln!("  system ({}): {}\n", s.rule, excerpt(chars, s.content));
            }
            continue;
        };
        t.matched += 1;
        let s = sys[i];
        let right = match g.speaker {
            None => s.surname.is_none(),
            Some(gs) => {
                s.speaker.is_some_and(|ss| overlap(ss, gs) > 0)
                    || s.surname.as_ref().is_some_and(|n| g.speaker_text.contains(n.as_str()))
            }
        };
        if right {
            t.speaker_right += 1;
        } else if s.speaker.is_none() {
            record(t, format!("no speaker ({})", s.rule), chars, g.content, show);
        } else {
            let said = s.speaker.map(|sp| excerpt(chars, sp)).unwrap_or_default();
            record(
                t,
                format!("wrong speaker ({}) gold {:?} system {said}", s.rule, g.speaker_text),
                chars,
                g.content,
                show,
            );
        }
    }
    for (i, s) in sys.iter().enumerate() {
        if !used[i] {
            record(t, format!("spurious ({})", s.rule), chars, s.content, show);
        }
    }
}
