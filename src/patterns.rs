//! Names that no list holds, found by their shape: a capitalised phrase with
//! an institutional or program head word, a title before a name, and an
//! acronym defined in parentheses.

use crate::doc::{Cand, Doc, Marker, Source, Target, cluster_key};
use crate::gazetteer::EntityKind;
use crate::hash::{FastMap, FastSet};
use crate::kb::Knowledge;
use crate::lexicon::{
    HEAD_COMPANY, HEAD_INSTITUTION, HEAD_OPENER, HEAD_PROGRAM, HEAD_SUFFIX, HEAD_TITLE_SET,
    NAME_CONNECTORS, NOT_NAME_START_SET, TITLE_ABBREVIATIONS, TITLE_MODIFIER_SET, WordSet,
    company_word, head_bits, is_day_or_month, is_institution_head, lower, lower_in,
    opens_adverbial, possessive_stem,
};
use crate::span::Span;
use crate::token::{QuoteSide, TokenKind};
use once_cell::sync::Lazy;

/// The longest name, in tokens, that a pattern may build; it bounds the
/// work per head word.
const MAX_NAME_TOKENS: usize = 40;

/// Common words that make no company's name with a trade's plural after
/// them ("World Markets", "Export Markets", "Venture Capital").
const GENERIC_BEFORE_TRADE: &[&str] = &[
    "world",
    "stock",
    "stocks",
    "export",
    "emerging",
    "financial",
    "global",
    "money",
    "bond",
    "equity",
    "commodity",
    "other",
    "capital",
    "venture",
    "advanced",
    "domestic",
    "foreign",
    "international",
    "major",
    "private",
    "public",
    "local",
    "regional",
    "credit",
    "debt",
    "working",
    "human",
];

/// Finds institution and program names by head word, and merges them with
/// the gazetteer's candidates already in `doc.cands`: a pattern name that
/// strictly contains gazetteer names replaces them ("China-Russia
/// Mathematics Center" over "China" and "Russia"); on an equal span the
/// gazetteer wins.
pub(crate) fn find_named_bodies(doc: &mut Doc<'_>, kb: &Knowledge) {
    // (first token, last token, kind, whether the head word ends the name,
    // whether it is a company's suffix)
    let mut found: Vec<(usize, usize, EntityKind, bool, bool)> = Vec::new();
    for i in 0..doc.tokens.len() {
        // (British companies write their suffix in lowercase: "Albion Water
        // plc".)
        if !doc.is_cap(i) && doc.word(i) != "plc" {
            continue;
        }
        let w = doc.word(i);
        // "Manchester United", "Bolton Wanderers": a sports club named
        // after its town.
        if matches!(w, "United" | "Rovers" | "Wanderers" | "Athletic" | "Albion" | "Hotspur" | "FC")
        {
            let town = doc.prev_on_line(i).and_then(|p| {
                doc.cand_at(doc.tokens[p].span.start)
                    .filter(|c| c.kind == EntityKind::Place && c.span.end == doc.tokens[p].span.end)
            });
            if let Some(c) = town {
                let first = doc.token_at(c.span.start);
                if found.last().is_none_or(|&(_, l, ..)| l < first) {
                    found.push((first, i, EntityKind::Institution, true, false));
                }
                continue;
            }
        }
        // ("West Yorkshire Police's Major Collision Enquiry Team": an
        // owner's head word ends its name too.)
        let bits = head_bits(possessive_stem(w).unwrap_or(w))
            | if w == "AS" && norwegian_as(doc, i) { HEAD_SUFFIX } else { 0 };
        // "Emirates Stadium", "Dubai International Airport": a venue is a
        // place, named by the words before its head.
        let is_venue = bits == 0 && w.len() >= 5 && VENUE_HEADS.contains(&w);
        if bits == 0 && !is_venue {
            continue;
        }
        // ("Alberta Government Telephones", "American Federation of
        // Government Employees": "Government" before another capitalised
        // word is that name's modifier, no head.)
        if w == "Government" && doc.next_on_line(i).is_some_and(|n| doc.is_word(n) && doc.is_cap(n))
        {
            continue;
        }
        let suffix = bits & HEAD_SUFFIX != 0 && corporate_suffix(doc, i);
        let is_inst = suffix || bits & HEAD_INSTITUTION != 0;
        let is_prog = bits & HEAD_PROGRAM != 0;
        let is_opener = bits & HEAD_OPENER != 0;
        if !(is_inst || is_prog || is_opener || is_venue) {
            continue;
        }
        if doc.in_caps_sentence(doc.tokens[i].span.start) {
            continue;
        }
        // ("the Argentine Congress", "the Peruvian Congress": a country's
        // legislature, not a congress that meets.)
        let legislature = w == "Congress"
            && doc.prev_on_line(i).is_some_and(|p| {
                doc.is_cap(p) && kb.demonyms.contains_key(lower(doc.word(p)).as_ref())
            });
        let mut kind = if is_venue {
            EntityKind::Place
        } else if is_inst || legislature {
            EntityKind::Institution
        } else {
            EntityKind::Program
        };
        // "Northwind Robotics, Inc.": a company's suffix may stand after a
        // comma.
        // So may a second suffix after the first one's period: "Samsung
        // Electronics Co., Ltd.", "Kanto Electric Co. Ltd".
        let before_comma = if suffix && i >= 3 && doc.word(i - 1) == " " && doc.word(i - 2) == "," {
            Some(i - 3).and_then(|q| {
                if doc.word(q) == "." && q >= 1 && corporate_suffix(doc, q - 1) {
                    Some(q - 1)
                } else {
                    Some(q).filter(|&q| doc.is_cap(q))
                }
            })
        } else if suffix
            && i >= 3
            && doc.word(i - 1) == " "
            && doc.word(i - 2) == "."
            && corporate_suffix(doc, i - 3)
        {
            Some(i - 3)
        } else {
            None
        };
        let mut first = extend_left(doc, kb, before_comma.unwrap_or(i));
        // ("Organisation of Islamic Conference": a body's head before "of"
        // makes a body of a program's name.)
        if kind == EntityKind::Program
            && (first..i).any(|j| {
                doc.word(j) == "of"
                    && doc
                        .prev_solid(j)
                        .is_some_and(|h| head_bits(doc.word(h)) & HEAD_INSTITUTION != 0)
            })
        {
            kind = EntityKind::Institution;
        }
        // A trade's word after "of" that a capitalised word follows ends no
        // name: "Organisation of Petroleum Exporting Countries", "National
        // Association of Securities Dealers Inc".
        if bits & HEAD_COMPANY != 0
            && !suffix
            && (first..i).any(|j| doc.word(j) == "of")
            && doc.next_on_line(i).is_some_and(|n| {
                doc.is_word(n)
                    && doc.is_cap(n)
                    && !is_head_title(doc, n)
                    && head_bits(doc.word(n)) == 0
            })
        {
            continue;
        }
        // "Samuel Montagu and Co Ltd", "Goldman, Sachs & Co.": the partners
        // before "and Co".
        if suffix && doc.word(first).eq_ignore_ascii_case("co") {
            let partner = doc
                .prev_on_line(first)
                .filter(|&c| matches!(doc.word(c), "and" | "&"))
                .and_then(|c| doc.prev_on_line(c))
                .filter(|&p| doc.is_cap(p));
            if let Some(p) = partner {
                first = extend_left(doc, kb, p);
            }
        }
        // "<Tartu Oil and Gas Plc>": wire copy brackets the whole name.
        if suffix && doc.next_solid(i).is_some_and(|c| doc.word(c) == ">") {
            let open = (first.saturating_sub(12)..first)
                .rev()
                .find(|&j| matches!(doc.word(j), "<" | ">" | "\n"))
                .filter(|&j| doc.word(j) == "<");
            if let Some(n) = open.and_then(|o| doc.next_solid(o)).filter(|&n| doc.is_cap(n)) {
                first = n;
            }
        }
        // (A venue's name joins no list: "Kansai Electric Power and
        // Kansai International Airport".)
        if is_venue {
            if let Some(and) = (first..i).rev().find(|&j| matches!(doc.word(j), "and" | "&")) {
                first = doc.next_solid(and).unwrap_or(i).min(i);
            }
        }
        let mut last = if suffix || is_venue { i } else { extend_right(doc, i) };
        // "the Executive Board of Siemens Energy AG": a company's organ is
        // no name; the company after "of" is.
        if last > i
            && lower_in(doc.word(i), &["board", "committee", "council"])
            && corporate_suffix(doc, last)
        {
            last = i;
        }
        if suffix || bits & HEAD_COMPANY != 0 {
            first = company_start(doc, first, i);
        }
        // "adviser to Helios and Latham & Watkins LLP": one word before
        // "and" that opened a longer name found earlier in the story is that
        // body's short name, not the first word of this one.
        // (Not a partner before "and Co", nor one word after "and": "Gynex
        // and Watson Laboratories Inc" keeps its partners.)
        if let Some(and) = doc.next_solid(first).filter(|&a| a < i && doc.word(a) == "and") {
            let next = doc.next_solid(and).unwrap_or(i);
            // (Nor a place's or a people's word: "Hongkong and Shanghai
            // Banking Corp", "British and Commonwealth Holdings Plc".)
            let lw = lower(doc.word(first));
            let local = kb.demonyms.contains_key(lw.as_ref())
                || doc
                    .cand_at(doc.tokens[first].span.start)
                    .is_some_and(|c| c.kind == EntityKind::Place);
            let short = next < i
                && !local
                && head_bits(doc.word(next)) == 0
                // (The last names found only: no story-long search for
                // every name.)
                && found.iter().rev().take(64).any(|&(f, l, k, ..)| {
                    k == EntityKind::Institution
                        && l > f
                        && doc.word(f) == doc.word(first)
                        && doc.next_solid(f).is_some_and(|n| !matches!(doc.word(n), "and" | "&"))
                });
            if short {
                first = next;
            }
        }
        // "World Markets", "Stock Markets", "Venture Capital": a trade's
        // plural after a common word names no company.
        if !suffix
            && lower_in(doc.word(i), &["markets", "capital", "partners", "ventures", "brands"])
            && doc.prev_on_line(i).is_some_and(|p| p == first)
            && lower_in(doc.word(first), GENERIC_BEFORE_TRADE)
        {
            continue;
        }
        // "PSV general manager Marcel Brands": a given name and a trade's
        // plural after a title are a person's name.
        if !suffix
            && last == i
            && doc.next_solid(first) == Some(i)
            && kb.given_names.contains_key(doc.word(first))
            && doc.prev_on_line(first).is_some_and(|p| {
                doc.is_word(p)
                    && !doc.is_cap(p)
                    && (role_noun(&lower(doc.word(p))) || is_head_title(doc, p))
            })
        {
            continue;
        }
        // A year in front is a date, not part of the name ("2021
        // Presidential Prize").
        while first < i && doc.tokens[first].kind == TokenKind::Number {
            first = doc.next_solid(first).unwrap_or(i);
        }
        if last > i && after_title_of(doc, first) {
            last = cut_trailing_name(doc, i, last);
        }
        if is_opener && last == i {
            // "Year" alone is no name; "Years of ..." is.
            continue;
        }
        // ... but "Sentenced to 8 Years for Embezzling" is a count of years.
        if is_opener
            && !is_inst
            && !is_prog
            && lower_in(w, &["year", "years", "decade"])
            && (doc.next_on_line(i).is_some_and(|n| doc.word(n) != "of")
                || doc.prev_on_line(i).is_some_and(|p| doc.tokens[p].kind == TokenKind::Number))
        {
            continue;
        }
        // "Co Inc": suffixes alone name nobody.
        if (first == i && last == i)
            || (suffix && (first..i).all(|j| !doc.is_word(j) || corporate_suffix(doc, j)))
        {
            continue;
        }
        // "Microsoft Corp. said": the suffix's period, inside a sentence.
        if suffix && period_inside_sentence(doc, i) {
            last = i + 1;
        }
        if let Some(&(f, l, ..)) = found.last() {
            if first <= f && last >= l {
                // "VTB Bank Management Board" grows over "VTB Bank".
                found.pop();
            } else if l >= first {
                continue;
            }
        }
        // "Chief Cabinet Secretary Yoshimasa Hayashi", "Deputy Central Bank
        // Governor ...": a title's first word opens no body.
        if doc.next_on_line(last).is_some_and(|n| doc.is_cap(n) && is_head_title(doc, n)) {
            while first < i && lower_in(doc.word(first), TITLE_OPENERS) {
                first = doc.next_solid(first).unwrap_or(i).min(i);
            }
            if first == i && last == i {
                continue;
            }
            // ("Health Cabinet Secretary Aden Duale", "Cabinet Minister
            // Jane Roe": a cabinet before its member's title and name is
            // the title's, with the portfolio before it.)
            if last == i
                && doc.word(i) == "Cabinet"
                && doc
                    .next_on_line(last)
                    .and_then(|t| doc.next_on_line(t))
                    .is_some_and(|n| doc.is_word(n) && doc.is_cap(n))
            {
                continue;
            }
        }
        // (A company's name ends with its head too when "of" and a place
        // follow it: "The Shell Petroleum Development Company of Nigeria".)
        let head_final = last == i || suffix || lower_in(doc.word(i), &["company", "corporation"]);
        found.push((first, last, kind, head_final, suffix));
    }
    // Decide against the gazetteer's candidates as they were, then apply
    // every decision in one pass.
    let mut remove = FastSet::default();
    let mut batch = Vec::new();
    let mut grown = Vec::new();
    // The short names of the companies decided so far ("Panasonic
    // Holdings" of "Panasonic Holdings Corporation") and their entities.
    let mut shorts: FastMap<String, (EntityKind, u32)> = FastMap::default();
    let mut first_words: FastMap<String, bool> = FastMap::default();
    for (first, last, kind, head_final, suffix) in found {
        // (Without a possessive at its end: "the Department of Energy's".)
        let span = name_span(doc, first, last);
        let inside = doc.overlapping(span);
        // "Siemens AG" after the known "Siemens": the known company, with
        // its suffix; so "Toyota Motor Corporation", "Panasonic Holdings
        // Corporation": with company words before a corporate last word.
        let corporate =
            suffix || lower_in(doc.word(last), &["corporation", "company", "incorporated"]);
        // ("Panasonic Holdings", "Tata Group": the known company's parent
        // name.)
        let parent = lower_in(doc.word(last), &["holdings", "holding", "group"]);
        if (corporate || parent) && inside.len() == 1 {
            let c = &doc.cands[inside.start];
            if c.kind == EntityKind::Institution
                && c.span.start == span.start
                && c.span.end < span.end
                && doc.text[c.span.end..doc.tokens[last].span.start]
                    .split([',', ' ', '.'])
                    .all(|w| w.is_empty() || company_word(w) || w == "Motor")
            {
                grown.push((inside.start, span));
                continue;
            }
        }
        // A pattern name may hold places ("China-Russia Mathematics
        // Center"), and a body when the head word ends it ("Acme Robotics
        // Learning Laboratory"), but never crosses a known name or swallows
        // a person.
        if doc.cands[inside.clone()].iter().any(|c| {
            if !span.contains(c.span) || c.span == span {
                return true;
            }
            // (Nor does a known acronym inside the name, before its head:
            // "Leeds Teaching Hospitals NHS Trust".)
            // (After a word of the name and a space: not "Russia-NATO
            // Council", "Drexel Burnham and UBS Securities", "the U.S. Group
            // CPC International Inc".)
            let acronym = || {
                let w = &doc.text[c.span];
                let at = doc.token_at(c.span.start);
                c.span.start > span.start
                    && c.span.end < span.end
                    && (2..=5).contains(&w.len())
                    && w.bytes().all(|b| b.is_ascii_uppercase())
                    && doc.word(at - 1) == " "
                    && doc.prev_solid(at).is_some_and(|p| {
                        doc.is_cap(p)
                            && !company_word(doc.word(p))
                            && !matches!(doc.word(p), "and" | "&")
                    })
            };
            let allowed = c.kind == EntityKind::Place
                || (head_final
                    && c.kind == EntityKind::Institution
                    && ((c.span.start == span.start
                        && !generic_words(&doc.text[c.span.end..span.end]))
                        || acronym()));
            !allowed
        }) {
            continue;
        }
        let name = &doc.text[span];
        // A company's own organs name no body of their own: "its Board of
        // Directors", "the Supervisory Board", "the Audit Committee".
        const ORGANS: &[&str] = &[
            "board",
            "directors",
            "supervisory",
            "management",
            "executive",
            "committee",
            "audit",
            "trustees",
            "governors",
            "shareholders",
            "annual",
            "general",
            "meeting",
            "of",
            "the",
            "nominating",
            "remuneration",
            "compensation",
            "risk",
            "and",
        ];
        if name.split_whitespace().all(|w| lower_in(w, ORGANS)) {
            continue;
        }
        // Nor do an event's generic words name a program: "Regular Press
        // Conference", "Annual Summit", "Joint Press Briefing".
        const EVENTS: &[&str] = &[
            "regular",
            "press",
            "news",
            "media",
            "daily",
            "weekly",
            "monthly",
            "annual",
            "joint",
            "final",
            "first",
            "second",
            "third",
            "opening",
            "closing",
            "plenary",
            "special",
            "extraordinary",
            "virtual",
            "online",
            "conference",
            "summit",
            "forum",
            "briefing",
            "week",
            "campaign",
            "competition",
            "contest",
            "award",
            "prize",
        ];
        if kind == EntityKind::Program && name.split_whitespace().all(|w| lower_in(w, EVENTS)) {
            continue;
        }
        // ("Panasonic Holdings" after "Panasonic Holdings Corporation": the
        // short name of a company found before.)
        let target = match shorts.get(name) {
            Some(&(k, l)) if k == kind => Target::Local(l),
            _ => doc.local(name, kind, cluster_key(name)),
        };
        // "Harbor Freightways Corp." is "Harbor Freightways" later on, and
        // "Panasonic Holdings Corporation" "Panasonic Holdings".
        if corporate {
            let suffix_at =
                doc.tokens[if doc.word(last) == "." { last - 1 } else { last }].span.start;
            let short = doc.text[span.start..suffix_at].trim_end_matches([' ', ',', '\n']);
            // ("Industrial Equity (Pacific) Ltd" is "Industrial Equity".)
            let short = match short.rsplit_once(" (") {
                Some((before, _)) if short.ends_with(')') => before,
                _ => short,
            };
            // (One word before "Company" may be a demonym: "a Canadian
            // Company".)
            // (A listed parent's unit keeps no short name as long as the
            // parent's: "Deutsche" after "Deutsche Bank (Asia) AG" is still
            // Deutsche Bank; "Shell Canada" of "Shell Canada Ltd" is the
            // unit.)
            let parent_len = doc.cands[inside.clone()]
                .iter()
                .find(|c| {
                    c.kind == EntityKind::Institution
                        && matches!(c.target, Target::Gaz(_))
                        && c.span.start == span.start
                })
                .map_or(0, |c| c.span.len());
            let generic = !short.contains(' ') && (is_institution_head(short) || !suffix);
            if let (Target::Local(l), false, false) = (target, short.is_empty(), generic) {
                // With a legal suffix, the shorter names a release uses too:
                // "Northgate Insurance Group, Inc." is "Northgate Insurance"
                // in the headline and "Northgate" later.
                let mut names = vec![short];
                // (So with "Corporation" or "Company": "Orion Semiconductor
                // Corporation" is "Orion".)
                if corporate {
                    // (Prefixes of two words or more, then the first word.)
                    let breaks: Vec<usize> =
                        short.match_indices([' ', '\n']).map(|(i, _)| i).collect();
                    names.extend(breaks.iter().skip(1).rev().map(|&i| &short[..i]));
                    // (Each first word is judged once a story, and no more
                    // than 64 of them: the test reads the story's head.)
                    if let Some(&i) = breaks.first() {
                        let first = &short[..i];
                        let distinct = match first_words.get(first) {
                            Some(&d) => d,
                            None if first_words.len() < 64 => {
                                // (Not a demonym: "Iraqi" of "Iraqi National
                                // Oil Company", "Thai" of "Thai Airways
                                // Company".)
                                let d = distinctive_first_word(doc, span.start, first)
                                    && !kb.demonyms.contains_key(lower(first).as_ref());
                                first_words.insert(first.to_string(), d);
                                d
                            }
                            None => false,
                        };
                        if distinct {
                            names.push(first);
                        }
                    }
                }
                for name in names.into_iter().filter(|n| n.len() > parent_len) {
                    let known = &mut doc.locals[l as usize].short;
                    if !known.iter().any(|x| x == name) {
                        known.push(name.to_string());
                    }
                    shorts.entry(name.to_string()).or_insert((kind, l));
                }
            }
        }
        remove.extend(inside);
        batch.push(Cand::pattern(span, kind, target));
    }
    // A name found before its company's full name is one of that
    // company's short names: the same entity ("Northgate Insurance
    // Reports Record ..." over "Northgate Insurance Group, Inc.").
    for c in &mut batch {
        if let Target::Local(l) = c.target {
            let name = &doc.text[c.span];
            if let Some(&(_, full)) =
                shorts.get(name).filter(|(k, full)| *k == c.kind && *full != l)
            {
                c.target = Target::Local(full);
            }
        }
    }
    for (k, span) in grown {
        doc.cands[k].span = span;
    }
    grow_over_suffixes(doc);
    doc.remove_cands(&remove);
    doc.add_all_free(batch);
}

/// The head words of venues' names: "Emirates Stadium", "Heathrow
/// Airport".
const VENUE_HEADS: &[&str] = &[
    "Stadium",
    "Arena",
    "Airport",
    "Cathedral",
    "Mosque",
    "Basilica",
    "Racecourse",
    "Velodrome",
    "Ballpark",
];

/// The company a release's boilerplate names in its heading, "About
/// Nimbus Health" on a line of its own (as PR Newswire, Business Wire and
/// GlobeNewswire releases end): a body, whose name and distinctive first
/// word the story then uses elsewhere. Places inside the name are the
/// name's ("About Boston Dynamics").
pub(crate) fn find_about_headings(doc: &mut Doc<'_>) {
    let mut found = Vec::new();
    // (Where the word stands, from the one search for all markers.)
    let at: Vec<usize> = doc.markers(Marker::About).collect();
    for i in at {
        if doc.word(i) != "About" || (i > 0 && doc.tokens[i - 1].kind != TokenKind::LineBreak) {
            continue;
        }
        let Some(first) = doc.next_on_line(i).filter(|&f| doc.is_cap(f)) else { continue };
        if NOT_NAME_START_SET.has(doc.word(first)) || lower_in(doc.word(first), &["us", "this"]) {
            continue;
        }
        // Capitalised words, joined by "&", "-", "of", "and" or "for", to
        // the end of the line; a colon may close the heading.
        let (mut last, mut words, mut j) = (first, 1, first);
        let ends_line = loop {
            let Some(n) = doc.next_on_line(j) else { break true };
            let w = doc.word(n);
            if doc.is_cap(n) || doc.tokens[n].kind == TokenKind::Number {
                last = n;
                words += 1;
            } else if !matches!(w, "&" | "-" | "of" | "and" | "for" | "." | ",") {
                break w == ":" && doc.next_on_line(n).is_none();
            }
            j = n;
        };
        if !ends_line || words > 6 || !doc.is_cap(last) {
            continue;
        }
        let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
        if doc.only_places_within(span) {
            found.push((span, first, last, doc.overlapping(span)));
        }
    }
    if found.is_empty() {
        return;
    }
    // ("About Lumatek" after "Lumatek Systems, Inc.": a short name of a
    // company the story named, or the leading words of its name; looked up,
    // not compared with every body.)
    let bodies = body_names(doc);
    let mut remove = FastSet::default();
    let mut batch = Vec::new();
    for (span, first, last, inside) in found {
        let name = doc.text[span].to_string();
        let target = match bodies.get(&name) {
            Some(&l) => Target::Local(l as u32),
            None => doc.local(&name, EntityKind::Institution, cluster_key(&name)),
        };
        // (The first word alone, when it names the company alone:
        // "Nimbus" of "Nimbus Health".)
        if let (Target::Local(l), true) = (target, last > first) {
            let w = doc.word(first);
            if distinctive_first_word(doc, span.start, w) {
                let w = w.to_string();
                let short = &mut doc.locals[l as usize].short;
                if !short.contains(&w) {
                    short.push(w);
                }
            }
        }
        remove.extend(inside);
        batch.push(Cand::pattern(span, EntityKind::Institution, target));
    }
    doc.remove_cands(&remove);
    doc.add_all_free(batch);
}

/// [`body_names`], and the first word of every body's name the story
/// gives ("AVX" of "AVX Corp").
fn body_names_and_firsts(doc: &Doc<'_>) -> FastMap<String, usize> {
    let mut bodies = body_names(doc);
    for c in doc.cands.iter().filter(|c| c.kind == EntityKind::Institution) {
        let name = &doc.text[c.span];
        let first = name.split([' ', ',']).next().unwrap_or(name);
        bodies.entry(first.to_string()).or_insert(0);
    }
    bodies
}

/// The last words of the names of the story's people found so far.
fn people_last_words<'d>(doc: &'d Doc<'_>) -> FastSet<&'d str> {
    doc.cands
        .iter()
        .filter(|c| c.kind == EntityKind::Person)
        .filter_map(|c| doc.text[c.span].rsplit(' ').next())
        .collect()
}

/// The story's bodies found by pattern, by their names, their short names
/// and the leading words of their names ("Albion Water" of "Albion Water
/// plc", "Lumatek Systems" of "Lumatek Systems, Inc."): a name is looked
/// up here, not compared with every body.
fn body_names(doc: &Doc<'_>) -> FastMap<String, usize> {
    let mut names = FastMap::default();
    for (i, l) in doc.locals.iter().enumerate().filter(|(_, l)| l.kind == EntityKind::Institution) {
        let leading = l.name.match_indices([' ', ',']).map(|(at, _)| &l.name[..at]);
        let all = std::iter::once(l.name.as_str()).chain(l.short.iter().map(String::as_str));
        for name in all.chain(leading) {
            names.entry(name.to_string()).or_insert(i);
        }
    }
    names
}

/// Words that open a title and never a body's name: "Chief Cabinet
/// Secretary", "Deputy Central Bank Governor".
const TITLE_OPENERS: &[&str] =
    &["chief", "deputy", "vice", "acting", "assistant", "associate", "senior", "former"];

/// Whether the line break at token `p` wraps a line of running text: one
/// bare line break after a line of at least 40 bytes, in a text that wraps
/// its lines ([`Doc::hard_wrapped`]).
fn soft_wrap(doc: &Doc<'_>, p: usize) -> bool {
    let at = doc.tokens[p].span.start;
    doc.hard_wrapped()
        && matches!(doc.word(p), "\n" | "\r\n")
        && at >= 40
        && !doc.text.as_bytes()[at - 40..at].contains(&b'\n')
}

/// Whether token `i` is a company's legal suffix ("Inc", "Corp", "Ltd",
/// "GmbH", "AG"), which ends a company's name as a head word does. Not
/// before a hyphen ("Co-founder").
fn corporate_suffix(doc: &Doc<'_>, i: usize) -> bool {
    doc.is_word(i)
        && (head_bits(doc.word(i)) & HEAD_SUFFIX != 0 || norwegian_as(doc, i))
        && doc.tokens.get(i + 1).is_none_or(|t| t.as_str() != "-")
}

/// Whether token `i` is the Norwegian, Danish and Turkish "AS" ("Halvorsen
/// Robotics AS"): in capitals, after a capitalised word, in a sentence with
/// lowercase letters (not the word "as" of a headline in capitals).
fn norwegian_as(doc: &Doc<'_>, i: usize) -> bool {
    // (The word before in lowercase after its capital: a line in capitals
    // may share its sentence with lowercase text.)
    doc.word(i) == "AS"
        && !doc.in_caps_sentence(doc.tokens[i].span.start)
        && doc
            .prev_solid(i)
            .is_some_and(|p| doc.is_cap(p) && doc.word(p).chars().skip(1).any(char::is_lowercase))
}

/// Where a company's name ending in a suffix at `suffix` starts, at or
/// after `first`: past an owner ("South Korea's Daewoo Corp"), a day or a
/// month, and a preposition that opens the name ("Unlike Acme Corp").
fn company_start(doc: &Doc<'_>, first: usize, suffix: usize) -> usize {
    // (`extend_left` has passed over the openers of NOT_NAME_START: "In",
    // "On", "After", ...; these are the rest.)
    const OPENERS: &[&str] = &["under", "against", "unlike", "like", "including"];
    let mut start = first;
    for j in first..suffix {
        if !doc.is_word(j) {
            continue;
        }
        let w = doc.word(j);
        let owner = possessive_stem(w).is_some();
        let leading = j == start
            && (crate::lexicon::is_day_or_month(w) || (j == first && lower_in(w, OPENERS)));
        if owner || leading {
            start = doc.next_solid(j).unwrap_or(suffix).min(suffix);
        }
    }
    start
}

/// Whether the period right after token `i` (an abbreviation such as
/// "Corp.") stands inside its sentence: the next word is not capitalised,
/// and the period does not end its line (text set a sentence to a line
/// ends "...Corp.\n" with the sentence).
fn period_inside_sentence(doc: &Doc<'_>, i: usize) -> bool {
    // (Not before a quote that opens on a capital: `of Nordwerk AG. "Our
    // order book ...`.)
    let quote_opens = |n: usize| {
        doc.tokens[n].kind == TokenKind::Quote(QuoteSide::Open)
            && doc.next_solid(n).is_some_and(|w| doc.is_cap(w))
    };
    doc.tokens.get(i + 1).is_some_and(|t| t.as_str() == ".")
        && doc.next_solid(i + 1).is_some_and(|n| !doc.is_cap(n) && !quote_opens(n))
        && doc.tokens.get(i + 2).is_some_and(|t| t.as_str() != "\n")
}

/// Whether every word of `s` is a generic word of institution names
/// ("National Research Centre" after "Kurchatov Institute" adds no name).
fn generic_words(s: &str) -> bool {
    const GENERIC: &[&str] = &[
        "national",
        "federal",
        "state",
        "research",
        "scientific",
        "science",
        "technical",
        "technological",
        "international",
        "central",
        "main",
        "general",
        "joint",
        "public",
        "academic",
        "educational",
        "medical",
        "clinical",
        "regional",
        "municipal",
        "autonomous",
        "budgetary",
        "unitary",
        "enterprise",
        "institution",
        "of",
        "the",
        "and",
        "for",
    ];
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| lower_in(w, GENERIC) || is_institution_head(w))
}

/// Whether the name starting at token `first` follows "TITLE of [the]"
/// ("Deputy Chief of the Presidential Directorate ...").
/// The title may stand further back, before a chain of bodies ("Chairman
/// of the Coordinating Council ... under the Presidential Council ...").
fn after_title_of(doc: &Doc<'_>, first: usize) -> bool {
    let mut j = first;
    for _ in 0..40 {
        let Some(p) = doc.prev_on_line(j) else { return false };
        if matches!(doc.word(p), "," | "." | ";" | ":" | "(" | ")") {
            return false;
        }
        if doc.word(p) == "of" && doc.prev_on_line(p).is_some_and(|t| is_head_title(doc, t)) {
            return true;
        }
        j = p;
    }
    false
}

/// In "Chairman of the Council for Science and Education Nikita
/// Marchenkov" the last run of capitalised words ends with the person the
/// title belongs to: cut two words from a run of three or more.
fn cut_trailing_name(doc: &Doc<'_>, head: usize, last: usize) -> usize {
    let mut run = vec![last];
    let mut j = last;
    while let Some(p) = doc.prev_on_line(j) {
        if p <= head || !doc.is_cap(p) {
            break;
        }
        run.push(p);
        j = p;
    }
    if run.len() >= 3 {
        // run is in reverse order: run[2] is the last word kept.
        run[2]
    } else {
        last
    }
}

/// The first token of the name whose head is at `head`, walking left over
/// capitalised words and hyphens on the same line, or across a soft wrap
/// of wire copy.
/// The first token of initials with periods ("U.S.", "U.K.") that end
/// with the period at token `q`.
fn initials_ending_at(doc: &Doc<'_>, q: usize) -> Option<usize> {
    // (The tokenizer keeps "U.S" whole and the last period apart.)
    let w = doc.word(q.checked_sub(1)?);
    let initials =
        w.len() >= 3 && w.split('.').all(|l| l.len() == 1 && l.as_bytes()[0].is_ascii_uppercase());
    (doc.word(q) == "." && initials).then(|| q - 1)
}

fn extend_left(doc: &Doc<'_>, kb: &Knowledge, head: usize) -> usize {
    let mut first = head;
    let mut j = head;
    while head - j < MAX_NAME_TOKENS {
        let Some(p) = j.checked_sub(1) else { break };
        let t = &doc.tokens[p];
        match t.kind {
            // A space, or a soft wrap of wire copy inside the name
            // ("National Health Enhancement\nSystems Inc"; see `soft_wrap`).
            TokenKind::Space | TokenKind::LineBreak
                if t.as_str() == " " || (t.kind == TokenKind::LineBreak && soft_wrap(doc, p)) =>
            {
                let Some(q) = p.checked_sub(1) else { break };
                // ("SOURCE Public Health Agency of Canada": a wire's label;
                // "Secretary-General Welcomes Ceasefire Agreement": a
                // headline's verb.)
                if known_owner(doc, q)
                    || doc.word(q) == "SOURCE"
                    || crate::lexicon::is_headline_verb_only(doc.word(q))
                {
                    break;
                }
                if doc.is_cap(q) || doc.tokens[q].kind == TokenKind::Number {
                    j = q;
                    first = q;
                    continue;
                }
                // "Nikko Securities Co (Europe) Ltd", "Sony (U.K.) Ltd": a
                // region in parentheses before a legal suffix.
                if doc.word(q) == ")" && j == head && corporate_suffix(doc, head) {
                    let open = (q.saturating_sub(8)..q).rev().find(|&o| doc.word(o) == "(");
                    let inner = open.is_some_and(|o| {
                        o + 1 < q
                            && (o + 1..q).all(|x| {
                                doc.word(x) == "."
                                    || doc.tokens[x].is_space()
                                    || (doc.is_word(x) && doc.is_cap(x))
                            })
                    });
                    if let Some(b) = open
                        .filter(|_| inner)
                        .and_then(|o| doc.prev_on_line(o))
                        .filter(|&b| doc.is_word(b) && doc.is_cap(b))
                    {
                        j = b;
                        first = b;
                        continue;
                    }
                }
                // "U.S. District Court", "U.K. Border Force": initials with
                // their periods.
                if let Some(a) = initials_ending_at(doc, q) {
                    j = a;
                    first = a;
                    continue;
                }
                // "Leeds Magistrates' Court", "the Swiss Bankers'
                // Association": people's plural possessive right before the
                // head (not an owner's: "Winn Enterprises' Knudsen Foods",
                // "Bernie Sanders' College for All Act").
                if doc.tokens[q].kind == TokenKind::Apostrophe
                    && j == head
                    && q >= 1
                    && doc.is_cap(q - 1)
                    && doc.cand_at(doc.tokens[q - 1].span.start).is_none()
                    && (people_plural_word(doc.word(q - 1))
                        // ("the National Sheriffs' Association": a plural
                        // after another word of the name, not a person's
                        // surname after a given name.)
                        || (doc.word(q - 1).len() > 4
                            && doc.word(q - 1).ends_with('s')
                            // (Before a body's head, not a trade's: not
                            // "Salomon Brothers' Capital".)
                            && head_bits(doc.word(head)) & HEAD_COMPANY == 0
                            && !crate::lexicon::company_word(doc.word(q - 1))
                            && doc.prev_on_line(q - 1).is_some_and(|g| {
                                doc.is_cap(g)
                                    && !kb.given_names.contains_key(doc.word(g))
                                    && doc.cand_at(doc.tokens[g].span.start).is_none()
                            })))
                {
                    j = q - 1;
                    first = q - 1;
                    continue;
                }
                // "Prime Planet Energy & Solutions": an ampersand between
                // spaces joins the words of one name. So does "and" after a
                // word that names nothing by itself ("the Midstream and
                // Downstream Petroleum Regulatory Authority", "Food and Drug
                // Administration"), not after a name or a head word ("Shell
                // and Chevron Corp", "the Treasury and Federal Reserve
                // Board").
                // Nor after a name of one word: an acronym or a word with
                // a capital inside ("CGI and Clinton Foundation", "KeyCorp
                // and Banc One Corp"), a list's last item ("Cargill,
                // Continental and Louis Dreyfus Corp") or a generic body
                // ("the Government and Emergencies Ministry").
                let joins = |w: &str| {
                    let before = doc.word(q - 2);
                    w == "&"
                        || (w == "and"
                            && doc.cand_at(doc.tokens[q - 2].span.start).is_none()
                            // ("Mitsui Trust and Banking Co", "Harris Trust
                            // and Savings Bank": a trust's name goes on.)
                            && (head_bits(before) == 0 || before == "Trust")
                            && !NOT_NAME_START_SET.has(before)
                            && !before.chars().skip(1).any(char::is_uppercase)
                            && crate::lexicon::org_noun(before).is_none()
                            && doc.prev_solid(q - 2).is_none_or(|c| doc.word(c) != ",")
                            && !ends_person(doc, kb, q - 2)
                            // (Unless the list goes on after the head:
                            // "companies Almalyk Mining and Metallurgical
                            // Plant and Uzbekneftegaz".)
                            && !(listed_after_plural(doc, q - 2)
                                && doc.next_on_line(head).is_none_or(|x| doc.word(x) != "and")))
                };
                if q >= 2
                    && doc.word(q - 1) == " "
                    && doc.is_cap(q - 2)
                    && joins(doc.word(q))
                    && !doc.in_caps_sentence(doc.tokens[q].span.start)
                {
                    j = q - 2;
                    first = q - 2;
                    continue;
                }
                // "Port of Rotterdam Authority", "University of Leeds
                // Medical School": "of" after a head word or "Port" or
                // "City" goes on with the name before it.
                if q >= 2
                    && doc.word(q) == "of"
                    && doc.word(q - 1) == " "
                    && doc.is_cap(q - 2)
                    && (is_institution_head(doc.word(q - 2))
                        || matches!(doc.word(q - 2), "Port" | "City"))
                    // (Not a company's organ: "the Executive Board of
                    // Northwind Energy AG" names the company.)
                    && !matches!(doc.word(q - 2), "Board" | "Committee" | "Council")
                    && !doc.in_caps_sentence(doc.tokens[q].span.start)
                {
                    j = q - 2;
                    first = q - 2;
                    continue;
                }
                break;
            }
            TokenKind::Punct if matches!(t.as_str(), "-" | "–" | "&") => {
                let Some(q) = p.checked_sub(1) else { break };
                if doc.is_cap(q) {
                    j = q;
                    first = q;
                    continue;
                }
                break;
            }
            _ => break,
        }
    }
    // A capitalised word that only starts the sentence is not part of the
    // name ("The", "Moreover"). Inside a sentence "New" is the name's ("the
    // New China News Agency").
    // A title-cased headline's preposition ends whatever came before it:
    // "Kestrel Unveils Arm, Partners With Nordvik Logistics" names
    // "Nordvik Logistics" ("of", "for" and "and" stay inside names).
    // (Not glued to a hyphen: "To-Fitness Inc", "On-Line Software".)
    if let Some(p) = (first..head).rev().find(|&x| {
        matches!(
            doc.word(x),
            "With"
                | "To"
                | "In"
                | "On"
                | "At"
                | "From"
                | "By"
                | "Into"
                | "Over"
                | "After"
                | "Against"
                | "Versus"
                | "Vs"
                | "Amid"
                | "As"
        ) && doc.word(x + 1) != "-"
            && (x == 0 || doc.word(x - 1) != "-")
    }) {
        first = (p + 1..=head).find(|&x| doc.is_cap(x)).unwrap_or(head);
    }
    // ("AT&T": a word glued to the next is no opener.)
    while first < head
        && NOT_NAME_START_SET.has(doc.word(first))
        && (doc.word(first) != "New" || doc.opens_sentence(first))
        && !matches!(doc.tokens.get(first + 1).map(|t| t.as_str()), Some("&" | "-"))
    {
        first = doc.next_solid(first).unwrap_or(head).min(head);
        while first < head && !doc.is_cap(first) {
            first += 1;
        }
    }
    first
}

/// Whether the capitalised words that end at token `last` follow a plural
/// noun of bodies, as the first name of a list: "investment banks [Merrill
/// Lynch] and SBC Warburg".
fn listed_after_plural(doc: &Doc<'_>, last: usize) -> bool {
    let mut j = last;
    for _ in 0..4 {
        match doc.prev_on_line(j) {
            Some(p) if doc.is_cap(p) => j = p,
            Some(p) => {
                let w = doc.word(p);
                return w.ends_with('s') && BODY_NOUNS.contains(&w);
            }
            None => return false,
        }
    }
    false
}

/// Whether a capitalised plural names people by its ending ("Bankers",
/// "Employees", "Artists", "Magistrates", "Citizens"), and is no firm's
/// word ("Partners", "Holdings").
fn people_plural_word(w: &str) -> bool {
    let lw = lower(w);
    // (The sieve's plurals of people, and "Employees", "Citizens".)
    (crate::quote::people_plural(&lw) || lw.ends_with("ees") || lw.ends_with("ens"))
        && !crate::lexicon::company_word(w)
        && !matches!(lw.as_ref(), "partners" | "brothers" | "sons" | "others")
}

/// Whether the capitalised words that end at token `last` look like a
/// person's name: one of them is a given name, an initial or a title
/// ("Finance Minister Ferdinand Lacina", "Dudley S. Taft").
fn ends_person(doc: &Doc<'_>, kb: &Knowledge, last: usize) -> bool {
    let mut j = last;
    for _ in 0..5 {
        let w = doc.word(j);
        let initial = w.len() == 1 && doc.tokens.get(j + 1).is_some_and(|t| t.as_str() == ".");
        if initial || kb.given_names.contains_key(w) || is_head_title(doc, j) {
            return true;
        }
        let Some(p) = doc.prev_on_line(j) else { return false };
        // (an initial's period)
        let p = if doc.word(p) == "." { p.saturating_sub(1) } else { p };
        if !doc.is_cap(p) {
            return false;
        }
        j = p;
    }
    false
}

/// Whether token `q` is the possessive of a name the story knows, which
/// owns the name after it: "NASA's Space Technology Mission Directorate",
/// "the Department of Energy's Idaho National Laboratory" (not
/// "McDonald's Corp", whose possessive is its own).
fn known_owner(doc: &Doc<'_>, q: usize) -> bool {
    let t = &doc.tokens[q];
    let w = t.as_str();
    let stem = possessive_stem(w);
    stem.is_some_and(|stem| {
        let end = t.span.start + stem.len();
        let known =
            doc.cand_at(t.span.start.min(end.saturating_sub(1))).is_some_and(|c| c.span.end == end);
        // ... or a body's name that a head word opens: "the Department of
        // Energy's".
        let body = std::iter::successors(doc.prev_on_line(q), |&p| doc.prev_on_line(p))
            .take(4)
            .take_while(|&p| doc.is_cap(p) || matches!(doc.word(p), "of" | "for" | "and"))
            .any(|p| doc.is_cap(p) && is_institution_head(doc.word(p)));
        known || body || company_word(stem) || is_institution_head(stem)
    })
}

/// The last token of the name whose head is at `head`: "of/for/on/in [the]"
/// and a chain of capitalised words, lists joined by commas and "and".
fn extend_right(doc: &Doc<'_>, head: usize) -> usize {
    let mut last = head;
    let mut j = head;
    let mut steps = 0;
    loop {
        steps += 1;
        if steps > MAX_NAME_TOKENS {
            break;
        }
        // Read a connector run: space, optional comma, words among the
        // connectors; then demand a capitalised word.
        let Some(mut k) = doc.next_on_line(j) else { break };
        // Right after the head only a preposition continues the name
        // ("Ministry of Foreign Affairs"); "and" there joins two names.
        let mut saw_preposition = false;
        let mut saw_comma = false;
        let mut hops = 0;
        while hops < 4 {
            hops += 1;
            let t = &doc.tokens[k];
            if t.kind == TokenKind::Punct && t.as_str() == "," && !saw_comma {
                saw_comma = true;
            } else if t.kind == TokenKind::Punct && matches!(t.as_str(), "-" | "–") {
                // hyphen joins words: "Russian-Chinese"
            } else if t.kind == TokenKind::Punct && t.as_str() == "&" {
                // "Ministry of Road Transport & Highways"
            } else if doc.is_word(k) && !doc.is_cap(k) && lower_in(doc.word(k), NAME_CONNECTORS) {
                // ("Ministry of Economic Development and the Japanese
                // Foreign Ministry": "and the" opens another name.)
                if doc.word(k) == "the"
                    && doc.prev_on_line(k).is_some_and(|p| matches!(doc.word(p), "and" | "&"))
                {
                    break;
                }
                saw_preposition |= matches!(doc.word(k), "of" | "for" | "on");
            } else {
                break;
            }
            let Some(n) = doc.next_on_line(k).or_else(|| {
                // hyphens have no space after them
                (k + 1 < doc.tokens.len()).then_some(k + 1)
            }) else {
                break;
            };
            k = n;
        }
        // ("In my speech at the Ministry of Foreign Affairs I already
        // stressed": the pronoun ends the name.)
        if !doc.is_cap(k) || doc.word(k) == "I" {
            break;
        }
        // After the head itself, only a connector may continue the name
        // ("Ministry of Foreign Affairs"), not a bare capitalised word.
        if j == head && !saw_preposition {
            break;
        }
        // "Westinghouse Electric Company of Cranberry Township,
        // Pennsylvania": a company's town and state, not its name.
        if j == head
            && (head_bits(doc.word(head)) & (HEAD_SUFFIX | HEAD_COMPANY) != 0
                || lower_in(doc.word(head), &["company", "corporation"]))
            && town_and_region(doc, k)
        {
            break;
        }
        if saw_comma && !list_continues(doc, k) {
            break;
        }
        // "the Bank of Nova Scotia and Bank of New England": a head word
        // after "and" opens a second name.
        if doc.prev_solid(k).is_some_and(|p| doc.word(p) == "and")
            && is_institution_head(doc.word(k))
            && doc.next_solid(k).is_some_and(|n| doc.word(n) == "of")
        {
            break;
        }
        // "Ministry of Defence and The Rt Hon John Healey MP": an article,
        // a title or a person after "and" is no part of the name.
        if doc.prev_solid(k).is_some_and(|p| doc.word(p) == "and")
            && (matches!(doc.word(k), "The" | "A" | "An")
                || is_head_title(doc, k)
                || doc.cand_starting(k).is_some_and(|c| c.kind == EntityKind::Person))
        {
            break;
        }
        // "Council in Brussels", "Forum on January 10": a place or a date
        // after "in"/"on" ends the name.
        // (But "the Select Committee on Benghazi" is a name, unless the
        // place owns what follows: "a Conference on Africa's problems".)
        if let Some(p) = doc.prev_solid(k).filter(|&p| matches!(doc.word(p), "in" | "on")) {
            let place = doc.cand_starting(k).is_some_and(|c| {
                c.kind == EntityKind::Place
                    && (doc.word(p) == "in"
                        || possessive_stem(doc.word(doc.token_at(c.span.end - 1))).is_some()
                        || doc.text[c.span.end..].starts_with(['\'', '’']))
            });
            if place
                || crate::date::month_number(doc.word(k)).is_some()
                || crate::lexicon::is_weekday(doc.word(k))
            {
                break;
            }
        }
        j = k;
        last = k;
        // "the Department of Energy's Idaho National Laboratory": an owner
        // ends its name.
        if possessive_stem(doc.word(k)).is_some() {
            break;
        }
    }
    last
}

/// A known company's name followed by a legal suffix takes the suffix in:
/// "Moody's Investors Service Inc", "Standard and Poor's Corp" (an owner
/// inside the listed name keeps the patterns from starting there). A
/// pattern's name that began inside the suffix's words gives way.
fn grow_over_suffixes(doc: &mut Doc<'_>) {
    let mut grown: Vec<(usize, Span)> = Vec::new();
    for (k, c) in doc.cands.iter().enumerate() {
        if c.kind != EntityKind::Institution {
            continue;
        }
        let Some(last) = doc.last_token(c.span) else { continue };
        let mut j = last + 1;
        if doc.tokens.get(j).is_some_and(|t| t.as_str() == ",") {
            j += 1;
        }
        if doc.tokens.get(j).is_none_or(|t| t.as_str() != " ") {
            continue;
        }
        let s = j + 1;
        if s >= doc.tokens.len() || !corporate_suffix(doc, s) || !doc.is_cap(s) {
            continue;
        }
        let end = if period_inside_sentence(doc, s) { s + 1 } else { s };
        grown.push((k, Span::new(c.span.start, doc.tokens[end].span.end)));
    }
    if grown.is_empty() {
        return;
    }
    // Drop what the grown names now cover: the mentions that start before
    // a grown name's new end (the candidates are sorted by start).
    let mut keep = vec![true; doc.cands.len()];
    for &(k, span) in &grown {
        doc.cands[k].span = span;
        for (i, c) in doc.cands.iter().enumerate().skip(k + 1) {
            if c.span.start >= span.end {
                break;
            }
            keep[i] = false;
        }
    }
    let mut i = 0;
    doc.cands.retain(|_| {
        i += 1;
        keep[i - 1]
    });
}

/// The one-word company that opens a wire story or a release right after
/// its dateline and speaks: "NEW YORK, June 18 - Unocal said it raised
/// ...", "SAN JOSE -- Lumatek today announced ...", when the story goes on
/// to call it "the company" or gives its ticker. No list holds most such
/// names, and a single capitalised word is otherwise left alone.
fn dateline_company(doc: &mut Doc<'_>, kb: &Knowledge) {
    if doc.body_start == 0 || doc.body_start >= doc.text.len() {
        return;
    }
    let Some(k) = doc.next_solid(doc.token_at(doc.body_start - 1)).filter(|&k| doc.is_cap(k))
    else {
        return;
    };
    let w = doc.word(k);
    let sp = doc.tokens[k].span;
    if sp.start < doc.body_start
        || w.len() < 3
        || !w.chars().any(char::is_lowercase)
        || doc.cand_at(sp.start).is_some()
        || kb.given_names.contains_key(w)
        || NOT_NAME_START_SET.has(w)
        || HEAD_TITLE_SET.has(w)
        || is_institution_head(w)
        || crate::lexicon::is_day_or_month(w)
        || kb.demonyms.contains_key(lower(w).as_ref())
    {
        return;
    }
    // A verb of speech next, or after one adverb ("today announced").
    let mut v = doc.next_on_line(k);
    if v.is_some_and(|x| matches!(doc.word(x), "today" | "also" | "yesterday")) {
        v = v.and_then(|x| doc.next_on_line(x));
    }
    let Some(v) = v else { return };
    if crate::quote::cue_at(doc, v).is_none() || doc.is_cap(v) {
        return;
    }
    let head = &doc.text.as_bytes()[..doc.text.len().min(4_000)];
    let company = head.windows(11).any(|x| x.eq_ignore_ascii_case(b"the company"))
        || doc.text[..doc.body_start].contains('<');
    if !company {
        return;
    }
    let target = doc.local(w, EntityKind::Institution, cluster_key(w));
    doc.lead_company = Some(target);
    doc.add_all_free(vec![Cand::pattern(sp, EntityKind::Institution, target)]);
}

/// Nouns of the news media that stand beside a title's name: "the daily
/// Kommersant", "the Sun newspaper", "Europe 1 radio".
pub(crate) const MEDIA_NOUNS: &[&str] = &[
    "daily",
    "newspaper",
    "weekly",
    "magazine",
    "tabloid",
    "broadsheet",
    "radio",
    "television",
    "broadcaster",
    "website",
];

/// Newspapers, broadcasters and agencies named beside a media noun: "the
/// daily Gazeta Wyborcza", "the newspaper Banglabazar Patrika", "Britain's
/// Sun newspaper", "the Zycie Warszawy daily", "Europe 1 radio", "the state
/// news agency SANA". The name is one to four capitalised words (a number
/// may end it) and no more than a place or a demonym ("the Moscow daily",
/// "a Russian newspaper" name none); a place inside a longer name gives way
/// to it.
pub(crate) fn find_media_names(doc: &mut Doc<'_>, kb: &Knowledge) {
    let mut found: Vec<Span> = Vec::new();
    for k in 0..doc.tokens.len() {
        let w = doc.word(k);
        // (Most tokens are ruled out by their length and first letter, a
        // lowercase one.)
        // ("Radio New Zealand", "Television Sonora": the noun opens the
        // name.)
        // (Not "Fox Television Stations": a name goes on before it.)
        let opens = matches!(w, "Radio" | "Television")
            && doc.prev_on_line(k).is_none_or(|p| !(doc.is_cap(p) && doc.is_word(p)));
        if !opens
            && (!(5..=11).contains(&w.len())
                || !matches!(
                    w.as_bytes()[0],
                    b'a' | b'b' | b'd' | b'm' | b'n' | b'r' | b't' | b'w'
                ))
        {
            continue;
        }
        let agency = w == "agency" && doc.prev_on_line(k).is_some_and(|p| doc.word(p) == "news");
        if !opens && !agency && !MEDIA_NOUNS.contains(&w) {
            continue;
        }
        // The name word at `j`: capitalised, no title, day or demonym, or
        // a number after a word ("Europe 1").
        let word_at = |j: usize| {
            let x = doc.word(j);
            (doc.is_cap(j)
                && x.len() > 1
                && !HEAD_TITLE_SET.has(x)
                && !crate::lexicon::is_day_or_month(x)
                && !kb.demonyms.contains_key(lower(x).as_ref())
                && !matches!(x, "The" | "A" | "An" | "State")
                && possessive_stem(x).is_none())
                || doc.tokens[j].kind == TokenKind::Number
        };
        // After the noun: "the daily Kommersant".
        let mut after = None;
        let mut j = k;
        for _ in 0..4 {
            let Some(n) = next_in_name(doc, j).filter(|&n| word_at(n)) else { break };
            if doc.tokens[n].kind == TokenKind::Number && after.is_none() {
                break;
            }
            after = Some(n);
            j = n;
        }
        // Before it: "the Sun newspaper".
        let mut before = None;
        let mut j = k;
        for _ in 0..4 {
            let Some(p) = prev_in_name(doc, j).filter(|&p| word_at(p)) else { break };
            before = Some(p);
            j = p;
        }
        // The name ends a phrase: punctuation, a verb of speech or a
        // preposition follows ("the daily Kommersant reported", "the Sun
        // newspaper said", "told Europe 1 radio on Sunday"), not a noun
        // ("a weekly Cabinet meeting").
        let ends = |e: usize| {
            doc.next_solid(e).is_none_or(|n| {
                let x = doc.word(n);
                !(doc.is_word(n) || (x == "-" && n == e + 1))
                    || x.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
                    || crate::lexicon::cue_word(x.to_ascii_lowercase().as_bytes()).is_some()
                    || matches!(
                        x,
                        "on" | "in" | "that" | "last" | "this" | "as" | "quoted" | "of"
                            | "which" | "who" | "has" | "had" | "is" | "was" | "to" | "for"
                    )
                    // ("and" before another name: "Europe 1 radio and the
                    // daily X", "Gazeta Wyborcza and Britain's Sun"; not "the
                    // ICCO daily and average prices", nor a name that goes on,
                    // "the magazine Business and Finance".)
                    || (x == "and"
                        && doc.next_solid(n).is_some_and(|m| {
                            matches!(doc.word(m), "the" | "a" | "an")
                                || doc.cand_starting(m).is_some()
                        }))
            })
        };
        let run = match (before, after) {
            // (Inside a sentence the capital says it is a name: "told
            // Radio New Zealand the union had".)
            (_, Some(last))
                if opens && (ends(last) || doc.prev_solid(k).is_some_and(|p| doc.is_word(p))) =>
            {
                Some((k, last))
            }
            _ if opens => None,
            (_, Some(last)) if ends(last) => next_in_name(doc, k).map(|f| (f, last)),
            (Some(first), _) if ends(k) => prev_in_name(doc, k).map(|l| (first, l)),
            _ => None,
        };
        let Some((first, last)) = run else { continue };
        // (Not the first word of a sentence alone: "Radio listeners ...".)
        if doc.tokens[first].kind == TokenKind::Number {
            continue;
        }
        let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
        if doc.only_places_within(span) && found.last().is_none_or(|f| f.end <= span.start) {
            found.push(span);
        }
    }
    if found.is_empty() {
        return;
    }
    // (The names are sorted and apart: the one that may overlap a mention
    // is the last that starts before its end.)
    doc.cands.retain(|c| {
        let at = found.partition_point(|f| f.start < c.span.end);
        at == 0 || !found[at - 1].overlaps(c.span)
    });
    let mut batch = Vec::with_capacity(found.len());
    for span in found {
        let name = &doc.text[span];
        let target = doc.local(name, EntityKind::Institution, cluster_key(name));
        batch.push(Cand::pattern(span, EntityKind::Institution, target));
    }
    doc.add_all_free(batch);
}

/// Whether the capitalised words from token `k` are a town followed by a
/// comma and a known place: "Cranberry Township, Pennsylvania".
fn town_and_region(doc: &Doc<'_>, k: usize) -> bool {
    let mut j = k;
    for _ in 0..4 {
        let Some(n) = doc.next_on_line(j) else { return false };
        if doc.word(n) == "," {
            return doc.next_on_line(n).is_some_and(|p| {
                doc.cand_starting(p).is_some_and(|c| c.kind == EntityKind::Place)
            });
        }
        if !doc.is_cap(n) {
            return false;
        }
        j = n;
    }
    false
}

/// Whether a comma-joined list that reaches token `k` ends with "and X"
/// within a few words ("Scientific, Technical and Innovative Cooperation").
fn list_continues(doc: &Doc<'_>, k: usize) -> bool {
    let mut j = k;
    for _ in 0..6 {
        let Some(n) = doc.next_solid(j) else { return false };
        if doc.is_word(n) && doc.word(n) == "and" {
            return doc.next_solid(n).is_some_and(|m| doc.is_cap(m));
        }
        if !(doc.is_cap(n) || doc.word(n) == ",") {
            return false;
        }
        j = n;
    }
    false
}

/// Title words that are common words too: they count only capitalised
/// ("Major General", not "major European producers").
const CAPITALISED_ONLY: &[&str] = &[
    "head",
    "leader",
    "chief",
    "major",
    "general",
    "officer",
    "manager",
    "father",
    "mother",
    "sister",
    "brother",
    "deputy",
    "representative",
    "chair",
    "founder",
    "editor",
    "coach",
    "pilot",
    "dean",
    "speaker",
    "judge",
    "justice",
    "captain",
    "marshal",
    "analyst",
    "economist",
    "scientist",
    "researcher",
    "lady",
    "lord",
    "sir",
    "dame",
    "king",
    "queen",
    "prince",
    "princess",
    "emperor",
    "metropolitan",
    "designer",
    "engineer",
    "agent",
    "administrator",
    "detective",
    "treasurer",
    "commander",
    "inspector",
];

/// Whether token `i` is a head title word, honouring case: a capitalised
/// title, or a lowercase one that is usually written so ("spokesman").
pub(crate) fn is_head_title(doc: &Doc<'_>, i: usize) -> bool {
    if !doc.is_word(i) || !HEAD_TITLE_SET.has(doc.word(i)) {
        return false;
    }
    doc.is_cap(i) || !lower_in(doc.word(i), CAPITALISED_ONLY)
}

/// The words after a listed company's name that make another company of
/// the group or a unit of it: "Siemens Energy", "Shell Oil", "VTB
/// Capital", "Moody's Analytics" (not a product: "Toyota Celica").
const GROUP_WORDS: &[&str] = &[
    "energy",
    "oil",
    "gas",
    "capital",
    "markets",
    "international",
    "technologies",
    "technology",
    "analytics",
    "stores",
    "bank",
    "financial",
    "finance",
    "ventures",
    "pharma",
    "healthcare",
    "health",
    "defence",
    "defense",
    "chemicals",
    "chemical",
    "steel",
    "electric",
    "electronics",
    "semiconductor",
    "software",
    "labs",
    "research",
    "media",
    "entertainment",
    "studios",
    "pictures",
    "records",
    "telecom",
    "communications",
    "mobile",
    "power",
    "renewables",
    "engineering",
    "construction",
    "shipping",
    "investments",
    "cloud",
    "industrie",
    "trading",
    "exploration",
    "mining",
    "foods",
    // ("Volvo Cars", "Renault Trucks".)
    "cars",
    "trucks",
    "motors",
    "airlines",
];

/// Whether `w` (lowercase) is a word of a trade that ends companies'
/// names only ("Siemens Energy", "Shell Oil"), which "the company" may
/// stand for.
pub(crate) fn trade_name_word(w: &str) -> bool {
    GROUP_WORDS.contains(&w)
        && !matches!(w, "bank" | "international" | "research" | "health" | "defence" | "defense")
}

/// A listed company's name with one more word of [`GROUP_WORDS`] is
/// another company of the group, or a unit: "Siemens Energy", "Google
/// Cloud". Not before a title ("Siemens Energy Chief Executive" keeps its
/// title out).
pub(crate) fn grow_company_names(doc: &mut Doc<'_>, kb: &Knowledge) {
    let mut grown = Vec::new();
    // The group's companies found acting as such, by name: their other
    // mentions grow too ("Siemens Healthineers beats forecast" in the
    // headline).
    let mut acting: FastSet<String> = FastSet::default();
    for (k, c) in doc.cands.iter().enumerate() {
        let Target::Gaz(id) = c.target else { continue };
        if c.kind != EntityKind::Institution
            || kb.gazetteer.entity(id).label.as_deref() != Some("company")
        {
            continue;
        }
        let Some(last) = doc.last_token(c.span).filter(|_| !doc.in_caps_sentence(c.span.start))
        else {
            continue;
        };
        let Some(n) = doc.next_on_line(last) else { continue };
        let w = doc.word(n);
        let word = possessive_stem(w).unwrap_or(w);
        if !doc.is_cap(n) || doc.cand_starting(n).is_some() || is_head_title(doc, n) {
            continue;
        }
        if !lower_in(word, GROUP_WORDS) {
            // "Siemens Healthineers on Thursday reported ...": a word no
            // list holds makes another company of the group when the two
            // act as a company does, with a legal suffix or a verb of
            // speaking or reporting after them (not a product: "Toyota
            // Corolla").
            if possessive_stem(w).is_none()
                && !kb.given_names.contains_key(word)
                && !kb.demonyms.contains_key(lower(word).as_ref())
                && acts_as_company(doc, n)
            {
                let end = doc.tokens[n].span.end;
                acting.insert(doc.text[c.span.start..end].to_string());
                grown.push((k, Span::new(c.span.start, end)));
            }
            continue;
        }
        // One word only, before a title at most: "Siemens Energy Chief
        // Executive Christian Bruch".
        if possessive_stem(w).is_none()
            && doc.next_on_line(n).is_some_and(|x| doc.is_cap(x) && !is_head_title(doc, x))
        {
            continue;
        }
        let end = doc.tokens[n].span.start + word.len();
        grown.push((k, Span::new(c.span.start, end)));
    }
    if !acting.is_empty() {
        let done: FastSet<usize> = grown.iter().map(|&(k, _)| k).collect();
        for (k, c) in doc.cands.iter().enumerate() {
            if done.contains(&k) || c.kind != EntityKind::Institution {
                continue;
            }
            let Some(n) = doc.last_token(c.span).and_then(|l| doc.next_on_line(l)) else {
                continue;
            };
            let end = doc.tokens[n].span.end;
            if acting.contains(&doc.text[c.span.start..end]) {
                grown.push((k, Span::new(c.span.start, end)));
            }
        }
    }
    rename_grown_bodies(doc, grown, true);
}

/// Whether the capitalised word at `n`, after a listed company's name,
/// ends a company's name by what follows: a legal suffix, or (past a day:
/// "on Thursday") a verb of speaking or of a company's reports.
fn acts_as_company(doc: &Doc<'_>, n: usize) -> bool {
    let Some(mut x) = doc.next_on_line(n) else { return false };
    if corporate_suffix(doc, x) {
        return true;
    }
    if doc.word(x) == "on"
        && doc.next_on_line(x).is_some_and(|d| crate::lexicon::is_weekday(doc.word(d)))
    {
        match doc.next_on_line(x).and_then(|d| doc.next_on_line(d)) {
            Some(v) => x = v,
            None => return false,
        }
    }
    doc.is_word(x)
        && !doc.is_cap(x)
        && (crate::quote::cue_at(doc, x).is_some()
            || lower_in(
                doc.word(x),
                &["posted", "beat", "beats", "forecast", "raised", "cut", "lowered", "agreed"],
            ))
}

/// Gives the candidates at the positions in `grown` their longer spans, as
/// bodies of the story named by those spans (companies, with `company`).
fn rename_grown_bodies(doc: &mut Doc<'_>, grown: Vec<(usize, Span)>, company: bool) {
    for (k, span) in grown {
        let name = doc.text[span].to_string();
        let target = doc.local(&name, EntityKind::Institution, cluster_key(&name));
        if let (Target::Local(l), true) = (target, company) {
            doc.locals[l as usize].company = true;
        }
        let c = &mut doc.cands[k];
        c.span = span;
        c.target = target;
        c.source = Source::Pattern;
    }
}

/// Generic heads that may open a listed body's name: "Bank of Canada",
/// "Academy of Sciences".
const BODY_HEADS: &[&str] = &[
    "bank",
    "university",
    "academy",
    "institute",
    "college",
    "council",
    "commission",
    "museum",
    "hospital",
    "foundation",
    "society",
    "fund",
    "court",
    "library",
    "centre",
    "center",
    "association",
    "federation",
    "school",
];

/// A capitalised word right before a listed body whose name opens with a
/// generic head makes another body's name: "Royal Bank of Canada" is not
/// the Bank of Canada, nor "Imperial College" a college of the list. Up to
/// three such words join it; not a place, a demonym or a name found
/// already ("the Russian Academy of Sciences" is for the national bodies'
/// resolution), a title, a function word, a weekday or a month, nor in a
/// headline in capitals.
pub(crate) fn grow_body_names_left(doc: &mut Doc<'_>, kb: &Knowledge) {
    let mut grown = Vec::new();
    let mut regions = FastSet::default();
    for (k, c) in doc.cands.iter().enumerate() {
        if c.kind != EntityKind::Institution || !matches!(c.target, Target::Gaz(_)) {
            continue;
        }
        let first = doc.token_at(c.span.start);
        // "the Texas Department of Agriculture", "the Ontario Ministry of
        // Health": a state's or a region's body, not the nation's one the
        // list holds.
        if lower_in(doc.word(first), &["department", "ministry"])
            || lower_in(doc.word(first), BODY_HEADS)
        {
            let region = doc.prev_on_line(first).and_then(|p| {
                let i = doc.overlapping(doc.tokens[p].span).start;
                let r = doc.cands.get(i)?;
                let Target::Gaz(id) = r.target else { return None };
                (r.kind == EntityKind::Place
                    && r.span.end == doc.tokens[p].span.end
                    && matches!(
                        kb.gazetteer.entity(id).label.as_deref(),
                        Some("us_state" | "region")
                    ))
                .then_some((i, r.span.start))
            });
            if let Some((i, from)) = region {
                regions.insert(i);
                grown.push((k, Span::new(from, c.span.end)));
                continue;
            }
        }
        if !lower_in(doc.word(first), BODY_HEADS)
            || doc.in_caps_sentence(c.span.start)
            || title_cased_sentence(doc, c.span.start)
        {
            continue;
        }
        let mut start = first;
        for _ in 0..3 {
            let Some(p) = doc.prev_on_line(start) else { break };
            let w = doc.word(p);
            let lw = lower(w);
            let joins = doc.is_word(p)
                && doc.is_cap(p)
                && w.chars().all(char::is_alphabetic)
                && w.chars().skip(1).any(char::is_lowercase)
                && doc.cand_at(doc.tokens[p].span.start).is_none()
                && !kb.demonyms.contains_key(lw.as_ref())
                && !NOT_NAME_START_SET.has(&lw)
                && !opens_adverbial(w)
                && !is_day_or_month(&lw)
                && !is_head_title(doc, p);
            if !joins {
                break;
            }
            start = p;
            // ("Export-Import Bank of Japan", "Long-Term Credit Bank": a
            // hyphenated word joins whole.)
            if p >= 2
                && doc.word(p - 1) == "-"
                && doc.is_word(p - 2)
                && doc.is_cap(p - 2)
                && doc.cand_at(doc.tokens[p - 2].span.start).is_none()
            {
                start = p - 2;
            }
        }
        if start < first {
            grown.push((k, Span::new(doc.tokens[start].span.start, c.span.end)));
        }
    }
    rename_grown_bodies(doc, grown, false);
    // (The region's own mention gives way to the body's name.)
    doc.remove_cands(&regions);
}

/// Whether every word of more than three letters in the sentence of byte
/// `at` is capitalised: a headline ("Economists Expect Bank of Canada to
/// Hold Rates").
fn title_cased_sentence(doc: &Doc<'_>, at: usize) -> bool {
    let Some(&(span, _)) = doc.sentences.get(doc.sentence_of(at)) else { return false };
    let (a, b) = (doc.token_at(span.start), doc.token_at(span.end - 1));
    (a..=b).filter(|&j| doc.is_word(j) && doc.word(j).len() > 3).all(|j| doc.is_cap(j))
}

/// A person's name found from its second given name grows over the first
/// one that a hyphen joins to it: "Jean-Luc Mélenchon", not "Luc
/// Mélenchon". Not over a prefix ("anti-Trump"), a demonym or another name
/// ("the Clinton-Trump debate").
pub(crate) fn grow_hyphenated_given_names(doc: &mut Doc<'_>, kb: &Knowledge) {
    const PREFIXES: &[&str] = &["anti", "pro", "ex", "non", "post", "pre", "neo", "mid", "vice"];
    let mut grown = Vec::new();
    for (k, c) in doc.cands.iter().enumerate() {
        if c.kind != EntityKind::Person || c.title.is_some() {
            continue;
        }
        let f = doc.token_at(c.span.start);
        let Some(g) = f.checked_sub(2) else { continue };
        // (Tokens tile the text: a hyphen right between the two words is
        // glued to both.)
        let w = doc.word(g);
        let given = doc.word(g + 1) == "-"
            && doc.is_word(g)
            && doc.is_cap(g)
            && w.chars().all(char::is_alphabetic)
            && w.chars().skip(1).all(char::is_lowercase)
            && w.chars().count() >= 3
            && !lower_in(w, PREFIXES)
            && !kb.demonyms.contains_key(lower(w).as_ref())
            && doc.cand_at(doc.tokens[g].span.start).is_none()
            && (g == 0 || doc.tokens[g - 1].is_space())
            // (A listed person's name grows over a given name only.)
            && (matches!(c.target, Target::Local(_)) || kb.given_names.contains_key(w));
        if given {
            grown.push((k, Span::new(doc.tokens[g].span.start, c.span.end)));
        }
    }
    for (k, span) in grown {
        let c = doc.cands[k];
        // (A name the pattern made from these words takes the whole.)
        if let Target::Local(l) = c.target {
            let local = &mut doc.locals[l as usize];
            if local.name == doc.text[c.span] {
                local.name = doc.text[span].to_string();
            }
        }
        doc.cands[k].span = span;
    }
}

/// A listed person's name goes on with the lineage and family of an Arab
/// name: "Mohammed bin Salman bin Abdulaziz Al Saud", "Tamim bin Hamad Al
/// Thani" (the list may hold the shorter form).
pub(crate) fn grow_arab_names(doc: &mut Doc<'_>) {
    let mut grown = Vec::new();
    for (k, c) in doc.cands.iter().enumerate() {
        if c.kind != EntityKind::Person {
            continue;
        }
        let Some(mut last) = doc.last_token(c.span) else { continue };
        while let Some(p) = doc.next_on_line(last) {
            let w = doc.word(p);
            let Some(n) = doc.next_on_line(p) else { break };
            if matches!(w, "bin" | "bint" | "ibn") && doc.is_cap(n) {
                last = n;
            } else if w == "Al" && doc.is_cap(n) {
                last = n;
                break;
            } else if matches!(w, "Al" | "al")
                && doc.word(n) == "-"
                && n + 1 < doc.tokens.len()
                && doc.is_cap(n + 1)
            {
                last = n + 1;
                break;
            } else {
                break;
            }
        }
        if doc.tokens[last].span.end > c.span.end {
            grown.push((k, Span::new(c.span.start, doc.tokens[last].span.end)));
        }
    }
    // (Nothing else is found inside a person's name yet but places and
    // bodies of the gazetteer, which give way: "Al Saud".)
    doc.grow_cands(grown);
}

/// A listed person named by the given name, middle initials and surname
/// ("Antony J. Blinken", "George H. W. Bush"), which the list holds without
/// the initials: the surname's mention grows over them.
pub(crate) fn grow_middle_initials(doc: &mut Doc<'_>, kb: &Knowledge) {
    let mut grown = Vec::new();
    for (k, c) in doc.cands.iter().enumerate() {
        let (EntityKind::Person, Target::Gaz(id)) = (c.kind, c.target) else { continue };
        let surname = doc.token_at(c.span.start);
        if doc.tokens[surname].span != c.span {
            continue;
        }
        // Back over "J. " (or "H. W. "), then the given name.
        let mut j = surname;
        let mut initials = 0;
        while j >= 3 && doc.word(j - 1) == " " && doc.word(j - 2) == "." && is_initial(doc, j - 3) {
            j -= 3;
            initials += 1;
        }
        if initials == 0 || j < 2 || doc.word(j - 1) != " " {
            continue;
        }
        let given = j - 2;
        // (By any of the person's names: "Joseph R. Biden" of Joe Biden.)
        let own = |n: &str| {
            n.contains(' ')
                && n.split_whitespace()
                    .next()
                    .is_some_and(|f| crate::resolve::spelt_alike(f, doc.word(given)))
        };
        if doc.is_cap(given) && kb.gazetteer.entity(id).names().any(own) {
            grown.push((k, Span::new(doc.tokens[given].span.start, c.span.end)));
        }
    }
    for (k, span) in grown {
        if doc.overlapping(span).all(|j| j == k) {
            doc.cands[k].span = span;
        }
    }
}

/// A person the story named by the surname alone ("Ioane, 28, has played")
/// takes the given name that stands before the surname elsewhere, when no
/// list holds it: "signed Rieko Ioane" makes the person Rieko Ioane, and
/// that mention the whole name. The word must be a name's word inside its
/// sentence (not "Meanwhile Ioane"), and one given name only: two are two
/// people.
pub(crate) fn grow_given_names(doc: &mut Doc<'_>, kb: &Knowledge) {
    let mut singles: Vec<(u32, String)> = doc
        .cands
        .iter()
        .filter_map(|c| match (c.kind, c.target) {
            (EntityKind::Person, Target::Local(l))
                if !doc.locals[l as usize].name.contains(' ') =>
            {
                Some((l, doc.locals[l as usize].name.clone()))
            }
            _ => None,
        })
        .collect();
    if singles.is_empty() {
        return;
    }
    singles.sort_unstable();
    singles.dedup();
    // (Not when a person of the story's bears the surname in a longer name:
    // "Pickens" after "T. Boone Pickens", "Khan" among Khizr, Ghazala and
    // Humayun Khan. The story's words decide between them.)
    let full: FastSet<&str> = doc
        .cands
        .iter()
        .filter(|c| c.kind == EntityKind::Person)
        .filter_map(|c| doc.target_name(kb, c.target).rsplit_once(' ').map(|(_, s)| s))
        .collect();
    let singles: Vec<(u32, String)> =
        singles.into_iter().filter(|(_, s)| !full.contains(s.as_str())).collect();
    if singles.is_empty() {
        return;
    }
    // Where each surname stands, in one pass over the tokens.
    let mut at: FastMap<&str, Vec<usize>> =
        singles.iter().map(|(_, s)| (s.as_str(), Vec::new())).collect();
    for t in 0..doc.tokens.len() {
        if let Some(v) = at.get_mut(doc.word(t)) {
            v.push(t);
        }
    }
    let mut batch = Vec::new();
    for (l, surname) in &singles {
        let (l, surname) = (*l, surname.clone());
        let mut found: Option<(usize, usize)> = None;
        let mut two = false;
        for &t in &at[surname.as_str()] {
            let Some(x) = doc.prev_on_line(t).filter(|&x| x + 2 == t) else { continue };
            let inside = doc.prev_on_line(x).is_some_and(|p| {
                doc.sentence_of(doc.tokens[p].span.start)
                    == doc.sentence_of(doc.tokens[x].span.start)
            });
            if !(inside || kb.given_names.contains_key(doc.word(x)))
                || !doc.is_word(x)
                || !name_word(doc, kb, x)
                || is_head_title(doc, x)
                // (Nor an owner's possessive: "Daiwa's Watanabe".)
                || possessive_stem(doc.word(x)).is_some()
                // (Nor inside a longer name: "T. Boone Pickens".)
                || doc
                    .prev_on_line(x)
                    .is_some_and(|p| (doc.is_cap(p) && doc.is_word(p)) || doc.word(p) == ".")
            {
                continue;
            }
            match found {
                Some((y, _)) if doc.word(y) != doc.word(x) => two = true,
                Some(_) => {}
                None => found = Some((x, t)),
            }
        }
        let Some((x, t)) = found.filter(|_| !two) else { continue };
        let span = Span::new(doc.tokens[x].span.start, doc.tokens[t].span.end);
        // (The surname there may be a mention already: it grows.)
        let mut over = doc.overlapping(span);
        let own = match (over.next(), over.next()) {
            (None, _) => None,
            (Some(k), None) if doc.cands[k].span == doc.tokens[t].span => Some(k),
            _ => continue,
        };
        let local = &mut doc.locals[l as usize];
        local.name = format!("{} {}", doc.tokens[x].as_str(), surname);
        if !local.short.contains(&surname) {
            local.short.push(surname);
        }
        match own {
            Some(k) => doc.cands[k].span = span,
            None => batch.push(Cand::pattern_person(span, Target::Local(l))),
        }
    }
    doc.add_all_free(batch);
}

/// An item of a list of names, for [`find_listed_people`].
#[derive(Clone, Copy, PartialEq)]
enum Item {
    /// A person's mention, whole.
    Person,
    /// Two or three name words no mention covers.
    Free,
    /// Anything else: a body, a place, a longer run of capitals.
    Other,
    /// Name words that go on past the run ("Erven T. Nelson"): no person
    /// found, and none refused.
    Skip,
}

/// People in a list of names joined by commas and "and", whose given names
/// no list holds: of "Mark Calcavecchia, Payne Stewart, Billy Mayfair and
/// Olin Browne", two or more found people make the names beside them
/// people too ("Payne Stewart", "Olin Browne"), when the list holds nothing
/// but people and free names, and no more free names than people.
pub(crate) fn find_listed_people(doc: &mut Doc<'_>, kb: &Knowledge) {
    // (A list needs two people: most stories are ruled out at once.)
    if doc.cands.iter().filter(|c| c.kind == EntityKind::Person).nth(1).is_none() {
        return;
    }
    let mut found = Vec::new();
    let mut list: Vec<(usize, usize, Item)> = Vec::new();
    let flush = |list: &mut Vec<(usize, usize, Item)>, found: &mut Vec<(usize, usize)>| {
        let people = list.iter().filter(|x| x.2 == Item::Person).count();
        let free = list.iter().filter(|x| x.2 == Item::Free).count();
        if people >= 2 && free <= people && list.iter().all(|x| x.2 != Item::Other) {
            found.extend(list.iter().filter(|x| x.2 == Item::Free).map(|x| (x.0, x.1)));
        }
        list.clear();
    };
    let mut and_seen = false;
    let mut i = 0;
    while i < doc.tokens.len() {
        if !(doc.is_word(i) && doc.is_cap(i)) {
            i += 1;
            continue;
        }
        let (first, mut last) = (i, i);
        let mut words = 1;
        while let Some(x) = doc.next_on_line(last).filter(|&x| doc.is_word(x) && doc.is_cap(x)) {
            last = x;
            words += 1;
        }
        i = last + 1;
        // (A word alone away from any list is passed at once.)
        if words == 1 && list.is_empty() {
            continue;
        }
        let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
        let item = match doc.cand_at(span.start) {
            Some(c) if c.span == span && c.kind == EntityKind::Person => Item::Person,
            None if (2..=3).contains(&words)
                && !doc.overlaps_any(span)
                && (first..=last).filter(|&j| doc.is_word(j)).all(|j| name_word(doc, kb, j))
                && person_words(doc, first, last) =>
            {
                // ("Erven T. Nelson", "Brady Quirk-Garvan": a name that goes
                // on past the run is left as it is.)
                let goes_on = doc.word(last).chars().nth(1).is_none()
                    || doc
                        .tokens
                        .get(last + 1)
                        .is_some_and(|t| matches!(t.as_str(), "-" | "'" | "’"));
                if goes_on { Item::Skip } else { Item::Free }
            }
            _ => Item::Other,
        };
        // Joined to the list's last item by ",", "and" or ", and" alone, on
        // one line.
        let joint = list.last().and_then(|&(_, end, _)| {
            let (mut comma, mut and) = (false, false);
            for j in end + 1..first {
                match (doc.tokens[j].kind, doc.word(j)) {
                    (TokenKind::LineBreak, _) => return None,
                    (TokenKind::Space, _) => {}
                    (_, ",") if !comma && !and => comma = true,
                    (_, "and") if !and => and = true,
                    _ => return None,
                }
            }
            (comma || and).then_some(and)
        });
        match joint {
            None => flush(&mut list, &mut found),
            // "from Midway Atoll, and Mark Landler and Coral Davenport": a
            // second "and" opens another list with the item before it.
            Some(true) if and_seen => {
                let last_item = list.pop();
                flush(&mut list, &mut found);
                list.extend(last_item);
            }
            Some(_) => {}
        }
        and_seen = joint == Some(true) || (and_seen && joint.is_some());
        list.push((first, last, item));
    }
    flush(&mut list, &mut found);
    add_found(doc, found, EntityKind::Person);
}

/// A person's name goes on over a generational suffix ("Martin Luther King
/// Jr.", "Robert Downey Jr", "Pope Leo XIV" aside, which the list holds):
/// the suffix and its period join the mention.
pub(crate) fn grow_generational(doc: &mut Doc<'_>) {
    let mut grown = Vec::new();
    for (k, c) in doc.cands.iter().enumerate() {
        if c.kind != EntityKind::Person {
            continue;
        }
        let Some(last) = doc.last_token(c.span) else { continue };
        // " Jr." or ", Jr." (the text may end anywhere), " III".
        let word = |j: usize| doc.tokens.get(j).map_or("", |t| t.as_str());
        let mut n = last + 1;
        if word(n) == "," {
            n += 1;
        }
        // (Or a numeral without a comma: "Brent Bozell III", "Charles
        // Elliott III".)
        let numeral = last + 1 == n && matches!(word(n + 1), "II" | "III" | "IV");
        if word(n) != " " || !(matches!(word(n + 1), "Jr" | "Sr" | "Jnr" | "Snr") || numeral) {
            continue;
        }
        let mut end = doc.tokens[n + 1].span.end;
        // (The period is the suffix's unless it also ends the sentence.)
        if word(n + 2) == "." && doc.next_solid(n + 2).is_some_and(|x| !doc.is_cap(x)) {
            end = doc.tokens[n + 2].span.end;
        }
        grown.push((k, Span::new(c.span.start, end)));
    }
    // (A "Jr" found as a name of its own gives way.)
    doc.grow_cands(grown);
}

/// Members of parliament styled by their seat, as Australian and British
/// releases write them: "Member for Wide Bay Llew O'Brien", "Federal
/// Member for Kooyong Josh Frydenberg". Of three capitalised words or more
/// after "Member for", the seat's name comes first and the person's two
/// words last.
pub(crate) fn find_members(doc: &mut Doc<'_>) {
    let mut batch = Vec::new();
    let at: Vec<usize> = doc.markers(Marker::MemberFor).collect();
    for i in at {
        if doc.word(i) != "Member" {
            continue;
        }
        let Some(f) = doc.next_on_line(i).filter(|&f| doc.word(f) == "for") else { continue };
        let mut run = Vec::new();
        let mut j = doc.next_on_line(f);
        while let Some(x) = j.filter(|&x| doc.is_cap(x) && doc.is_word(x)) {
            run.push(x);
            if run.len() == 6 {
                break;
            }
            j = doc.next_on_line(x);
        }
        // (A possessive or a comma ends the run as the line's end does.)
        if run.len() < 3 {
            continue;
        }
        let (first, last) = (run[run.len() - 2], run[run.len() - 1]);
        batch.extend(new_person(doc, first, last, last));
    }
    doc.add_all_free(batch);
}

/// Operations named as armies and governments name them: "Operation
/// Tomodachi", "Operation Warp Speed", "Operation Desert Storm": the word
/// and one to three capitalised words after it, a program.
pub(crate) fn find_operations(doc: &mut Doc<'_>) {
    let mut found = Vec::new();
    let at: Vec<usize> = doc.markers(Marker::Operation).collect();
    for i in at {
        if doc.word(i) != "Operation" {
            continue;
        }
        let mut last = None;
        let mut j = doc.next_on_line(i);
        for _ in 0..3 {
            let Some(x) = j.filter(|&x| {
                doc.is_word(x)
                    && doc.is_cap(x)
                    && !is_institution_head(doc.word(x))
                    && !crate::lexicon::is_headline_verb(doc.word(x))
            }) else {
                break;
            };
            last = Some(x);
            j = doc.next_on_line(x);
        }
        if let Some(last) = last {
            found.push((i, last));
        }
    }
    add_found(doc, found, EntityKind::Program);
}

/// "The City of Portland and TriMet will offer ...", "the County of Los
/// Angeles": a capitalised "City", "Town", "County", "Village" or
/// "Borough" and "of" before a listed town or region name the place's
/// government, a body of the story's own, not the place. Not a listed
/// name that holds the words ("City of London" is listed as a place).
pub(crate) fn find_city_governments(doc: &mut Doc<'_>) {
    let mut gone: FastSet<usize> = FastSet::default();
    let mut batch = Vec::new();
    for k in 0..doc.cands.len() {
        let c = doc.cands[k];
        if c.kind != EntityKind::Place || !matches!(c.target, Target::Gaz(_)) {
            continue;
        }
        let first = doc.token_at(c.span.start);
        let Some(of) = doc.prev_on_line(first).filter(|&o| doc.word(o) == "of") else {
            continue;
        };
        let Some(head) = doc
            .prev_on_line(of)
            .filter(|&h| matches!(doc.word(h), "City" | "Town" | "County" | "Village" | "Borough"))
        else {
            continue;
        };
        if doc.in_caps_sentence(doc.tokens[head].span.start)
            || doc.overlaps_any(doc.tokens[head].span)
        {
            continue;
        }
        let span = Span::new(doc.tokens[head].span.start, c.span.end);
        // (`Doc::local` names a name wrapped over two lines on one.)
        let name = &doc.text[span];
        let target = doc.local(name, EntityKind::Institution, cluster_key(name));
        gone.insert(k);
        batch.push(Cand::pattern(span, EntityKind::Institution, target));
    }
    doc.remove_cands(&gone);
    doc.add_all_free(batch);
}

/// A program found by its head word in a title-cased headline ("Northgate
/// and Helvetia Announce Strategic Partnership") is a name only when the
/// story's body repeats it: a headline capitalises common words too.
pub(crate) fn drop_headline_programs(doc: &mut Doc<'_>) {
    let end = doc.headline_end();
    if end == 0 {
        return;
    }
    let body = &doc.text[end.min(doc.text.len())..];
    let gone: FastSet<usize> = (0..doc.cands.len())
        .filter(|&k| {
            let c = &doc.cands[k];
            c.kind == EntityKind::Program
                && c.source == Source::Pattern
                && c.span.end <= end
                && title_cased_sentence(doc, c.span.start)
                && !body.contains(&doc.text[c.span])
        })
        .collect();
    // (Its local entity goes too, that no later pass finds its name again.)
    let targets: Vec<Target> = gone.iter().map(|&k| doc.cands[k].target).collect();
    doc.remove_cands(&gone);
    for t in targets {
        if let Target::Local(l) = t {
            if !doc.cands.iter().any(|c| c.target == t) {
                doc.forget_local(l);
            }
        }
    }
}

/// Nouns of programs that a name may follow: "the project, called
/// OceanShift".
const PROGRAM_NOUNS: &[&str] = &[
    "project",
    "programme",
    "program",
    "initiative",
    "mission",
    "campaign",
    "scheme",
    "exercise",
    "exercises",
    "drills",
    "trial",
    "study",
    "operation",
];

/// Programs named by capitalised words between "the" and a lowercase
/// program noun: "the Flood Futures programme", "the Clean Rivers
/// scheme". Not a place's, a people's, a month's or an office's words
/// ("the UK programme", "the Russian initiative", "the President's
/// initiative"), nor one word, nor words another name holds.
pub(crate) fn find_programs_before_noun(doc: &mut Doc<'_>, kb: &Knowledge) {
    const NOUNS: &[&str] = &["programme", "program", "initiative", "scheme"];
    let mut found = Vec::new();
    let at: Vec<usize> = doc.markers(Marker::ProgramNoun).collect();
    let mut retyped = Vec::new();
    for i in at {
        if !NOUNS.contains(&doc.word(i)) || doc.in_caps_sentence(doc.tokens[i].span.start) {
            continue;
        }
        // "the Small Business Innovation Research (SBIR) program", "NASA's
        // Commercial Lunar Payload Services (CLPS) initiative": an acronym
        // in parentheses between the name and the noun marks a program's
        // name whatever stands before it, its head word a body's or not.
        if let Some((first, last)) = acronym_before(doc, i) {
            match doc.cand_starting(first).map(|c| (c.span, c.source, c.kind, c.target)) {
                Some((span, Source::Pattern, EntityKind::Institution, Target::Local(l)))
                    if span == name_span(doc, first, last)
                        && !(first..=last).any(|j| lower_in(doc.word(j), NOT_PROGRAM_HEADS)) =>
                {
                    retyped.push(l);
                }
                Some(_) => {}
                None => {
                    let words = (first..=last).filter(|&j| doc.is_word(j)).count();
                    let plain = (first..=last).all(|j| {
                        !doc.is_word(j)
                            || (possessive_stem(doc.word(j)).is_none()
                                && !lower_in(doc.word(j), NOT_PROGRAM_HEADS))
                    });
                    if plain && (2..=6).contains(&words) {
                        found.push((first, last));
                    }
                }
            }
            continue;
        }
        let Some(last) = doc.prev_on_line(i).filter(|&l| doc.is_word(l) && doc.is_cap(l)) else {
            continue;
        };
        let mut first = last;
        while let Some(p) = doc.prev_on_line(first).filter(|&p| {
            doc.is_word(p) && doc.is_cap(p) && !doc.word(p).eq_ignore_ascii_case("the")
        }) {
            first = p;
            if last - first > 8 {
                break;
            }
        }
        let the = doc.prev_on_line(first).is_some_and(|t| doc.word(t).eq_ignore_ascii_case("the"));
        let words = (first..=last).filter(|&j| doc.is_word(j));
        let plain = words.clone().all(|j| {
            let w = doc.word(j);
            possessive_stem(w).is_none()
                && !is_head_title(doc, j)
                && !is_institution_head(w)
                && !kb.demonyms.contains_key(lower(w).as_ref())
                && !is_day_or_month(w)
                && !NOT_NAME_START_SET.has(w)
        });
        // (Two words at least: one is as often a body's or a company's
        // name, "the EC proposal", "the Handelsbanken scheme".)
        if the && plain && (2..=4).contains(&words.count()) {
            found.push((first, last));
        }
    }
    for l in retyped {
        doc.retype_local(l, EntityKind::Program);
    }
    add_found(doc, found, EntityKind::Program);
}

/// Head words no program's name holds: "the Department of Energy (DOE)
/// program" is a body's program, not a program's name.
const NOT_PROGRAM_HEADS: &[&str] = &[
    "department",
    "ministry",
    "agency",
    "foundation",
    "institute",
    "institutes",
    "university",
    "council",
    "commission",
    "office",
    "bureau",
    "administration",
    "authority",
    "service",
    "center",
    "centre",
    "corporation",
    "bank",
    "fund",
    "organization",
    "organisation",
    "association",
    "board",
    "committee",
    "court",
    "police",
    "army",
    "navy",
    "force",
    "company",
    "group",
    "inc",
    "ltd",
];

/// The capitalised words before an acronym in parentheses that stands
/// right before the program noun at `noun`: the first and last tokens of
/// "Commercial Lunar Payload Services" in "Commercial Lunar Payload
/// Services (CLPS) initiative". The acronym's letters open the name's
/// words, in order.
fn acronym_before(doc: &Doc<'_>, noun: usize) -> Option<(usize, usize)> {
    let close = doc.prev_on_line(noun).filter(|&c| doc.word(c) == ")")?;
    let acronym = doc.prev_on_line(close).filter(|&a| doc.is_word(a))?;
    let open = doc.prev_on_line(acronym).filter(|&o| doc.word(o) == "(")?;
    let last = doc.prev_on_line(open).filter(|&l| doc.is_word(l) && doc.is_cap(l))?;
    let letters: Vec<char> = doc.word(acronym).chars().filter(|c| c.is_uppercase()).collect();
    if !(2..=8).contains(&letters.len())
        || !doc.word(acronym).chars().all(|c| c.is_alphanumeric() || c == '-')
    {
        return None;
    }
    // Back over the name's words and its joining words to the nearest
    // capitalised word from which the initials spell the acronym's letters
    // in order ("Commercial", not "NASA's" before it).
    let spells = |first: usize| {
        let mut want = letters.iter().peekable();
        for j in (first..=last).filter(|&j| doc.is_word(j) && doc.is_cap(j)) {
            if doc.word(j).starts_with(|c| want.peek() == Some(&&c)) {
                want.next();
            }
        }
        want.peek().is_none()
    };
    let mut x = last;
    loop {
        let w = doc.word(x);
        if doc.is_cap(x) {
            if w.starts_with(letters[0]) && spells(x) {
                return Some((x, last));
            }
        } else if !matches!(w, "of" | "for" | "and" | "on" | "in" | "the" | "to") {
            return None;
        }
        x = doc.prev_on_line(x).filter(|&p| doc.is_word(p) && last - p <= 16)?;
    }
}

/// The numbered missions of a listed program the story names: "Artemis
/// III" and "Artemis I" after "the Artemis program", "Chang'e 6" after
/// "the Chang'e program", as mentions of that program.
pub(crate) fn find_program_missions(doc: &mut Doc<'_>, kb: &Knowledge) {
    const HEADS: &[&str] = &["program", "programme", "mission", "missions", "project"];
    let mut firsts: FastMap<String, Target> = FastMap::default();
    for c in doc.cands.iter().filter(|c| c.kind == EntityKind::Program) {
        let Target::Gaz(id) = c.target else { continue };
        let name = &kb.gazetteer.entity(id).name;
        if let Some((first, rest)) = name.split_once(' ') {
            if lower_in(rest, HEADS) {
                firsts.entry(first.to_string()).or_insert(c.target);
            }
        }
    }
    if firsts.is_empty() {
        return;
    }
    let mut batch = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word {
            continue;
        }
        let Some(&target) = firsts.get(t.as_str()) else { continue };
        // (On the same line, one space between: "Artemis III", "Chang'e 6".)
        let Some(n) = doc.next_on_line(i).filter(|&n| n == i + 2) else { continue };
        let numbered = is_roman_numeral(doc.word(n))
            || (doc.tokens[n].kind == TokenKind::Number
                && doc.word(n).len() <= 3
                && doc.word(n).bytes().all(|b| b.is_ascii_digit()));
        if numbered {
            batch.push(Cand::alias(
                Span::new(t.span.start, doc.tokens[n].span.end),
                EntityKind::Program,
                target,
            ));
        }
    }
    doc.add_all_free(batch);
}

/// People listed with their country in parentheses, as results and team
/// lists give them: "2. Merlene Ottey (Jamaica) 10.94", "Aliuska Lopez
/// (Cuba)". Two or three name words right before a listed country in
/// parentheses, after no other capitalised word.
pub(crate) fn find_people_by_country(doc: &mut Doc<'_>, kb: &Knowledge) {
    let mut runs = Vec::new();
    for open in 1..doc.tokens.len() {
        if doc.tokens[open].kind != TokenKind::Punct || doc.word(open) != "(" {
            continue;
        }
        // "(Jamaica)", "(U.S.)": a country, and the closing parenthesis.
        let Some(c) = doc.cand_starting(open + 1) else { continue };
        let country = match (c.kind, c.target) {
            (EntityKind::Place, Target::Gaz(id)) => {
                kb.gazetteer.entity(id).label.as_deref() == Some("country")
            }
            _ => false,
        };
        let close = doc.token_at(c.span.end - 1) + 1;
        if !country || doc.tokens.get(close).is_none_or(|t| t.as_str() != ")") {
            continue;
        }
        let Some(last) = doc.prev_on_line(open).filter(|&l| l + 2 == open) else { continue };
        let mut first = last;
        let mut words = 1;
        while let Some(p) = doc.prev_on_line(first).filter(|&p| p + 2 == first) {
            if words == 3 || !name_word(doc, kb, p) {
                break;
            }
            first = p;
            words += 1;
        }
        // (Not a company, "Dean Witter Reynolds (Canada) Inc", nor a team
        // in a fixture, "Cercle Brugge (Belgium) v Brann Bergen (Norway)".)
        let before_cap = doc
            .prev_on_line(first)
            .is_some_and(|p| doc.is_cap(p) || matches!(doc.word(p), "v" | "vs" | "-"))
            || doc
                .next_on_line(close)
                .is_some_and(|n| corporate_suffix(doc, n) || matches!(doc.word(n), "v" | "vs"));
        // (No company's word, nor a demonym opening it: not "Nordic Mining
        // (Norway)".)
        let plain = (first..=last).filter(|&j| doc.is_word(j)).all(|j| {
            let w = doc.word(j);
            name_word(doc, kb, j)
                && !is_institution_head(w)
                && !company_word(w)
                && !lower_in(w, GROUP_WORDS)
                && !w.eq_ignore_ascii_case("banking")
                && !HEAD_TITLE_SET.has(w)
        }) && !kb.demonyms.contains_key(lower(doc.word(first)).as_ref())
            && !demonym_ending(doc.word(first));
        if words >= 2 && plain && !before_cap {
            runs.push((first, last));
        }
    }
    add_found(doc, runs, EntityKind::Person);
}

/// People named by an initial and a surname: "H. Morris", "D. Blenkiron"
/// (one or two initials, then one name word that no other capitalised word
/// follows). "A." only where a list puts it ("(A. Dale 69, ..."), as it
/// opens sentences as an article.
pub(crate) fn find_initialled_people(doc: &mut Doc<'_>, kb: &Knowledge) {
    let mut runs = Vec::new();
    // (Not a surname of someone the story named already: "E. J. Mannix"
    // after "Eddie Mannix" is left to the surname's resolution; made when a
    // name first needs it.)
    let known = once_cell::unsync::OnceCell::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        let w = doc.word(i);
        let single = w.len() == 1 && w.as_bytes()[0].is_ascii_uppercase();
        if !single || !is_initial(doc, i) || doc.cand_at(doc.tokens[i].span.start).is_some() {
            i += 1;
            continue;
        }
        // (Across a line's end too: wire copy breaks lines inside names.)
        let before = doc.prev_solid(i);
        // (Not within a longer name: "George W. Bush" is found whole.)
        if before.is_some_and(|p| doc.is_cap(p) || doc.word(p) == ".") {
            i += 1;
            continue;
        }
        if matches!(w, "A" | "I")
            && !before.is_some_and(|p| {
                matches!(doc.word(p), "(" | "," | ";")
                    || doc.tokens[p].kind == crate::token::TokenKind::Number
            })
        {
            i += 1;
            continue;
        }
        // The period, a second initial perhaps ("J.R. Smith" is one token
        // already), then the surname.
        let mut n = doc.next_solid(i + 1);
        if let Some(x) = n.filter(|&x| {
            let v = doc.word(x);
            v.len() == 1 && v.as_bytes()[0].is_ascii_uppercase() && is_initial(doc, x)
        }) {
            n = doc.next_solid(x + 1);
        }
        // (Three letters or more: not "W. Va."; no country's word: not
        // "N. Korea".)
        let Some(s) = n.filter(|&s| {
            let v = doc.word(s);
            name_word(doc, kb, s)
                && v.chars().count() > 2
                && !kb.countries.contains_key(&crate::normalize::normalize_name(v))
                && !v.eq_ignore_ascii_case("korea")
                && v.chars().skip(1).any(char::is_lowercase)
                && !is_institution_head(v)
                && !company_word(v)
                && !HEAD_TITLE_SET.has(v)
                && !NOT_NAME_START_SET.has(&lower(v))
        }) else {
            i += 1;
            continue;
        };
        // (Nor a name another capitalised word or a company's "and Co"
        // follows: "C. Itoh and Co".)
        let next = doc.next_solid(s);
        let company = next.is_some_and(|x| {
            matches!(doc.word(x), "and" | "&")
                && doc.next_solid(x).is_some_and(|y| company_word(doc.word(y)))
        });
        // (In one sentence: not "X." alone, then "Sexton said".)
        let one =
            doc.sentence_of(doc.tokens[i].span.start) == doc.sentence_of(doc.tokens[s].span.start);
        if company
            || !one
            || next.is_some_and(|x| doc.is_cap(x))
            || known.get_or_init(|| people_last_words(doc)).contains(doc.word(s))
        {
            i = s + 1;
            continue;
        }
        runs.push((i, s));
        i = s + 1;
    }
    add_found(doc, runs, EntityKind::Person);
}

/// Bodies named before a lowercase noun of people and a person's name:
/// "Counterpoint Research analyst Ivan Lam", "Capital Economics economist
/// Jane Foley". One to three capitalised words that no list holds, not a
/// title's or a party's, and not one word that opens the sentence
/// ("Independent analyst Jane Roe").
pub(crate) fn find_bodies_before_roles(doc: &mut Doc<'_>, kb: &Knowledge) {
    let mut runs = Vec::new();
    // (Not a surname of the story's people, "Clinton spokesman Jesse
    // Lehrich", nor a short name of its bodies, "Sears chairman Edward
    // Brennan" after "Sears, Roebuck and Co": those resolve later.)
    // (Made when a run first needs them: most stories have none.)
    let surnames = once_cell::unsync::OnceCell::new();
    let bodies = once_cell::unsync::OnceCell::new();
    for c in doc.cands.iter().filter(|c| c.kind == EntityKind::Person) {
        let at = doc.token_at(c.span.start);
        // (A role in a body: not a person's aide, "Reagan aide Lyn
        // Nofziger", nor a party's or an event's, "Democrat nominee",
        // "Wimbledon champion".)
        const BODY_ROLES: &[&str] = &[
            "analyst",
            "economist",
            "strategist",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "chairman",
            "chairwoman",
            "president",
            "executive",
            "director",
            "manager",
            "officer",
            "founder",
            "owner",
            "partner",
            "trader",
            "dealer",
            "banker",
            "broker",
            "editor",
            "writer",
            "reporter",
            "columnist",
            "coach",
            "defender",
            "striker",
            "midfielder",
            "goalkeeper",
            "pitcher",
            "official",
            "researcher",
            "scientist",
            "engineer",
            "lawyer",
        ];
        let Some(role) = doc.prev_on_line(at).filter(|&r| BODY_ROLES.contains(&doc.word(r))) else {
            continue;
        };
        // ("IndiGo chief executive Pieter Elbers", "Acme senior analyst
        // Jane Roe": lowercase words of the title may stand before it.)
        let mut before = doc.prev_on_line(role);
        for _ in 0..2 {
            match before {
                Some(m)
                    if lower_in(
                        doc.word(m),
                        &["chief", "senior", "deputy", "managing", "vice", "executive", "general"],
                    ) && !doc.is_cap(m) =>
                {
                    before = doc.prev_on_line(m);
                }
                _ => break,
            }
        }
        let Some(last) = before.filter(|&l| doc.is_cap(l)) else { continue };
        let mut first = last;
        let mut words = 1;
        while let Some(p) = doc.prev_on_line(first).filter(|&p| p + 2 == first && doc.is_cap(p)) {
            if words == 3 {
                break;
            }
            first = p;
            words += 1;
        }
        let plain = (first..=last).filter(|&j| doc.is_word(j)).all(|j| {
            let w = doc.word(j);
            doc.cand_at(doc.tokens[j].span.start).is_none()
                && !HEAD_TITLE_SET.has(w)
                && !TITLE_MODIFIER_SET.has(w)
                && !kb.demonyms.contains_key(lower(w).as_ref())
                && !kb.given_names.contains_key(w)
                && !NOT_NAME_START_SET.has(&lower(w))
                && possessive_stem(w).is_none()
                && w.chars().skip(1).any(char::is_lowercase)
                && !corporate_suffix(doc, j)
                && !demonym_ending(w)
                && !w.ends_with("ist")
                && !w.ends_with("crat")
                && !lower_in(
                    w,
                    &[
                        "open",
                        "commission",
                        "committee",
                        "senate",
                        "house",
                        "majority",
                        "minority",
                        "fame",
                        "hollywood",
                        "presumptive",
                        "controversial",
                    ],
                )
        });
        // (Nothing capitalised before: the whole run, not the end of
        // "Ways and Means" or "Phillips and Drew"; and not "Wall Street".)
        // (Across a line's end too: wire copy breaks lines inside names.)
        let before = doc.prev_solid(first).is_some_and(|p| {
            (doc.is_cap(p) && !doc.opens_sentence(first))
                || matches!(doc.word(p), "-" | "and" | "&" | "(" | "of")
        });
        let alone_first = words == 1 && doc.opens_sentence(first);
        let place = doc.text[doc.tokens[first].span.start..doc.tokens[last].span.end]
            .eq_ignore_ascii_case("wall street");
        if !plain || before || alone_first || place {
            continue;
        }
        let words_of = |j: usize| possessive_stem(doc.word(j)).unwrap_or(doc.word(j));
        let known = (first..=last).filter(|&j| doc.is_word(j)).any(|j| {
            surnames.get_or_init(|| doc.surnames(kb)).contains_key(words_of(j))
                || bodies.get_or_init(|| body_names_and_firsts(doc)).contains_key(words_of(j))
                || kb.club_words.contains_key(words_of(j))
        });
        if !known {
            runs.push((first, last));
        }
    }
    add_found(doc, runs, EntityKind::Institution);
}

/// Programs named after their noun: "The five-year project, called
/// OceanShift,", "a program named SkyWatch", "the drills, dubbed Zapad-2021",
/// "the mission, known as Artemis II": one to four capitalised words (or
/// numbers after the first) right after the verb, then the clause's end.
pub(crate) fn find_called_programs(doc: &mut Doc<'_>, kb: &Knowledge) {
    let mut found = Vec::new();
    let at: Vec<usize> = doc.markers(Marker::Called).collect();
    for i in at {
        let verb = match doc.word(i) {
            "called" | "named" | "dubbed" => i,
            "known" => match doc.next_on_line(i) {
                Some(a) if doc.word(a) == "as" => a,
                _ => continue,
            },
            _ => continue,
        };
        let mut noun = doc.prev_on_line(i);
        if noun.is_some_and(|n| doc.word(n) == ",") {
            noun = noun.and_then(|n| doc.prev_on_line(n));
        }
        if !noun.is_some_and(|n| lower_in(doc.word(n), PROGRAM_NOUNS)) {
            continue;
        }
        let Some(first) = doc.next_on_line(verb) else { continue };
        let mut last = None;
        let mut j = Some(first);
        for _ in 0..4 {
            let Some(x) = j.filter(|&x| {
                let name = doc.is_word(x) && doc.is_cap(x);
                let number = last.is_some() && doc.tokens[x].kind == TokenKind::Number;
                name || number
            }) else {
                break;
            };
            // ("Zapad-2021": a hyphen joins a word or a number.)
            let x = if doc.tokens.get(x + 1).is_some_and(|t| t.as_str() == "-")
                && doc
                    .tokens
                    .get(x + 2)
                    .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
            {
                x + 2
            } else {
                x
            };
            last = Some(x);
            j = doc.next_on_line(x);
        }
        // (No fifth capitalised word: not the opening of a longer name;
        // nor "named Khalfallah as coordinator", "named Lund to the post",
        // an appointment.)
        let ends = j.is_none_or(|x| {
            let name_goes_on = doc.is_word(x) && doc.is_cap(x);
            !name_goes_on && !matches!(doc.word(x), "-" | "as" | "to" | ".")
        });
        // (Not a person: "the campaign, called Mr. Obama's remarks ...",
        // "called Anna Lund".)
        let w = doc.word(first);
        let person = lower_in(w, TITLE_ABBREVIATIONS)
            || kb.given_names.contains_key(w)
            || last.is_some_and(|l| possessive_stem(doc.word(l)).is_some());
        if let Some(last) = last.filter(|_| ends && !person) {
            found.push((first, last));
        }
    }
    add_found(doc, found, EntityKind::Program);
}

/// Bodies named right after a noun that says what they are: "the pressure
/// group Human Rights in China", "the daily Gazzetta dello Sport", "the
/// charity Oxfam Novib", "Boston-based Reagan Communications". Capitalised
/// words (with "of", "in", "for", "and" or a Romance article between them)
/// after a lowercase noun of bodies or "-based"; not a person, a title, a
/// day or a month, and places inside the name are the name's.
pub(crate) fn find_bodies_after_nouns(doc: &mut Doc<'_>, kb: &Knowledge) {
    // Words of parties and faiths that are adjectives before a noun
    // ("a Florida-based Republican strategist").
    const ADJECTIVES: &[&str] = &[
        "Democratic",
        "Republican",
        "Conservative",
        "Liberal",
        "Labour",
        "Socialist",
        "Communist",
        "Green",
        "Catholic",
        "Muslim",
        "Christian",
        "Jewish",
        "Arabic",
    ];
    // (Made on first need: few stories have a name of one word here.)
    let surnames = std::cell::OnceCell::new();
    const JOINERS: &[&str] =
        &["of", "in", "for", "and", "&", "de", "del", "della", "dello", "di", "du", "des", "la"];
    let mut found: Vec<(usize, usize)> = Vec::new();
    for k in 0..doc.tokens.len() {
        let w = doc.word(k);
        // (The nouns of bodies that `described_body` reads, singular, and
        // a few of papers and campaigns it does not; not a trade a person
        // has too.)
        let noun = w == "based"
            || (w.starts_with(|c: char| c.is_ascii_lowercase())
                && (k == 0 || doc.word(k - 1) != "-")
                && BODY_NOUN_SET.has(w)
                && !w.ends_with('s')
                && !PERSON_TRADES.contains(&w))
            || matches!(w, "daily" | "weekly" | "movement" | "start-up" | "consultancy");
        if !noun || !doc.is_word(k) {
            continue;
        }
        // ("-based" glued to its town, "Boston-based", "Ore.-based"; not
        // to a thing, "386-based PC", "sea-based missile".)
        if w == "based"
            && (k < 2
                || doc.word(k - 1) != "-"
                || !(doc.word(k - 2) == "." || (doc.is_word(k - 2) && doc.is_cap(k - 2))))
        {
            continue;
        }
        let Some(first) = doc.next_on_line(k).filter(|&f| doc.is_word(f) && doc.is_cap(f)) else {
            continue;
        };
        let fw = doc.word(first);
        if kb.given_names.contains_key(fw)
            || fw.chars().count() < 2
            || kb.demonyms.contains_key(lower(fw).as_ref())
            || ADJECTIVES.contains(&fw)
            || is_head_title(doc, first)
            || is_day_or_month(&lower(fw))
            || NOT_NAME_START_SET.has(fw)
            || fw == "I"
            || doc.in_caps_sentence(doc.tokens[first].span.start)
        {
            continue;
        }
        let mut last = first;
        let mut j = first;
        let mut words = 1;
        while words < 6 {
            let Some(n) = doc.next_on_line(j) else { break };
            if doc.is_word(n) && doc.is_cap(n) {
                last = n;
                j = n;
                words += 1;
            } else if lower_in(doc.word(n), JOINERS)
                && doc.next_on_line(n).is_some_and(|m| doc.is_word(m) && doc.is_cap(m))
            {
                j = n;
            } else {
                break;
            }
        }
        // (Not a possessive, which owns what follows: "the company Acme's
        // plant"; nor a name a hyphen, a slash or an Arabic article goes
        // on from, "FT-Actuaries", "Ansar al-Sharia", nor one the line's
        // end may cut, "Control\nData".)
        if (first..=last).any(|x| possessive_stem(doc.word(x)).is_some()) {
            continue;
        }
        let after = doc.tokens.get(last + 1);
        if after.is_some_and(|t| {
            matches!(t.as_str(), "-" | "/")
                || (t.kind == TokenKind::LineBreak
                    && doc.next_solid(last).is_some_and(|n| doc.is_word(n) && doc.is_cap(n)))
        }) || doc.next_on_line(last).is_some_and(|n| lower_in(doc.word(n), &["al", "el"]))
        {
            continue;
        }
        // One word is a name after "-based" before a verb ("New
        // York-based Upland is traded"), else only before a pause ("the
        // rock group Oasis, whose"): not "the group Campaign for", nor
        // the subject of a clause ("the group Fiorina addressed").
        // (One word that is the surname of a person the story names is
        // that person: "the group Fiorina addressed".)
        if first == last && surnames.get_or_init(|| doc.surnames(kb)).contains_key(fw) {
            continue;
        }
        if first == last {
            let next = doc.next_on_line(last);
            let pause = next.is_none_or(|n| !doc.is_word(n) || doc.is_cap(n));
            let verb = next.is_some_and(|n| {
                let v = doc.word(n);
                crate::quote::is_auxiliary(v) || (v.len() > 4 && v.ends_with("ed"))
            });
            if !(pause || (verb && w == "based")) {
                continue;
            }
        }
        found.push((first, last));
    }
    if found.is_empty() {
        return;
    }
    // (Nor a short form of a body the story names in full, "Boston-based
    // Spencer" after "Spencer Cos Inc": the resolution's to join.)
    let shorts: FastSet<String> = doc
        .locals
        .iter()
        .filter(|l| l.kind == EntityKind::Institution)
        .flat_map(|l| l.short.iter().cloned())
        .collect();
    let mut bodies = Vec::new();
    for (first, last) in found {
        let span = name_span(doc, first, last);
        if shorts.contains(&doc.text[span]) {
            continue;
        }
        let inside = doc.overlapping(span);
        // (A known name of its own is that name: "the bank Goldman
        // Sachs"; places inside are the new name's.)
        // (So is a person's name the body bears: "Boston-based Reagan
        // Communications".)
        let own = doc.cands[inside.clone()].iter().all(|c| {
            matches!(c.kind, EntityKind::Place | EntityKind::Person)
                && span.contains(c.span)
                && c.span != span
        });
        if own {
            bodies.push((span, inside.collect()));
        }
    }
    add_bodies_over(doc, bodies);
}

/// Adds bodies of the story's own at their spans, in place of the
/// candidates (by index) each one takes in.
fn add_bodies_over(doc: &mut Doc<'_>, bodies: Vec<(Span, Vec<usize>)>) {
    let mut gone = FastSet::default();
    let mut batch = Vec::new();
    for (span, inside) in bodies {
        gone.extend(inside);
        let name = doc.text[span].to_string();
        let target = doc.local(&name, EntityKind::Institution, cluster_key(&name));
        batch.push(Cand::pattern(span, EntityKind::Institution, target));
    }
    doc.remove_cands(&gone);
    doc.add_all_free(batch);
}

/// Clinical trials and studies named in capitals before their noun: "the
/// Phase 3 HORIZON-4 trial", "the KEYNOTE-522 study", "the RECOVERY
/// trial": a word of capitals with a number after a hyphen right before
/// "trial" or "study", or of five capitals or more before "trial".
pub(crate) fn find_trials(doc: &mut Doc<'_>) {
    let mut found = Vec::new();
    for k in 1..doc.tokens.len() {
        // (The first byte first: most words start with neither letter.)
        let w = doc.word(k).as_bytes();
        if !matches!(w.first(), Some(b't' | b's'))
            || !matches!(doc.word(k), "trial" | "trials" | "study" | "studies")
        {
            continue;
        }
        let Some(last) = doc.prev_on_line(k) else { continue };
        let mut first = last;
        // ("HORIZON-4": a number glued after a hyphen.)
        if doc.tokens[last].kind == TokenKind::Number && last >= 2 && doc.word(last - 1) == "-" {
            first = last - 2;
        } else if !doc.is_word(last) {
            continue;
        }
        // (A numbered name, or a long one before "trial": not "the GAO
        // study", "a phase III study", a body's work.)
        let w = doc.word(first);
        let numbered = first < last;
        let capitals = w.len() >= 3
            && w.bytes().all(|b| b.is_ascii_uppercase())
            && (numbered || (w.len() >= 5 && doc.word(k).starts_with("trial")))
            && !doc.in_caps_sentence(doc.tokens[first].span.start);
        if capitals && doc.cand_at(doc.tokens[first].span.start).is_none() {
            found.push((first, last));
        }
    }
    add_found(doc, found, EntityKind::Program);
}

/// People whose given name is a title too ("Dean Jones", "Earl Thomas"),
/// which [`find_titled_people`] leaves: the word, capitalised, alone before
/// one name word, with nothing but punctuation, "and" or a role's noun
/// before it ("captain Dean Jones"), and no person of the story bearing
/// the surname ("Dean Amar" after "Vikram Amar" is the dean).
pub(crate) fn find_given_titles(doc: &mut Doc<'_>, kb: &Knowledge) {
    let at: Vec<usize> = doc.markers(Marker::GivenTitle).collect();
    if at.is_empty() {
        return;
    }
    let surnames = doc.surnames(kb);
    let mut found = Vec::new();
    for i in at {
        if !matches!(doc.word(i), "Dean" | "Earl") {
            continue;
        }
        let Some(n) = doc.next_on_line(i).filter(|&n| name_word(doc, kb, n)) else { continue };
        let single = next_in_name(doc, n).is_none_or(|x| !doc.is_cap(x) || !doc.is_word(x));
        let free = doc
            .prev_on_line(i)
            .is_none_or(|p| !doc.is_word(p) || role_noun(doc.word(p)) || doc.word(p) == "and");
        let surname = possessive_stem(doc.word(n)).unwrap_or(doc.word(n));
        if single && free && !surnames.contains_key(surname) && person_words(doc, n, n) {
            found.push((i, n));
        }
    }
    add_found(doc, found, EntityKind::Person);
}

/// Bodies named by one word that no list holds, where they speak or title
/// their people: an acronym ("CNBC reported", "the FOMC said") or a word
/// with a capital inside ("KeyCorp said", "PolitiFact says") right before
/// a cue, or before a title and a person's name ("TenneT's Chief Operating
/// Officer ..."). Found
/// after the story's people and its acronyms' definitions, which they
/// must not be: "DeSantis said" is a person, "The PUK said" after
/// "Patriotic Union of Kurdistan (PUK)" the union.
pub(crate) fn find_one_word_bodies(doc: &mut Doc<'_>, kb: &Knowledge) {
    let mut found = Vec::new();
    // A bank named in one word: "Commerzbank", "Rabobank", "Sberbank"
    // (seven letters or more, in a sentence with lowercase letters, after
    // the sentence's first word: not "Burbank", "Riverbank ...").
    for x in 0..doc.tokens.len() {
        // (Most words are ruled out by their first byte and their last.)
        let raw = doc.tokens[x].as_str();
        if raw.len() < 7
            || !raw.as_bytes()[0].is_ascii_uppercase()
            || !(raw.ends_with("bank") || raw.ends_with("bank's") || raw.ends_with("bank’s"))
        {
            continue;
        }
        let w = possessive_stem(raw).unwrap_or(raw);
        if w.len() >= 7
            && w.ends_with("bank")
            && doc.is_cap(x)
            && w[1..].bytes().all(|b| b.is_ascii_lowercase())
            && !doc.opens_sentence(x)
            && !doc.in_caps_sentence(doc.tokens[x].span.start)
            && doc.cand_at(doc.tokens[x].span.start).is_none()
            // (Not a word of a longer name, "Westdeutsche Landesbank", a
            // surname, "Anthuan Maybank", or a handle, "@Milbank"; not
            // "Interbank" of "London Interbank Offered Rate".)
            && doc.prev_solid(x).is_none_or(|p| !doc.is_cap(p) && doc.word(p) != "@")
            && !w.eq_ignore_ascii_case("interbank")
            // (Nor a town: "Burbank, Calif.", "Burbank, California".)
            && !doc.next_solid(x).is_some_and(|n| {
                doc.word(n) == ","
                    && doc.next_solid(n).is_some_and(|p| {
                        doc.cand_at(doc.tokens[p].span.start)
                            .is_some_and(|c| c.kind == EntityKind::Place)
                            || (doc.is_cap(p)
                                && (doc.word(p).ends_with('.')
                                    || doc.tokens.get(p + 1).is_some_and(|t| t.as_str() == ".")))
                    })
            })
            // (Nor a route's end: "the Burbank-Denver route", "the
            // Burbank to Denver market".)
            && doc.tokens.get(x + 1).is_none_or(|t| t.as_str() != "-")
            && !doc.next_solid(x).is_some_and(|n| {
                doc.word(n) == "to"
                    && doc.next_solid(n).is_some_and(|p| {
                        doc.cand_at(doc.tokens[p].span.start)
                            .is_some_and(|c| c.kind == EntityKind::Place)
                    })
            })
        {
            found.push((x, x));
        }
    }
    // (Not a short name of a body the story names in full: "Holderbank"
    // of "Holderbank Financiere Glarus AG".)
    if !found.is_empty() {
        let bodies = body_names_and_firsts(doc);
        found.retain(|&(x, _)| {
            !bodies.contains_key(possessive_stem(doc.word(x)).unwrap_or(doc.word(x)))
        });
    }
    #[allow(clippy::type_complexity)]
    let mut known: Option<(
        std::collections::HashMap<String, Target>,
        FastMap<String, usize>,
        FastSet<&str>,
    )> = None;
    for x in 0..doc.tokens.len() {
        // (Most tokens are ruled out by their first bytes: a capital, then
        // another capital.)
        let b = doc.word(x).as_bytes();
        if b.len() < 2 || !b[0].is_ascii_uppercase() || !b[1..].iter().any(u8::is_ascii_uppercase) {
            continue;
        }
        let Some(k) = doc.next_on_line(x).filter(|&k| doc.is_word(k)) else { continue };
        if !one_word_body(doc, kb, x) {
            continue;
        }
        // Before a cue ("KeyCorp said"), or before a title and a person's
        // name ("TenneT's Chief Operating Officer Tim Meyerjürgens",
        // "KeyCorp CEO Jane Doe").
        let cue = doc.word(k).as_bytes()[0].is_ascii_lowercase()
            && crate::quote::cue_at(doc, k).is_some();
        let titled = !cue
            && (is_head_title(doc, k) || matches!(doc.word(k), "CEO" | "CFO" | "COO" | "CTO"))
            && (k..doc.tokens.len().min(k + 12))
                .any(|j| doc.cand_starting(j).is_some_and(|c| c.kind == EntityKind::Person));
        // Or before a noun of bodies: "a negotiator for the FNV union",
        // "the AfD party".
        // (Not the end of a hyphenated name: "TI-CARO's board".)
        let noun = !cue
            && !titled
            && doc.word(k).as_bytes()[0].is_ascii_lowercase()
            && crate::lexicon::org_noun(doc.word(k)).is_some()
            && !(x >= 1 && doc.word(x - 1) == "-");
        if !(cue || titled || noun) {
            continue;
        }
        let (surnames, bodies, parenthesised) = known.get_or_insert_with(|| {
            // (The short names of the story's bodies: "AVX" of "AVX Corp",
            // "SmithKline" of "SmithKline Beckman Corp".)
            let bodies = body_names_and_firsts(doc);
            // ("(PUK)": the words alone in parentheses, acronyms defined.)
            let parenthesised: FastSet<&str> = (1..doc.tokens.len().saturating_sub(1))
                .filter(|&j| doc.word(j - 1) == "(" && doc.word(j + 1) == ")")
                .map(|j| doc.word(j))
                .collect();
            (doc.surnames(kb), bodies, parenthesised)
        });
        let w = possessive_stem(doc.word(x)).unwrap_or(doc.word(x));
        if !parenthesised.contains(w) && !surnames.contains_key(w) && !bodies.contains_key(w) {
            found.push((x, x));
        }
    }
    add_found(doc, found, EntityKind::Institution);
}

/// Whether the word at token `x` may be a body's name of one word: an
/// acronym of two to six capitals in a sentence that is not in capitals,
/// or a word with a capital inside and two humps at most ("KeyCorp",
/// "USAir", not "FollowSharePost"); not a title's or a measure's acronym
/// ("CEO", "GDP"), a roman numeral, a given name, or a surname's shape
/// ("McDonald", "DeSantis", "LaBelle", "VanLandingham").
fn one_word_body(doc: &Doc<'_>, kb: &Knowledge, x: usize) -> bool {
    const NOT_BODIES: &[&str] = &[
        "CEO", "CFO", "COO", "CTO", "CIO", "CMO", "MP", "MEP", "PM", "GM", "VP", "SVP", "EVP",
        "MD", "DG", "AM", "TV", "OK", "GDP", "GNP", "CPI", "PPI", "IPO", "AI", "PC", "ID", "VAT",
        "FX", "ETF", "EPS", "NAV", "LNG", "LPG", "HIV", "AIDS", "DNA", "SUV", "USD", "EUR", "GBP",
        "JPY", "PAC", "FOIA", "IG", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII",
        "COVID", "PR", "HR", "IT", "UK", "US", "USA", "LIBOR", "SIBOR", "AAA", "AA", "BBB", "BB",
        "DC",
    ];
    // ("TenneT's": the word without its possessive.)
    let w = possessive_stem(doc.word(x)).unwrap_or(doc.word(x));
    // (Most words are ruled out by their shape: a capital, then another
    // capital somewhere after it.)
    let bytes = w.as_bytes();
    if bytes.len() < 2
        || !bytes[0].is_ascii_uppercase()
        || !bytes[1..].iter().any(u8::is_ascii_uppercase)
    {
        return false;
    }
    // (Not the last word of a longer name: "Consolidated TVX said".)
    let inside = doc.prev_on_line(x).is_some_and(|p| {
        doc.is_word(p) && doc.is_cap(p) && !doc.in_caps_sentence(doc.tokens[x].span.start)
    });
    if !doc.is_word(x)
        || inside
        || doc.cand_at(doc.tokens[x].span.start).is_some()
        || NOT_BODIES.contains(&w)
        || kb.given_names.contains_key(w)
        || crate::lexicon::LEGAL_SUFFIXES.contains(&lower(w).as_ref())
        || w.starts_with("Never")
    {
        return false;
    }
    let n = w.chars().count();
    let caps = w.chars().filter(char::is_ascii_uppercase).count();
    if (2..=6).contains(&n) && caps == n {
        return !doc.in_caps_sentence(doc.tokens[x].span.start);
    }
    let humps = w
        .char_indices()
        .filter(|&(i, c)| {
            c.is_ascii_uppercase() && w[i + 1..].starts_with(|d: char| d.is_ascii_lowercase())
        })
        .count();
    const SURNAME_OPENERS: &[&str] =
        &["Mc", "Mac", "De", "Di", "Du", "Da", "Le", "La", "Van", "Von", "Fitz", "St"];
    n >= 5
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && caps >= 2
        && humps <= 2
        && w.chars().any(|c| c.is_ascii_lowercase())
        && w.chars().all(|c| c.is_ascii_alphanumeric())
        && !SURNAME_OPENERS.iter().any(|o| {
            w.strip_prefix(o).is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
        })
}

/// Bylines in capitals, as the wires write them: "By MARK SHERMAN" on its
/// own line or before the agency's name, "By JANE DOE and JOHN ROE". The
/// person's name is given in title case ("Mark Sherman"), so that "Sherman"
/// later in the story is the same person. A byline's first name must be a
/// known given name; a second after "and" need not.
pub(crate) fn find_caps_bylines(doc: &mut Doc<'_>, kb: &Knowledge) {
    let mut batch = Vec::new();
    let at: Vec<usize> = doc.markers(Marker::By).collect();
    for i in at {
        if doc.word(i) != "By" || doc.prev_on_line(i).is_some() {
            continue;
        }
        let mut j = doc.next_on_line(i);
        let mut second = false;
        loop {
            let mut run = Vec::new();
            while let Some(x) = j.filter(|&x| {
                let w = doc.word(x);
                w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '-' || c == '\'')
            }) {
                run.push(x);
                j = doc.next_on_line(x);
                if run.len() == 4 {
                    break;
                }
            }
            let title: Vec<String> =
                run.iter().map(|&x| crate::dateline::title_case(doc.word(x))).collect();
            let fits = (2..=3).contains(&run.len())
                && (second || kb.given_names.contains_key(title[0].as_str()))
                && j.is_none_or(|x| {
                    matches!(doc.word(x), "," | "and" | "|" | "-" | "–" | "—")
                        || doc.cand_at(doc.tokens[x].span.start).is_some()
                });
            if !fits {
                break;
            }
            let span = name_span(doc, run[0], run[run.len() - 1]);
            if !doc.overlaps_any(span) {
                let name = title.join(" ");
                let target = doc.local_person(&name, title.last().map(String::as_str));
                batch.push(Cand::pattern_person(span, target));
            }
            // "By JANE DOE and JOHN ROE".
            match j.filter(|&x| doc.word(x) == "and") {
                Some(x) => {
                    j = doc.next_on_line(x);
                    second = true;
                }
                None => break,
            }
        }
    }
    doc.add_all_free(batch);
}

/// People whose names follow a title ("Foreign Minister Sergey Lavrov",
/// "Mr. Peskov") and are not yet a mention.
pub(crate) fn find_titled_people(doc: &mut Doc<'_>, kb: &Knowledge) {
    // Surname -> person, for "Mr Razvozhayev" after "Mikhail Razvozhayev".
    let mut surnames = doc.surnames(kb);
    // First name -> the person named first with it and where that name
    // ends, for "Dame Sally" after "Professor Dame Sally Davies".
    let mut first_names: FastMap<String, (Target, usize)> = FastMap::default();
    let note_first = |first_names: &mut FastMap<String, (Target, usize)>, name: &str, t, end| {
        if let Some((first, _)) = name.split_once(' ') {
            let slot = first_names.entry(first.to_string()).or_insert((t, end));
            if end < slot.1 {
                *slot = (t, end);
            }
        }
    };
    for c in doc.cands.iter().filter(|c| c.kind == EntityKind::Person) {
        note_first(&mut first_names, doc.target_name(kb, c.target), c.target, c.span.end);
    }
    // New mentions are gathered and added at the end: inserting each into
    // the sorted candidates would move every later one.
    let mut batch = Vec::new();
    let headline_end = doc.headline_end();
    let mut i = 0;
    while i < doc.tokens.len() {
        if !is_head_title(doc, i) {
            i += 1;
            continue;
        }
        let title_word = doc.word(i).to_lowercase();
        // "Kaneda Motors Announces Solid-State Battery Pilot Line": in a
        // title-cased headline a title that is a common word too is that
        // word.
        if lower_in(&title_word, CAPITALISED_ONLY)
            && doc.tokens[i].span.start < headline_end
            && title_cased_sentence(doc, doc.tokens[i].span.start)
        {
            i += 1;
            continue;
        }
        // "Justice" is a title after nothing capitalised but a title, an
        // honorific or a court ("Chief Justice", "Mr Justice", "Supreme
        // Court Justice"): not "County Justice Information System".
        if title_word == "justice"
            && doc.prev_on_line(i).is_some_and(|p| {
                doc.is_cap(p)
                    && !doc.opens_sentence(p)
                    && !HEAD_TITLE_SET.has(doc.word(p))
                    && !TITLE_MODIFIER_SET.has(doc.word(p))
                    && !lower_in(doc.word(p), TITLE_ABBREVIATIONS)
                    && !lower_in(doc.word(p), &["court", "associate", "late", "former"])
            })
        {
            i += 1;
            continue;
        }
        let mut k = i;
        // "Mr." and friends take a period.
        if lower_in(doc.word(i), TITLE_ABBREVIATIONS)
            && doc.tokens.get(i + 1).is_some_and(|t| t.as_str() == ".")
        {
            k = i + 1;
        }
        // A title at the end of a line takes no name here; the titles after
        // it still do.
        let Some(mut start) = doc.next_on_line(k) else {
            i += 1;
            continue;
        };
        // "Special Agent in Charge Akil Davis", "Officer in Charge".
        if doc.word(start) == "in" {
            if let Some(c) =
                doc.next_on_line(start).filter(|&c| doc.word(c).eq_ignore_ascii_case("charge"))
            {
                match doc.next_on_line(c) {
                    Some(n) => start = n,
                    None => {
                        i += 1;
                        continue;
                    }
                }
            }
        }
        // "Governor of Sevastopol Mikhail Razvozhayev": skip the office's
        // place or body.
        if doc.is_word(start) && doc.word(start) == "of" {
            let mut n = doc.next_on_line(start);
            if n.is_some_and(|n| doc.word(n).eq_ignore_ascii_case("the")) {
                n = n.and_then(|n| doc.next_on_line(n));
            }
            match n.and_then(|n| doc.cand_starting(n)) {
                Some(c) if c.kind != EntityKind::Person => {
                    match doc.next_on_line(doc.token_at(c.span.end - 1)) {
                        Some(after) => start = after,
                        None => {
                            i += 1;
                            continue;
                        }
                    }
                }
                // "Speaker of parliament Habib Boulares", "head of state
                // Kassym-Jomart Tokayev": one lowercase noun of the office.
                None => {
                    const OFFICES: &[&str] = &[
                        "parliament",
                        "state",
                        "government",
                        "staff",
                        "cabinet",
                        "mission",
                        "delegation",
                        "police",
                    ];
                    if let Some(w) = n.filter(|&w| {
                        doc.is_word(w) && !doc.is_cap(w) && lower_in(doc.word(w), OFFICES)
                    }) {
                        if let Some(after) = doc.next_on_line(w).filter(|&x| name_word(doc, kb, x))
                        {
                            start = after;
                        }
                    }
                }
                _ => {}
            }
        }
        // "Minister of Power Pralhad Joshi", "Minister of State for New and
        // Renewable Energy Shri ...": skip the portfolio's words.
        // (A minister's, a secretary's or a commissioner's only: not
        // "president of Farmers Commodities".)
        let portfolio = matches!(title_word.as_str(), "minister" | "secretary" | "commissioner")
            .then(|| portfolio_end(doc, start).and_then(|e| doc.next_on_line(e)))
            .flatten();
        if let Some(after) = portfolio {
            start = after;
            // (A title of its own after it, "Shri", "Dr", takes the name.)
            if is_head_title(doc, start) {
                i += 1;
                continue;
            }
        }
        // "Chief Executive Wael Sawan", "Chief Constable Sarah Crew": a
        // second word of the title that is no title by itself.
        if title_word == "chief"
            && doc.is_word(start)
            && lower_in(doc.word(start), &["executive", "constable", "whip", "rabbi"])
            && doc.is_cap(start)
        {
            if let Some(n) = doc.next_on_line(start) {
                start = n;
            }
        }
        let end = name_after_title(doc, kb, start);
        let Some(end) = end else {
            i += 1;
            continue;
        };
        // ("County Justice Information System": no company's word in a
        // name after a title; "Dean Witter Reynolds (Canada) Inc": nor a
        // legal suffix after it.)
        let suffixed = doc.next_on_line(end).is_some_and(|n| {
            corporate_suffix(doc, n)
                || (doc.word(n) == "("
                    && (n + 1..doc.tokens.len().min(n + 8))
                        .find(|&j| doc.word(j) == ")")
                        .and_then(|j| doc.next_on_line(j))
                        .is_some_and(|x| corporate_suffix(doc, x)))
        });
        if suffixed || (start..=end).any(|t| doc.is_word(t) && company_word(doc.word(t))) {
            i = end + 1;
            continue;
        }
        // After a portfolio, two words or more, none of a body's or a
        // portfolio's: not "Director for External Debt Management", "for
        // Foreign Affairs and Security Policy".
        if portfolio.is_some()
            && ((start..=end).filter(|&t| doc.is_word(t)).count() < 2
                || (start..=end).any(|t| {
                    doc.is_word(t)
                        && (PORTFOLIO_SET.has(doc.word(t))
                            || company_word(doc.word(t))
                            || is_institution_head(doc.word(t)))
                }))
        {
            i = end + 1;
            continue;
        }
        let words = (start..=end).filter(|&t| doc.is_word(t)).count();
        if title_word == "general" && words < 2 {
            i = end + 1;
            continue;
        }
        // "Dean Jones", "Earl Thomas": a title that is a given name too,
        // capitalised, alone before one name word, with no modifier before
        // it ("law school Dean Jane Roe" has the title), is the person's
        // given name.
        // (Not when the story named a person of that surname: "Dean Amar"
        // after "Vikram Amar".)
        let given_title = matches!(title_word.as_str(), "dean" | "earl")
            && words == 1
            && k == i
            && !surnames.contains_key(doc.word(end))
            && doc.is_cap(i)
            && doc
                .prev_on_line(i)
                .is_none_or(|p| !doc.is_word(p) || role_noun(doc.word(p)) || doc.word(p) == "and");
        // (See `find_given_titles`, after the people the shape of the text
        // names.)
        if given_title {
            i = end + 1;
            continue;
        }
        // "Mr Ivanov's remarks": the name ends before the possessive.
        let last = doc.word(end);
        let possessive = ["'s", "’s"].iter().find(|p| last.len() > p.len() && last.ends_with(**p));
        let span = Span::new(
            doc.tokens[start].span.start,
            doc.tokens[end].span.end - possessive.map_or(0, |p| p.len()),
        );
        // "Sayyid Ebrahim Raisi": a word right before a known person is an
        // honorific or a first name, not a person of its own.
        let before_person = doc
            .next_on_line(end)
            .and_then(|n| doc.cand_starting(n))
            .is_some_and(|c| c.kind == EntityKind::Person);
        if before_person || doc.overlaps_any(span) {
            i = end + 1;
            continue;
        }
        let name = doc.text[span].to_string();
        let surname = name.split_whitespace().next_back().unwrap_or(&name).to_string();
        // "Dame Sally" after "Professor Dame Sally Davies", "Sir Chris"
        // after "Sir Chris Whitty": these titles take the first name.
        // So do Arab and royal titles: "Sheikh Tamim" after "Sheikh Tamim
        // bin Hamad Al Thani", "Prince Faisal".
        if words == 1
            && matches!(
                title_word.as_str(),
                "sir" | "dame" | "sheikh" | "sheikha" | "prince" | "princess" | "emir" | "sultan"
            )
        {
            let known = first_names.get(&name).filter(|&&(_, e)| e <= span.start);
            if let Some(&(target, _)) = known {
                batch.push(Cand::alias(span, EntityKind::Person, target));
                i = end + 1;
                continue;
            }
        }
        // "Mr Razvozhayev" after "Mikhail Razvozhayev": the same person.
        if words == 1 {
            if let Some(&known) = surnames.get(&surname) {
                batch.push(Cand::alias(span, EntityKind::Person, known));
                i = end + 1;
                continue;
            }
        }
        // "Rail Minister Lord Hendy", "Baroness Smith": a peer is named
        // with the title, and known after by the name alone too.
        let peer = words == 1
            && k == i
            && doc.is_cap(i)
            && matches!(title_word.as_str(), "lord" | "lady" | "baroness");
        if peer {
            let span = Span::new(doc.tokens[i].span.start, span.end);
            let titled = doc.text[span].to_string();
            let target = doc.local_person(&titled, Some(surname.as_str()));
            batch.push(Cand::pattern_person(span, target));
            i = end + 1;
            continue;
        }
        let target = doc.local_person(&name, (words > 1).then_some(surname.as_str()));
        if words > 1 {
            surnames.entry(surname).or_insert(target);
            note_first(&mut first_names, doc.target_name(kb, target), target, span.end);
        }
        batch.push(Cand::pattern_person(span, target));
        i = end + 1;
    }
    doc.add_all_free(batch);
}

/// The last token of a minister's portfolio that opens with "of" or "for"
/// at `at`: capitalised words of portfolios, which "and", "&" and commas
/// join ("of Power", "for New and Renewable Energy", "of State for Home
/// Affairs"). None when no such word follows.
fn portfolio_end(doc: &Doc<'_>, at: usize) -> Option<usize> {
    if !matches!(doc.word(at), "of" | "for") {
        return None;
    }
    let mut last = None;
    let mut j = at;
    while let Some(n) = doc.next_on_line(j) {
        let w = doc.word(n);
        if doc.is_cap(n) && PORTFOLIO_SET.has(w) {
            last = Some(n);
        } else if !(matches!(w, "and" | "&" | "," | "of" | "for") && last.is_some()) {
            break;
        }
        j = n;
    }
    last
}

/// Whether a word is one of ministers' portfolios ("Power", "Affairs").
pub(crate) fn is_portfolio_word(w: &str) -> bool {
    PORTFOLIO_SET.has(w)
}

/// Words of ministers' portfolios ("Power", "Home Affairs", "New and
/// Renewable Energy").
static PORTFOLIO_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(PORTFOLIOS));

const PORTFOLIOS: &[&str] = &[
    "affairs",
    "agriculture",
    "animal",
    "arts",
    "atomic",
    "aviation",
    "broadcasting",
    "budget",
    "change",
    "chemicals",
    "child",
    "civil",
    "climate",
    "coal",
    "commerce",
    "communications",
    "consumer",
    "cooperation",
    "culture",
    "dairying",
    "defence",
    "defense",
    "development",
    "digital",
    "disaster",
    "distribution",
    "economy",
    "education",
    "electronics",
    "emergencies",
    "employment",
    "energy",
    "enterprises",
    "entrepreneurship",
    "environment",
    "equality",
    "external",
    "family",
    "farmers",
    "fertilizers",
    "finance",
    "fisheries",
    "food",
    "foreign",
    "forests",
    "gas",
    "health",
    "heavy",
    "heritage",
    "higher",
    "highways",
    "home",
    "housing",
    "husbandry",
    "immigration",
    "industries",
    "industry",
    "information",
    "infrastructure",
    "innovation",
    "interior",
    "investment",
    "irrigation",
    "justice",
    "labor",
    "labour",
    "land",
    "law",
    "livestock",
    "media",
    "medium",
    "micro",
    "mines",
    "minority",
    "natural",
    "new",
    "nuclear",
    "oil",
    "panchayati",
    "parliamentary",
    "pensions",
    "personnel",
    "petroleum",
    "planning",
    "ports",
    "power",
    "public",
    "railways",
    "raj",
    "relief",
    "renewable",
    "research",
    "resources",
    "road",
    "roads",
    "rural",
    "sanitation",
    "science",
    "security",
    "shipping",
    "skill",
    "small",
    "social",
    "sport",
    "sports",
    "state",
    "statistics",
    "steel",
    "technology",
    "telecommunications",
    "textiles",
    "tourism",
    "trade",
    "transport",
    "treasury",
    "tribal",
    "urban",
    "veterans",
    "water",
    "waterways",
    "welfare",
    "women",
    "works",
    "youth",
];

/// The last token of a personal name that starts at `start`: one to four
/// capitalised words or initials, with particles ("bin", "von", "al-").
fn name_after_title(doc: &Doc<'_>, kb: &Knowledge, start: usize) -> Option<usize> {
    // ("Martin Luther King Jr.": a generational suffix after "King" is no
    // name of its own.)
    if !name_word(doc, kb, start) || crate::doc::is_generational(doc.word(start)) {
        return None;
    }
    let mut last = start;
    let mut words = 1;
    let mut particles = 0;
    let mut j = start;
    loop {
        // An initial: "V." then a name.
        if is_initial(doc, j) {
            j += 1;
        }
        // (Across a soft wrap of wire copy too: "Chairman Paul\nVolcker".)
        let Some(n) = next_in_name(doc, j) else { break };
        let t = &doc.tokens[n];
        let next = if t.kind == TokenKind::Punct && t.as_str() == "-" {
            // "al-Assad", "Jean-Pierre"
            (n + 1 < doc.tokens.len()).then_some(n + 1)
        } else {
            Some(n)
        };
        let Some(n) = next else { break };
        // ("Senator John G. Roberts Jr.": the suffix is grown onto the
        // name later, with its period; see `grow_generational`.)
        if doc.is_word(n) && matches!(doc.word(n), "Jr" | "Sr" | "Jnr" | "Snr") {
            break;
        }
        // (A headline in title case goes on with its verb: "Chief Justice
        // John Roberts Did Not Give Rise ...".)
        // (Not "Will", "May", "Can": surnames too.)
        if doc.is_word(n)
            && lower_in(
                doc.word(n),
                &["is", "was", "were", "are", "has", "have", "had", "did", "does", "do", "not"],
            )
        {
            break;
        }
        let joined_by_hyphen = n != next_in_name(doc, j).unwrap_or(n);
        // "Prime Minister John Major says": a title word as the surname
        // after a given name, when the name ends there.
        let titled_surname = words == 1
            && !joined_by_hyphen
            && kb.given_names.contains_key(doc.word(j))
            && title_as_surname(doc, n);
        if titled_surname {
            last = n;
            break;
        }
        // (Four words, or six with particles: "Musaed bin Mohammed
        // Al-Aiban".)
        let max = if particles > 0 { 6 } else { 4 };
        let particle = doc.is_word(n) && is_name_particle(&lower(doc.word(n))) && !joined_by_hyphen;
        // ("Samsung chairman Lee Jae-yong": a Korean given name's second
        // syllable after its hyphen.)
        let syllable = joined_by_hyphen && korean_syllable(doc, n);
        if (particle || syllable || name_word(doc, kb, n)) && words < max {
            particles += usize::from(particle);
            j = n;
            if doc.is_cap(n) || joined_by_hyphen {
                last = n;
            }
            words += 1;
            continue;
        }
        break;
    }
    // "King Felipe VI": a regnal number ends the name.
    if let Some(n) = doc.next_on_line(last).filter(|&n| is_roman_numeral(doc.word(n))) {
        last = n;
    } else if last == start && next_in_name(doc, last).is_some_and(|n| doc.is_cap(n)) {
        // One capitalised word before another that is no name ("Aerospace
        // Defence Concern") is the start of something else.
        return None;
    }
    // "Management Board": a name followed by an institution's head word is
    // part of that institution's name.
    if doc.next_on_line(last).is_some_and(|n| doc.is_cap(n) && is_institution_head(doc.word(n))) {
        return None;
    }
    Some(last)
}

/// The token after `j` in a name: on the same line, or across a soft wrap
/// ([`soft_wrap`]).
fn next_in_name(doc: &Doc<'_>, j: usize) -> Option<usize> {
    doc.next_on_line(j)
        .or_else(|| (j + 2 < doc.tokens.len() && soft_wrap(doc, j + 1)).then_some(j + 2))
}

/// The token before `j` in a name, as [`next_in_name`] steps forward.
fn prev_in_name(doc: &Doc<'_>, j: usize) -> Option<usize> {
    doc.prev_on_line(j).or_else(|| (j >= 2 && soft_wrap(doc, j - 1)).then(|| j - 2))
}

fn is_roman_numeral(w: &str) -> bool {
    matches!(
        w,
        "I" | "II"
            | "III"
            | "IV"
            | "V"
            | "VI"
            | "VII"
            | "VIII"
            | "IX"
            | "X"
            | "XI"
            | "XII"
            | "XIV"
            | "XVI"
    )
}

/// A body named by the capitalised words before its acronym, their
/// initials in order: "Nordvik Investment Management (NIM)", "Norges Bank
/// Investment Management (NBIM)", "Kuala Lumpur Stock Exchange (KLSE)". It
/// takes the place of shorter names inside it (a listed bank, a place),
/// never of a person or of a name that reaches past it. The words must
/// say it is a body (a listed one inside, or a head word: "Management",
/// "Exchange"), so "Chief Executive Officer (CEO)" and "Gross Domestic
/// Product (GDP)" name none.
pub(crate) fn find_bodies_by_acronym(doc: &mut Doc<'_>) {
    const CONNECTORS: &[&str] = &["of", "for", "the", "and", "&", "on", "in", "de", "-"];
    const HEADS: &[&str] = &[
        "management",
        "investment",
        "investments",
        "advisors",
        "advisers",
        "partners",
        "capital",
        "ventures",
        "holdings",
        "watch",
        "solutions",
        "technologies",
        "systems",
        "research",
        "trust",
        "exchange",
    ];
    // Terms of finance and law: "Petroleum Revenue Tax (PRT)", "London
    // Inter Bank Offered Rate (LIBOR)".
    const NOT_BODIES: &[&str] = &[
        "tax",
        "rate",
        "index",
        "act",
        "law",
        "price",
        "prices",
        "product",
        "ratio",
        "offering",
        "agreement",
        "treaty",
        "accord",
        "code",
        "standard",
        "standards",
        "test",
        "unit",
        "units",
    ];
    // Places whose names have acronyms of their own: "United Arab
    // Emirates (UAE)".
    const PLACE_HEADS: &[&str] =
        &["republic", "kingdom", "states", "emirates", "islands", "territory", "union"];
    let mut found: Vec<(Span, Vec<usize>)> = Vec::new();
    for open in 0..doc.tokens.len().saturating_sub(2) {
        if doc.word(open) != "(" || doc.word(open + 2) != ")" {
            continue;
        }
        let acr = doc.word(open + 1);
        if !(2..=8).contains(&acr.len()) || !acr.bytes().all(|b| b.is_ascii_uppercase()) {
            continue;
        }
        let Some(last) = doc.prev_on_line(open).filter(|&l| doc.is_word(l) && doc.is_cap(l)) else {
            continue;
        };
        // The acronym's letters from its end, one capitalised word each.
        let letters = acr.as_bytes();
        let mut left = letters.len();
        let mut start = last;
        let mut j = Some(last);
        while let Some(x) = j.filter(|_| left > 0) {
            let w = doc.word(x);
            if doc.is_word(x) && doc.is_cap(x) {
                // ("UK Research and Innovation (UKRI)": an acronym in the
                // name gives all its letters.)
                let n = if w.len() >= 2
                    && w.len() <= left
                    && w.bytes().all(|b| b.is_ascii_uppercase())
                    && letters[..left].ends_with(w.as_bytes())
                {
                    w.len()
                } else if w.as_bytes()[0] == letters[left - 1] {
                    1
                } else {
                    break;
                };
                left -= n;
                start = x;
            } else if !lower_in(w, CONNECTORS) {
                break;
            }
            j = doc.prev_on_line(x);
        }
        if left > 0 || NOT_NAME_START_SET.has(doc.word(start)) {
            continue;
        }
        // (Without a possessive: "The Chicago Board of Trade's (CBT)".)
        let span = name_span(doc, start, last);
        let words: Vec<&str> =
            (start..=last).filter(|&x| doc.is_word(x)).map(|x| doc.word(x)).collect();
        let end_word = words[words.len() - 1];
        if lower_in(end_word, PLACE_HEADS)
            || lower_in(possessive_stem(end_word).unwrap_or(end_word), NOT_BODIES)
            || (start..=last).any(|x| doc.is_word(x) && is_head_title(doc, x))
            || words.iter().any(|w| head_bits(w) & HEAD_PROGRAM != 0)
        {
            continue;
        }
        // (Candidates are sorted by start: those before the span's end,
        // from the last one that may reach into it.)
        let upto = doc.cands.partition_point(|c| c.span.start < span.end);
        let inside: Vec<usize> =
            (0..upto).rev().take(8).filter(|&k| span.start < doc.cands[k].span.end).collect();
        let fits = inside.iter().all(|&k| {
            let c = &doc.cands[k];
            c.kind != EntityKind::Person
                && span.start <= c.span.start
                && c.span.end <= span.end
                && c.span != span
        });
        let body = inside.iter().any(|&k| doc.cands[k].kind == EntityKind::Institution)
            || words
                .iter()
                .any(|w| is_institution_head(w) || company_word(w) || lower_in(w, HEADS));
        if fits && body {
            found.push((span, inside));
        }
    }
    add_bodies_over(doc, found);
}

/// "Joint Institute for Nuclear Research (JINR)": the acronym in
/// parentheses after a mention becomes a short form of its entity, and is a
/// mention itself; so do the wires' "<UAW>" and ", CFTC," when the acronym
/// spells the name's initials.
pub(crate) fn find_acronym_definitions(doc: &mut Doc<'_>, kb: &Knowledge) {
    let mut defs: Vec<(Span, Cand)> = Vec::new();
    for c in &doc.cands {
        let ti = doc.token_at(c.span.end.saturating_sub(1));
        // (On the same line, or the next line of hard-wrapped copy:
        // "Department of Transportation\n(DOT)".)
        let Some(open) = doc.next_solid(ti) else { continue };
        // "(JINR)"; "<UAW>" and ", CFTC," when the acronym's letters are
        // the name's initials ("United Auto Workers <UAW>", "the Commodity
        // Futures Trading Commission, CFTC, and").
        let strict = matches!(doc.word(open), "<" | ",");
        if !matches!(doc.word(open), "(" | "<" | ",")
            || doc.tokens[ti + 1..open].iter().any(|t| t.is_paragraph_break())
        {
            continue;
        }
        let acr_at = if doc.word(open) == "," { doc.next_solid(open) } else { Some(open + 1) };
        let Some(acr_at) = acr_at else { continue };
        let close_at =
            if doc.word(open) == "," { doc.next_solid(acr_at) } else { Some(acr_at + 1) };
        let (Some(acr), Some(close)) =
            (doc.tokens.get(acr_at), close_at.and_then(|c| doc.tokens.get(c)))
        else {
            continue;
        };
        let closes = match doc.word(open) {
            "(" => close.as_str() == ")",
            "<" => close.as_str() == ">",
            _ => matches!(close.as_str(), "," | ")" | "."),
        };
        if !closes || acr.kind != TokenKind::Word {
            continue;
        }
        if strict && initials_of(&doc.text[c.span]) != acr.as_str() {
            continue;
        }
        let a = acr.as_str();
        let letters = a.chars().filter(|c| c.is_alphabetic()).count();
        let upper = a.chars().filter(|c| c.is_uppercase()).count();
        let name_initial = doc.text[c.span].chars().next().map(|ch| ch.to_lowercase().to_string());
        let acr_initial = a.chars().next().map(|ch| ch.to_lowercase().to_string());
        // (A name of one word is no acronym's long form: "ANKARA (AA)" names
        // the wire.)
        let words = doc.text[c.span].split([' ', '\n', '-']).filter(|w| !w.is_empty()).count();
        // (A ticker with its exchange is none: "(SPRJ.J)"; "(U.S.)" is.)
        let ticker = a.contains('.') && a.split('.').any(|part| part.chars().count() > 1);
        // (Or, as a translated name keeps its own language's acronym, the
        // acronym's letters are the capitalised words' initials in another
        // order: "Federal Electricity Commission (CFE)", "National Action
        // Party (PAN)".)
        let permuted = || {
            let mut initials: Vec<char> = initials_of(&doc.text[c.span]).chars().collect();
            let mut letters: Vec<char> = a.chars().collect();
            initials.sort_unstable();
            letters.sort_unstable();
            initials.len() >= 2 && initials == letters
        };
        // (Or a short name made of the words' first syllables:
        // "Petroleos Mexicanos (Pemex)", "Arabian American Oil Company
        // (Aramco)".)
        let syllabic = || {
            let long: Vec<String> = doc.text[c.span]
                .split([' ', '\n', '-'])
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            syllables_of(&long, &a.to_lowercase())
        };
        if (2..=10).contains(&letters)
            && ((upper * 2 > letters && (name_initial == acr_initial || permuted()))
                || (upper >= 1 && letters >= 4 && syllabic()))
            && words >= 2
            && !ticker
        {
            defs.push((acr.span, *c));
        }
    }
    let mut batch = Vec::new();
    // The story's own acronyms, first definition first: applied below in
    // one pass over the candidates, however many definitions a long text
    // repeats.
    let mut own: FastMap<String, Cand> = FastMap::default();
    for (span, c) in defs {
        let acronym = doc.text[span].to_string();
        // The story's own definition wins over the list's meaning of the
        // same letters: "Japan Automobile Manufacturers Association (JAMA)"
        // is no medical journal, wherever the story writes "JAMA" (but
        // "Organisation for Economic Cooperation and Development (OECD)"
        // is the listed OECD, spelt another way).
        // (A body's only, whose initials are the acronym's letters: not
        // "Patrice Loko (PSG)", a player and his club.)
        if c.kind == EntityKind::Institution
            && initials_of(doc.target_name(kb, c.target)) == acronym
        {
            own.entry(acronym.clone()).or_insert(c);
        }
        if let Target::Local(l) = c.target {
            let short = &mut doc.locals[l as usize].short;
            if !short.contains(&acronym) {
                short.push(acronym);
            }
        } else {
            doc.gaz_short.push((c.target, c.kind, acronym));
        }
        batch.push(Cand::alias(span, c.kind, c.target));
    }
    if !own.is_empty() {
        for k in 0..doc.cands.len() {
            let other = doc.cands[k];
            let Target::Gaz(id) = other.target else { continue };
            let Some(c) = own.get(&doc.text[other.span]) else { continue };
            let long = doc.target_name(kb, c.target);
            if other.target != c.target
                && !kb.gazetteer.entity(id).names().any(|n| same_words(long, n))
            {
                let o = &mut doc.cands[k];
                o.target = c.target;
                o.kind = c.kind;
                o.source = Source::Alias;
            }
        }
    }
    doc.add_all_free(batch);
}

/// Palaces and other venues named by a word of their own language before
/// their name: "Qasr Al Watan", "Palazzo Chigi", "Schloss Bellevue",
/// "Palacio de la Moncloa". A place of the story's own, so that no pattern
/// reads a person's name into it ("Al Watan").
pub(crate) fn find_prefixed_venues(doc: &mut Doc<'_>) {
    const PARTICLES: &[&str] =
        &["Al", "al", "de", "del", "della", "di", "des", "du", "la", "le", "el", "von"];
    let mut batch = Vec::new();
    // (Where the words stand, from the one search for all markers.)
    let at: Vec<usize> = doc.markers(Marker::Venue).collect();
    for k in at {
        if !crate::doc::is_marker_word(Marker::Venue, doc.word(k)) {
            continue;
        }
        let mut last = k;
        let mut j = doc.next_on_line(k);
        let mut words = 0;
        while let Some(x) = j.filter(|_| words < 4) {
            if doc.is_cap(x) && doc.is_word(x) && !PARTICLES.contains(&doc.word(x)) {
                last = x;
            } else if !(doc.is_word(x) && PARTICLES.contains(&doc.word(x))) {
                break;
            }
            words += 1;
            j = doc.next_on_line(x);
        }
        if last == k {
            continue;
        }
        let span = Span::new(doc.tokens[k].span.start, doc.tokens[last].span.end);
        let name = doc.text[span].to_string();
        let target = doc.local(&name, EntityKind::Place, cluster_key(&name));
        batch.push(Cand::pattern(span, EntityKind::Place, target));
    }
    doc.add_all_free(batch);
}

/// Sporting events named by a place or a nationality and their kind: "the
/// U.S. Open", "the Hong Kong Open", "the French Open", "the Monaco Grand
/// Prix", "the London Marathon". The place's mention gives way to the
/// event, an entity of the story's own (a program).
pub(crate) fn find_place_events(doc: &mut Doc<'_>, kb: &Knowledge) {
    let mut found: Vec<(usize, usize)> = Vec::new();
    // (Where the words stand, from the one search for all markers.)
    let at: Vec<usize> = doc.markers(Marker::Event).collect();
    for k in at.into_iter().filter(|&k| k > 0) {
        // (The marker's words hold a headline's capitals too: "RESULTS FROM
        // THE U.S. OPEN".)
        let w = doc.word(k);
        let prix = w.eq_ignore_ascii_case("prix");
        let grand_prix =
            prix && doc.prev_on_line(k).is_some_and(|g| doc.word(g).eq_ignore_ascii_case("grand"));
        if !crate::doc::is_marker_word(Marker::Event, w) || (prix && !grand_prix) {
            continue;
        }
        let head = if grand_prix { doc.prev_on_line(k).unwrap_or(k) } else { k };
        let Some(p) = doc.prev_on_line(head) else { continue };
        let first = match doc.cand_at(doc.tokens[p].span.start) {
            Some(c) if c.kind == EntityKind::Place && c.span.end == doc.tokens[p].span.end => {
                doc.token_at(c.span.start)
            }
            Some(_) => continue,
            None if doc.is_cap(p) && kb.demonyms.contains_key(lower(doc.word(p)).as_ref()) => p,
            None => continue,
        };
        found.push((first, k));
    }
    if found.is_empty() {
        return;
    }
    let mut gone = FastSet::default();
    let mut batch = Vec::new();
    for (first, last) in found {
        let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
        // (Candidates are sorted by start: a search, not a scan per event.)
        let from = doc.cands.partition_point(|c| c.span.start < span.start);
        gone.extend(
            (from..doc.cands.len())
                .take_while(|&i| doc.cands[i].span.start < span.end)
                .filter(|&i| doc.cands[i].span.end <= span.end),
        );
        let name = crate::dateline::title_case(&doc.text[span]);
        let target = doc.local(&name, EntityKind::Program, cluster_key(&name));
        batch.push(Cand::pattern(span, EntityKind::Program, target));
    }
    doc.remove_cands(&gone);
    doc.add_all_free(batch);
}

/// "Spokane, Washington", "Albany, New York": a capital that shares its
/// name with a state, after a town and its comma, is the state. The town
/// is a word no list holds, or a listed town of that state; not another
/// capital ("Tokyo, Washington and Beijing").
pub(crate) fn states_after_towns(doc: &mut Doc<'_>, kb: &Knowledge) {
    const PAIRS: [(&str, &str); 2] =
        [("washington", "us-state-washington"), ("new-york", "us-state-new-york")];
    // (The entities looked up once a story, not their ids compared for
    // every place.)
    let pairs = PAIRS.map(|(city, state)| (kb.gazetteer.id_of(city), kb.gazetteer.id_of(state)));
    let mut changes = Vec::new();
    for (k, c) in doc.cands.iter().enumerate() {
        let Target::Gaz(id) = c.target else { continue };
        if c.kind != EntityKind::Place {
            continue;
        }
        let Some(state) = pairs.iter().find(|(city, _)| *city == Some(id)).and_then(|p| p.1) else {
            continue;
        };
        let first = doc.token_at(c.span.start);
        let last = doc.token_at(c.span.end - 1);
        // (Not "Washington's", nor the first word of a longer name.)
        if doc.text[c.span.end..].starts_with(['\'', '’'])
            || doc.next_on_line(last).is_some_and(|n| doc.is_word(n) && doc.is_cap(n))
        {
            continue;
        }
        let Some(comma) = doc.prev_on_line(first).filter(|&x| doc.word(x) == ",") else {
            continue;
        };
        let Some(town) = doc.prev_on_line(comma).filter(|&t| doc.is_word(t) && doc.is_cap(t))
        else {
            continue;
        };
        // (Not a day, "On Friday, Washington announced", a company,
        // "Bankers Trust Co, New York", or a trade's letters, "FOB, New
        // York"; nor the end of an address, "1600 Pennsylvania Avenue,
        // Washington", "NASA Headquarters, Washington".)
        let tw = doc.word(town);
        const ADDRESS_WORDS: &[&str] = &[
            "avenue",
            "ave",
            "street",
            "st",
            "road",
            "boulevard",
            "blvd",
            "suite",
            "floor",
            "plaza",
            "square",
            "headquarters",
            "hq",
        ];
        if lower_in(tw, ADDRESS_WORDS) {
            continue;
        }
        let in_state = match doc.cand_at(doc.tokens[town].span.start) {
            None => {
                !doc.opens_sentence(town)
                    && tw.chars().any(char::is_lowercase)
                    && !is_day_or_month(&lower(tw))
                    && !company_word(tw)
                    && !corporate_suffix(doc, town)
                    && !is_institution_head(tw)
            }
            Some(t) => match t.target {
                Target::Gaz(tid) => kb
                    .gazetteer
                    .entity(tid)
                    .within
                    .as_deref()
                    .is_some_and(|w| kb.gazetteer.id_of(w) == Some(state)),
                Target::Local(_) => false,
            },
        };
        if in_state {
            changes.push((k, state));
        }
    }
    for (k, state) in changes {
        doc.cands[k].target = Target::Gaz(state);
    }
}

/// "PRINCETON, N.J., April 14, 2025 /PRNewswire/", "a company based in
/// Princeton, New Jersey": a word the list knows only as a body's short
/// name (Princeton University) is a town as the dateline's place, or
/// before a comma and a region. The town is an entity of the story's own.
pub(crate) fn towns_named_like_bodies(doc: &mut Doc<'_>, kb: &Knowledge, dateline: Option<Span>) {
    let region = |doc: &Doc<'_>, c: &Cand| {
        let Target::Gaz(id) = c.target else { return false };
        let e = kb.gazetteer.entity(id);
        c.kind == EntityKind::Place
            && matches!(e.label.as_deref(), Some("region" | "us_state"))
            && doc.text[c.span].starts_with(char::is_uppercase)
    };
    let towns: Vec<usize> = (0..doc.cands.len())
        .filter(|&k| {
            let c = &doc.cands[k];
            let word = &doc.text[c.span];
            let Target::Gaz(id) = c.target else { return false };
            if c.kind != EntityKind::Institution
                || c.source != Source::Gazetteer
                || word.contains([' ', '\n', '-'])
                || kb.gazetteer.entity(id).name.eq_ignore_ascii_case(word)
            {
                return false;
            }
            // (In capitals only as the dateline's: "TALKS WITH ADB, TAIWAN
            // OFFICIAL" is a headline's body.)
            dateline == Some(c.span)
                || word.chars().any(char::is_lowercase)
                    && doc
                        .next_solid(doc.token_at(c.span.end - 1))
                        .filter(|&n| doc.word(n) == ",")
                        .and_then(|n| doc.next_solid(n))
                        .and_then(|r| doc.cand_at(doc.tokens[r].span.start))
                        .is_some_and(|r| region(doc, r))
        })
        .collect();
    for k in towns {
        let name = crate::dateline::title_case(&doc.text[doc.cands[k].span]);
        let target = doc.local(&name, EntityKind::Place, cluster_key(&name));
        let c = &mut doc.cands[k];
        c.kind = EntityKind::Place;
        c.target = target;
        c.source = Source::Pattern;
    }
    // "TOYOTA CITY, Japan, July 1": a body's name inside a longer dateline
    // place is the first word of the town's.
    if let Some(place) = dateline {
        let inside = doc.overlapping(place);
        if inside.len() == 1 {
            let k = inside.start;
            let c = doc.cands[k];
            if c.kind == EntityKind::Institution
                && c.span.start >= place.start
                && c.span.end <= place.end
                && c.span != place
            {
                let name = crate::dateline::title_case(&doc.text[place]);
                let target = doc.local(&name, EntityKind::Place, cluster_key(&name));
                doc.cands[k] = Cand::pattern(place, EntityKind::Place, target);
            }
        }
    }
}

/// "The fighting cut the routes of the Rapid Support Forces ... a
/// spokesperson for the RSF denied it", "NASA's Jet Propulsion Laboratory
/// said ... JPL said": an acronym the story never defines, whose letters
/// are the initials of a body it names, is that body's, before any listed
/// meaning of the same letters (Reporters Without Borders) and any body
/// found by the letters alone. Three letters at least: two are too often
/// another body's ("Bank of America" and "BA").
pub(crate) fn find_implied_acronyms(doc: &mut Doc<'_>, kb: &Knowledge) {
    // The letters first, a cheap test of every word; the long names only
    // for a story that has some.
    let letters: Vec<usize> = (0..doc.tokens.len())
        .filter(|&i| {
            let w = doc.tokens[i].as_str();
            (3..=6).contains(&w.len())
                && w.bytes().all(|b| b.is_ascii_uppercase())
                // (A ticker names nothing: "MIDDLE SOUTH <MSU>".)
                && !(i > 0 && doc.word(i - 1) == "<")
        })
        .collect();
    if letters.is_empty() {
        return;
    }
    let mut long: FastMap<String, Cand> = FastMap::default();
    for c in &doc.cands {
        let name = &doc.text[c.span];
        if c.kind != EntityKind::Institution || !name.contains(' ') {
            continue;
        }
        let initials = initials_of(name);
        if (3..=6).contains(&initials.len()) && initials.bytes().all(|b| b.is_ascii_uppercase()) {
            long.entry(initials).or_insert(*c);
        }
    }
    if long.is_empty() {
        return;
    }
    let hits: Vec<usize> =
        letters.into_iter().filter(|&i| long.contains_key(doc.word(i))).collect();
    // Letters that open a longer name anywhere in the story name that body
    // ("SCI Holdings Inc", "BAA Plc", "MMC\nSittipol Co Ltd").
    let opens_name = |i: usize| {
        doc.next_solid(i).is_some_and(|j| {
            doc.is_cap(j)
                && doc.word(j).chars().any(char::is_lowercase)
                && !doc.tokens[i + 1..j].iter().any(|t| t.is_paragraph_break())
        })
    };
    let named: FastSet<&str> =
        hits.iter().filter(|&&i| opens_name(i)).map(|&i| doc.word(i)).collect();
    let mut batch = Vec::new();
    for i in hits {
        let w = doc.word(i);
        if named.contains(w) {
            continue;
        }
        let c = long[w];
        let span = doc.tokens[i].span;
        let at = doc.cands.partition_point(|o| o.span.start < span.start);
        let Some(k) = doc.cands.get(at).filter(|o| o.span.start == span.start).map(|_| at) else {
            batch.push(Cand::alias(span, c.kind, c.target));
            continue;
        };
        let other = doc.cands[k];
        if other.span != span || other.target == c.target {
            continue;
        }
        let long_name = doc.target_name(kb, c.target);
        let stands_apart = match other.target {
            // A listed body the story names in full, which the list knows
            // by the letters too: "Royal Bank of Canada" and "RBC", not the
            // Russian agency. Otherwise, only a listed body whose name
            // is not the letters is spelt out by another name: "Rapid
            // Support Forces" is not "Reporters Without Borders (RSF)",
            // but "National Broadcasting Co" is "NBC News".
            // (Not the listed body spelt another way: "Organisation for
            // Economic Cooperation and Development" and "OECD".)
            Target::Gaz(id) => match c.target {
                Target::Gaz(long_id) => kb.gazetteer.entity(long_id).names().any(|n| n == w),
                Target::Local(_) => {
                    let listed = kb.gazetteer.entity(id);
                    !listed.name.split_whitespace().any(|x| x == w)
                        && !listed.names().any(|n| same_words(long_name, n))
                }
            },
            // (A body of the letters alone, not another one defined.)
            Target::Local(l) => doc.locals[l as usize].name == w,
        };
        if stands_apart && other.kind == EntityKind::Institution {
            let o = &mut doc.cands[k];
            o.target = c.target;
            o.kind = c.kind;
            o.source = Source::Alias;
        }
    }
    doc.add_all_free(batch);
}

/// The initials of a name's capitalised words: "JAMA" of "Japan
/// Automobile Manufacturers Association".
fn initials_of(name: &str) -> String {
    name.split([' ', '\n', '-'])
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// Whether `short` is made of the beginnings of at least two of `words`,
/// in order, each of two letters or more but for a last one-letter part
/// (words may be skipped): "pemex" of "petroleos mexicanos", "aramco" of
/// "arabian american oil company".
fn syllables_of(words: &[String], short: &str) -> bool {
    fn go(words: &[String], short: &[u8], used: usize) -> bool {
        if short.is_empty() {
            return used >= 2;
        }
        let Some((w, rest)) = words.split_first() else { return false };
        let w = w.as_bytes();
        let common = w.iter().zip(short).take_while(|(a, b)| a == b).count();
        (2..=common).rev().any(|n| go(rest, &short[n..], used + 1))
            || (common >= 1 && short.len() == 1 && used >= 1)
            || go(rest, short, used)
    }
    words.len() <= 8 && go(words, short.as_bytes(), 0)
}

/// Whether two names of a body share at least half the longer one's words
/// of four letters or more, spelling aside ("Organisation" and
/// "Organization", "Co-operation" and "Cooperation").
fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .map(|w| {
                let w: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
                w.to_lowercase().replace("isation", "ization")
            })
            .filter(|w| w.chars().count() >= 4)
            .collect()
    };
    let (x, y) = (words(a), words(b));
    let shared = x.iter().filter(|w| y.contains(w)).count();
    let longer = x.len().max(y.len());
    longer > 0 && shared * 2 >= longer
}

/// Whether token `i` is an initial: one letter and its period ("V." of "V.
/// Putin").
pub(crate) fn is_initial(doc: &Doc<'_>, i: usize) -> bool {
    let w = doc.word(i);
    let period_after = doc.tokens.get(i + 1).is_some_and(|t| t.as_str() == ".");
    // So are initials written together: "P.B." of "P.B. Balaji" (not a
    // place's or a body's letters: "U.S.").
    let joined = || {
        let b = w.as_bytes();
        b.len() >= 3
            && b.len() <= 5
            && b.iter()
                .enumerate()
                .all(|(n, &c)| if n % 2 == 0 { c.is_ascii_uppercase() } else { c == b'.' })
            && b.len() % 2 == 1
            && doc.cand_at(doc.tokens[i].span.start).is_none()
    };
    period_after && (w.chars().nth(1).is_none() || joined())
}

/// Whether token `i` can be part of a personal name found next to a speech
/// verb: capitalised, and not a title, head word, month, day or demonym.
fn name_word(doc: &Doc<'_>, kb: &Knowledge, i: usize) -> bool {
    if !doc.is_cap(i) || doc.cand_at(doc.tokens[i].span.start).is_some() {
        return false;
    }
    // A single capital is a name only as an initial: "V. Putin".
    if doc.word(i).chars().nth(1).is_none() && !is_initial(doc, i) {
        return false;
    }
    // Initials written together are, before a name: "P.B. Balaji" (not a
    // place's or a firm's form: "N.Y. Telephone", "Clevebaco L.P.").
    if doc.word(i).contains('.') && is_initial(doc, i) {
        const ABBREVIATIONS: &[&str] = &[
            "N.Y", "L.P", "N.V", "U.K", "U.S", "D.C", "L.A", "S.A", "B.V", "A.G", "P.O", "N.J",
            "U.N", "E.U", "S.p.A", "N.Z", "H.K",
        ];
        return !ABBREVIATIONS.contains(&doc.word(i))
            && doc.next_solid(i + 1).is_some_and(|n| doc.is_word(n) && doc.is_cap(n));
    }
    // "Mr President's attention": the word without its possessive.
    let word = doc.word(i);
    let w = possessive_stem(word).unwrap_or(word);
    // ("Anna White said": a surname that is a title's modifier too, "White
    // House spokesman", where no capitalised word follows it.)
    let surname_modifier =
        w == "White" && doc.next_on_line(i).is_none_or(|n| !doc.is_word(n) || !doc.is_cap(n));
    !(HEAD_TITLE_SET.has(w)
        || (TITLE_MODIFIER_SET.has(w) && !surname_modifier)
        || NOT_NAME_START_SET.has(w)
        || is_institution_head(w)
        || head_bits(w) & HEAD_PROGRAM != 0
        || month_word(doc, i)
        || crate::lexicon::is_weekday(w)
        || crate::lexicon::is_headline_verb(w)
        || lower_in(w, crate::lexicon::NUMBER_WORDS)
        || kb.demonyms.contains_key(lower(w).as_ref())
        || (w.chars().count() > 1 && w.chars().all(|c| !c.is_lowercase())))
}

/// Whether token `i` is a month: its full name ("May", "June"), or a short
/// one before a period or a number ("Jun. 5", "Sept 30"), not the Korean
/// surname of "Jun Young-hyun".
fn month_word(doc: &Doc<'_>, i: usize) -> bool {
    let w = doc.word(i);
    crate::date::month_number(w).is_some()
        && ((w.len() > 3 && !w.eq_ignore_ascii_case("sept"))
            || matches!(w, "May" | "MAY")
            || doc.tokens.get(i + 1).is_some_and(|t| t.as_str() == ".")
            || doc.next_on_line(i).is_some_and(|n| doc.tokens[n].kind == TokenKind::Number))
}

/// Whether token `j` is the lowercase second syllable of a Korean given
/// name after a hyphen: "hyun" of "Young-hyun", "yong" of "Jae-yong".
fn korean_syllable(doc: &Doc<'_>, j: usize) -> bool {
    let w = doc.word(j);
    (2..=5).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && w.bytes().any(|b| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u'))
        && j >= 2
        && doc.word(j - 2).chars().count() <= 5
        && doc.tokens.get(j + 1).is_none_or(|t| t.as_str() != "-")
        // (Not an English compound's second half: "Cuba-born", "US-led".)
        && !matches!(w, "born" | "based" | "led" | "run" | "made" | "owned" | "style" | "era" | "wide")
}

/// The run of name words from token `from`, forwards or backwards, at
/// most `max` long: its far end, its length, and the token that stopped
/// it (none at a line's edge).
fn name_run(
    doc: &Doc<'_>,
    kb: &Knowledge,
    from: usize,
    forward: bool,
    max: usize,
) -> (usize, usize, Option<usize>) {
    let (mut end, mut n, mut j) = (from, 0, from);
    while n < max && name_word(doc, kb, j) {
        // `Said Maria Ortiz, a retired nurse, "…"`: an inverted cue that
        // opens the sentence before a name of two words is no given name
        // ("Said Jalili" alone stays one).
        if !forward
            && n >= 2
            && lower_in(doc.word(j), crate::quote::INVERTING)
            && doc.opens_sentence(j)
        {
            return (end, n, Some(j));
        }
        // "Rain Newton-Smith", "Robin Leigh-Pemberton": a hyphenated
        // surname is one name word.
        // So is a Korean given name with its lowercase second syllable:
        // "Jun Young-hyun", "Lee Jae-yong".
        if forward
            && doc.tokens.get(j + 1).is_some_and(|t| t.as_str() == "-")
            && doc
                .tokens
                .get(j + 2)
                .is_some_and(|_| name_word(doc, kb, j + 2) || korean_syllable(doc, j + 2))
        {
            j += 2;
        }
        end = j;
        n += 1;
        // "Gregory W. Slayton": an initial's period is part of the run.
        // "Minister Arturo\nHernandez Grisanti": so is a soft wrap of wire
        // copy (see `soft_wrap`).
        let step = if forward {
            next_in_name(doc, if is_initial(doc, j) { j + 1 } else { j })
        } else {
            prev_in_name(doc, j).map(|p| {
                if p > 0 && doc.word(p) == "." && is_initial(doc, p - 1) { p - 1 } else { p }
            })
        };
        match step {
            Some(x) => j = x,
            None => return (end, n, None),
        }
    }
    (end, n, Some(j))
}

/// Nationalities as nouns before a name, where the lists hold adjectives:
/// "Swede Ludvig Aberg", "Briton Andy Murray".
pub(crate) const DEMONYM_NOUNS: &[&str] = &[
    "swede",
    "briton",
    "spaniard",
    "dane",
    "finn",
    "pole",
    "turk",
    "scot",
    "welshman",
    "irishman",
    "frenchman",
    "dutchman",
    "englishman",
    "scotsman",
    "brit",
    "kiwi",
    "aussie",
];

/// Capitalised words that open no person's name before a surname.
const NOT_GIVEN: &[&str] = &[
    "la", "le", "les", "el", "al", "der", "die", "das", "de", "van", "von", "neither", "either",
    "both", "each", "every", "all", "no", "not", "only", "even", "if", "when", "while", "but",
];

/// People named in full where no pattern finds them ("Aryna Sabalenka
/// moved within one win"), whose surname alone speaks elsewhere in the
/// story ("Sabalenka said", "Gauff, 19, said"): the surname, one capitalised
/// word no list holds, right before a cue (past an age between commas), and
/// one or two name words right before it elsewhere make the person. Chinese,
/// Japanese and Korean names put the surname first after their country's
/// possessive or demonym ("China's Zheng Qinwen" and "Zheng said").
pub(crate) fn find_people_by_surname(doc: &mut Doc<'_>, kb: &Knowledge) {
    // The surnames that speak alone, and whether "he" or "she" goes with
    // one of them (in its sentence or the next, with no "its" in its own):
    // a person's, not a company's ("Ferruzzi announced it had agreed").
    let mut speaking: FastSet<&str> = FastSet::default();
    let mut personal: FastSet<&str> = FastSet::default();
    // (Within a window of tokens around the cue, not the whole sentence:
    // a sentence of megabytes costs no more.)
    let pronouns_near = |k: usize| {
        let s = doc.sentence_of(doc.tokens[k].span.start);
        let own_start = doc.sentences[s].0.start;
        let own_end = doc.sentences.get(s + 1).map_or(doc.text.len(), |&(sp, _)| sp.start);
        let next_end = doc.sentences.get(s + 2).map_or(doc.text.len(), |&(sp, _)| sp.start);
        let window = k.saturating_sub(40)..doc.tokens.len().min(k + 80);
        let words = || {
            window.clone().filter(|&j| {
                let at = doc.tokens[j].span.start;
                doc.is_word(j) && at >= own_start && at < next_end
            })
        };
        let own_its = words()
            .any(|j| doc.tokens[j].span.start < own_end && doc.word(j).eq_ignore_ascii_case("its"));
        let person = words().any(|j| {
            lower_in(doc.word(j), &["he", "she", "his", "her", "him", "himself", "herself"])
        });
        person && !own_its
    };
    for k in 0..doc.tokens.len() {
        if !doc.is_word(k) || !doc.word(k).as_bytes()[0].is_ascii_lowercase() {
            continue;
        }
        // (A cue that is a plural noun too is none here: "Gulf Arab
        // states", "Ford Credit notes".)
        let cw = doc.word(k);
        if crate::quote::cue_at(doc, k).is_none()
            || (cw.ends_with('s') && !lower_in(cw, &["says", "adds", "tells", "was", "has"]))
        {
            continue;
        }
        let Some(mut p) = doc.prev_on_line(k) else { continue };
        // ("Gauff, 19, said": past an age; "Aberg, playing in his first
        // major, said": past an apposition of a few lowercase words.)
        if doc.word(p) == ","
            && p >= 4
            && doc.tokens[p - 2].kind == TokenKind::Number
            && doc.word(p - 3) == ","
        {
            p -= 4;
        } else if doc.word(p) == "," {
            let opening = (p.saturating_sub(16)..p).rev().find(|&j| doc.word(j) == ",");
            if let Some(o) = opening.filter(|&o| {
                (o + 1..p).all(|j| !doc.is_word(j) || !doc.is_cap(j))
                    && doc.next_solid(o).is_some_and(|n| n < p && doc.is_word(n))
            }) {
                if let Some(q) = o.checked_sub(1) {
                    p = q;
                }
            }
        }
        // (Not a plural or a common noun's ending: "Americans",
        // "Rehabilitation".)
        let surname_at = |p: usize| {
            let w = doc.word(p);
            doc.is_word(p)
                && name_word(doc, kb, p)
                && w.chars().count() >= 3
                && w.chars().skip(1).all(char::is_lowercase)
                && !["s", "tion", "ment", "ness", "ity", "ing"].iter().any(|e| w.ends_with(e))
                && !kb.given_names.contains_key(w)
        };
        // `"...," said Saka, who ...`: or right after an inverted cue, alone
        // before a comma or the sentence's end.
        let inverted = || {
            let q = doc.next_on_line(k).filter(|&q| doc.is_cap(q))?;
            let closed = doc.next_on_line(q).is_some_and(|n| matches!(doc.word(n), "," | "."));
            (after_content(doc, k) && closed && crate::quote::verb_of_saying(cw)).then_some(q)
        };
        let p = if surname_at(p)
            && doc.prev_on_line(p).is_none_or(|q| !doc.is_cap(q) || !doc.is_word(q))
        {
            p
        } else if let Some(q) = inverted().filter(|&q| surname_at(q)) {
            q
        } else {
            continue;
        };
        let w = doc.word(p);
        speaking.insert(w);
        // ("said Saka, who ...": a relative of people.)
        let who_after = doc
            .next_on_line(p)
            .filter(|&n| doc.word(n) == ",")
            .and_then(|n| doc.next_on_line(n))
            .is_some_and(|n| doc.word(n) == "who");
        if !personal.contains(w) && (who_after || pronouns_near(k)) {
            personal.insert(w);
        }
    }
    // Not a surname the story's listed people bear, a name found already,
    // or a word the story also writes in lowercase ("community").
    if !speaking.is_empty() {
        let surnames = doc.surnames(kb);
        let named: FastSet<&str> = doc.cands.iter().map(|c| &doc.text[c.span]).collect();
        // (Nor a word after "a" or "an": "an Arab banker". One pass over
        // the words finds both.)
        let lowered: FastSet<String> = speaking.iter().map(|w| w.to_lowercase()).collect();
        let mut ruled_out: FastSet<String> = FastSet::default();
        for j in 0..doc.tokens.len() {
            if !doc.is_word(j) {
                continue;
            }
            let w = doc.word(j);
            if lowered.contains(w) {
                ruled_out.insert(w.to_string());
            } else if speaking.contains(w)
                && doc.prev_solid(j).is_some_and(|p| lower_in(doc.word(p), &["a", "an"]))
            {
                ruled_out.insert(w.to_lowercase());
            }
        }
        speaking.retain(|w| {
            !surnames.contains_key(*w)
                && !named.contains(*w)
                && !ruled_out.contains(&w.to_lowercase())
        });
    }
    if speaking.is_empty() {
        return;
    }
    // The story's lowercase words.
    // (Made on first need: few stories ask.)
    let lower_words: std::cell::OnceCell<FastSet<&str>> = std::cell::OnceCell::new();
    let in_lowercase = |w: &str| {
        lower_words
            .get_or_init(|| {
                doc.tokens
                    .iter()
                    .filter(|t| {
                        t.kind == TokenKind::Word
                            && t.as_str().starts_with(|c: char| c.is_lowercase())
                    })
                    .map(|t| t.as_str())
                    .collect()
            })
            .contains(w.to_lowercase().as_str())
    };
    const EAST_ASIAN: &[&str] = &[
        "china's",
        "chinese",
        "japan's",
        "japanese",
        "korea's",
        "korean",
        "taiwan's",
        "taiwanese",
    ];
    let mut found = Vec::new();
    let mut surname_first = Vec::new();
    for j in 0..doc.tokens.len() {
        if !doc.is_word(j) || !speaking.contains(doc.word(j)) || !name_word(doc, kb, j) {
            continue;
        }
        // "Aryna Sabalenka": a name word before the surname, or two given
        // names the lists know ("Poul Erik Moller"); not an article, a
        // determiner or a word of nationality ("La Telemecanique",
        // "Neither Clinton", "European Community").
        // (A word no list knows as a given name only inside a sentence
        // that is no headline, or opening one when the story never writes
        // it in lowercase, and not with a possessive: not "How Sanders",
        // "Young Sanders supporters", "Nikko's Brusca".)
        let given_like = |q: usize| {
            let w = doc.word(q);
            let opens = doc.prev_solid(q).is_none_or(|p| {
                matches!(doc.word(p), "." | "!" | "?" | ":" | "\"" | "“" | "”" | "'" | "‘")
                    || doc.tokens[p..q].iter().any(|t| t.is_paragraph_break())
            });
            doc.is_word(q)
                && name_word(doc, kb, q)
                && !is_head_title(doc, q)
                && !role_noun(&lower(w))
                && possessive_stem(w).is_none()
                // (Not the end of a hyphenated name: "Ch'u-K'ai Leung".)
                && !(q >= 1 && doc.word(q - 1) == "-")
                && (kb.given_names.contains_key(w)
                    || (!lower_in(w, NOT_GIVEN)
                        && (!opens || !in_lowercase(w))
                        && !title_cased_sentence(doc, doc.tokens[q].span.start)
                        && !["ean", "ese", "ish", "ian", "s"].iter().any(|e| w.ends_with(e))))
        };
        let mut first = doc.prev_on_line(j).filter(|&q| {
            given_like(q)
                && (kb.given_names.contains_key(doc.word(q)) || personal.contains(doc.word(j)))
        });
        if let Some(q) = first.filter(|&q| kb.given_names.contains_key(doc.word(q))) {
            if let Some(r) = doc.prev_on_line(q).filter(|&r| {
                doc.is_word(r) && kb.given_names.contains_key(doc.word(r)) && given_like(r)
            }) {
                first = Some(r);
            }
        }
        // (Not the end of a longer capitalised run, nor a run a sentence
        // opens with more capitals before it.)
        // (A nationality may stand before the name: "Swede Ludvig Aberg",
        // "American Scottie Scheffler".)
        let clean_before = |f: usize| {
            doc.prev_on_line(f).is_none_or(|q| {
                let w = lower(doc.word(q));
                !doc.is_cap(q)
                    || kb.demonyms.contains_key(w.as_ref())
                    || DEMONYM_NOUNS.contains(&w.as_ref())
            })
        };
        let clean_after =
            |l: usize| doc.next_on_line(l).is_none_or(|n| !doc.is_cap(n) || !doc.is_word(n));
        // ("J. Gerald Hebert": an initial before the given name joins.)
        let first = first.map(|f| match doc.prev_on_line(f) {
            Some(p) if p >= 1 && doc.word(p) == "." && is_initial(doc, p - 1) => p - 1,
            _ => f,
        });
        if let Some(f) = first.filter(|&f| clean_before(f) && clean_after(j)) {
            if person_words(doc, f, j) {
                found.push((f, j));
            }
            continue;
        }
        // "China's Zheng Qinwen": the surname first, one given name after.
        let given = doc.next_on_line(j).filter(|&n| doc.is_word(n) && name_word(doc, kb, n));
        let country = doc.prev_on_line(j).is_some_and(|q| lower_in(doc.word(q), EAST_ASIAN))
            && personal.contains(doc.word(j));
        if let Some(n) = given.filter(|&n| country && clean_after(n)) {
            surname_first.push((j, n));
        }
    }
    add_found(doc, found, EntityKind::Person);
    // (The surname first: the speaking word.)
    let mut batch = Vec::new();
    for (first, last) in surname_first {
        batch.extend(new_person(doc, first, last, first));
    }
    doc.add_all_free(batch);
}

/// The last token before "of", "at" or "from" that opens a body's
/// mention ending at token `last`, past its article and up to four
/// lowercase modifiers: "Le Pen" ... "Pen" of "Marine Le Pen of the
/// far-right National Rally".
fn person_before_body(doc: &Doc<'_>, last: usize) -> Option<usize> {
    let c = doc
        .cand_at(doc.tokens[last].span.start)
        .filter(|c| c.kind == EntityKind::Institution && c.span.end == doc.tokens[last].span.end)?;
    let mut x = doc.prev_on_line(doc.token_at(c.span.start))?;
    for _ in 0..4 {
        let modifier = doc.word(x) == "-" || (doc.is_word(x) && !doc.is_cap(x));
        if !modifier || crate::quote::is_determiner(doc, x) {
            break;
        }
        x = doc.prev_on_line(x)?;
    }
    if crate::quote::is_determiner(doc, x) {
        x = doc.prev_on_line(x)?;
    }
    if !matches!(doc.word(x), "of" | "at" | "from") {
        return None;
    }
    doc.prev_on_line(x).filter(|&e| doc.is_word(e) && doc.is_cap(e))
}

/// People named right next to a speech verb ("said Dana Whitfield", "Dana
/// Whitfield said"): two or three capitalised words that no list holds.
pub(crate) fn find_speaker_names(doc: &mut Doc<'_>, kb: &Knowledge) {
    dateline_company(doc, kb);
    let mut found = Vec::new();
    // Bodies that call themselves "it" after the cue.
    let mut bodies = Vec::new();
    for k in 0..doc.tokens.len() {
        // Cues are lowercase words: skip everything else cheaply.
        if !doc.is_word(k) || !doc.word(k).as_bytes()[0].is_ascii_lowercase() {
            continue;
        }
        let Some((cue_end, _)) = crate::quote::cue_at(doc, k) else { continue };
        // After the cue: "said Dana Whitfield", "..., warned Dana
        // Whitfield", "told Dana Whitfield"; not the object of a proposal
        // or a plan ("proposed Baltic Community rules").
        let cw = doc.word(k);
        let inverted = after_content(doc, k);
        let takes_person = inverted
            || lower_in(cw, crate::quote::INVERTING)
            || lower_in(
                cw,
                &[
                    "told",
                    "tells",
                    "asked",
                    "asks",
                    "thanked",
                    "urged",
                    "congratulated",
                    "praised",
                    "criticized",
                    "criticised",
                    "quoted",
                    "cited",
                ],
            );
        // ("..., noted NBC's Dante Chinni": past a body's possessive.)
        let after_owner = |f: usize| {
            if doc.is_cap(f) && possessive_stem(doc.word(f)).is_some() {
                doc.next_on_line(f).unwrap_or(f)
            } else {
                f
            }
        };
        if let Some((first, owned)) = doc.next_on_line(cue_end).filter(|_| takes_person).map(|f| {
            let name = after_owner(f);
            (name, name != f)
        }) {
            let (last, n, stop) = name_run(doc, kb, first, true, 3);
            // ("..., said Daiwa's Watanabe.": a surname alone after the
            // owner, before a pause.)
            if owned
                && n == 1
                && stop.is_none_or(|j| !doc.is_word(j))
                && person_words(doc, first, last)
            {
                found.push((first, last));
            }
            if (2..=3).contains(&n)
                && stop.is_none_or(|j| !doc.is_cap(j))
                && person_words(doc, first, last)
                // (Not a body before a title and the person it names: "said
                // Counterpoint Research analyst Ivan Lam".)
                && !stop.is_some_and(|j| {
                    (role_noun(&lower(doc.word(j))) || is_head_title(doc, j))
                        && doc.next_on_line(j).is_some_and(|x| doc.is_cap(x))
                })
            {
                found.push((first, last));
            }
        }
        // Before a body and its preposition: "Marine Le Pen of the
        // far-right National Rally said".
        if let Some(end) = doc.prev_on_line(k).and_then(|l| person_before_body(doc, l)) {
            let (first, n, stop) = name_run(doc, kb, end, false, 3);
            if (2..=3).contains(&n)
                && stop.is_none_or(|j| !name_word(doc, kb, j))
                && person_words(doc, first, end)
            {
                found.push((first, end));
            }
        }
        // Before the cue: "Dana Whitfield said", but not "for Young
        // Scientists announced", where a preposition makes the words a
        // complement.
        if let Some(last) = doc.prev_on_line(k) {
            // ("Hou Chia-chi said": the run ends with the given name's
            // lowercase syllable.)
            let from = if last >= 2 && doc.word(last - 1) == "-" && korean_syllable(doc, last) {
                last - 2
            } else {
                last
            };
            let (mut first, mut n, stop) = name_run(doc, kb, from, false, 4);
            // ("Morgan Grenfell's Bell said", "Mobil's Murray said": the
            // person after a body's possessive, a surname alone too.)
            let Some(x) = past_owner(doc, first, last) else { continue };
            if x != first {
                first = x;
                n = (x..=last).filter(|&j| doc.is_word(j)).count();
                if n == 1 && person_words(doc, first, last) {
                    found.push((first, last));
                    continue;
                }
            }
            // ("Broker Khurshid Alam said": a role's noun, capitalised at
            // the sentence's start, opens no name.)
            if n == 3 && role_noun(&lower(doc.word(first))) {
                if let Some(x) = doc.next_on_line(first) {
                    first = x;
                    n -= 1;
                }
            }
            let preposition = stop.is_some_and(|j| {
                doc.is_word(j)
                    && matches!(
                        doc.word(j),
                        "for"
                            | "of"
                            | "in"
                            | "to"
                            | "with"
                            | "by"
                            | "at"
                            | "from"
                            | "on"
                            | "and"
                            | "the"
                    )
            });
            // ("Regulator Ofwat said": a noun of bodies opens no name.)
            let body_noun = {
                let w = lower(doc.word(first));
                crate::lexicon::org_noun(&w).is_some()
            };
            // ("Planned Parenthood said it would sue": what calls itself
            // "it" is a body.)
            // (A known given name keeps its person: "Anna Lund said it was
            // time".)
            // (Nor does an initial or a surname's particle, or a role
            // before the name: "investor Bradbury Dyer", "TULF leader M.
            // Sivasiththamparam", "Van Der Linden said it was".)
            let initial =
                (first..=last).any(|j| is_initial(doc, j) || is_name_particle(&lower(doc.word(j))));
            let role = doc.prev_on_line(first).is_some_and(|p| {
                doc.is_word(p) && (role_noun(&lower(doc.word(p))) || is_head_title(doc, p))
            });
            let says_it = it_follows(doc, cue_end);
            let itself =
                !kb.given_names.contains_key(doc.word(first)) && !initial && !role && says_it;
            // ("Environmental group Verdant Action welcomed": the name after
            // a lowercase noun of bodies is a body's.)
            let itself = itself
                || (!role
                    && !kb.given_names.contains_key(doc.word(first))
                    && stop.is_some_and(|j| {
                        let w = doc.word(j);
                        // (Not a trade a person has too: "Florida developer
                        // Mel Sembler".)
                        doc.is_word(j)
                            && !doc.is_cap(j)
                            && BODY_NOUNS.contains(&w)
                            && !PERSON_TRADES.contains(&w)
                    }));
            // ("The Social Democrats lost": a party's name.)
            if (2..=3).contains(&n)
                && stop.is_none_or(|j| !name_word(doc, kb, j))
                && !preposition
                && !body_noun
                && person_words(doc, first, last)
            {
                if itself {
                    bodies.push((first, last));
                } else {
                    found.push((first, last));
                }
            }
            // ("Barnes & Noble said it would": a body's name of two words
            // an ampersand joins.)
            if n == 1 && says_it && stop.is_some_and(|j| doc.word(j) == "&") {
                if let Some(f) = stop.and_then(|j| doc.prev_on_line(j)).filter(|&f| {
                    doc.is_word(f)
                        && doc.is_cap(f)
                        && doc.cand_at(doc.tokens[f].span.start).is_none()
                }) {
                    bodies.push((f, last));
                }
            }
        }
    }
    // A press contact: "Media contact: Bhanu Bhatnagar, WHO/Europe",
    // "please contact Dana Whitfield at ...": two or three name words
    // after the word and its colon, then the line's end or what a contact
    // line gives next.
    for i in doc.markers(Marker::Contact).collect::<Vec<_>>() {
        if !matches!(doc.word(i), "Contact" | "contact" | "Contacts" | "contacts") {
            continue;
        }
        let Some(mut first) = doc.next_on_line(i) else { continue };
        if doc.word(first) == ":" {
            // (The name may stand on the next line: "Press contacts:\n
            // Arianna Podestà (+32 ...)".)
            match doc.next_solid(first) {
                Some(x) => first = x,
                None => continue,
            }
        }
        let (last, n, stop) = name_run(doc, kb, first, true, 3);
        let then = stop.is_none_or(|j| {
            matches!(
                doc.word(j),
                "," | "(" | "at" | "on" | "|" | "-" | "–" | "—" | "+" | "/" | ";" | "or" | "and"
            )
        });
        if (2..=3).contains(&n) && then && person_words(doc, first, last) {
            found.push((first, last));
        }
    }
    // An American legislator's party and state in parentheses: "Zach
    // Nunn (R-Iowa)", "Sen. Jane Doe (D-Mass.)".
    for i in 1..doc.tokens.len().saturating_sub(3) {
        if doc.word(i) != "("
            || !matches!(doc.word(i + 1), "R" | "D" | "I")
            || doc.word(i + 2) != "-"
            || !doc.is_cap(i + 3)
        {
            continue;
        }
        let Some(last) = doc.prev_on_line(i) else { continue };
        let (mut first, mut n, stop) = name_run(doc, kb, last, false, 3);
        // ("Representatives Sean Casten": a plural title opens no name.)
        let w = lower(doc.word(first));
        if n == 3 && w.strip_suffix('s').is_some_and(|t| HEAD_TITLE_SET.has(t)) {
            if let Some(x) = doc.next_on_line(first) {
                first = x;
                n -= 1;
            }
        }
        if (2..=3).contains(&n)
            && stop.is_none_or(|j| !name_word(doc, kb, j))
            && person_words(doc, first, last)
        {
            found.push((first, last));
        }
    }
    // A transcript's turns: sentences that open with a name and a colon
    // ("Darya Ivanova: Good afternoon, Mr President"). Two or three name
    // words make a person when the first is a listed given name, or when
    // the story is a transcript, with three turns or more (the turns of
    // listed people counted): "Paid Notice:", "News Guide:" are a page's
    // labels, not a conversation.
    let mut heads = Vec::new();
    let mut turns = 0;
    for &(sp, starts) in &doc.sentences {
        let first = doc.token_at(sp.start);
        // (A colon among the sentence's first dozen tokens, or no turn: a
        // cheap test before the name's.)
        let colon =
            doc.tokens[first..doc.tokens.len().min(first + 12)].iter().any(|t| t.as_str() == ":");
        if !colon || !doc.is_word(first) {
            continue;
        }
        let colon_at = |c: usize| {
            doc.word(c) == ":"
                && doc
                    .next_on_line(c)
                    .is_some_and(|w| !matches!(doc.tokens[w].kind, TokenKind::Quote(_)))
        };
        if let Some(c) = doc.cand_at(sp.start).filter(|c| c.kind == EntityKind::Person) {
            let after = doc.next_on_line(doc.token_at(c.span.end - 1));
            turns += usize::from(after.is_some_and(colon_at));
            continue;
        }
        let (last, n, stop) = name_run(doc, kb, first, true, 3);
        // ("Delegate Update:": a note's head.)
        let note = (first..=last).any(|j| {
            doc.is_word(j) && crate::quote::NOT_SPEAKERS.contains(&lower(doc.word(j)).as_ref())
        });
        if (2..=3).contains(&n) && stop.is_some_and(colon_at) && !note {
            turns += 1;
            heads.push((first, last, starts));
        }
    }
    // (A transcript whose paragraph breaks were lost has its turns inside
    // paragraphs: "Thank you. Darya Ivanova: Good afternoon".)
    found.extend(heads.into_iter().filter_map(|(first, last, starts)| {
        let named = starts && kb.given_names.contains_key(doc.word(first));
        (turns >= 3 || named).then_some((first, last))
    }));
    let mut batch = Vec::new();
    // The bodies the story names, by their short names and by the leading
    // words of their names ("Albion Water" of "Albion Water plc"), made
    // once: the names found below are looked up, not compared with every
    // body.
    let companies = if found.is_empty() { FastMap::default() } else { body_names(doc) };
    for (first, last) in found {
        let Some(first) = past_owner(doc, first, last) else { continue };
        // (Without a possessive: "answering Yasser Arafat's call".)
        let span = name_span(doc, first, last);
        // ("Wall Street estimates", "Christian Democrats said".)
        if doc.overlaps_any(span) || !person_words(doc, first + 1, last) {
            continue;
        }
        let name = doc.text[span].to_string();
        // ("Albion Water Reports Results" over "Albion Water plc": the
        // short name of a company the story names.)
        // (Not a person's name that opens a body's: "Eric Trump said" of
        // the Eric Trump Foundation.)
        // (A company's is the company's: "Franco Nevada" of Franco Nevada
        // Mining Corp Ltd.)
        let person_first = kb.given_names.contains_key(doc.word(first));
        if let Some(&l) = companies.get(&name).filter(|&&l| {
            !person_first
                || doc.locals[l].name.split_whitespace().next_back().is_some_and(company_word)
        }) {
            // (Known so, it is found wherever the story uses it.)
            let short = &mut doc.locals[l].short;
            if !short.contains(&name) {
                short.push(name);
            }
            continue;
        }
        let surname = name.split_whitespace().next_back().unwrap_or(&name).to_string();
        let target = doc.local_person(&name, Some(&surname));
        batch.push(Cand::pattern_person(span, target));
    }
    doc.add_all_free(batch);
    // (Not a short name of a body the story names in full: "Gulf States"
    // of "Gulf States Utilities Co" is found as that body.)
    if !bodies.is_empty() {
        let known = body_names(doc);
        bodies.retain(|&(f, l)| !known.contains_key(&doc.text[name_span(doc, f, l)]));
        add_found(doc, bodies, EntityKind::Institution);
    }
}

/// Lowercase nouns of people that, right before a name or in an apposition
/// to one, say the name is a person's: "founder Thomas Lindqvist", "a
/// spokeswoman, Linda Park, said". Nouns in "-man" and "-woman" count too;
/// see [`role_noun`]. Nouns that also name companies ("distributor",
/// "operator") and adjectives in "-ist" ("leftist") are left out.
const ROLE_NOUNS: &[&str] = &[
    "founder",
    "cofounder",
    "captain",
    "champion",
    "coach",
    "manager",
    "leader",
    "executive",
    "officer",
    "official",
    "player",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "boy",
    "girl",
    "son",
    "daughter",
    "wife",
    "husband",
    "mother",
    "father",
    "brother",
    "sister",
    "lawyer",
    "attorney",
    "teacher",
    "student",
    "worker",
    "farmer",
    "doctor",
    "nurse",
    "partner",
    "colleague",
    "counterpart",
    "reporter",
    "writer",
    "singer",
    "actor",
    "actress",
    "star",
    "winner",
    "veteran",
    "candidate",
    "nominee",
    "challenger",
    "incumbent",
    "opponent",
    "rival",
    "spokesperson",
    "adviser",
    "advisor",
    "aide",
    "deputy",
    "dealer",
    "trader",
    "banker",
    "owner",
    "investor",
    "entrepreneur",
    "billionaire",
    "author",
    "producer",
    "designer",
    "engineer",
    "pilot",
    "soldier",
    "sergeant",
    "judge",
    "suspect",
    "victim",
    "witness",
    "resident",
    "refugee",
    "friend",
    "cousin",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "widow",
    "patient",
    "survivor",
    "compatriot",
    "teammate",
    "rookie",
    "president",
    "minister",
    "secretary",
    "chair",
    "head",
    "chief",
    "boss",
    "envoy",
    "negotiator",
    "researcher",
    "professor",
    "lecturer",
    "dean",
    "director",
    "editor",
    "governor",
    "senator",
    "inspector",
    "prosecutor",
    "ambassador",
    "economist",
    "analyst",
    "scientist",
    "journalist",
    "novelist",
    "artist",
    "activist",
    "columnist",
    "strategist",
    "specialist",
    "pianist",
    "physician",
    "politician",
    "historian",
    "broker",
    "astronaut",
    "winger",
    "centre",
    "fullback",
    "quarterback",
    "pitcher",
    "bowler",
    "jockey",
    "rapper",
];

static ROLE_NOUN_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(ROLE_NOUNS));

/// Whether a lowercase word is a noun of people: in [`ROLE_NOUNS`], or
/// ends in "man" or "woman" ("chairman", "spokeswoman"; not "German").
pub(crate) fn role_noun(w: &str) -> bool {
    if !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    ROLE_NOUN_SET.has(w)
        || (w.len() > 5
            && (w.ends_with("man") || w.ends_with("woman"))
            && !matches!(w, "german" | "ottoman" | "norman" | "human" | "roman"))
}

/// The people no list holds that the shape of the text names as people,
/// where no cue of speech stands next to them: after a lowercase noun of
/// people ("founder Thomas Lindqvist", "Surrey captain Chris Lewis"), in an
/// apposition to one ("a spokeswoman, Linda Park, told reporters"), before
/// an age ("Trevor Holland, 52, was jailed"; "Okafor, 47, joined"), and as
/// whom an appointment names ("appointed Maria Okafor as chief executive").
/// Two or three capitalised words, or one before an age; never a known
/// name, a title, a month or a day (see `name_word`), and never a run that
/// goes on in capitals. The same pass finds bodies after a lowercase noun
/// of bodies ("the charity FoodLink"; see `described_body`), added after
/// the people.
pub(crate) fn find_described_people(doc: &mut Doc<'_>, kb: &Knowledge) {
    const APPOINTING: &[&str] = &[
        "appointed",
        "named",
        "hired",
        "nominated",
        "elected",
        "promoted",
        "tapped",
        "recruited",
        "appoints",
        "names",
        "hires",
        "nominates",
        "elects",
        "promotes",
    ];
    static APPOINTING_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(APPOINTING));
    let (mut found, mut bodies) = (Vec::new(), Vec::new());
    // Listed people's surnames that a different first name claims.
    let mut doc_replace: FastSet<Span> = FastSet::default();
    // The names of the bodies found so far, sorted, made when a given
    // name's run first needs them: a run that starts one is its short name
    // (see `given_name_run`).
    let body_names: once_cell::unsync::OnceCell<Vec<&str>> = once_cell::unsync::OnceCell::new();
    let known_bodies = || {
        body_names
            .get_or_init(|| {
                let mut names: Vec<&str> = doc
                    .cands
                    .iter()
                    .filter(|c| c.kind == EntityKind::Institution)
                    .map(|c| &doc.text[c.span])
                    .collect();
                names.sort_unstable();
                names
            })
            .as_slice()
    };
    for k in 0..doc.tokens.len() {
        if !doc.is_word(k) {
            // "Okafor, 47, joined": a name before an age.
            if doc.word(k) == "," {
                let run = name_before_age(doc, kb, k)
                    .or_else(|| title_apposition(doc, kb, k))
                    .or_else(|| name_before_role(doc, kb, k));
                if let Some(run) = run {
                    found.push(run);
                }
            }
            continue;
        }
        let w = doc.word(k);
        if !w.as_bytes()[0].is_ascii_lowercase() {
            // (Both patterns open with a given name: one lookup for both.)
            if !(doc.is_cap(k) && kb.given_names.contains_key(w)) {
                continue;
            }
            if let Some(run) = given_name_run(doc, kb, known_bodies, k) {
                found.push(run);
                // "Jessica Meir and Raja Chari": the second person too.
                let second = next_in_name(doc, run.1)
                    .filter(|&a| doc.word(a) == "and")
                    .and_then(|a| doc.next_on_line(a))
                    .filter(|&x| !kb.given_names.contains_key(doc.word(x)))
                    .and_then(|x| second_person(doc, kb, run.0, run.1, x));
                found.extend(second);
            } else if let Some(run) = other_first_name(doc, kb, k) {
                // ("Andrei Medvedev": not the listed Dmitry Medvedev.)
                let surname = doc.tokens[run.1].span;
                doc_replace.insert(surname);
                found.push(run);
            }
            continue;
        }
        // A name or an apposition's comma follows, or nothing here names
        // anyone (most words: the checks below are the costly part).
        let Some(next) = doc.next_on_line(k) else { continue };
        if !(doc.is_cap(next) || doc.word(next) == ",") {
            continue;
        }
        // "the charity FoodLink": a body, added after the people.
        if doc.is_cap(next) {
            if let Some(run) = described_body(doc, kb, k, next) {
                bodies.push(run);
                // ("engine makers CFM International and Pratt & Whitney":
                // the list's second name.)
                if w.ends_with('s') {
                    let second = next_in_name(doc, run.1)
                        .filter(|&x| doc.word(x) == "and")
                        .and_then(|x| next_in_name(doc, x))
                        .filter(|&x| {
                            doc.is_cap(x) && doc.cand_at(doc.tokens[x].span.start).is_none()
                        });
                    if let Some(f) = second {
                        let (last, n, stop) = name_run(doc, kb, f, true, 3);
                        let mut last = last;
                        // ("Pratt & Whitney": an ampersand joins two words.)
                        if stop.is_some_and(|j| doc.word(j) == "&") {
                            if let Some(x) =
                                stop.and_then(|j| next_in_name(doc, j)).filter(|&x| doc.is_cap(x))
                            {
                                last = x;
                            }
                        }
                        if n > 0 {
                            bodies.push((f, last));
                        }
                    }
                }
                continue;
            }
        }
        // ("lead manager Banque Paribas": a bank that manages a bond issue.)
        let before = doc.prev_on_line(k).map(|p| doc.word(p));
        let role = role_noun(w)
            && !(w == "manager" && matches!(before, Some("lead" | "-")))
            // "will head Hudson's Bay Wholesale": a verb after "to" or a
            // modal.
            && !before.is_some_and(|b| {
                matches!(
                    b,
                    "to" | "will" | "would" | "can" | "could" | "may" | "might" | "shall"
                        | "should" | "must" | "did" | "does" | "do"
                )
            });
        let appointing = !role && APPOINTING_SET.has(w);
        if !(role || appointing) {
            continue;
        }
        let mut first = next;
        // "a spokeswoman, Linda Park, said": an apposition.
        let apposition = role && doc.word(first) == ",";
        if apposition {
            match doc.next_on_line(first) {
                Some(n) => first = n,
                None => continue,
            }
        }
        let (mut last, mut n, mut stop) = name_run(doc, kb, first, true, 3);
        // "winger Daan van der Berg": particles before the surname.
        if n == 1 {
            if let Some((l, s)) = particle_surname(doc, kb, stop) {
                (last, n, stop) = (l, 2, s);
            }
        }
        // "general manager Marcel Brands": a given name, and a surname that
        // is a body's head word, where the name ends.
        if n == 1 && kb.given_names.contains_key(doc.word(first)) {
            let surname = stop.filter(|&x| {
                doc.is_cap(x)
                    && doc.cand_at(doc.tokens[x].span.start).is_none()
                    && is_institution_head(doc.word(x))
                    && next_in_name(doc, x).is_none_or(|y| !doc.is_cap(y))
            });
            if let Some(x) = surname {
                (last, n, stop) = (x, 2, doc.next_on_line(x));
            }
        }
        if !(2..=3).contains(&n) {
            continue;
        }
        let stop_word = stop.map(|j| doc.word(j));
        // "Toyo Trust and Banking Co": a name that goes on past "and" is a
        // company's ("Sofia Petrova of Baltic Capital" is a person's).
        if stop.is_some_and(|j| {
            matches!(doc.word(j), "and" | "&")
                && doc.next_on_line(j).is_some_and(|x| doc.is_cap(x) && !opens_other(doc, kb, x))
        }) {
            continue;
        }
        let fits = if apposition {
            stop_word == Some(",")
        } else if appointing {
            // "appointed Maria Okafor as chief executive", "named Dana Lee
            // to the board", "named John Smith chief executive".
            stop_word.is_some_and(|s| {
                matches!(s, "as" | "to" | "its" | "their" | "his" | "her") || role_noun(s)
            })
        } else {
            stop.is_none_or(|j| !doc.is_cap(j) && !matches!(doc.word(j), "&" | "-"))
        };
        if fits && !owner_inside(doc, first, last) {
            found.push((first, last));
        }
    }
    if !doc_replace.is_empty() {
        doc.cands.retain(|c| !doc_replace.contains(&c.span));
    }
    add_found(doc, found, EntityKind::Person);
    add_found(doc, bodies, EntityKind::Institution);
}

/// A given name at token `k` (the caller knows it is one) before a listed
/// person's surname alone, when the listed person bears another first
/// name: "Andrei Medvedev" is not Dmitry Medvedev. The two tokens, as a
/// run.
fn other_first_name(doc: &Doc<'_>, kb: &Knowledge, k: usize) -> Option<(usize, usize)> {
    let given = doc.word(k);
    if doc.cand_at(doc.tokens[k].span.start).is_some() {
        return None;
    }
    // (Across a soft wrap too: "Finance Minister Gerhard\nStoltenberg".)
    let n = next_in_name(doc, k)?;
    let c = doc
        .cand_starting(n)
        .filter(|c| c.kind == EntityKind::Person && c.span == doc.tokens[n].span)?;
    let Target::Gaz(id) = c.target else { return None };
    let listed = kb.gazetteer.entity(id).name.split_whitespace().next()?;
    let runs_on = next_in_name(doc, n).is_some_and(|x| doc.is_cap(x));
    // (A spelling of the same name is no other one: "Dmitri" for
    // "Dmitry", "Sergei" for "Sergey", "Evgeny" for "Yevgeny".)
    let key =
        |w: &str| w.trim_start_matches('Y').to_lowercase().chars().take(3).collect::<String>();
    (key(listed) != key(given) && !runs_on).then_some((k, n))
}

/// A person's name that opens with a common given name at token `k`:
/// "Sarah Hughes", "Yuki Kusumi", "Rain Newton-Smith", "Gregory W.
/// Slayton". Two or three name words (a hyphenated surname counts as one),
/// not run on by another capitalised word ("Sarah Hughes Joins Board" is a
/// headline's), "&" or "and" with a capital ("Marks and Spencer").
/// The caller knows the word at `k` is a capitalised given name;
/// `bodies` gives the story's bodies' names, sorted.
fn given_name_run<'b>(
    doc: &Doc<'_>,
    kb: &Knowledge,
    bodies: impl Fn() -> &'b [&'b str],
    k: usize,
) -> Option<(usize, usize)> {
    // ("Anna Maria Smith" is found from "Anna".)
    if doc.prev_on_line(k).is_some_and(|p| kb.given_names.contains_key(doc.word(p))) {
        return None;
    }
    if doc.in_caps_sentence(doc.tokens[k].span.start) {
        return None;
    }
    let (mut last, n, mut stop) = name_run(doc, kb, k, true, 3);
    if let Some((l, s)) = particle_surname(doc, kb, stop) {
        (last, stop) = (l, s);
    }
    // "Catherine King left", "Catherine King MP": a title word as the
    // surname after a given name, where the name ends (not "Charles King
    // of ...").
    // (So after two given names: "Billie Jean King".)
    let given_only =
        (k..=last).filter(|&j| doc.is_word(j)).all(|j| kb.given_names.contains_key(doc.word(j)));
    if n <= 2 && given_only {
        if let Some(t) = stop.filter(|&t| title_as_surname(doc, t)) {
            last = t;
            stop = next_in_name(doc, t);
        }
    }
    // ("Martin Luther King Jr.": a generational suffix ends the name; see
    // `grow_generational`.)
    if stop.is_some_and(|x| crate::doc::is_generational(doc.word(x))) {
        stop = None;
    }
    if n == 0 || (n == 1 && last == k) {
        return None;
    }
    // "Guillermo De" cut short; "Christian Democrats"; "McDonnell Douglas
    // Corp".
    if is_name_particle(&lower(doc.word(last))) || !person_words(doc, k + 1, last) {
        return None;
    }
    // "St. Lawrence Seaway", "Santa Barbara": a saint's name in a place's.
    let mut before = doc.prev_on_line(k);
    if before.is_some_and(|p| doc.word(p) == ".") {
        before = before.and_then(|p| doc.prev_on_line(p));
    }
    if before.is_some_and(|p| {
        matches!(doc.word(p), "St" | "Saint" | "Santa" | "San" | "Sao" | "São" | "Fort" | "Port")
    }) {
        return None;
    }
    // "Douglas Aircraft" after "Douglas Aircraft Co": the short name of a
    // body the story names.
    let name = &doc.text[doc.tokens[k].span.start..doc.tokens[last].span.end];
    let bodies = bodies();
    let at = bodies.partition_point(|b| *b <= name);
    if bodies.get(at).is_some_and(|b| b.starts_with(name)) {
        return None;
    }
    // ("Sarah Hughes Joins Board": a headline's verb ends the name.)
    let runs_on = stop.is_some_and(|j| {
        (doc.is_cap(j) && !crate::lexicon::is_headline_verb(doc.word(j)))
            || matches!(doc.word(j), "&" | "-")
            // ("Marks and Spencer", but not "Rami Haddad and Nour Khalil":
            // another given name after "and" opens another person, and so
            // do a demonym and a title: "Alexander Lebed and Chechen
            // separatist leader ...", "Yitzhak Mordechai and Israeli
            // President ...".)
            || (doc.word(j) == "and"
                && doc.next_on_line(j).is_some_and(|x| {
                    doc.is_cap(x)
                        && !opens_other(doc, kb, x)
                        && second_person(doc, kb, k, last, x).is_none()
                }))
    });
    // "Jean-Michel Monin": the first half of a hyphenated given name.
    let first = if k >= 2 && doc.word(k - 1) == "-" && doc.is_cap(k - 2) { k - 2 } else { k };
    (!runs_on && !owner_inside(doc, k, last)).then_some((first, last))
}

/// Whether the title word at token `t`, after a given name, is the
/// surname ("Prime Minister John Major says", "Catherine King MP"): in
/// title case, and the name ends with it, before a post-nominal at most
/// (not "Charles King of ...").
fn title_as_surname(doc: &Doc<'_>, t: usize) -> bool {
    doc.is_cap(t)
        && HEAD_TITLE_SET.has(doc.word(t))
        && doc.word(t).chars().any(char::is_lowercase)
        && next_in_name(doc, t).is_none_or(|x| {
            (!doc.is_cap(x)
                || matches!(doc.word(x), "MP" | "MLA" | "MSP" | "QC" | "KC")
                || crate::doc::is_generational(doc.word(x)))
                && doc.word(x) != "of"
        })
}

/// The second person's full name after "and" at token `x`, when the
/// person's name `k..=last` comes before it and the given name there no
/// list holds: "Raja Chari" of "Jessica Meir and Raja Chari", "Ketanji
/// Brown Jackson" of "Elena Kagan and Ketanji Brown Jackson". Firms join
/// single names ("Marks and Spencer", "Davis Polk and Wardwell"), or end
/// with a firm's word ("Bryson Oil and Gas Plc"); two people give both
/// names whole.
fn second_person(
    doc: &Doc<'_>,
    kb: &Knowledge,
    k: usize,
    last: usize,
    x: usize,
) -> Option<(usize, usize)> {
    if last <= k || !kb.given_names.contains_key(doc.word(k)) || !person_words(doc, k, last) {
        return None;
    }
    // ("operates Crazy Eddie Record and Tape Asylums": a name inside a
    // longer capitalised one; "Justices Elena Kagan and ...", a title
    // before it, is not.)
    if prev_in_name(doc, k)
        .is_some_and(|p| doc.is_cap(p) && !doc.word(p).ends_with('s') && !is_head_title(doc, p))
    {
        return None;
    }
    let mut end = x;
    let mut n = 1;
    loop {
        if !(doc.is_cap(end) && doc.is_word(end) && name_word(doc, kb, end)) {
            return None;
        }
        match next_in_name(doc, end) {
            Some(z) if doc.is_cap(z) && n < 3 => {
                end = z;
                n += 1;
            }
            Some(z) if doc.is_cap(z) || matches!(doc.word(z), "&" | "-" | "and" | "of") => {
                return None;
            }
            _ => break,
        }
    }
    (n >= 2 && person_words(doc, x, end)).then_some((x, end))
}

/// Whether the capitalised word at token `x`, after "and", opens another
/// name rather than going on with a company's: a given name, a demonym or
/// a title ("Rami Haddad and Nour Khalil", "Alexander Lebed and Chechen
/// separatist leader ...", "Yitzhak Mordechai and Israeli President ...").
fn opens_other(doc: &Doc<'_>, kb: &Knowledge, x: usize) -> bool {
    let w = doc.word(x);
    kb.given_names.contains_key(w)
        || kb.demonyms.contains_key(lower(w).as_ref())
        || is_head_title(doc, x)
        || doc.cand_starting(x).is_some_and(|c| c.kind == EntityKind::Person)
}

/// Words that end the names of parties and faiths, never a person's:
/// "Christian Democrats". (After a person's name they still speak of the
/// person: "Reagan Democrats".)
const PARTY_WORDS: &[&str] = &[
    "Democrat",
    "Democrats",
    "Republican",
    "Republicans",
    "Socialist",
    "Socialists",
    "Conservative",
    "Conservatives",
    "Liberal",
    "Liberals",
    "Catholic",
    "Catholics",
    "Orthodox",
    "Protestant",
];

/// Words that end the names of places, venues, media and firms, never a
/// person's: "Wall Street", "St. Lawrence Seaway", "Arsenal Media",
/// "Emirates Stadium", "Steinhardt Partners".
const THING_WORDS: &[&str] = &[
    "Show",
    "Hotel",
    "Airport",
    "Street",
    "Road",
    "Avenue",
    "Palace",
    "Cathedral",
    "Mosque",
    "Highway",
    "Freeway",
    "Motorway",
    "Expressway",
    "Parkway",
    "Boulevard",
    "Tunnel",
    "Square",
    "Bridge",
    "Centre",
    "Center",
    "Stadium",
    "Tower",
    "Building",
    "Station",
    "Seaway",
    "Canal",
    "River",
    "Island",
    "Islands",
    "Bay",
    "Valley",
    "Boulevard",
    "Lake",
    "International",
    "Enterprises",
    "Associates",
    "Partners",
    "Brothers",
    "Media",
    "News",
    "Radio",
    "Television",
    "TV",
    "Magazine",
    "Online",
    "Channel",
    "Towers",
    "Suites",
    "Hotels",
    "Plaza",
    "Arena",
    "Basilica",
    "Racecourse",
    "Velodrome",
    "Ballpark",
    "Doctrine",
];

/// Whether `w` ends the names of things and never a person's (see
/// [`THING_WORDS`]).
pub(crate) fn thing_word(w: &str) -> bool {
    THING_WORDS.contains(&w)
}

/// Whether the words of tokens `from..=last` may follow a person's first
/// name: no company word ("McDonnell Douglas Corp") and none of
/// [`PARTY_WORDS`] or [`THING_WORDS`], possessives aside.
fn person_words(doc: &Doc<'_>, from: usize, last: usize) -> bool {
    (from..=last).filter(|&j| doc.is_word(j)).all(|j| {
        let w = doc.word(j);
        let w = possessive_stem(w).unwrap_or(w);
        !company_word(w) && !PARTY_WORDS.contains(&w) && !thing_word(w)
    })
}

/// The first word of a listed company's, club's or NGO's name, where the
/// story names it in full, is its short name there: "Ajax" after "Ajax
/// Amsterdam", "Amnesty" with "Amnesty International", "Halvorsen" after
/// "Halvorsen Robotics ASA" (when the list holds it). Only a word that
/// [`distinctive_first_word`] passes, and that opens one listed body of the
/// story only.
pub(crate) fn listed_short_names(doc: &mut Doc<'_>, kb: &Knowledge) {
    // First word -> the one body it opens (None for several) and where
    // that body is first named.
    let mut firsts: FastMap<&str, (Option<Target>, usize)> = FastMap::default();
    for c in &doc.cands {
        let Target::Gaz(id) = c.target else { continue };
        if c.kind != EntityKind::Institution
            || !matches!(kb.gazetteer.entity(id).label.as_deref(), Some("company" | "club" | "ngo"))
        {
            continue;
        }
        let name = &doc.text[c.span];
        let Some((first, _)) = name.split_once(' ') else { continue };
        // (Each word is judged below by reading the story's head: no more
        // than 64 of them, as for the story's own companies.)
        if firsts.len() >= 64 && !firsts.contains_key(first) {
            continue;
        }
        firsts
            .entry(first)
            .and_modify(|(t, _)| {
                if *t != Some(c.target) {
                    *t = None;
                }
            })
            .or_insert((Some(c.target), c.span.start));
    }
    if firsts.is_empty() {
        return;
    }
    // (Not a surname of the story's people: "Johnson" of "Johnson &
    // Johnson" beside Woody Johnson.)
    let surnames = people_last_words(doc);
    let mut found = Vec::new();
    for (first, (target, at)) in firsts {
        let Some(target) = target else { continue };
        let own = doc.target_name(kb, target);
        if distinctive_first_word(doc, at, first)
            && !kb.demonyms.contains_key(lower(first).as_ref())
            && !kb.given_names.contains_key(first)
            && !surnames.contains(first)
            && own.matches(first).count() <= 1
        {
            found.push((target, first.to_string()));
        }
    }
    found.sort_by(|a, b| a.1.cmp(&b.1));
    doc.listed_firsts.extend(found);
}

/// In a story of sport (one that names a listed club or a league, a cup or
/// a championship), a listed club's one-word name ("Chelsea" of "Chelsea
/// FC", "Celtic", "Sevilla") is that club where it stands apart from other
/// capitalised words: "Chelsea have sacked their manager".
pub(crate) fn club_short_names(doc: &mut Doc<'_>, kb: &Knowledge, dateline: Option<Span>) {
    if kb.club_words.is_empty() {
        return;
    }
    let sport = doc.cands.iter().any(|c| match (c.kind, c.target) {
        (EntityKind::Institution, Target::Gaz(id)) => {
            kb.gazetteer.entity(id).label.as_deref() == Some("club")
        }
        (EntityKind::Program, Target::Gaz(id)) => {
            let name = &kb.gazetteer.entity(id).name;
            ["League", "Liga", "Bundesliga", "Serie A", "Eredivisie", "Cup", "Championship"]
                .iter()
                .any(|w| name.contains(w))
        }
        _ => false,
    });
    if !sport {
        return;
    }
    let mut found: Vec<(Target, String)> = Vec::new();
    for t in doc.tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        let w = possessive_stem(t.as_str()).unwrap_or(t.as_str());
        if let Some(&id) = kb.club_words.get(w) {
            if !found.iter().any(|(_, x)| x == w) {
                found.push((Target::Gaz(id), w.to_string()));
            }
        }
    }
    // A town that names a listed club ("Liverpool" of "Liverpool FC") is
    // the club where the sentence plays: before a player's or a manager's
    // noun or a result's verb ("Liverpool manager Arne Slot", "Liverpool
    // beat Aston Villa"), or a score ("Liverpool 2 Arsenal 1"), or after a
    // result's verb or preposition ("lost to Liverpool", "against
    // Liverpool"). Not the dateline's town, nor a town before its region.
    const AFTER: &[&str] = &[
        "manager",
        "coach",
        "boss",
        "striker",
        "forward",
        "midfielder",
        "defender",
        "goalkeeper",
        "keeper",
        "captain",
        "fans",
        "supporters",
        "beat",
        "beats",
        "drew",
        "draw",
        "lost",
        "won",
        "win",
        "were",
        "have",
        "sacked",
        "signed",
        "host",
        "hosts",
        "hosted",
        "thrashed",
        "edged",
        "crushed",
        "trail",
        "trailed",
        "lead",
        "led",
        "winger",
        "player",
        "players",
        "squad",
        "side",
        "team",
    ];
    const BEFORE: &[&str] = &[
        "beat", "beating", "against", "over", "v", "vs", "versus", "with", "host", "hosted",
        "hosting", "thrashed", "edged", "crushed", "joined", "joins", "join",
    ];
    let mut clubs = Vec::new();
    for (k, c) in doc.cands.iter().enumerate() {
        let Target::Gaz(_) = c.target else { continue };
        if c.kind != EntityKind::Place
            || dateline.is_some_and(|d| d.start <= c.span.start && c.span.end <= d.end)
        {
            continue;
        }
        let word = &doc.text[c.span];
        let Some(&club) = kb.club_words.get(possessive_stem(word).unwrap_or(word)) else {
            continue;
        };
        let (first, last) = (doc.token_at(c.span.start), doc.token_at(c.span.end - 1));
        let next = doc.next_on_line(last);
        let prev = doc.prev_on_line(first);
        let region_after = next.is_some_and(|n| doc.word(n) == ",")
            && next.and_then(|n| doc.next_solid(n)).is_some_and(|r| {
                doc.cand_at(doc.tokens[r].span.start).is_some_and(|x| x.kind == EntityKind::Place)
            });
        // (Nor the last word of a longer name: "Internazionale Milan".)
        if region_after || prev.is_some_and(|p| doc.is_word(p) && doc.is_cap(p)) {
            continue;
        }
        let score = |x: Option<usize>| {
            x.is_some_and(|x| doc.tokens[x].kind == TokenKind::Number && doc.word(x).len() <= 2)
        };
        let plays = next.is_some_and(|n| doc.is_word(n) && lower_in(doc.word(n), AFTER))
            || score(next)
            || prev
                .is_some_and(|p| doc.is_word(p) && !doc.is_cap(p) && lower_in(doc.word(p), BEFORE))
            || (score(prev)
                && prev.and_then(|p| doc.prev_on_line(p)).is_some_and(|x| doc.is_cap(x)));
        if plays {
            clubs.push((k, club));
        }
    }
    for (k, club) in clubs {
        let c = &mut doc.cands[k];
        c.kind = EntityKind::Institution;
        c.target = Target::Gaz(club);
        c.source = Source::Alias;
    }
    doc.listed_firsts.extend(found);
}

/// Whether the first word of a company's name at byte `at` names it alone
/// ("Northgate" of "Northgate Insurance Group, Inc."): four letters or
/// more, not a place's or another known name, not a head word, no
/// demonym's ending ("American", "British"), and none of the words that
/// open many companies' names ("General", "First", "Royal").
fn distinctive_first_word(doc: &Doc<'_>, at: usize, w: &str) -> bool {
    const GENERIC: &[&str] = &[
        "general",
        "first",
        "national",
        "united",
        "international",
        "global",
        "royal",
        "standard",
        "western",
        "eastern",
        "northern",
        "southern",
        "central",
        "great",
        "federal",
        "allied",
        "associated",
        "consolidated",
        "continental",
        "universal",
        "advanced",
        "applied",
        "digital",
        "union",
        "mutual",
        "security",
        "capital",
        "community",
        "citizens",
        "peoples",
        "home",
        "commonwealth",
        "imperial",
        "state",
        "city",
        "county",
        "grand",
        "golden",
        "premier",
        "prime",
        "summit",
        "pioneer",
        "liberty",
        "heritage",
        "guaranty",
        "fidelity",
        "trust",
        "merchants",
        "farmers",
        "southwest",
        "northwest",
        "midwest",
        "gulf",
        "coastal",
        "integrated",
        "interstate",
        "world",
        "china",
        "east",
        "west",
        "north",
        "south",
    ];
    w.chars().count() >= 4
        && w.chars().next().is_some_and(char::is_uppercase)
        && !lower_in(w, GENERIC)
        && !is_institution_head(w)
        && head_bits(w) == 0
        && !demonym_ending(w)
        && doc.cand_at(at).is_none_or(|c| c.kind != EntityKind::Place)
        && !used_in_lowercase(doc.text, w)
}

/// Whether a word ends as a demonym does ("American", "British",
/// "Chinese", "Nordic"), listed or not.
fn demonym_ending(w: &str) -> bool {
    ["an", "ese", "ish", "ic"].iter().any(|e| w.ends_with(e))
}

/// Whether the story's first 20 KB use `w` in lowercase as a word of its
/// own: a common word ("Time" of "Time Management Systems Inc", when the
/// story says "time"), not a name.
fn used_in_lowercase(text: &str, w: &str) -> bool {
    let mut end = text.len().min(20_000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let lw = w.to_lowercase();
    // A web or mail address ("press@northwind.example", "northwind.com")
    // spells names in lowercase too: a word in one is no common word.
    let in_address = |c: char| c.is_alphanumeric() || matches!(c, '@' | '/' | '_' | '-');
    head.match_indices(lw.as_str()).any(|(i, m)| {
        let before = head[..i].chars().next_back();
        let mut after = head[i + m.len()..].chars();
        let (a, a2) = (after.next(), after.next());
        // (A period after the word ends a sentence unless a letter follows.)
        let dotted = |c: char| c == '.' && a2.is_some_and(char::is_alphanumeric);
        before.is_none_or(|c| !in_address(c) && c != '.')
            && a.is_none_or(|c| !(in_address(c) || dotted(c)))
    })
}

/// Whether a word of tokens `first..last` (the last aside) is an owner's:
/// "Hudson's Bay Wholesale" names a thing, not a person.
fn owner_inside(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    (first..last).any(|j| possessive_stem(doc.word(j)).is_some())
}

/// Whether the cue at token `k` follows a content's comma or closing mark,
/// where an inverted cue stands: `"...," said Saka`, `..., said Dana
/// Whitfield`.
fn after_content(doc: &Doc<'_>, k: usize) -> bool {
    doc.prev_solid(k).is_some_and(|p| {
        doc.word(p) == "," || doc.tokens[p].kind == TokenKind::Quote(QuoteSide::Close)
    })
}

/// Whether the words of `s` (split by spaces) are all name particles, the
/// first no given name: "Van der" and "de" are, "Al" (of "Al Gore") is not.
pub(crate) fn particles_only(kb: &Knowledge, s: &str) -> bool {
    let first = s.split(' ').next().unwrap_or(s);
    s.split(' ').all(|w| is_name_particle(&w.to_lowercase()))
        && !(first.starts_with(char::is_uppercase) && kb.given_names.contains_key(first))
}

/// "Guillermo de la Dehesa", "Ludwig van Beethoven", "Erik ten Hag": up
/// to two particles from token `stop` (where a run of name words ended)
/// and the surname after them. The surname's token and the token after it.
fn particle_surname(
    doc: &Doc<'_>,
    kb: &Knowledge,
    stop: Option<usize>,
) -> Option<(usize, Option<usize>)> {
    let mut j = stop;
    for _ in 0..2 {
        let p = j.filter(|&p| is_name_particle(doc.word(p)) && !doc.is_cap(p))?;
        match doc.next_on_line(p) {
            Some(x) if doc.is_cap(x) && name_word(doc, kb, x) => {
                return Some((x, doc.next_on_line(x)));
            }
            next => j = next,
        }
    }
    None
}

/// Whether a word joins a given name to a surname: "de", "van", "von",
/// "bin" (in lowercase).
pub(crate) fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "da"
            | "di"
            | "del"
            | "della"
            | "dos"
            | "das"
            | "du"
            | "la"
            | "le"
            | "van"
            | "von"
            | "der"
            | "den"
            | "ter"
            | "ten"
            | "bin"
            | "ibn"
            | "al"
            | "el"
    )
}

/// The first word of a person's name in `first..=last` past an owner's
/// possessive, which no person's name holds: "Watanabe" of "Daiwa's
/// Watanabe". None when nothing follows the possessive.
fn past_owner(doc: &Doc<'_>, first: usize, last: usize) -> Option<usize> {
    match (first..last).rev().find(|&j| possessive_stem(doc.word(j)).is_some()) {
        Some(o) => doc.next_solid(o).filter(|&x| x <= last),
        None => Some(first),
    }
}

/// Adds the names found by shape (`first..=last` tokens) that overlap no
/// mention yet, as people (known later by their surname when they have
/// several words) or bodies of `kind`.
fn add_found(doc: &mut Doc<'_>, runs: Vec<(usize, usize)>, kind: EntityKind) {
    let mut batch = Vec::new();
    for (mut first, last) in runs {
        if kind == EntityKind::Person {
            match past_owner(doc, first, last) {
                Some(x) => first = x,
                None => continue,
            }
        }
        let span = name_span(doc, first, last);
        if doc.overlaps_any(span) {
            continue;
        }
        let name = doc.text[span].to_string();
        let target = if kind == EntityKind::Person {
            // ("van der Linden" of "Mark van der Linden": the particles
            // belong to the surname.)
            let words: Vec<&str> = name.split_whitespace().collect();
            let from = (1..words.len())
                .find(|&i| is_name_particle(&lower(words[i])) && i + 1 < words.len())
                .unwrap_or(words.len().saturating_sub(1));
            let surname = words[from..].join(" ");
            let target = doc.local_person(&name, (first != last).then_some(surname.as_str()));
            // (The last word alone too: "Seixas" of "Antonio Padua de
            // Seixas"; the longer form wins where both match.)
            if let (Target::Local(l), true) = (target, from + 1 < words.len()) {
                let short = &mut doc.locals[l as usize].short;
                let tail = words[words.len() - 1].to_string();
                if !short.contains(&tail) {
                    short.push(tail);
                }
            }
            target
        } else {
            doc.local(&name, kind, cluster_key(&name))
        };
        batch.push(Cand::pattern(span, kind, target));
    }
    doc.add_all_free(batch);
}

/// Whether "it" follows the cue ending at `cue_end`, past a time or a
/// medium: "said it would", "said on Thursday it", "said in a statement
/// its sales".
fn it_follows(doc: &Doc<'_>, cue_end: usize) -> bool {
    let mut j = cue_end;
    for _ in 0..6 {
        let Some(x) = doc.next_solid(j) else { return false };
        let w = doc.word(x);
        if matches!(w, "it" | "its" | "it's" | "it’s") {
            return true;
        }
        let between = matches!(
            w,
            "on" | "late"
                | "early"
                | "last"
                | "this"
                | "today"
                | "yesterday"
                | "week"
                | "month"
                | "in"
                | "a"
                | "an"
                | "statement"
                | "filing"
                | "release"
        ) || is_day_or_month(w)
            || doc.tokens[x].kind == TokenKind::Number;
        if !between {
            return false;
        }
        j = x;
    }
    false
}

/// A person of the story named by the words `first..=last`, known later
/// by the word at `surname` ("Sabalenka", or "Wang" of "Wang Yi"), when no
/// mention holds the words yet.
fn new_person(doc: &mut Doc<'_>, first: usize, last: usize, surname: usize) -> Option<Cand> {
    let span = name_span(doc, first, last);
    if doc.overlaps_any(span) {
        return None;
    }
    let name = doc.text[span].to_string();
    let surname = doc.word(surname).to_string();
    let target = doc.local_person(&name, Some(&surname));
    Some(Cand::pattern_person(span, target))
}

/// The span of the name words `first..=last`, without a possessive on the
/// last ("Thomas Lindqvist's plan", "FoodLink's chief executive").
fn name_span(doc: &Doc<'_>, first: usize, last: usize) -> Span {
    let end_word = doc.word(last);
    let possessive =
        ["'s", "’s"].iter().find(|p| end_word.len() > p.len() && end_word.ends_with(**p));
    Span::new(
        doc.tokens[first].span.start,
        doc.tokens[last].span.end - possessive.map_or(0, |p| p.len()),
    )
}

/// The name in an apposition that opens at `comma` after a title that
/// names an office: "The Minister for Communications, Sarah Whitlock,
/// announced", "Microsoft's chief executive, Satya Nadella, said". The
/// title stands within the six words before the comma, in the same
/// clause; two or three name words follow, closed by a comma or the
/// sentence's end.
fn title_apposition(doc: &Doc<'_>, kb: &Knowledge, comma: usize) -> Option<(usize, usize)> {
    let first = doc.next_on_line(comma).filter(|&f| doc.is_cap(f))?;
    // (Across a wire's soft wrap: "the minister of international\ntrade
    // and industry, Hajime Tamura,"; not into a headline's line.)
    let back = |p: usize| {
        doc.prev_on_line(p).or_else(|| {
            let lb = p.checked_sub(1)?;
            (doc.tokens[lb].kind == TokenKind::LineBreak && soft_wrap(doc, lb))
                .then(|| doc.prev_solid(lb))
                .flatten()
        })
    };
    let titled = std::iter::successors(back(comma), |&p| back(p))
        .take(6)
        .take_while(|&p| {
            !matches!(doc.word(p), "," | "." | ";" | ":" | "(" | ")" | "\"" | "“" | "”")
        })
        .any(|p| is_head_title(doc, p) || role_noun(doc.word(p)));
    if !titled {
        return None;
    }
    let (last, n, stop) = name_run(doc, kb, first, true, 3);
    // ("said the company's chairman, Robert Kim.": or the sentence's end;
    // not a line's, which in wire copy may wrap the name.)
    let closed = stop.is_some_and(|s| matches!(doc.word(s), "," | "." | ";"));
    ((2..=3).contains(&n) && closed).then_some((first, last))
}

/// The name before the comma at `comma` when an apposition that names an
/// office or a trade follows it: "Jonathan Hale, chief underwriting
/// officer at Northgate Insurance, said", "Dana Whitfield, a senior
/// analyst, said". The noun of people comes within the apposition's
/// first four words, after nothing but an article, a possessive and
/// lowercase modifiers ("Acme Robotics, whose chief ..." is no person).
fn name_before_role(doc: &Doc<'_>, kb: &Knowledge, comma: usize) -> Option<(usize, usize)> {
    let last = doc.prev_on_line(comma).filter(|&l| doc.is_cap(l))?;
    // The first word that is no article or lowercase modifier must be the
    // noun of people. ("the union's general secretary": a lowercase owner
    // is a modifier too.)
    // (So is a name's: "Betsy McManus, Gore's communications director".)
    let modifier = |n: usize| {
        let w = doc.word(n);
        let stem = possessive_stem(w).unwrap_or(w);
        // (A year and a party's or an office's word too: "the 2012
        // Republican presidential nominee".)
        (crate::quote::is_determiner(doc, n)
            || doc.tokens[n].kind == TokenKind::Number
            || possessive_stem(w).is_some_and(|o| !company_word(o))
            || (doc.is_cap(n)
                && (kb.demonyms.contains_key(lower(w).as_ref())
                    || lower_in(w, &["republican", "democratic", "conservative", "labour"])))
            || stem.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
            && !matches!(w, "whose" | "which" | "where" | "who" | "and" | "but" | "or" | "as")
            && !crate::quote::is_auxiliary(w)
    };
    let is_role = |n: usize| role_noun(doc.word(n)) || is_head_title(doc, n);
    // (No verb on the way: "John Tafaro, owner of Tafaro Brokerage, was
    // reelected as floor broker representative".)
    // (Nor a role that speaks: "..., And Oki Electric, the spokesman
    // said" names the spokesman's words, not Oki Electric.)
    let role = std::iter::successors(doc.next_solid(comma), |&n| doc.next_solid(n))
        .take(5)
        .take_while(|&n| doc.is_word(n) || doc.tokens[n].kind == TokenKind::Number)
        .find(|&n| is_role(n) || !modifier(n))
        .filter(|&n| is_role(n))
        .is_some_and(|n| {
            doc.next_solid(n).is_none_or(|x| {
                !lower_in(
                    doc.word(x),
                    &["said", "says", "told", "added", "noted", "explained", "commented", "wrote"],
                )
            })
        });
    if !role {
        return None;
    }
    // ("built in Rouse Hill, Premier Chris Minns announced": a title before
    // a person's name is that person's, no apposition of the place after a
    // preposition before the comma.)
    let (first, count, stop) = name_run(doc, kb, last, false, 3);
    let after_preposition = stop.is_some_and(|p| {
        matches!(doc.word(p), "in" | "at" | "from" | "near" | "to" | "of" | "for" | "on" | "into")
    });
    let mut x = doc.next_solid(comma);
    while let Some(t) = x.filter(|&t| {
        doc.is_word(t)
            && doc.is_cap(t)
            && (is_head_title(doc, t) || TITLE_MODIFIER_SET.has(doc.word(t)))
    }) {
        x = doc.next_on_line(t);
    }
    let person_after = x.is_some_and(|t| {
        doc.is_word(t)
            && doc.is_cap(t)
            && (kb.given_names.contains_key(doc.word(t))
                || doc
                    .cand_at(doc.tokens[t].span.start)
                    .is_some_and(|c| c.kind == EntityKind::Person))
    });
    if after_preposition && person_after && x != doc.next_solid(comma) {
        return None;
    }
    // (Nothing capitalised before the name but a sentence's opening
    // conjunction, "But Kenzo Uchida, professor of ...", and no hyphen but
    // a dateline's dash, "March 31 - Beryl Sprinkel, chairman of ...".)
    let after_name = stop.is_none_or(|s| {
        let w = doc.word(s);
        let spaced_dash = w == "-" && doc.tokens.get(s + 1).is_some_and(|t| t.is_space());
        (!doc.is_cap(s) && !matches!(w, "&" | "-"))
            || spaced_dash
            || (doc.opens_sentence(s) && lower_in(w, &["but", "and", "yet", "so", "meanwhile"]))
    });
    ((2..=3).contains(&count) && after_name).then_some((first, last))
}

/// The name before the comma at `comma` when an age follows it: "Trevor
/// Holland, 52, was", "Okafor, 47, joined", "John Smith, a 45-year-old
/// teacher". One to three name words, not after another name word.
fn name_before_age(doc: &Doc<'_>, kb: &Knowledge, comma: usize) -> Option<(usize, usize)> {
    let mut n = doc.next_on_line(comma)?;
    if matches!(doc.word(n), "a" | "an") {
        n = doc.next_on_line(n)?;
    }
    if doc.tokens[n].kind != TokenKind::Number {
        return None;
    }
    let age: u32 = doc.word(n).parse().ok()?;
    if !(14..=110).contains(&age) {
        return None;
    }
    let after = doc.next_on_line(n)?;
    let aged = match doc.word(after) {
        "," => true,
        "-" => doc.next_on_line(after).is_some_and(|y| lower_in(doc.word(y), &["year", "years"])),
        w => lower_in(w, &["year", "years"]),
    };
    if !aged {
        return None;
    }
    let last = doc.prev_on_line(comma)?;
    let (mut first, count, mut stop) = name_run(doc, kb, last, false, 3);
    // "Van der Berg, 22,", "Daan van der Berg, 22,": particles before the
    // surname, and the given names before them.
    let mut particles = 0;
    while let Some(p) = stop.filter(|&p| particles < 2 && is_name_particle(&lower(doc.word(p)))) {
        first = p;
        stop = doc.prev_on_line(p);
        particles += 1;
    }
    if particles > 0 {
        if doc.is_cap(first) && !doc.opens_sentence(first) {
            return None;
        }
        // ("Al Sharpton, 62,": a given name, not a particle.)
        if kb.given_names.contains_key(doc.word(first)) {
            return None;
        }
        if let Some(s) = stop.filter(|&s| doc.is_cap(s) && name_word(doc, kb, s)) {
            (first, _, stop) = name_run(doc, kb, s, false, 2);
        }
    }
    if count == 0 || stop.is_some_and(|j| doc.is_cap(j)) {
        return None;
    }
    Some((first, last))
}

/// Nouns of bodies that are a person's trade too: "Florida developer Mel
/// Sembler" is a person.
const PERSON_TRADES: &[&str] = &["developer", "publisher", "operator"];

/// Lowercase nouns of bodies that name the body right after them: "the
/// charity FoodLink", "the carmaker Renault", "the broadcaster NTV".
const BODY_NOUNS: &[&str] = &[
    "charity",
    "company",
    "firm",
    "group",
    "bank",
    "lender",
    "insurer",
    "carmaker",
    "automaker",
    "airline",
    "retailer",
    "broadcaster",
    "newspaper",
    "magazine",
    "publisher",
    "manufacturer",
    "developer",
    "startup",
    "foundation",
    "organisation",
    "organization",
    "network",
    "conglomerate",
    "miner",
    "refiner",
    "chipmaker",
    "operator",
    "unit",
    "subsidiary",
    "affiliate",
    "division",
    "maker",
    // Plurals before a list of names: "engine makers CFM International
    // and Pratt & Whitney", "U.S. banks Citigroup and Wells Fargo".
    "makers",
    "companies",
    "firms",
    "banks",
    "lenders",
    "carmakers",
    "automakers",
    "airlines",
    "insurers",
    "miners",
];

static BODY_NOUN_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(BODY_NOUNS));

/// A body no list holds, named right after the lowercase noun of bodies at
/// token `k` and an article: "figures published by the charity FoodLink",
/// "the carmaker Renault said". One to three name words (as `name_word`
/// judges them) that punctuation or a cue follows: its first and last
/// tokens.
fn described_body(doc: &Doc<'_>, kb: &Knowledge, k: usize, first: usize) -> Option<(usize, usize)> {
    if !BODY_NOUN_SET.has(doc.word(k)) {
        return None;
    }
    // (Only the plurals of the list end in "s".)
    let plural = doc.word(k).ends_with('s');
    // An article before, with one modifier at most ("the Dutch company
    // Billiton", "the online retailer Zalando").
    let article = |p: usize| lower_in(doc.word(p), &["the", "a", "an"]);
    let before = doc.prev_on_line(k)?;
    let articled = article(before)
        || doc.prev_on_line(before).is_some_and(|q| article(q) && doc.is_word(before));
    // Or a country's adjective with up to two lowercase modifiers, as wire
    // copy writes it: "Brazilian iron ore miner Vale", "Dutch lender ING".
    // (Without an article, a trade a person has too names a person:
    // "Florida developer Mel Sembler".)
    let national = || {
        if PERSON_TRADES.contains(&doc.word(k)) {
            return false;
        }
        const PREPOSITIONS: &[&str] = &["with", "by", "from", "for", "to", "at", "against", "of"];
        let mut j = before;
        let mut modifiers = 0;
        while modifiers < 2
            && doc.is_word(j)
            && !doc.is_cap(j)
            && !lower_in(doc.word(j), PREPOSITIONS)
        {
            modifiers += 1;
            match doc.prev_on_line(j) {
                Some(p) => j = p,
                None => break,
            }
        }
        // ("Campaign group Clean Seas Now said", "sided with rights group
        // Memorial": the sentence's first word, or a preposition after
        // lowercase modifiers.)
        let opens_sentence = doc.is_cap(j) && doc.opens_sentence(j);
        let preposition = modifiers > 0 && lower_in(doc.word(j), PREPOSITIONS);
        (doc.is_cap(j) && kb.demonyms.contains_key(lower(doc.word(j)).as_ref()))
            || (opens_sentence && !NOT_NAME_START_SET.has(doc.word(j)))
            || preposition
    };
    // A plural noun of bodies before names lists bodies whatever stands
    // before it ("saying engine makers CFM International and ..."), but
    // for the makers of policy, law or films, who are people, and not
    // after an article or a number: "one of the two firms Watanabe has
    // proposed", "the lobbying firms Manafort and Gates worked with" hold a
    // relative clause.
    let listing = || {
        let mut j = Some(before);
        for _ in 0..3 {
            match j {
                Some(x)
                    if doc.is_word(x) && !doc.is_cap(x) && !crate::quote::is_determiner(doc, x) =>
                {
                    if lower_in(doc.word(x), &["two", "three", "four", "several", "both"]) {
                        return false;
                    }
                    j = doc.prev_on_line(x);
                }
                Some(x) => {
                    if crate::quote::is_determiner(doc, x)
                        || doc.tokens[x].kind == TokenKind::Number
                    {
                        return false;
                    }
                    break;
                }
                None => break,
            }
        }
        doc.word(k) != "makers"
            || !lower_in(doc.word(before), &["policy", "law", "decision", "film", "movie", "news"])
    };
    // Whether the body is named with no article before its noun, which
    // lets a lowercase word end the name (below).
    let (lead, bare) = if plural {
        (listing(), true)
    } else if articled {
        (true, false)
    } else {
        let n = national();
        (n, n)
    };
    if !lead {
        return None;
    }
    // The name ends where punctuation or a cue follows ("the carmaker
    // Renault said"): not before a verb ("a company Cross is forming")
    // nor a particle that goes on with the name ("the bank Yapi ve Kredi
    // Banka", "the newspaper Bild am Sonntag").
    // (A name may open with initials in capitals: "engine makers CFM
    // International".)
    let initials = {
        let w = doc.word(first);
        (2..=5).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_uppercase())
            && next_in_name(doc, first).is_some_and(|x| name_word(doc, kb, x))
    };
    let (last, n, stop) = if initials {
        let (last, n, stop) = name_run(doc, kb, next_in_name(doc, first).unwrap_or(first), true, 2);
        (last, n + 1, stop)
    } else {
        name_run(doc, kb, first, true, 3)
    };
    // (A line's end only when a paragraph ends too: wire copy wraps its
    // lines inside names, "the French firm Societe\nLyonnaise".)
    let ends = match stop {
        Some(s) => {
            (!doc.is_word(s) && !matches!(doc.word(s), "&" | "-"))
                || crate::quote::cue_at(doc, s).is_some()
                // ("fined the airline Skyleap on Wednesday": a preposition
                // after a name with its article.)
                || (articled
                    && lower_in(
                        doc.word(s),
                        &["on", "in", "for", "over", "after", "with", "at", "by", "from", "last"],
                    ))
                // (After a country's adjective any lowercase word: "miner
                // Vale over environmental damage".)
                // (Not a particle inside the name: "Cassa di Risparmio di
                // Roma", "Cable and Wireless", "Kreditanstalt fur
                // Wiederaufbau".)
                || (bare
                    && doc.is_word(s)
                    && !doc.is_cap(s)
                    && !(!(plural && doc.word(s) == "and")
                        && lower_in(
                        doc.word(s),
                        &[
                            "and", "di", "de", "des", "du", "da", "do", "del", "della", "fur",
                            "für", "en", "et", "van", "von", "der", "den", "la", "le", "y", "e",
                            "am", "ve", "zu",
                        ],
                    ) && next_in_name(doc, s).is_some_and(|x| doc.is_cap(x))))
        }
        None => doc.tokens.get(last + 1).is_none_or(|t| t.is_paragraph_break()),
    };
    // (Not a plural of initials: "money centre bank FRNs".)
    let plural_initials = |w: &str| {
        w.len() >= 3 && w.ends_with('s') && w[..w.len() - 1].bytes().all(|b| b.is_ascii_uppercase())
    };
    // (An owner inside ends the name: "parent company Control Data's
    // Cyber system" names Control Data.)
    let last = (first..last)
        .find(|&j| doc.is_word(j) && possessive_stem(doc.word(j)).is_some())
        .unwrap_or(last);
    (n > 0 && ends && !plural_initials(doc.word(first))).then_some((first, last))
}

#[cfg(test)]
mod tests {
    use super::syllables_of;

    #[test]
    fn short_names_of_first_syllables() {
        let words = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert!(syllables_of(&words("petroleos mexicanos"), "pemex"));
        assert!(syllables_of(&words("arabian american oil company"), "aramco"));
        assert!(syllables_of(&words("new york commodity exchange"), "comex"));
        // One word's beginning alone, letters out of order, or letters of
        // no word: none.
        assert!(!syllables_of(&words("petroleos mexicanos"), "petro"));
        assert!(!syllables_of(&words("petroleos mexicanos"), "mexpe"));
        assert!(!syllables_of(&words("royal dutch shell"), "rdx"));
    }
}
