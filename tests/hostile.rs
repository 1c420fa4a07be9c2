//! Hostile text: each case asserts a sane result, not only the absence of a
//! panic. The long cases also bound the work: they finish only if the
//! pipeline stays linear.

use pressroom::{EntityKind, QuoteKind};

fn check_spans(text: &str, doc: &pressroom::Extraction<'_>) {
    let ok = |s: pressroom::Span| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    let mut last = 0;
    for m in doc.mentions() {
        assert!(ok(m.span) && m.span.start >= last, "{:?}", m.span);
        last = m.span.end;
    }
    for q in doc.quotes() {
        assert!(ok(q.span) && ok(q.content) && q.span.contains(q.content));
    }
}

fn names(doc: &pressroom::Extraction<'_>) -> Vec<String> {
    doc.mentions().iter().map(|m| doc.entity(m).name.clone()).collect()
}

#[test]
fn whitespace_bom_and_line_ends() {
    assert!(pressroom::extract(" \t\n\u{a0}\u{2028} ").mentions().is_empty());
    // A BOM before the story does not hide the name after it.
    let text = "\u{feff}Putin met Xi Jinping.";
    let doc = pressroom::extract(text);
    assert_eq!(names(&doc), ["Vladimir Putin", "Xi Jinping"]);
    assert_eq!(&text[doc.mentions()[0].span.range()], "Putin");
    // CRLF and CR line ends: spans stay exact, paragraphs still split.
    for nl in ["\r\n", "\r"] {
        let text = format!(
            "MOSCOW, November 26. /TASS/. Putin spoke.{nl}{nl}\"We agree on everything here,\" Xi Jinping said.{nl}"
        );
        let doc = pressroom::extract_with_date(&text, "2021-11-26".parse().ok());
        check_spans(&text, &doc);
        assert_eq!(doc.dateline().unwrap().place_name, "Moscow");
        let q = &doc.quotes().iter().find(|q| q.kind == QuoteKind::Direct).unwrap();
        assert_eq!(q.content_str(), "We agree on everything here,");
        assert_eq!(doc.speaker_entity(q).unwrap().name, "Xi Jinping");
    }
}

#[test]
fn only_quote_marks_and_unbalanced_marks() {
    for text in ["\"\"\"\"\"", "“““”””", "«««»»»", "'''''", "„“„“", "\" \" \" \""]
    {
        let doc = pressroom::extract(text);
        check_spans(text, &doc);
        assert!(doc.quotes().is_empty(), "{text:?}: {:?}", doc.quotes());
    }
    // An unbalanced « and “ do not swallow the rest of the story.
    let text = "«The first never closes, and\n\n“neither does this one.\n\nPutin said: “This one closes properly now.”";
    let doc = pressroom::extract(text);
    let contents: Vec<&str> = doc.quotes().iter().map(|q| q.content_str()).collect();
    assert_eq!(contents, ["This one closes properly now."]);
    // A quote opened in the last paragraph and never closed is dropped.
    let text = "Putin spoke.\n\n“This quote never ends and the story stops";
    assert!(pressroom::extract(text).quotes().is_empty());
}

#[test]
fn control_characters() {
    let text = "Putin\u{0}\u{1}\u{7} met\u{1b}[0m Xi Jinping\u{8}.";
    let doc = pressroom::extract(text);
    check_spans(text, &doc);
    assert_eq!(names(&doc), ["Vladimir Putin", "Xi Jinping"]);
}

#[test]
fn other_scripts_and_marks() {
    let text = "Путин встретился с Си Цзиньпином. 普京会见了习近平。بوتين Putin met 😀 Xi Jinping in Beijing 🇨🇳.";
    let doc = pressroom::extract(text);
    check_spans(text, &doc);
    assert_eq!(names(&doc), ["Vladimir Putin", "Xi Jinping", "Beijing"]);
    // Combining marks and joiners inside a name keep it one token; the
    // name with a combining acute is not "Putin".
    let text = "Pu\u{301}tin and Pu\u{200d}tin and 👨\u{200d}👩\u{200d}👧 and Putin.";
    let doc = pressroom::extract(text);
    check_spans(text, &doc);
    let found: Vec<&str> = doc.mentions().iter().map(|m| m.as_str()).collect();
    assert_eq!(found.last(), Some(&"Putin"));
    assert!(!found.contains(&"Pu\u{301}tin"));
}

#[test]
fn a_one_megabyte_word() {
    let mut text = "Putin said ".to_string();
    text.push_str(&"x".repeat(1 << 20));
    text.push_str(" Moscow.");
    let doc = pressroom::extract(&text);
    check_spans(&text, &doc);
    assert_eq!(names(&doc), ["Vladimir Putin", "Moscow"]);
}

#[test]
fn ten_thousand_nested_brackets() {
    let text =
        format!("{}Putin{} met Xi Jinping. He left.", "(".repeat(10_000), ")".repeat(10_000));
    let doc = pressroom::extract(&text);
    check_spans(&text, &doc);
    assert_eq!(names(&doc), ["Vladimir Putin", "Xi Jinping"]);
    assert_eq!(pressroom::sentences(&text).count(), 2);
}

#[test]
fn a_million_capitalised_words_and_apostrophes() {
    let text = "Alpha Beta Gamma Delta ".repeat(250_000);
    let doc = pressroom::extract(&text);
    check_spans(&text, &doc);
    assert!(doc.mentions().is_empty());
    let text = "’ ' countries’ ".repeat(200_000);
    let doc = pressroom::extract(&text);
    assert!(doc.quotes().is_empty());
}

#[test]
fn a_large_story_stays_linear() {
    // About 50 MB: a realistic paragraph with names, roles, titles and
    // quotes, repeated. Every paragraph yields the same findings.
    let para = "MOSCOW, November 26. Russian President Vladimir Putin met Xi Jinping at Moscow State University. \
        \"We will build the China-Russia Mathematics Center together,\" the head of state said. \
        The Chinese leader stressed that the cooperation would go on. Professor Irina Volkova said the work was done.\n\n";
    let reps = 50_000_000 / para.len();
    let text = para.repeat(reps);
    let doc = pressroom::extract(&text);
    check_spans(&text, &doc);
    // Putin once, Xi Jinping three times: by name, as "the head of state"
    // (the nearest head of state before it) and as "The Chinese leader".
    let count =
        |name: &str| doc.entities().iter().find(|e| e.name == name).map_or(0, |e| e.mentions.len());
    assert_eq!(count("Vladimir Putin"), reps);
    assert_eq!(count("Xi Jinping"), 3 * reps);
    let direct = doc.quotes().iter().filter(|q| q.kind == QuoteKind::Direct).count();
    assert_eq!(direct, reps);
    assert!(doc.mentions().iter().any(|m| m.kind == EntityKind::Institution));
}
