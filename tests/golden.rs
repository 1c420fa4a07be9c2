//! Golden tests on stories we wrote ourselves: `tests/golden/NAME.txt`
//! beside a reviewed `NAME.expected`. `PRESSROOM_BLESS=1 cargo test --test
//! golden` rewrites the expected files; review the diff before committing.

use std::fmt::Write as _;
use std::path::Path;

fn render(text: &str) -> String {
    let doc = pressroom::extract(text);
    let mut out = String::new();
    if let Some(p) = doc.published() {
        writeln!(out, "published\t{p}").unwrap();
    }
    if let Some(d) = doc.dateline() {
        let date = d.date.map_or("-".into(), |x| x.to_string());
        writeln!(
            out,
            "dateline\t{:?}\t{}\t{date}\t{}",
            d.span,
            d.place_name,
            d.agency.unwrap_or("-")
        )
        .unwrap();
    }
    for m in doc.mentions() {
        let e = doc.entity(m);
        write!(
            out,
            "mention\t{:?}\t{}\t{}\t{}\t{}",
            m.span,
            m.kind,
            e.id,
            m.source.as_str(),
            m.as_str()
        )
        .unwrap();
        if let Some(t) = m.title_str() {
            write!(out, "\ttitle={t}").unwrap();
        }
        out.push('\n');
    }
    for q in doc.quotes() {
        let who = doc.speaker_entity(q).map_or("-", |e| e.id.as_str());
        writeln!(
            out,
            "quote\t{}\t{:?}\t{}\t{}\t{who}\t{}\t{:?}",
            q.kind.as_str(),
            q.span,
            q.cue_str().unwrap_or("-"),
            q.speaker_str().unwrap_or("-"),
            q.rule.as_str(),
            q.content_str()
        )
        .unwrap();
    }
    out
}

#[test]
fn golden_stories() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let bless = std::env::var_os("PRESSROOM_BLESS").is_some();
    let mut cases = 0;
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        cases += 1;
        let text = std::fs::read_to_string(path).unwrap();
        let got = render(&text);
        let expected_path = path.with_extension("expected");
        if bless {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&expected_path).unwrap_or_else(|_| {
            panic!("{} has no .expected; run with PRESSROOM_BLESS=1", path.display())
        });
        if got != want {
            failures.push(format!("{}:\n--- want\n{want}\n--- got\n{got}", path.display()));
        }
    }
    assert!(cases > 0, "no golden stories in {}", dir.display());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_readme_sample_story() {
    // The README's run command uses this story; it must show what the README
    // promises: a dateline, titles, a role description, direct and reported
    // quotes.
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sample.txt"))
            .unwrap();
    let got = render(&text);
    assert!(got.contains("dateline\t"), "{got}");
    assert!(got.contains("title=Russian President"), "{got}");
    assert!(got.contains("\trole\tthe head of state"), "{got}");
    assert!(got.contains("quote\tdirect"), "{got}");
    assert!(got.contains("quote\treported"), "{got}");
    // Every quote, in order, by kind and cue: nothing more (no "discussed
    // the project" inside Peskov's reported speech), nothing less.
    let doc = pressroom::extract(&text);
    let quotes: Vec<(&str, &str)> =
        doc.quotes().iter().map(|q| (q.kind.as_str(), q.cue_str().unwrap_or("-"))).collect();
    assert_eq!(
        quotes,
        [
            ("reported", "called for"),
            ("direct", "said"),
            ("reported", "noted"),
            ("reported", "told"),
            ("direct", "said"),
            ("reported", "According to"),
            ("reported", "said"),
            ("direct", "said"),
            ("reported", "adding"),
        ]
    );
    let speakers: Vec<&str> =
        doc.quotes().iter().map(|q| doc.speaker_entity(q).map_or("-", |e| e.id.as_str())).collect();
    assert_eq!(
        speakers,
        [
            "vladimir-putin",
            "vladimir-putin",
            "vladimir-putin",
            "dmitry-peskov",
            "dmitry-peskov",
            "vladimir-putin",
            "viktor-sadovnichy",
            "local:irina-volkova",
            "local:irina-volkova",
        ]
    );
}
