//! The public API: auto traits, builders, errors with line numbers, and the
//! behaviour a caller relies on.

use std::panic::{RefUnwindSafe, UnwindSafe};

use pressroom::{
    Date, Entity, EntityKind, Error, Extraction, Extractor, Gazetteer, Mention, Quote, Role,
    Source, Span,
};

fn assert_all<T: Send + Sync + UnwindSafe + RefUnwindSafe>() {}

#[test]
fn auto_traits() {
    assert_all::<Extractor>();
    assert_all::<Extraction<'static>>();
    assert_all::<Mention<'static>>();
    assert_all::<Quote<'static>>();
    assert_all::<Gazetteer>();
    assert_all::<Entity>();
    assert_all::<Span>();
    fn error<E: std::error::Error + Send + Sync + 'static>() {}
    error::<Error>();
}

#[test]
fn gazetteer_errors_name_the_line() {
    // Each: TSV, the line the error must name, a word the message must hold.
    let cases: &[(&[u8], usize, &str)] = &[
        (b"name\tkind\tid\nJINR\tinstitution\n", 2, "columns"),
        (b"JINR\tinstitute\tjinr\n", 1, "unknown kind"),
        (b"# header comment\n\n\tplace\tx\n", 3, "empty name"),
        (b"Moscow\tplace\tmoscow\nK\xc3\x28\tplace\tk\n", 2, "UTF-8"),
    ];
    for (tsv, line, word) in cases {
        let err = Gazetteer::from_tsv_reader(*tsv).unwrap_err();
        assert_eq!(err.line(), Some(*line), "{err}");
        assert!(err.to_string().contains(word), "{err}");
    }
}

#[test]
fn gazetteer_file_errors_name_the_file() {
    let dir = std::env::temp_dir().join(format!("pressroom-api-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.tsv");
    std::fs::write(&path, "A\tplace\ta\nB\tplanet\tb\n").unwrap();
    let err = Gazetteer::from_path(&path).unwrap_err();
    assert_eq!(err.line(), Some(2));
    assert!(err.to_string().contains("bad.tsv"), "{err}");
    let missing = Gazetteer::from_path(dir.join("missing.tsv")).unwrap_err();
    assert!(matches!(missing, Error::Io { .. }), "{missing:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn builder_rejects_conflicts_and_keeps_the_caller_first() {
    let err = Extractor::builder()
        .entity(Entity::new("moscow", EntityKind::Person, "Moscow"))
        .build()
        .unwrap_err();
    assert!(matches!(err, Error::Entity { .. }), "{err:?}");

    // The caller's entity wins a shared name over the default's.
    let ex = Extractor::builder()
        .entity(Entity::new("my-nica", EntityKind::Program, "NICA"))
        .build()
        .unwrap();
    let doc = ex.extract("NICA started.");
    assert_eq!(doc.entity(&doc.mentions()[0]).id, "my-nica");

    let only = Extractor::builder().default_gazetteer(false).build().unwrap();
    assert_eq!(only.gazetteer().len(), 0);
    assert!(
        only.extract("Vladimir Putin").mentions().iter().all(|m| m.source != Source::Gazetteer)
    );
}

fn holder(text: &str, published: &str, description: &str) -> Option<String> {
    let doc = pressroom::extract_with_date(text, published.parse().ok());
    let m = doc.mentions().iter().find(|m| m.as_str() == description)?;
    Some(doc.entity(m).name.clone())
}

#[test]
fn roles_follow_the_story_date() {
    let text = "The talks went well, the Russian president told reporters.";
    assert_eq!(
        holder(text, "2009-06-01", "the Russian president").as_deref(),
        Some("Dmitry Medvedev")
    );
    assert_eq!(
        holder(text, "2021-11-26", "the Russian president").as_deref(),
        Some("Vladimir Putin")
    );
    let un = "The UN Secretary-General called for calm.";
    assert_eq!(
        holder(un, "2010-03-01", "The UN Secretary-General").as_deref(),
        Some("Ban Ki-moon")
    );
    assert_eq!(
        holder(un, "2021-03-01", "The UN Secretary-General").as_deref(),
        Some("Antonio Guterres")
    );
    let us = "Officials said the US president would attend.";
    assert_eq!(holder(us, "2015-05-01", "the US president").as_deref(), Some("Barack Obama"));
    assert_eq!(holder(us, "2019-05-01", "the US president").as_deref(), Some("Donald Trump"));
    assert_eq!(holder(us, "2022-05-01", "the US president").as_deref(), Some("Joe Biden"));
    let cn = "Analysts said the Chinese leader would travel.";
    assert_eq!(holder(cn, "2021-05-01", "the Chinese leader").as_deref(), Some("Xi Jinping"));
}

#[test]
fn earlier_holders_back_to_2000() {
    // Offices of the P5 and the G20 resolve to the holder of the day, also
    // before the current generation of leaders.
    let cases = [
        (
            "The talks ended, the French prime minister said.",
            "2006-01-10",
            "the French prime minister",
            "Dominique de Villepin",
        ),
        (
            "The talks ended, the Japanese prime minister said.",
            "2003-06-01",
            "the Japanese prime minister",
            "Junichiro Koizumi",
        ),
        (
            "The talks ended, the German president said.",
            "2011-01-10",
            "the German president",
            "Christian Wulff",
        ),
        (
            "The talks ended, the Russian prime minister said.",
            "2005-06-01",
            "the Russian prime minister",
            "Mikhail Fradkov",
        ),
        (
            "The talks ended, the Chinese premier said.",
            "2001-06-01",
            "the Chinese premier",
            "Zhu Rongji",
        ),
        (
            "The talks ended, the Australian prime minister said.",
            "2011-06-01",
            "the Australian prime minister",
            "Julia Gillard",
        ),
        (
            "The talks ended, the Mexican president said.",
            "2009-06-01",
            "the Mexican president",
            "Felipe Calderón",
        ),
        (
            "The talks ended, the Turkish president said.",
            "2010-06-01",
            "the Turkish president",
            "Abdullah Gül",
        ),
    ];
    for (text, date, description, want) in cases {
        assert_eq!(
            holder(text, date, description).as_deref(),
            Some(want),
            "{description} on {date}"
        );
    }
}

#[test]
fn a_role_mentioned_person_beats_the_list() {
    // The story names its own holder of a title: "the minister" is him.
    let text =
        "Science Minister Ivan Petrov opened the lab. The minister said the lab cost $5 million.";
    let doc = pressroom::extract(text);
    let m = doc.mentions().iter().find(|m| m.as_str() == "The minister").expect("a role mention");
    assert_eq!(doc.entity(m).name, "Ivan Petrov");
    assert_eq!(m.source, Source::Role);
}

#[test]
fn roles_parse_from_strings() {
    let r: Role = "Secretary of State @ United States 2021-01-26..2025-01-20".parse().unwrap();
    assert_eq!(r.title, "Secretary of State");
    assert_eq!(r.of.as_deref(), Some("United States"));
    assert!(r.holds_on(Date::new(2022, 1, 1).unwrap()));
    assert!(!r.holds_on(Date::new(2025, 1, 21).unwrap()));
}

#[test]
fn empty_and_blank_texts() {
    for text in ["", " ", "\n\n\n", "\u{feff}", "\"", "“”", "«"] {
        let doc = pressroom::extract(text);
        assert!(doc.mentions().is_empty(), "{text:?}");
        assert!(doc.quotes().is_empty(), "{text:?}");
        assert!(doc.dateline().is_none(), "{text:?}");
    }
}

#[test]
fn apostrophes_are_not_quotes() {
    let text = "Both countries’ leaders met. China’s view, I’m told, dates from the ’90s.";
    let doc = pressroom::extract(text);
    assert!(
        doc.quotes().iter().all(|q| q.kind != pressroom::QuoteKind::Direct),
        "{:?}",
        doc.quotes()
    );
}

#[test]
fn unbalanced_quotes_do_not_swallow_the_story() {
    let text = "“This opens but never closes, he said.\n\nPutin met Xi Jinping. “Here a real one,” Putin said.";
    let doc = pressroom::extract(text);
    let direct: Vec<&str> = doc
        .quotes()
        .iter()
        .filter(|q| q.kind == pressroom::QuoteKind::Direct)
        .map(|q| q.content_str())
        .collect();
    assert_eq!(direct, ["Here a real one,"]);
}

#[test]
fn multi_paragraph_quotes() {
    let text = "Putin said: “The first paragraph ends here.\n\n“The second goes on and closes.”\n\nThen others spoke.";
    let doc = pressroom::extract(text);
    let q = doc.quotes().iter().find(|q| q.kind == pressroom::QuoteKind::Direct).unwrap();
    assert!(
        q.content_str().starts_with("The first") && q.content_str().ends_with("closes."),
        "{:?}",
        q.content_str()
    );
    assert_eq!(doc.speaker_entity(q).unwrap().name, "Vladimir Putin");
}

#[test]
fn guillemets_and_low_quotes() {
    let text = "«We are ready to talk», Lavrov said. Putin said: „We are ready.“";
    let doc = pressroom::extract(text);
    let contents: Vec<&str> = doc.quotes().iter().map(|q| q.content_str()).collect();
    assert!(contents.contains(&"We are ready to talk"), "{contents:?}");
    assert!(contents.contains(&"We are ready."), "{contents:?}");
}

#[test]
fn an_unattributable_quote_keeps_no_speaker() {
    // Written for this test: nothing in the story says who spoke.
    let text = "The hall was full.\n\n“We have waited for this day for a long time.”\n\nThe ceremony ended at noon.";
    let doc = pressroom::extract(text);
    assert_eq!(doc.quotes().len(), 1);
    assert!(doc.quotes()[0].speaker.is_none());
    assert_eq!(doc.quotes()[0].rule, pressroom::QuoteRule::Unattributed);
}

#[test]
fn acronyms_defined_in_parentheses() {
    let text =
        "The Baltic Shipbuilding Research Institute (BSRI) opened a lab. BSRI will hire 40 people.";
    let doc = pressroom::extract(text);
    let names: Vec<(&str, &str)> =
        doc.mentions().iter().map(|m| (m.as_str(), doc.entity(m).name.as_str())).collect();
    assert_eq!(
        names,
        [
            ("Baltic Shipbuilding Research Institute", "Baltic Shipbuilding Research Institute"),
            ("BSRI", "Baltic Shipbuilding Research Institute"),
            ("BSRI", "Baltic Shipbuilding Research Institute"),
        ]
    );
}

#[test]
fn match_names_is_the_matching_core() {
    let ex = Extractor::new();
    let found: Vec<&str> = ex
        .match_names("MOSCOW and Putin’s Putinism; moscow")
        .iter()
        .map(|(s, _)| &"MOSCOW and Putin’s Putinism; moscow"[s.range()])
        .collect();
    assert_eq!(found, ["MOSCOW", "Putin"]);
}

#[test]
fn a_bad_line_near_the_end_of_a_million_lines() {
    let mut tsv = String::with_capacity(40_000_000);
    tsv.push_str("name\tkind\tid\n");
    for i in 0..1_000_000 {
        if i == 999_990 {
            tsv.push_str("Broken Row\tplanet\tbroken\n");
        } else {
            tsv.push_str(&format!("Name Number {i}\tother\tn{i}\n"));
        }
    }
    let err = Gazetteer::from_tsv_str(&tsv).unwrap_err();
    // The header is line 1, so row i is on line i + 2.
    assert_eq!(err.line(), Some(999_992), "{err}");
    assert!(err.to_string().contains("planet"), "{err}");
}

#[test]
fn one_name_on_two_entities_is_kept_for_both() {
    // The ambiguity policy: a name may belong to several entities (a
    // country and a US state); both stay in the gazetteer. With nothing in
    // the story to decide, the first is taken and the other reported.
    let tsv = "Georgia\tplace\tgeorgia-country\nGeorgia\tplace\tgeorgia-state\n";
    let g = Gazetteer::from_tsv_str(tsv).unwrap();
    assert_eq!(g.len(), 2);
    let ex = Extractor::builder().default_gazetteer(false).gazetteer(g).build().unwrap();
    let doc = ex.extract("The vote in Georgia is close.");
    let e = doc.entity(&doc.mentions()[0]);
    assert_eq!(e.id, "georgia-country");
    assert_eq!(e.alternatives, ["georgia-state"]);
}

#[test]
fn names_of_punctuation_only_are_errors() {
    for row in ["...\tplace\tx\n", "—\tperson\ty\n", " \t \tplace\tz\n"] {
        let err = Gazetteer::from_tsv_str(row).unwrap_err();
        assert_eq!(err.line(), Some(1), "{row:?}: {err}");
    }
}

#[cfg(feature = "rayon")]
#[test]
fn batches_equal_one_by_one_in_input_order() {
    // Stories of different lengths, so that workers finish out of order.
    let mut stories: Vec<(String, Option<Date>)> = Vec::new();
    for i in 0..200 {
        let filler = "The talks went on. ".repeat(i % 17);
        let text = format!(
            "date 2021-11-{:02}\n{filler}Russian President Vladimir Putin said story {i} was fine. \
             \"We agree,\" the Russian leader said.",
            1 + i % 28
        );
        stories.push((text, None));
    }
    stories.push(("".into(), None));
    stories.push(("Xi Jinping spoke.".into(), Date::new(2015, 1, 1)));
    let ex = Extractor::new();
    let batch = ex.extract_batch(&stories);
    assert_eq!(batch.len(), stories.len());
    for ((text, date), doc) in stories.iter().zip(&batch) {
        let one = ex.extract_with_date(text, *date);
        assert_eq!(doc.text(), text.as_str());
        assert_eq!(doc.mentions(), one.mentions());
        assert_eq!(doc.quotes().len(), one.quotes().len());
        assert_eq!(doc.date(), one.date());
    }
    assert_eq!(batch[5].quotes().len(), 2);
}

/// Joint statements: the speaker and the one named with it, or nobody with
/// it. Texts written for this test.
#[test]
fn joint_speakers() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        ("Acme Corp and Beta Labs said they would merge.", "Beta Labs", Some("Acme Corp")),
        (
            "Olaf Scholz and Emmanuel Macron said Europe must act.",
            "Emmanuel Macron",
            Some("Olaf Scholz"),
        ),
        (
            "Helios Robotics, Inc. (NYSE: HLRB), a maker of forklifts, and Nordlys Foods ASA (OSE: NORD) today announced a partnership to automate warehouses.",
            "Nordlys Foods ASA",
            Some("Helios Robotics, Inc."),
        ),
        (
            "Acme Corp (NYSE: ACME), and Beta Labs said they would merge.",
            "Beta Labs",
            Some("Acme Corp"),
        ),
        // An article may open the second name.
        (
            "The Northwind Trust (NWT) and the Baltic Ferries Group (BFG) today warned that fares would rise.",
            "Baltic Ferries Group",
            Some("Northwind Trust"),
        ),
        // "The two leaders" are the two people just named.
        (
            "Olaf Scholz had a telephone conversation with President Emmanuel Macron. The two leaders discussed the situation in the Middle East.",
            "Olaf Scholz",
            Some("Emmanuel Macron"),
        ),
        // "The companies" are the only two bodies of their sentence.
        (
            "Separately, Acme Corp agreed to buy Beta Labs for 20 mln dlrs, the companies said.",
            "Acme Corp",
            Some("Beta Labs"),
        ),
        // ... further back when the sentences between name nobody.
        (
            "Olaf Scholz had a telephone conversation with President Emmanuel Macron. Trade was on the agenda. Energy prices were also raised. The leaders agreed to stay in close contact.",
            "Olaf Scholz",
            Some("Emmanuel Macron"),
        ),
        // ... and back to the story's lead for "the two leaders", when a
        // third person stands between.
        (
            "Olaf Scholz had a telephone conversation with President Emmanuel Macron. Trade was on the agenda. Anna Lund joined the call. Energy prices were raised. Gas storage was discussed. Grain exports came up. The two leaders agreed to stay in close contact.",
            "Olaf Scholz",
            Some("Emmanuel Macron"),
        ),
        // (Not "the leaders" alone: leaders of anything.)
        (
            "Olaf Scholz had a telephone conversation with President Emmanuel Macron. Trade was on the agenda. Anna Lund joined the call. Energy prices were raised. Gas storage was discussed. Grain exports came up. The leaders agreed to stay in close contact.",
            "-",
            None,
        ),
        // "They" after a sentence where the two met.
        (
            "Olaf Scholz extended birthday greetings to Emmanuel Macron during a telephone conversation. They discussed the situation in the Middle East.",
            "Olaf Scholz",
            Some("Emmanuel Macron"),
        ),
        // ... not when three were.
        (
            "Olaf Scholz met Emmanuel Macron and Anna Lund. The leaders discussed the situation in the Middle East.",
            "-",
            None,
        ),
        // ", and" between clauses joins no speakers.
        ("Olaf Scholz spoke to Acme Corp, and Beta Labs said it agreed.", "Beta Labs", None),
        // Bodies speak through their officials, both here.
        (
            "Officials from Acme Corp and Beta Labs said talks went well.",
            "Beta Labs",
            Some("Acme Corp"),
        ),
        // Not a place, nor a person beside a body, nor anybody alone.
        ("Russia and Olaf Scholz said the talks went well.", "Olaf Scholz", None),
        ("Acme Corp said the deal was done.", "Acme Corp", None),
    ];
    for &(text, speaker, with) in cases {
        let doc = pressroom::extract(text);
        let q = doc.quotes().first().unwrap_or_else(|| panic!("no quote in {text:?}"));
        let got = doc.speaker_entity(q).map_or("-", |e| e.name.as_str());
        let got_with = doc.joint_entity(q).map(|e| e.name.as_str());
        assert_eq!((got, got_with), (speaker, with), "{text:?}");
    }
}

/// "They" after sources who spoke of two people's meeting stands for the
/// sources, not the two. Text written for this test.
#[test]
fn they_after_sources_is_no_pair() {
    let doc = pressroom::extract(
        "Olaf Scholz met Emmanuel Macron on Monday, officials said. They said the situation in the Middle East was tense.",
    );
    let q = doc.quotes().iter().find(|q| q.speaker_str() == Some("They")).expect("a quote by They");
    assert!(doc.speaker_entity(q).is_none());
    assert!(doc.joint_entity(q).is_none());
}

/// A title-case town, its region and a dash, undated, open a release when
/// the gazetteer knows the town. Texts written for this test.
#[test]
fn a_title_case_dateline_needs_a_known_place() {
    let place_of = |text: &str| {
        let doc = pressroom::extract(text);
        doc.dateline().map(|d| d.as_str().to_string())
    };
    assert_eq!(
        place_of(
            "Sony Announces Leadership Change\n\nTokyo, Japan – Sony today announced a change.\n"
        ),
        Some("Tokyo, Japan –".to_string())
    );
    assert_eq!(
        place_of("Police Charge Man\n\nLeeds, England - Police have charged a man.\n"),
        Some("Leeds, England -".to_string())
    );
    // Words no list knows as a place, or no region: no dateline.
    for text in [
        "Acme Results\n\nAcme, Inc. - Sony today announced a change.\n",
        "Brexit, Explained - What happens now.\n",
        "Notes\n\nTokyo - Sony today announced a change.\n",
    ] {
        assert_eq!(place_of(text), None, "{text:?}");
    }
}
