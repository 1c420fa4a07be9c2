//! BRAT, CoNLL and HTML exports: the BRAT annotation loads back with the
//! same spans, the IOB tags follow the mentions, and the page is well formed.

use pressroom::{CharOffsets, Extraction, QuoteKind};

fn sample() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/sample.txt")).unwrap()
}

/// A `T` line of a BRAT annotation: type, fragments in chars, text.
type TextBound = (String, Vec<(usize, usize)>, String);

/// Parses the `T` lines of a BRAT annotation.
fn parse_brat(ann: &str) -> Vec<TextBound> {
    ann.lines()
        .filter(|l| l.starts_with('T'))
        .map(|l| {
            let mut cols = l.split('\t');
            let _id = cols.next().unwrap();
            let mid = cols.next().unwrap();
            let words = cols.next().unwrap().to_string();
            let (ty, frags) = mid.split_once(' ').unwrap();
            let frags = frags
                .split(';')
                .map(|f| {
                    let (a, b) = f.split_once(' ').unwrap();
                    (a.parse().unwrap(), b.parse().unwrap())
                })
                .collect();
            (ty.to_string(), frags, words)
        })
        .collect()
}

fn brat_round_trip(text: &str, doc: &Extraction<'_>) {
    let ann = doc.to_brat();
    let parsed = parse_brat(&ann);
    let chars: Vec<char> = text.chars().collect();
    let offsets = CharOffsets::new(text);
    // Every T line's fragments hold exactly its words.
    for (ty, frags, words) in &parsed {
        let got: Vec<String> = frags.iter().map(|&(a, b)| chars[a..b].iter().collect()).collect();
        let flat: String = words.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(got.join(" ").split_whitespace().collect::<Vec<_>>().join(" "), flat, "{ty}");
    }
    // The mentions come back with their kinds and spans.
    let back: Vec<(String, usize, usize)> = parsed
        .iter()
        .filter(|(ty, _, _)| {
            matches!(ty.as_str(), "Person" | "Institution" | "Program" | "Place" | "Other")
        })
        .map(|(ty, f, _)| (ty.to_lowercase(), f[0].0, f[f.len() - 1].1))
        .collect();
    let want: Vec<(String, usize, usize)> = doc
        .mentions()
        .iter()
        .map(|m| {
            let r = offsets.char_range(m.span);
            (m.kind.as_str().to_string(), r.start, r.end)
        })
        .collect();
    assert_eq!(back, want);
    let quotes = parsed.iter().filter(|(ty, _, _)| ty == "Quote" || ty == "ReportedSpeech").count();
    assert_eq!(quotes, doc.quotes().len());
    let speakers = ann.lines().filter(|l| l.contains("\tSpeaker Arg1:")).count();
    assert_eq!(speakers, doc.quotes().iter().filter(|q| q.speaker.is_some()).count());
}

#[test]
fn brat_loads_back_with_the_same_spans() {
    let text = sample();
    brat_round_trip(&text, &pressroom::extract(&text));
    let multi = "“One line\nand the next,” Putin said.";
    let doc = pressroom::extract(multi);
    assert!(doc.to_brat().contains(';'), "a quote over a line break has fragments");
    brat_round_trip(multi, &doc);
}

#[test]
#[ignore = "needs ../shared/data"]
fn brat_of_the_seed_story() {
    let text = std::fs::read_to_string("../shared/data/seed/tass-2021-11-26.txt").unwrap();
    let doc = pressroom::extract(&text);
    brat_round_trip(&text, &doc);
    let ann = doc.to_brat();
    assert_eq!(ann.lines().filter(|l| l.contains("\tQuote ")).count(), 3);
    assert_eq!(ann.lines().filter(|l| l.contains("\tReportedSpeech ")).count(), 4);
}

#[test]
fn conll_tags_follow_the_mentions() {
    let text = sample();
    let doc = pressroom::extract(&text);
    let conll = doc.to_conll();
    let begins = conll.lines().filter(|l| l.contains("\tB-")).count();
    assert_eq!(begins, doc.mentions().len());
    assert!(conll.contains("Vladimir\tB-PER\nPutin\tI-PER\n"));
    assert!(conll.contains("Moscow\tB-ORG\nState\tI-ORG\nUniversity\tI-ORG\n"));
    let sentences = pressroom::sentences(&text).count();
    assert_eq!(conll.split("\n\n").count(), sentences);
}

#[test]
fn html_is_well_formed_and_complete() {
    let text = format!("{}\n\nA note about <script>alert(1)</script> & more.", sample());
    let doc = pressroom::extract(&text);
    let html = doc.to_html();
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    assert!(!html.contains("<script>alert"), "the story's text is escaped");
    assert!(!html.contains("http"), "the page needs no network");
    for (open, close) in
        [("<mark", "</mark>"), ("<span", "</span>"), ("<tr", "</tr>"), ("<table", "</table>")]
    {
        assert_eq!(html.matches(open).count(), html.matches(close).count(), "{open}");
    }
    // Every mention is highlighted (plus the legend's four samples).
    assert_eq!(html.matches("<mark class=\"m ").count(), doc.mentions().len() + 4);
    // Each quote is marked in the story and listed in the table.
    for (i, q) in doc.quotes().iter().enumerate() {
        let class = if q.kind == QuoteKind::Direct { "q direct" } else { "q reported" };
        assert!(html.contains(&format!("<span class=\"{class}\" data-q=\"{i}\"")), "quote {i}");
        assert!(html.contains(&format!("<tr data-q=\"{i}\">")), "row {i}");
    }
    let rows = doc.entities().iter().filter(|e| !e.mentions.is_empty()).count();
    let table = html.split("<h2>Entities</h2>").nth(1).unwrap().split("</table>").next().unwrap();
    assert_eq!(table.matches("<tr>").count(), rows + 1);
}

#[cfg(feature = "serde")]
#[test]
fn json_offsets_in_every_unit() {
    use pressroom::OffsetUnit;
    let text = "Путин 😀 met Xi Jinping. “We agree,” Xi Jinping said.";
    let doc = pressroom::extract(text);
    let offsets = CharOffsets::new(text);
    for (unit, conv) in [
        (OffsetUnit::Bytes, Box::new(|b: usize| b) as Box<dyn Fn(usize) -> usize>),
        (OffsetUnit::Chars, Box::new(|b| offsets.char_offset(b))),
        (OffsetUnit::Utf16, Box::new(|b| offsets.utf16_offset(b))),
    ] {
        let v = serde_json::to_value(doc.json(unit)).unwrap();
        for (m, j) in doc.mentions().iter().zip(v["mentions"].as_array().unwrap()) {
            assert_eq!(j["start"], conv(m.span.start));
            assert_eq!(j["end"], conv(m.span.end));
            assert_eq!(j["text"], m.as_str());
        }
        let q = &v["quotes"][0];
        assert_eq!(q["speaker"]["name"], "Xi Jinping");
        assert_eq!(q["content_start"], conv(doc.quotes()[0].content.start));
    }
    // The plain Serialize impl is the byte view.
    assert_eq!(
        serde_json::to_value(&doc).unwrap(),
        serde_json::to_value(doc.json(OffsetUnit::Bytes)).unwrap()
    );
}
