//! Inputs the fuzzers found that once crashed; each must now give a sane
//! result.

use pressroom::{Entity, EntityKind, Extractor, Gazetteer};

/// gazetteer_tsv crash-3081167e: a listed name that ends in punctuation
/// ("Moscow State University^") is longer than the pattern name inside it,
/// and comparing the two sliced past the pattern's end.
#[test]
fn a_listed_name_longer_than_the_pattern_inside_it() {
    let mut g = Gazetteer::new();
    g.add(Entity::new("msu", EntityKind::Institution, "Moscow State University^")).unwrap();
    let ex = Extractor::builder().default_gazetteer(false).gazetteer(g).build().unwrap();
    let text = "Moscow State University^";
    let doc = ex.extract(text);
    assert_eq!(doc.mentions().len(), 1);
    assert_eq!(doc.mentions()[0].as_str(), text);
    assert_eq!(doc.entity(&doc.mentions()[0]).id, "msu");
}

/// props crash (session 11): a head word among the first three tokens
/// ("Years of ...") computed the token three back before checking that
/// there was one, and overflowed.
#[test]
fn a_head_word_at_the_start_of_the_text() {
    let text = "Years of Russian-Chinese Cooperation ";
    let doc = pressroom::extract(text);
    let names: Vec<(&str, EntityKind)> =
        doc.mentions().iter().map(|m| (m.as_str(), doc.entity(m).kind)).collect();
    assert_eq!(names, [("Years of Russian-Chinese Cooperation", EntityKind::Program)]);
    // And a suffix there: "Co Inc" alone is no company.
    assert!(pressroom::extract("Co Inc").mentions().is_empty());
}

/// Development crash (session 15): the generational suffix after a person
/// ("Martin Luther King Jr.") was looked for past the last token when the
/// name, or its comma, ended the text.
#[test]
fn a_person_at_the_very_end_of_the_text() {
    for (text, want) in [
        ("He honoured Martin Luther King", "Martin Luther King"),
        ("He honoured Martin Luther King,", "Martin Luther King"),
        ("He honoured Martin Luther King Jr", "Martin Luther King Jr"),
        ("He honoured Martin Luther King, Jr", "Martin Luther King, Jr"),
    ] {
        let doc = pressroom::extract(text);
        let people: Vec<&str> = doc
            .mentions()
            .iter()
            .filter(|m| doc.entity(m).kind == EntityKind::Person)
            .map(|m| m.as_str())
            .collect();
        assert_eq!(people, [want], "{text}");
    }
}

/// An acronym's definition after a body's name was read past the last
/// token when the text ended inside it ("... Commission, CFTC"), a panic
/// the property tests found.
#[test]
fn an_acronym_definition_cut_off_by_the_end_of_the_text() {
    for text in [
        "The Commodity Futures Trading Commission, CFTC",
        "The Securities Industry Association <SIA",
        "The Joint Institute for Nuclear Research (JINR",
        "The Securities Industry Association <",
    ] {
        let doc = pressroom::extract(text);
        let bodies: Vec<&str> = doc
            .mentions()
            .iter()
            .filter(|m| doc.entity(m).kind == EntityKind::Institution)
            .map(|m| doc.entity(m).name.as_str())
            .collect();
        assert!(!bodies.is_empty(), "{text}: {bodies:?}");
        assert!(bodies.iter().all(|b| b.len() > 4), "{text}: {bodies:?}");
    }
}
