//! The reference story (../shared/data/seed/tass-2021-11-26.txt): what a
//! reader expects from it, asserted on names, kinds, offsets and counts.
//! The story is read at run time and never copied here.

use pressroom::{EntityKind, Extraction, QuoteKind, Source};

const SEED: &str = "../shared/data/seed/tass-2021-11-26.txt";

fn seed() -> String {
    std::fs::read_to_string(SEED).expect("the seed story is at ../shared/data/seed")
}

fn entity<'a>(doc: &'a Extraction<'_>, name: &str) -> &'a pressroom::DocEntity {
    doc.entities().iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no entity {name}"))
}

fn texts(doc: &Extraction<'_>, name: &str) -> Vec<String> {
    doc.mentions_of(entity(doc, name)).map(|m| m.as_str().to_string()).collect()
}

#[test]
#[ignore = "needs ../shared/data"]
fn dateline_and_dates() {
    let text = seed();
    let doc = pressroom::extract(&text);
    assert_eq!(doc.published().unwrap().to_string(), "2021-11-26");
    let d = doc.dateline().expect("a dateline");
    assert_eq!(d.place_name, "Moscow");
    assert_eq!(d.date.unwrap().to_string(), "2021-11-26");
    assert_eq!(d.agency, Some("TASS"));
    let at = text.find("MOSCOW").unwrap();
    assert_eq!(d.span.start, at);
    assert!(d.as_str().ends_with("/TASS/."), "{:?}", d.as_str());
}

#[test]
#[ignore = "needs ../shared/data"]
fn putin_under_every_name() {
    let text = seed();
    let doc = pressroom::extract(&text);
    let putin = entity(&doc, "Vladimir Putin");
    assert_eq!(putin.kind, EntityKind::Person);
    assert_eq!(putin.id, "vladimir-putin");
    assert_eq!(
        texts(&doc, "Vladimir Putin"),
        [
            "Vladimir Putin",
            "the head of state",
            "the Russian leader",
            "Putin",
            "The Russian president"
        ]
    );
    let first = doc.mentions_of(putin).next().unwrap();
    let at = text.find("Vladimir Putin").unwrap();
    assert_eq!(first.span, at..at + "Vladimir Putin".len());
    assert_eq!(first.title_str(), Some("Russian President"));
    let sources: Vec<Source> = doc.mentions_of(putin).map(|m| m.source).collect();
    assert_eq!(sources.iter().filter(|s| **s == Source::Role).count(), 3);
}

#[test]
#[ignore = "needs ../shared/data"]
fn institutions_programs_places() {
    let text = seed();
    let doc = pressroom::extract(&text);
    for name in [
        "Moscow State University",
        "Peking University",
        "China-Russia Mathematics Center",
        "Kremlin",
        "TASS",
    ] {
        assert_eq!(entity(&doc, name).kind, EntityKind::Institution, "{name}");
    }
    assert_eq!(entity(&doc, "NICA").kind, EntityKind::Program);
    let years = doc
        .entities()
        .iter()
        .find(|e| e.kind == EntityKind::Program && e.name.starts_with("Years of Russian-Chinese"))
        .expect("the cross years program");
    let spellings: Vec<&str> = doc.mentions_of(years).map(|m| m.as_str()).collect();
    assert!(
        spellings
            .contains(&"Years of Russian-Chinese Scientific, Technical and Innovative Cooperation")
    );
    assert!(
        spellings
            .contains(&"years of Russian-Chinese Scientific, Technical and Innovative Cooperation")
    );
    assert!(
        spellings
            .contains(&"Years of Russian-Chinese Scientific, Technical and Innovation Cooperation")
    );
    // The lowercase spelling is the one after "cross years of".
    let lower = doc.mentions_of(years).find(|m| m.as_str().starts_with("years")).unwrap();
    assert!(text[..lower.span.start].ends_with("cross "));

    assert_eq!(texts(&doc, "Moscow"), ["MOSCOW", "Moscow"]);
    assert_eq!(texts(&doc, "Beijing"), ["Beijing"]);
    assert_eq!(texts(&doc, "Russia").len(), 1);
    assert_eq!(texts(&doc, "China").len(), 2);
    // No place inside "China-Russia Mathematics Center" or "Russian-Chinese".
    let center =
        doc.mentions_of(entity(&doc, "China-Russia Mathematics Center")).next().unwrap().span;
    for m in doc.mentions().iter().filter(|m| m.kind == EntityKind::Place) {
        assert!(!m.span.overlaps(center), "{:?} inside the center", m.as_str());
        assert!(!text[m.span.start.saturating_sub(1)..].starts_with("-"), "{:?}", m.as_str());
    }
}

#[test]
#[ignore = "needs ../shared/data"]
fn quotes_and_speakers() {
    let text = seed();
    let doc = pressroom::extract(&text);
    let direct: Vec<_> = doc.quotes().iter().filter(|q| q.kind == QuoteKind::Direct).collect();
    let reported: Vec<_> = doc.quotes().iter().filter(|q| q.kind == QuoteKind::Reported).collect();
    assert_eq!(direct.len(), 3);
    assert_eq!(reported.len(), 4);
    let cues: Vec<&str> = direct.iter().map(|q| q.cue_str().unwrap()).collect();
    assert_eq!(cues, ["reads", "said", "stressed"]);
    let rcues: Vec<&str> = reported.iter().map(|q| q.cue_str().unwrap()).collect();
    assert_eq!(rcues, ["highlighted", "assured", "stressed", "pointed out"]);
    for q in doc.quotes() {
        let who = doc.speaker_entity(q).map(|e| e.name.as_str());
        assert_eq!(who, Some("Vladimir Putin"), "{:?}", q.content_str());
        assert!(q.span.contains(q.content));
    }
    // Speakers: "the Russian leader" through "the message of ... reads", then
    // "the message" twice.
    let speakers: Vec<&str> = direct.iter().map(|q| q.speaker_str().unwrap()).collect();
    assert_eq!(speakers, ["the Russian leader", "the message", "the message"]);
    // Every direct quote is a whole paragraph's opening quote; none starts
    // or ends at an apostrophe.
    for q in &direct {
        assert!(q.as_str().starts_with('"') && q.as_str().ends_with('"'), "{:?}", q.as_str());
    }
}

#[test]
#[ignore = "needs ../shared/data"]
fn mentions_are_sorted_and_disjoint() {
    let text = seed();
    let doc = pressroom::extract(&text);
    for w in doc.mentions().windows(2) {
        assert!(
            w[0].span.end <= w[1].span.start,
            "{:?} overlaps {:?}",
            w[0].as_str(),
            w[1].as_str()
        );
    }
}
