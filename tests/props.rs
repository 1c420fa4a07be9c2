//! Properties that hold for any text: no panic, spans on char boundaries
//! inside the text, mentions sorted and disjoint, quote parts inside their
//! quote, tokens tiling the text.

use proptest::prelude::*;

fn on_boundary(text: &str, s: pressroom::Span) -> bool {
    s.start <= s.end
        && s.end <= text.len()
        && text.is_char_boundary(s.start)
        && text.is_char_boundary(s.end)
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let doc = pressroom::extract(text);
    let mut last_end = 0;
    for m in doc.mentions() {
        prop_assert!(on_boundary(text, m.span), "mention {:?}", m.span);
        prop_assert!(m.span.start >= last_end, "mentions overlap or are unsorted at {:?}", m.span);
        prop_assert!(!m.span.is_empty());
        prop_assert_eq!(m.as_str(), &text[m.span.range()]);
        if let Some(t) = m.title {
            prop_assert!(on_boundary(text, t) && t.end <= m.span.start);
        }
        prop_assert!(doc.entity(m).mentions.iter().any(|&i| doc.mentions()[i].span == m.span));
        last_end = m.span.end;
    }
    for q in doc.quotes() {
        prop_assert!(on_boundary(text, q.span), "quote {:?}", q.span);
        prop_assert!(on_boundary(text, q.content));
        prop_assert!(
            q.span.contains(q.content),
            "content {:?} outside quote {:?}",
            q.content,
            q.span
        );
        if let Some(c) = q.cue {
            prop_assert!(on_boundary(text, c));
        }
        if let Some(s) = q.speaker {
            prop_assert!(on_boundary(text, s.span));
            if let Some(e) = s.entity {
                prop_assert!(e < doc.entities().len());
            }
        }
    }
    if let Some(d) = doc.dateline() {
        prop_assert!(on_boundary(text, d.span) && d.span.contains(d.place));
    }
    let mut at = 0;
    for t in pressroom::tokenize(text) {
        prop_assert_eq!(t.span.start, at);
        at = t.span.end;
    }
    prop_assert_eq!(at, text.len());
    let mut prev = 0;
    for s in pressroom::sentences(text) {
        prop_assert!(on_boundary(text, s.span) && s.span.start >= prev && !s.span.is_empty());
        prev = s.span.end;
    }
    Ok(())
}

/// Pieces of press prose that exercise every stage, glued at random.
fn story() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "MOSCOW, November 26. /TASS/. ",
        "date 2021-11-26\n",
        "Russian President Vladimir Putin ",
        "the head of state ",
        "the Russian leader ",
        "Putin ",
        "said",
        " said ",
        "stressed that ",
        "“",
        "”",
        "\"",
        "«",
        "»",
        "„",
        "‘",
        "’",
        "'",
        ", ",
        ". ",
        ": ",
        "\n\n",
        "\n",
        "    ",
        "countries’ ",
        "China’s ",
        "I’m ",
        "’90s ",
        "the message ",
        "reads",
        "Moscow State University ",
        "China-Russia Mathematics Center ",
        "Years of Russian-Chinese Cooperation ",
        "NICA ",
        "(JINR) ",
        "Joint Institute for Nuclear Research ",
        "Mr. ",
        "Dr ",
        "U.S. ",
        "according to ",
        "he ",
        "the President of Russia ",
        "Governor of Sevastopol Mikhail Razvozhayev ",
        "Xi Jinping ",
        "Beijing",
        "—",
        "-",
        "[",
        "]",
        "(",
        ")",
        "é",
        "Путин ",
        "日本 ",
        "😀",
        "\u{a0}",
        "\r\n",
        "\u{feff}",
        "İ",
        "ß",
        "Erdoğan ",
        "WASHINGTON (Reuters) - ",
        "…",
        "?",
        "!",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_text(text in "\\PC{0,200}") {
        check(&text)?;
    }

    #[test]
    fn press_like_text(text in story()) {
        check(&text)?;
    }

    #[test]
    fn same_result_twice(text in story()) {
        let a = pressroom::extract(&text);
        let b = pressroom::extract(&text);
        prop_assert_eq!(a.mentions(), b.mentions());
        prop_assert_eq!(a.quotes(), b.quotes());
    }

    #[test]
    fn char_offsets_round_trip(text in "\\PC{0,80}") {
        let offsets = pressroom::CharOffsets::new(&text);
        for (b, _) in text.char_indices() {
            prop_assert_eq!(offsets.char_offset(b), text[..b].chars().count());
        }
    }
}

/// Names a list might hold: one to four capitalised words.
fn name() -> impl Strategy<Value = String> {
    prop::collection::vec("[A-Z][a-z]{2,9}", 1..4).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_random_list_finds_each_of_its_names(names in prop::collection::vec(name(), 1..40)) {
        let mut g = pressroom::Gazetteer::new();
        for (i, n) in names.iter().enumerate() {
            g.add(pressroom::Entity::new(format!("e{i}"), pressroom::EntityKind::Other, n.clone())).unwrap();
        }
        let ex = pressroom::Extractor::builder().default_gazetteer(false).gazetteer(g).build().unwrap();
        for n in &names {
            let found = ex.match_names(n);
            prop_assert!(found.iter().any(|(s, _)| s.start == 0 && s.end == n.len()), "{n:?} not found: {found:?}");
        }
    }

    #[test]
    fn entities_agree_with_mentions(text in story()) {
        let doc = pressroom::extract(&text);
        let mut seen = vec![false; doc.mentions().len()];
        for e in doc.entities() {
            for &i in &e.mentions {
                prop_assert!(!seen[i], "mention {i} in two entities");
                seen[i] = true;
                prop_assert_eq!(&doc.entity(&doc.mentions()[i]).id, &e.id);
            }
        }
        prop_assert!(seen.iter().all(|s| *s), "a mention belongs to no entity");
    }

    #[test]
    fn byte_and_char_offsets_round_trip(text in story()) {
        let doc = pressroom::extract(&text);
        let offsets = pressroom::CharOffsets::new(&text);
        let chars: Vec<char> = text.chars().collect();
        for m in doc.mentions() {
            let r = offsets.char_range(m.span);
            let via_chars: String = chars[r.clone()].iter().collect();
            prop_assert_eq!(via_chars.as_str(), m.as_str());
            prop_assert_eq!(m.span.char_range(&text), r);
        }
    }
}
