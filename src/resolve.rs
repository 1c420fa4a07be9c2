//! Resolution within one story: titles attached to the people they name,
//! short forms (surnames, acronyms, lowercase repeats) linked to the full
//! name, and role descriptions ("the head of state") linked to the person
//! who holds that office in the story.

use crate::doc::{Cand, Doc, Source, Target, TextRole, cluster_key};
use crate::gazetteer::{EntityId, EntityKind, Gender};
use crate::hash::{FastMap, FastSet};
use crate::kb::Knowledge;
use crate::lexicon::{
    DESCRIPTORS, HEAD_TITLE_SET, HEAD_TITLES, TITLE_ABBREVIATIONS, TITLE_MODIFIER_SET, lower,
    lower_in, title_key,
};
use crate::matcher::CaseRule;
use crate::normalize::Normalized;
use crate::normalize::normalize_name;
use crate::span::Span;
use crate::token::TokenKind;
use std::collections::HashMap;

/// How far back and forward, in bytes, a role description or pronoun looks
/// for its person. Bounding it keeps resolution linear in long texts.
pub(crate) const LOOK_BACK: usize = 20_000;

/// Attaches the title in front of each person mention ("Russian President"
/// before "Vladimir Putin") and records the office it gives.
pub(crate) fn attach_titles(doc: &mut Doc<'_>, kb: &Knowledge) {
    for ci in 0..doc.cands.len() {
        let c = doc.cands[ci];
        if c.kind != EntityKind::Person || c.source == Source::Role {
            continue;
        }
        let name_tok = doc.token_at(c.span.start);
        let before = portfolio_title(doc, name_tok).or_else(|| title_before(doc, kb, name_tok));
        let start = before.as_ref().map_or(name_tok, |(span, _)| doc.token_at(span.start));
        if let Some((span, role)) = before {
            doc.cands[ci].title = Some(span);
            doc.add_text_role(c.target, role);
        }
        // A title in an apposition gives the office too, before the name
        // ("the Minister of Health, Dr. Teodora Vasic,") or after it
        // ("Teodora Vasic, the Minister of Health,"), for "the minister"
        // later on.
        // (Closed by a comma after the name, and not an item of a list:
        // not "At the request of the President, Ms Golikova reported", nor
        // "the president, the vice president, Susan Rice, ...".)
        let closed = doc
            .next_solid(doc.token_at(c.span.end - 1))
            .is_some_and(|x| matches!(doc.word(x), "," | ")"));
        let apposed = doc
            .prev_solid(start)
            .filter(|&p| closed && doc.word(p) == ",")
            .and_then(|comma| {
                let the = (comma.saturating_sub(16)..comma)
                    .rev()
                    .find(|&x| doc.word(x).eq_ignore_ascii_case("the"))?;
                // ("A spokesman for the chancellor, Stefan Kornelius,": the
                // name is the spokesman's.)
                if of_another_person(doc, the) {
                    return None;
                }
                let listed = doc
                    .prev_solid(the)
                    .filter(|&p| doc.word(p) == ",")
                    .and_then(|p| doc.prev_solid(p))
                    .is_some_and(|w| doc.is_word(w) && HEAD_TITLE_SET.has(doc.word(w)));
                if listed {
                    return None;
                }
                apposed_title(doc, the + 1, comma)
            })
            .or_else(|| {
                let last = doc.token_at(c.span.end - 1);
                let comma = doc.next_solid(last).filter(|&x| doc.word(x) == ",")?;
                let the =
                    doc.next_solid(comma).filter(|&x| doc.word(x).eq_ignore_ascii_case("the"))?;
                let end = (the + 1..doc.tokens.len())
                    .take(24)
                    .find(|&x| matches!(doc.word(x), "," | "." | ";"))?;
                apposed_title(doc, the + 1, end)
            });
        if let Some(role) = apposed {
            doc.add_text_role(c.target, role);
        }
    }
}

/// The office that the words `from..to` name when they are a title alone,
/// its field after "of" or "for" in capitals: "Minister of Health" (a
/// health minister), "chief executive", "Secretary for Education".
fn apposed_title(doc: &Doc<'_>, from: usize, to: usize) -> Option<TextRole> {
    let words: Vec<usize> = (from..to).filter(|&x| !doc.tokens[x].is_space()).collect();
    let heads = words
        .iter()
        .take_while(|&&x| {
            doc.is_word(x)
                && (HEAD_TITLE_SET.has(doc.word(x)) || TITLE_MODIFIER_SET.has(doc.word(x)))
        })
        .count();
    let head: Vec<String> =
        words[..heads].iter().map(|&x| lower(doc.word(x)).into_owned()).collect();
    if !head.iter().any(|w| HEAD_TITLES.contains(&w.as_str())) {
        return None;
    }
    let rest = &words[heads..];
    let field = match rest.split_first() {
        None => String::new(),
        Some((&of, field))
            if matches!(doc.word(of), "of" | "for")
                && !field.is_empty()
                && field.iter().all(|&x| {
                    (doc.is_word(x)
                        && (doc.is_cap(x) || matches!(doc.word(x), "and" | "the" | "of" | "for")))
                        || doc.word(x) == "&"
                }) =>
        {
            field.iter().map(|&x| lower(doc.word(x)).into_owned()).collect::<Vec<_>>().join(" ")
        }
        Some(_) => return None,
    };
    let title =
        if field.is_empty() { head.join(" ") } else { format!("{field} {}", head.join(" ")) };
    Some(TextRole { key: title_key(&title), of: None })
}

/// Whether the description that opens at token `at` is the object of a
/// preposition after a noun of people: "a spokesman for [the chancellor]",
/// "an aide to [the president]", "the wife of [the mayor]". An apposition
/// after it names that person, not the description's.
fn of_another_person(doc: &Doc<'_>, at: usize) -> bool {
    const PEOPLE: &[&str] = &[
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "aide",
        "aides",
        "adviser",
        "advisor",
        "lawyer",
        "attorney",
        "wife",
        "husband",
        "son",
        "daughter",
        "brother",
        "sister",
        "deputy",
        "assistant",
        "envoy",
        "representative",
        "official",
        "friend",
        "staff",
    ];
    doc.prev_solid(at)
        .filter(|&p| lower_in(doc.word(p), &["for", "to", "of"]))
        .and_then(|p| doc.prev_solid(p))
        .is_some_and(|n| doc.is_word(n) && lower_in(doc.word(n), PEOPLE))
}

/// A minister's title with a portfolio right before token `name` ("Union
/// Minister for Power Pralhad Joshi", "Minister of State for Home Affairs
/// ..."), and the office it names.
fn portfolio_title(doc: &Doc<'_>, name: usize) -> Option<(Span, TextRole)> {
    // (An honorific may stand between: "Minister of Power Shri ...", "Dr.".)
    let mut j = word_before_name(doc, name)
        .filter(|&p| {
            lower_in(doc.word(p), &["shri", "smt", "shrimati", "dr", "mr", "mrs", "ms", "prof"])
        })
        .unwrap_or(name);
    let end = doc.prev_on_line(j)?;
    let mut field = false;
    for _ in 0..16 {
        let p = doc.prev_on_line(j)?;
        let w = doc.word(p);
        if doc.is_cap(p) && crate::patterns::is_portfolio_word(w) {
            field = true;
        } else if !(field && matches!(w, "and" | "&" | "," | "of" | "for")) {
            break;
        }
        j = p;
    }
    if !field {
        return None;
    }
    // The title's words before the portfolio.
    let mut first = None;
    while let Some(p) = doc.prev_on_line(j) {
        if !doc.is_word(p)
            || !(HEAD_TITLE_SET.has(doc.word(p)) || TITLE_MODIFIER_SET.has(doc.word(p)))
        {
            break;
        }
        first = Some(p);
        j = p;
    }
    let first = first?;
    let role = apposed_title(doc, first, end + 1)?;
    Some((Span::new(doc.tokens[first].span.start, doc.tokens[end].span.end), role))
}

/// The title that ends right before token `name`, and the office it names.
fn title_before(doc: &Doc<'_>, kb: &Knowledge, name: usize) -> Option<(Span, TextRole)> {
    let mut first: Option<usize> = None;
    let mut head_words: Vec<String> = Vec::new();
    let mut qualifier: Option<EntityId> = None;
    let mut j = name;
    let mut pending_of = false;
    for _ in 0..12 {
        let Some(p) = doc.prev_on_line(j) else { break };
        let t = &doc.tokens[p];
        // "Mr." : a period after a title abbreviation.
        if t.as_str() == "." {
            let Some(q) = p.checked_sub(1) else { break };
            if doc.is_word(q) && lower_in(doc.word(q), TITLE_ABBREVIATIONS) {
                head_words.insert(0, doc.word(q).to_lowercase());
                first = Some(q);
                j = q;
                continue;
            }
            break;
        }
        if t.kind == TokenKind::Punct && matches!(t.as_str(), "-" | "–") && first.is_some() {
            j = p;
            continue;
        }
        // A place or body in the title: "Kremlin spokesman", "President of
        // Russia".
        if let Some(c) = doc.cand_at(t.span.start).copied() {
            if c.span.end == t.span.end
                && matches!(c.kind, EntityKind::Place | EntityKind::Institution)
            {
                if let Target::Gaz(id) = c.target {
                    qualifier.get_or_insert(id);
                }
                let q = doc.token_at(c.span.start);
                first = Some(q);
                j = q;
                continue;
            }
            break;
        }
        if !doc.is_word(p) {
            break;
        }
        let w = doc.word(p);
        let lw = lower(w);
        if lw == "of" && first.is_some() {
            pending_of = true;
            j = p;
            continue;
        }
        if lw == "the" && pending_of {
            j = p;
            continue;
        }
        if HEAD_TITLE_SET.has(w) || TITLE_MODIFIER_SET.has(w) {
            if pending_of && head_words.is_empty() {
                // "President of Russia": the words before "of" are the title.
            }
            head_words.insert(0, lw.into_owned());
            first = Some(p);
            pending_of = false;
            j = p;
            continue;
        }
        if doc.is_cap(p) {
            if let Some(&place) = kb.demonyms.get(lw.as_ref()) {
                qualifier.get_or_insert(place);
                first = Some(p);
                j = p;
                continue;
            }
        }
        break;
    }
    let first = first?;
    // The title must hold a head word ("Foreign Minister", not "Foreign").
    if !head_words.iter().any(|w| HEAD_TITLES.contains(&w.as_str())) {
        return None;
    }
    // Trim trailing "of"/"the" that led nowhere.
    let last = doc.prev_solid(name)?;
    if last < first {
        return None;
    }
    let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
    let words: Vec<&str> = head_words
        .iter()
        .map(String::as_str)
        .filter(|w| !matches!(*w, "former" | "then" | "acting" | "outgoing" | "incumbent"))
        .collect();
    Some((span, TextRole { key: title_key(&words.join(" ")), of: qualifier }))
}

/// Whether `s..e` is one half of a hyphenated name: "Smith" in
/// "Newton-Smith", "Bristol" in "Bristol-Myers" (not "Siemens-built").
fn in_hyphenated_name(text: &str, s: usize, e: usize) -> bool {
    let b = text.as_bytes();
    let glued_before = s >= 2 && b[s - 1] == b'-' && b[s - 2].is_ascii_alphabetic();
    let glued_after = b.len() > e + 1 && b[e] == b'-' && b[e + 1].is_ascii_uppercase();
    glued_before || glued_after
}

/// The last two words of a person's name of three or more, which may be a
/// surname of two ("Wasserman Schultz" of "Debbie Wasserman Schultz",
/// "Bell Burnell" of "Jocelyn Bell Burnell"): when a given name opens the
/// name (not "Uralchem Dmitry Mazepin", a name that took a word too many),
/// and neither a generational suffix ("Bainum Sr") nor a body's word
/// ("Asset Management") ends it.
fn surname_of_two(kb: &Knowledge, name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let [first, .., before, last] = words[..] else { return None };
    (kb.given_names.contains_key(first)
        && before.starts_with(char::is_uppercase)
        && !crate::doc::is_generational(last)
        && !crate::lexicon::is_institution_head(last)
        && !crate::lexicon::company_word(last))
    .then(|| format!("{before} {last}"))
}

/// Finds the short forms and repeats of names the story already gave:
/// surnames of people named in full, acronyms defined in parentheses, and
/// repeats of pattern names in other cases ("cross years of ...").
pub(crate) fn find_repeats(doc: &mut Doc<'_>, kb: &Knowledge, norm: &Normalized) {
    let mut names: Vec<(String, Target, EntityKind, Source)> = Vec::new();
    for (i, l) in doc.locals.iter().enumerate() {
        let t = Target::Local(i as u32);
        names.push((l.name.clone(), t, l.kind, Source::Pattern));
        for s in &l.short {
            names.push((s.clone(), t, l.kind, Source::Alias));
        }
        // ("Bell Burnell" after "Jocelyn Bell Burnell"; the longer form
        // wins where both match.)
        if let Some(two) = (l.kind == EntityKind::Person)
            .then(|| surname_of_two(kb, &l.name))
            .flatten()
            .filter(|two| !l.short.contains(two))
        {
            names.push((two, t, l.kind, Source::Alias));
        }
    }
    for (t, k, s) in &doc.gaz_short {
        names.push((s.clone(), *t, *k, Source::Alias));
    }
    let firsts = names.len()..names.len() + doc.listed_firsts.len();
    for (t, s) in &doc.listed_firsts {
        names.push((s.clone(), *t, EntityKind::Institution, Source::Alias));
    }
    let mut seen = std::collections::HashSet::new();
    for c in &doc.cands {
        if let (Target::Gaz(id), EntityKind::Person) = (c.target, c.kind) {
            if !seen.insert(id) {
                continue;
            }
            let e = kb.gazetteer.entity(id);
            for short in &e.short {
                names.push((short.clone(), c.target, c.kind, Source::Alias));
            }
            if let Some(surname) = crate::doc::surname_of(&e.name) {
                if e.name.contains(' ') && surname.chars().count() > 2 {
                    names.push((surname.to_string(), c.target, c.kind, Source::Alias));
                }
            }
        }
    }
    if names.is_empty() {
        return;
    }
    // Names are looked up by their first word, token by token, then
    // compared in the normalized text: no automaton per story.
    let mut by_first: HashMap<String, Vec<(usize, String)>> = HashMap::new();
    for (i, (name, ..)) in names.iter().enumerate() {
        let normalized = normalize_name(name);
        let first = normalized.split([' ', '-', '\'']).next().unwrap_or("").to_string();
        if !first.is_empty() {
            by_first.entry(first).or_default().push((i, normalized));
        }
    }
    // A first word that opens many names ("Europe 1", "Europe 2", ... of a
    // story's radio stations) is looked up by the names' full text, at the
    // word ends within the longest of them, not compared with each name:
    // the cost of a token stays bounded however many names share a word.
    const MANY: usize = 16;
    let by_text: HashMap<&str, (usize, HashMap<&str, Vec<usize>>)> = by_first
        .iter()
        .filter(|(_, v)| v.len() > MANY)
        .map(|(k, v)| {
            let longest = v.iter().map(|(_, n)| n.len()).max().unwrap_or(0);
            let mut m: HashMap<&str, Vec<usize>> = HashMap::new();
            for (i, n) in v {
                m.entry(n.as_str()).or_default().push(*i);
            }
            (k.as_str(), (longest, m))
        })
        .collect();
    // Most words start no name: a bit per (first byte, length) of the keys
    // spares them the hash lookup.
    let mut may_start = [0u64; 256];
    for key in by_first.keys() {
        may_start[usize::from(key.as_bytes()[0])] |= 1 << key.len().min(63);
    }
    // Where the story names two people of one surname, "Fox" alone is one
    // named before it, not "Karen Fox" of the media contact after it.
    // (Of two named before, the story's own person may have been named
    // first or last: "Clinton" after "Hillary Clinton ... Bill Clinton",
    // "Johnson" in a story's later item about Jeh Johnson; the order of
    // the names stays.) Each person's first mention, made when two such
    // names first meet.
    let first_named: std::cell::OnceCell<FastMap<Target, usize>> = std::cell::OnceCell::new();
    let named_before = |t: Target, at: usize| -> Option<usize> {
        let map = first_named.get_or_init(|| {
            let mut m: FastMap<Target, usize> = FastMap::default();
            for c in doc.cands.iter().filter(|c| c.kind == EntityKind::Person) {
                m.entry(c.target).or_insert(c.span.start);
            }
            m
        });
        map.get(&t).copied().filter(|&s| s < at)
    };
    let mut batch = Vec::new();
    for t in doc.tokens.iter().filter(|t| t.kind == crate::token::TokenKind::Word) {
        let word = t.as_str();
        // "Putin’s": the name is the word before the possessive.
        let stem = word
            .strip_suffix("’s")
            .or_else(|| word.strip_suffix("'s"))
            .or_else(|| word.strip_suffix("’"))
            .unwrap_or(word);
        let mut buf = [0u8; 32];
        let key = match crate::lexicon::ascii_lower(stem, &mut buf) {
            Some(k) => std::borrow::Cow::Borrowed(k),
            None => std::borrow::Cow::Owned(normalize_name(stem)),
        };
        let key = key.split(['-', '\'']).next().unwrap_or("");
        let Some(&first) = key.as_bytes().first() else { continue };
        if may_start[usize::from(first)] & (1 << key.len().min(63)) == 0 {
            continue;
        }
        let Some(cands) = by_first.get(key) else { continue };
        // Where the token starts in the normalized text.
        let at = norm.map.partition_point(|&o| (o as usize) < t.span.start);
        let rest = &norm.text[at..];
        let mut best: Option<(Span, usize)> = None;
        let mut consider = |i: usize, normalized: &str| {
            if !rest.starts_with(normalized) {
                return;
            }
            let Some((s, e)) = norm.original(at, at + normalized.len()) else { return };
            if !crate::matcher::on_boundaries(doc.text, s, e) || in_hyphenated_name(doc.text, s, e)
            {
                return;
            }
            if !CaseRule::of(&names[i].0).accepts(&doc.text[s..e])
                || (names[i].2 == EntityKind::Person
                    && crate::ambiguity::caps_amid_lowercase(doc, Span::new(s, e)))
            {
                return;
            }
            // (A listed body's first word stands alone: not "Borussia" of
            // "Borussia Moenchengladbach", nor "Johnson" of "Woody
            // Johnson".)
            if firsts.contains(&i) && !standing_alone(doc, s, e) {
                return;
            }
            let better = match best {
                None => true,
                Some((b, _)) if e - s != b.len() => e - s > b.len(),
                Some((_, j)) => {
                    names[i].2 == EntityKind::Person
                        && names[j].2 == EntityKind::Person
                        && names[i].1 != names[j].1
                        && named_before(names[i].1, s).is_some()
                        && named_before(names[j].1, s).is_none()
                }
            };
            if better {
                best = Some((Span::new(s, e), i));
            }
        };
        match by_text.get(key) {
            // (Of a crowded first word, the names the text spells up to one
            // of its word ends within the longest name.)
            Some((longest, by_name)) => {
                let ends = rest
                    .char_indices()
                    .take_while(|&(e, _)| e <= *longest)
                    .filter(|&(_, ch)| !ch.is_alphanumeric())
                    .map(|(e, _)| e)
                    .chain((rest.len() <= *longest).then_some(rest.len()));
                for e in ends {
                    for &i in by_name.get(&rest[..e]).into_iter().flatten() {
                        consider(i, &rest[..e]);
                    }
                }
            }
            None => {
                for (i, normalized) in cands {
                    consider(*i, normalized);
                }
            }
        }
        if let Some((span, i)) = best {
            let (_, target, kind, source) = names[i];
            // ("Hilton Hotels" after "Barron Hilton": a thing's name;
            // "Melania Trump" after "President Trump": another person.)
            let own = match target {
                Target::Gaz(id) => Some(kb.gazetteer.entity(id).name.as_str()),
                Target::Local(_) => None,
            };
            // ("Trump Shuttle" is no mention of Ivana Trump either.)
            // (Nor "Trayvon Martin" of Tracy Martin: another given name
            // before the surname.)
            let local_other = || match target {
                Target::Local(l) => {
                    let own = &doc.locals[l as usize].name;
                    other_surname_after(doc, kb, span, own, |w| doc.overlaps_any(w))
                        || (!written_first(own, &doc.text[span])
                            && other_given_name_before(doc, kb, span, own, false, |w| {
                                doc.overlaps_any(w)
                            }))
                }
                Target::Gaz(_) => false,
            };
            if kind == EntityKind::Person
                && (someone_else(doc, kb, span, own, true, |w| doc.overlaps_any(w))
                    || local_other())
            {
                continue;
            }
            batch.push(Cand { span, kind, target, source, title: None });
        }
    }
    // "El Paso Electric said", after "El Paso Electric Co": a body's name
    // the story gave takes in the listed place its words start with.
    let mut inside: FastSet<usize> = FastSet::default();
    // (Not "southern California" after "Southern California Edison Co".)
    for c in batch.iter().filter(|c| {
        c.kind == EntityKind::Institution && doc.text[c.span].starts_with(char::is_uppercase)
    }) {
        let from = doc.cands.partition_point(|x| x.span.start < c.span.start);
        for (k, x) in doc.cands[from..].iter().enumerate() {
            if x.span.start >= c.span.end {
                break;
            }
            if x.kind == EntityKind::Place
                && x.span.end <= c.span.end
                && x.span.len() < c.span.len()
                && matches!(x.target, Target::Gaz(_))
            {
                inside.insert(from + k);
            }
        }
    }
    doc.remove_cands(&inside);
    doc.add_all_free(batch);
}

/// Whether the word at bytes `s..e` stands apart from any capitalised word
/// beside it: no other name's word before or after it (which a sentence
/// in capitals cannot show: "SWEDISH EXPORT CREDIT" is no "Credit").
fn standing_alone(doc: &Doc<'_>, s: usize, e: usize) -> bool {
    if doc.in_caps_sentence(s) {
        return false;
    }
    let t = doc.token_at(s);
    // (Nor a town: the dateline's in capitals, "LEVERKUSEN, Germany
    // (Reuters)", or after a preposition of place, "4-1 in Eindhoven".)
    let word = &doc.text[s..e];
    let dateline = s < doc.body_start && !word.chars().any(char::is_lowercase);
    if dateline || doc.prev_solid(t).is_some_and(|p| matches!(doc.word(p), "in" | "near")) {
        return false;
    }
    let capital = |j: Option<usize>| j.is_some_and(|j| doc.is_cap(j));
    // (A sentence's first word is capitalised anyway: "A Deutsche
    // spokesman".)
    let before = doc.prev_solid(t).filter(|&p| !doc.opens_sentence(t) && !doc.opens_sentence(p));
    !capital(before) && !capital(doc.next_solid(doc.token_at(e - 1)))
}

/// A place's name that is the first name of a person the story named
/// before ("Sofia has the experience", after "Sofia Lindqvist") is that
/// person, as releases call people by their first names; not after a
/// preposition of place ("flights to Sofia").
pub(crate) fn first_name_places(doc: &mut Doc<'_>, kb: &Knowledge) {
    // First name -> the first person of the story who bears it.
    let mut firsts: FastMap<&str, Target> = FastMap::default();
    let mut changes: Vec<(usize, Target)> = Vec::new();
    for i in 0..doc.cands.len() {
        let c = doc.cands[i];
        match c.kind {
            EntityKind::Person => {
                if let Some((first, _)) = doc.target_name(kb, c.target).split_once(' ') {
                    firsts.entry(first).or_insert(c.target);
                }
            }
            EntityKind::Place if !firsts.is_empty() => {
                let k = doc.token_at(c.span.start);
                if doc.tokens[k].span != c.span || doc.in_caps_sentence(c.span.start) {
                    continue;
                }
                let Some(&person) = firsts.get(&doc.text[c.span]) else {
                    continue;
                };
                let placed = doc.prev_solid(k).is_some_and(|p| {
                    lower_in(
                        doc.word(p),
                        &[
                            "in", "to", "from", "at", "near", "of", "via", "outside", "into",
                            "across", "around", "and", ",",
                        ],
                    )
                });
                if !placed {
                    changes.push((i, person));
                }
            }
            _ => {}
        }
    }
    for (i, person) in changes {
        let c = &mut doc.cands[i];
        c.kind = EntityKind::Person;
        c.target = person;
        c.source = Source::Alias;
    }
}

/// A common given name standing alone after its person was named in full
/// ("Lena brings deep experience", after "Lena Park"): that person, when
/// no other person of the story bears it and no capitalised word follows.
pub(crate) fn first_names_alone(doc: &mut Doc<'_>, kb: &Knowledge) {
    // First name -> (person, where first named), or none when two share it.
    let mut firsts: FastMap<&str, (Option<Target>, usize)> = FastMap::default();
    for c in doc.cands.iter().filter(|c| c.kind == EntityKind::Person && c.source != Source::Role) {
        let Some((first, _)) = doc.target_name(kb, c.target).split_once(' ') else { continue };
        if !kb.given_names.contains_key(first) {
            continue;
        }
        let slot = firsts.entry(first).or_insert((Some(c.target), c.span.end));
        if slot.0 != Some(c.target) {
            slot.0 = None;
        }
    }
    if firsts.values().all(|f| f.0.is_none()) {
        return;
    }
    let mut batch = Vec::new();
    for k in 0..doc.tokens.len() {
        if !doc.is_cap(k) {
            continue;
        }
        let w = doc.word(k);
        let Some(&(Some(person), after)) = firsts.get(w) else {
            continue;
        };
        let span = doc.tokens[k].span;
        // (Alone: no capitalised word beside it, "the Knyaz Vladimir" is a
        // ship's name; and no title, "the Pope".)
        if span.start < after
            || doc.cand_at(span.start).is_some()
            || doc.next_on_line(k).is_some_and(|n| doc.is_cap(n))
            || doc.prev_on_line(k).is_some_and(|p| {
                doc.is_cap(p) && !crate::lexicon::NOT_NAME_START_SET.has(doc.word(p))
            })
            || HEAD_TITLE_SET.has(w)
            || doc.in_caps_sentence(span.start)
        {
            continue;
        }
        batch.push(Cand::alias(span, EntityKind::Person, person));
    }
    doc.add_all_free(batch);
}

/// A person found by pattern whose name the list spells another way
/// ("Volodymyr Zelenskiy", Reuters' spelling of Volodymyr Zelensky) is the
/// listed person, every mention of it.
pub(crate) fn respell_people(doc: &mut Doc<'_>, kb: &Knowledge) {
    let mut to: FastMap<u32, EntityId> = FastMap::default();
    for (l, local) in doc.locals.iter().enumerate() {
        if local.kind != EntityKind::Person {
            continue;
        }
        if let Some(id) = kb.spelling_of(&local.name) {
            to.insert(l as u32, id);
        }
    }
    if to.is_empty() {
        return;
    }
    for c in doc.cands.iter_mut() {
        if let Target::Local(l) = c.target {
            if let Some(&id) = to.get(&l) {
                c.target = Target::Gaz(id);
            }
        }
    }
}

/// A person found only by a surname ("Mr Kostin" before "Andrei Kostin")
/// is the person of the story whose full name ends with it. So is a listed
/// person's surname alone when the story names someone else of that
/// surname in full and never the listed one: "Solberg" after "Ingrid
/// Solberg" is not Erna Solberg.
pub(crate) fn merge_surnames(doc: &mut Doc<'_>, kb: &Knowledge) {
    let full = doc.surnames(kb);
    if full.is_empty() {
        return;
    }
    // The people the story names in more than one word, by surname (the
    // first one wins), and all of them.
    let mut written: HashMap<&str, Target> = HashMap::new();
    let mut named_in_full: FastSet<Target> = FastSet::default();
    for c in doc.cands.iter().filter(|c| c.kind == EntityKind::Person) {
        if doc.text[c.span].contains(' ') {
            named_in_full.insert(c.target);
            if let Some(last) = crate::doc::surname_of(doc.target_name(kb, c.target)) {
                written.entry(last).or_insert(c.target);
            }
        }
    }
    // ... and by their last two words, for the people named in three or
    // more ("Wasserman Schultz" of "Debbie Wasserman Schultz").
    let mut tails: HashMap<String, Target> = HashMap::new();
    let mut seen: FastSet<Target> = FastSet::default();
    for c in doc.cands.iter().filter(|c| c.kind == EntityKind::Person) {
        if seen.insert(c.target) {
            if let Some(two) = surname_of_two(kb, doc.target_name(kb, c.target)) {
                tails.entry(two).or_insert(c.target);
            }
        }
    }
    let mut moves = Vec::new();
    for (k, c) in doc.cands.iter().enumerate() {
        if c.kind != EntityKind::Person {
            continue;
        }
        let other = match c.target {
            Target::Local(l) => {
                let name = &doc.locals[l as usize].name;
                match name.rsplit_once(' ') {
                    None => full.get(name.as_str()),
                    Some(_) if tails.contains_key(name.as_str()) => tails.get(name.as_str()),
                    // "Van der Berg" of "Daan van der Berg": particles and
                    // the surname.
                    Some((particles, last)) if crate::patterns::particles_only(kb, particles) => {
                        full.get(last).filter(|&&t| {
                            doc.target_name(kb, t).to_lowercase().ends_with(&name.to_lowercase())
                        })
                    }
                    Some(_) => None,
                }
            }
            Target::Gaz(_) => {
                let text = &doc.text[c.span];
                (!text.contains(' ') && !named_in_full.contains(&c.target))
                    .then(|| written.get(text))
                    .flatten()
            }
        };
        if let Some(&t) = other.filter(|&&t| t != c.target) {
            moves.push((k, t));
        }
    }
    // A listed person the story marks as present keeps every mention of
    // their surname: an office before one ("President Obama") or a title
    // of the other gender than the person named in full ("Mr. Obama"
    // when the story names Michelle Obama). A title of the same gender is
    // needed for the move where a title stands.
    let mut present: FastSet<Target> = FastSet::default();
    for &(k, t) in &moves {
        let c = &doc.cands[k];
        if !matches!(c.target, Target::Gaz(_)) {
            continue;
        }
        let Some(p) = word_before_name(doc, doc.token_at(c.span.start)) else { continue };
        let gender = match lower(doc.word(p)).as_ref() {
            "mr" => Some(Gender::Male),
            "mrs" | "ms" | "miss" => Some(Gender::Female),
            _ => None,
        };
        let fits = match gender {
            Some(g) => kb.gender_of_name(doc.target_name(kb, t)) == Some(g),
            None => !crate::patterns::is_head_title(doc, p),
        };
        if !fits {
            present.insert(c.target);
        }
    }
    for (k, t) in moves {
        if present.contains(&doc.cands[k].target) {
            continue;
        }
        doc.cands[k].target = t;
        doc.cands[k].source = Source::Alias;
    }
}

/// The person an office description stands for in this story.
pub(crate) fn holder(
    doc: &Doc<'_>,
    kb: &Knowledge,
    keys: &[&str],
    qualifier: Option<EntityId>,
    at: usize,
    home: Option<EntityId>,
) -> Option<Target> {
    // Before the description beats after it; nearer beats farther. The
    // window is bounded so that a long story stays linear.
    let before = doc.cands_between(at.saturating_sub(LOOK_BACK), at);
    let after = doc.cands_between(at, at.saturating_add(LOOK_BACK));
    let holds = |c: &&Cand, key: &str, of: Option<EntityId>| {
        c.kind == EntityKind::Person
            && c.source != Source::Role
            && person_holds(doc, kb, c.target, key, of)
    };
    // An unqualified description in a story filed from a country
    // ("ASTANA. KAZINFORM – ... the Head of State said") is that country's
    // office holder first, when the story names one.
    let home = home.filter(|_| qualifier.is_none());
    for key in keys {
        let found = before
            .iter()
            .rev()
            .find(|c| home.is_some() && holds(c, key, home))
            .or_else(|| before.iter().rev().find(|c| holds(c, key, qualifier)))
            .or_else(|| after.iter().find(|c| holds(c, key, qualifier)));
        if let Some(c) = found {
            return Some(c.target);
        }
    }
    // Nobody in the story and no qualifier: a body's own office ("the
    // Secretary-General", "the Director-General") is held at the body the
    // story names, when exactly one such holder is found on the story's
    // date. (Only for a description of that office alone: not "the chief",
    // which may head anything.)
    // (The bodies looked at lie in the same window as the people: a long
    // story stays linear.)
    const BODY_OFFICES: &[&str] = &[
        "secretary general",
        "director general",
        "managing director",
        "high commissioner",
        "executive director",
    ];
    if let [key] = keys {
        if qualifier.is_none() && doc.date.is_some() && BODY_OFFICES.contains(key) {
            let bodies: Vec<EntityId> = before
                .iter()
                .chain(after)
                .filter(|c| c.kind == EntityKind::Institution)
                .filter_map(|c| match c.target {
                    Target::Gaz(id) => Some(id),
                    Target::Local(_) => None,
                })
                .collect();
            let mut held = kb.holders.get(*key).into_iter().flatten().filter(|id| {
                kb.roles.get(id).is_some_and(|roles| {
                    roles.iter().any(|r| {
                        r.key == *key
                            && r.holds(doc.date)
                            && bodies.iter().any(|&b| kb.of_fits(r.of, Some(b)))
                    })
                })
            });
            if let (Some(&id), None) = (held.next(), held.next()) {
                return Some(Target::Gaz(id));
            }
        }
    }
    // Nobody in the story: with a qualifier, the list knows who held the
    // office on the story's date.
    let q = qualifier?;
    // Titles every company and committee has are looked up only for a
    // body, on a known date: "the Fed chairman" in a dated story, not "the
    // chairman of the U.S. House subcommittee".
    let generic = |key: &str| {
        matches!(
            key,
            "chairman"
                | "chief executive"
                | "chief financial officer"
                | "chief operating officer"
                | "chief technology officer"
                | "founder"
        )
    };
    let place = kb.gazetteer.entity(q).kind == EntityKind::Place;
    for key in keys {
        if key.starts_with('*') {
            // Too broad to look up in the list: only people of the story.
            continue;
        }
        if generic(key) && (place || doc.date.is_none()) {
            continue;
        }
        let Some(ids) = kb.holders.get(*key) else { continue };
        // (A country's governor is a region's or a colony's, not its
        // central bank's: "the British governor" of Hong Kong is no
        // Governor of the Bank of England.)
        let body_of_place = |of: Option<EntityId>| {
            place && of.is_some_and(|o| kb.gazetteer.entity(o).kind == EntityKind::Institution)
        };
        let found = ids.iter().find(|id| {
            kb.roles.get(id).is_some_and(|roles| {
                roles.iter().any(|r| {
                    r.key == *key
                        && r.holds(doc.date)
                        && kb.of_fits(r.of, Some(q))
                        && !(*key == "governor" && body_of_place(r.of))
                })
            })
        });
        if let Some(id) = found {
            return Some(Target::Gaz(*id));
        }
    }
    None
}

/// Whether a role key fits a descriptor key (`*minister` fits every
/// minister).
pub(crate) fn key_fits(role: &str, wanted: &str) -> bool {
    match wanted.strip_prefix('*') {
        Some(tail) => role.ends_with(tail),
        None => role == wanted,
    }
}

fn person_holds(doc: &Doc<'_>, kb: &Knowledge, t: Target, key: &str, q: Option<EntityId>) -> bool {
    if let Target::Gaz(id) = t {
        if let Some(roles) = kb.roles.get(&id) {
            if roles
                .iter()
                .any(|r| key_fits(&r.key, key) && r.holds(doc.date) && kb.of_fits(r.of, q))
            {
                return true;
            }
        }
    }
    // A title in the text without its country ("President Macron", "Mr
    // President") fits a description without a qualifier; with one ("the
    // President of Ukraine"), only a person the list ties to that country
    // or body, whatever the date.
    let tied_to_q = || match (t, q) {
        (_, None) => true,
        (Target::Gaz(id), Some(_)) => {
            kb.roles.get(&id).is_some_and(|roles| roles.iter().any(|r| kb.of_fits(r.of, q)))
        }
        (Target::Local(_), Some(_)) => false,
    };
    doc.text_roles.get(&t).is_some_and(|roles| {
        roles.iter().any(|r| {
            key_fits(&r.key, key)
                && match r.of {
                    Some(_) => kb.of_fits(r.of, q),
                    None => tied_to_q(),
                }
        })
    })
}

/// Matches the words of `phrase` at token `i`, skipping hyphens; returns the
/// last token.
fn match_phrase(doc: &Doc<'_>, i: usize, phrase: &str) -> Option<usize> {
    let mut j = i;
    let mut last = None;
    for (n, w) in phrase.split([' ', '-']).enumerate() {
        if n > 0 {
            let k = doc.next_on_line(j)?;
            j = if doc.word(k) == "-" { k + 1 } else { k };
            doc.tokens.get(j)?;
        }
        if !doc.is_word(j) || !doc.word(j).eq_ignore_ascii_case(w) {
            return None;
        }
        last = Some(j);
    }
    last
}

/// People named again by the noun the story gave them: the title before
/// the name ("Former Senator Maria Lopez" ... "the former senator"), the
/// head of an apposition ("Tom Reyes, the company's founder," ... "the
/// founder"), or an age ("Jane Okafor, 54," ... "the 54-year-old"). The
/// description, "the" and at most one modifier before the noun, names the
/// latest person so described before it; not a title before a name of
/// its own ("the founder Tom Reyes"), nor a noun with "of" after it ("the
/// founder of Acme").
pub(crate) fn find_described_again(doc: &mut Doc<'_>) {
    use crate::lexicon::HEAD_TITLE_SET;
    // (Not nouns that are adjectives or other words too, "the general
    // election", "the centre-right", "the deputy secretary", "the mother
    // superior", nor the roles a story gives many people in turn, "the
    // candidate", "the nominee".)
    let noun_of_person = |w: &str| {
        let lw = lower(w);
        !matches!(
            lw.as_ref(),
            "officer"
                | "member"
                | "head"
                | "mr"
                | "mrs"
                | "ms"
                | "dr"
                | "general"
                | "deputy"
                | "centre"
                | "center"
                | "star"
                | "mother"
                | "father"
                | "principal"
                | "major"
                | "candidate"
                | "nominee"
                | "acting"
                | "former"
        ) && (crate::patterns::role_noun(&lw) || HEAD_TITLE_SET.has(&lw))
    };
    // Noun -> where each description was given, and whom it describes.
    let mut by_noun: FastMap<String, Vec<(usize, Target)>> = FastMap::default();
    let mut describe = |noun: String, given: usize, target: Target| {
        by_noun.entry(noun).or_default().push((given, target));
    };
    for c in doc.cands.iter().filter(|c| c.kind == EntityKind::Person) {
        let first = doc.token_at(c.span.start);
        // The title: the word right before the name.
        if let Some(p) = doc.prev_on_line(first).filter(|&p| doc.is_word(p)) {
            if noun_of_person(doc.word(p)) {
                describe(lower(doc.word(p)).into_owned(), c.span.end, c.target);
            }
        }
        let Some(last) = doc.last_token(c.span) else { continue };
        let Some(comma) = doc.next_solid(last).filter(|&n| doc.word(n) == ",") else { continue };
        let Some(n) = doc.next_solid(comma) else { continue };
        // The age: ", 54,".
        if doc.tokens[n].kind == TokenKind::Number
            && doc.next_solid(n).is_some_and(|x| doc.word(x) == ",")
        {
            describe(format!("{}-year-old", doc.word(n)), c.span.end, c.target);
            continue;
        }
        // The apposition's noun: ", the company's founder,", ", a lawyer".
        if !lower_in(doc.word(n), &["the", "a", "an", "its", "his", "her", "their"])
            && !doc.word(n).ends_with("'s")
            && !doc.word(n).ends_with("’s")
        {
            continue;
        }
        let mut j = n;
        let mut head = None;
        for _ in 0..6 {
            let Some(x) = doc.next_solid(j) else { break };
            if !doc.is_word(x) || lower_in(doc.word(x), &["of", "at", "for", "in", "who", "and"]) {
                break;
            }
            head = Some(x);
            j = x;
        }
        // (Given where the apposition ends: the apposition itself names
        // nobody again.)
        if let Some(h) = head.filter(|&h| !doc.is_cap(h) && noun_of_person(doc.word(h))) {
            describe(lower(doc.word(h)).into_owned(), doc.tokens[h].span.end, c.target);
        }
    }
    if by_noun.is_empty() {
        return;
    }
    for list in by_noun.values_mut() {
        list.sort_by_key(|&(given, _)| given);
    }
    let mut batch = Vec::new();
    for i in 0..doc.tokens.len() {
        if !(doc.is_word(i) && doc.word(i).eq_ignore_ascii_case("the")) {
            continue;
        }
        let Some(mut j) = doc.next_on_line(i) else { continue };
        if lower_in(doc.word(j), &["former", "new", "outgoing", "incoming", "veteran", "longtime"])
        {
            j = match doc.next_on_line(j) {
                Some(n) => n,
                None => continue,
            };
        }
        // "the 54-year-old": a number and "-year-old".
        let (noun, end) = if doc.tokens[j].kind == TokenKind::Number {
            if !aged_at(doc, j) {
                continue;
            }
            (std::borrow::Cow::Owned(format!("{}-year-old", doc.word(j))), j + 4)
        } else if doc.is_word(j) {
            (lower(doc.word(j)), j)
        } else {
            continue;
        };
        let at = doc.tokens[i].span.start;
        // (The latest so described before `at`, by a binary search among
        // those the noun describes: the story may describe thousands.)
        let Some(list) = by_noun.get(noun.as_ref()) else { continue };
        let n = list.partition_point(|&(given, _)| given <= at);
        let Some(&(_, target)) = n.checked_sub(1).map(|n| &list[n]) else { continue };
        // Not a title before a name, nor "the founder of Acme", nor a
        // compound ("the centre-right", "the chief executive"), nor an
        // apposition after a name ("Dan Stevens, the spokesman,").
        if doc.next_on_line(end).is_some_and(|n| {
            matches!(doc.word(n), "of" | "-" | "[" | "(")
                || (doc.is_word(n)
                    && (noun_of_person(doc.word(n)) || lower_in(doc.word(n), &["general"])))
                || doc.cand_starting(n).is_some()
                || (doc.is_cap(n) && doc.is_word(n))
        }) {
            continue;
        }
        let apposition = doc.prev_solid(i).is_some_and(|p| {
            doc.word(p) == ","
                && doc.prev_solid(p).is_some_and(|q| {
                    doc.cand_at(doc.tokens[q].span.start)
                        .is_some_and(|c| c.kind == EntityKind::Person)
                })
        });
        if apposition {
            continue;
        }
        let span = Span::new(at, doc.tokens[end].span.end);
        if !doc.overlaps_any(span) {
            batch.push(Cand::role_person(span, target));
        }
    }
    doc.add_all_free(batch);
}

/// Whether token `j` is a number that "-year-old" follows: "54-year-old".
fn aged_at(doc: &Doc<'_>, j: usize) -> bool {
    doc.tokens[j].kind == TokenKind::Number
        && ["-", "year", "-", "old"]
            .iter()
            .enumerate()
            .all(|(n, w)| doc.tokens.get(j + 1 + n).is_some_and(|t| t.as_str() == *w))
}

/// A person named again by a nationality, as sports and wire copy do:
/// "Gauff, 19, said ... \"...,\" the American told reporters", "The
/// Belarusian, who lost one set, ...". "The" and a demonym used as a noun
/// (before a comma, a cue or an auxiliary) name the first person of the
/// sentence before, the subject it went on about, or failing one there, of
/// the sentence before that.
pub(crate) fn find_demonym_people(doc: &mut Doc<'_>, kb: &Knowledge) {
    let mut batch = Vec::new();
    for i in 0..doc.tokens.len() {
        // (The length first: most words are not "the".)
        if doc.tokens[i].span.len() != 3 || !doc.word(i).eq_ignore_ascii_case("the") {
            continue;
        }
        let Some(mut d) = doc.next_on_line(i) else { continue };
        // ("the 24-year-old said" where the story gave no age: the same.)
        let aged = aged_at(doc, d);
        // ("the world number one told reporters", "the top seed said": a
        // ranking, as sports copy names the player it went on about.)
        let ranking = [
            &["world", "number", "one"][..],
            &["world", "No", ".", "1"][..],
            &["top", "seed"][..],
            &["defending", "champion"][..],
        ]
        .iter()
        .find_map(|words| {
            let mut at = d;
            for (n, w) in words.iter().enumerate() {
                if n > 0 {
                    at = doc.next_on_line(at)?;
                }
                if doc.word(at) != *w {
                    return None;
                }
            }
            Some(at)
        });
        let demonym = |x: usize| {
            doc.is_word(x) && doc.is_cap(x) && {
                let w = lower(doc.word(x));
                kb.demonyms.contains_key(w.as_ref())
                    || crate::patterns::DEMONYM_NOUNS.contains(&w.as_ref())
            }
        };
        if aged {
            d += 4;
            // ("the 22-year-old Spaniard told reporters".)
            if let Some(n) = doc.next_on_line(d).filter(|&n| demonym(n)) {
                d = n;
            }
        } else if let Some(end) = ranking {
            d = end;
        } else if !demonym(d) {
            continue;
        }
        // (One person: not "The Dutch are ...", "as the Chinese saying
        // goes".)
        let noun = doc.next_solid(d).is_some_and(|n| {
            let w = doc.word(n);
            w == ","
                || (doc.is_word(n)
                    && !doc.is_cap(n)
                    && !lower_in(w, &["saying", "are", "were", "have", "do", "say", "want"])
                    && (crate::quote::cue_at(doc, n).is_some() || crate::quote::is_auxiliary(w)))
        });
        if !noun {
            continue;
        }
        let at = doc.tokens[i].span.start;
        let s = doc.sentence_of(at);
        let person_in = |s: usize| {
            let (span, _) = doc.sentences[s];
            doc.cands_between(span.start, span.end)
                .iter()
                .find(|c| c.kind == EntityKind::Person && c.source != Source::Role)
                .map(|c| c.target)
        };
        let Some(target) = (1..=2).filter_map(|b| s.checked_sub(b)).find_map(person_in) else {
            continue;
        };
        let span = Span::new(at, doc.tokens[d].span.end);
        if !doc.overlaps_any(span) {
            batch.push(Cand::role_person(span, target));
        }
    }
    doc.add_all_free(batch);
}

/// Role descriptions: "the [qualifier] DESCRIPTOR", where the qualifier is
/// a demonym ("Russian"), a place or a body ("UN", "Kremlin"), and the
/// descriptor a word of office ("president", "head of state", "leader").
pub(crate) fn find_role_descriptions(
    doc: &mut Doc<'_>,
    kb: &Knowledge,
    dateline_place: Option<Span>,
) {
    let home = dateline_country(doc, kb, dateline_place);
    let mut found: Vec<(Span, Target, Vec<usize>)> = Vec::new();
    let headline_end = doc.headline_end();
    for i in 0..doc.tokens.len() {
        // A headline opens with a bare title: "Chancellor defends budget",
        // "President vows to veto bill", "UN chief condemns attack",
        // "Israeli PM says ...".
        // (After a topic and its colon too: "Sudan: UN chief condemns".)
        let opens_line = |i: usize| match doc.prev_on_line(i) {
            None => true,
            Some(c) => {
                doc.word(c) == ":"
                    && doc.prev_on_line(c).is_some_and(|t| doc.prev_on_line(t).is_none())
            }
        };
        let bare = doc.is_word(i)
            && doc.tokens[i].span.start < headline_end
            && doc.is_cap(i)
            && opens_line(i)
            && (crate::lexicon::DESCRIPTOR_FIRSTS.has(doc.word(i))
                || kb.demonyms.contains_key(lower(doc.word(i)).as_ref())
                || doc.cand_starting(i).is_some_and(|c| {
                    matches!(c.kind, EntityKind::Place | EntityKind::Institution)
                }));
        if !(bare || (doc.is_word(i) && doc.word(i).eq_ignore_ascii_case("the"))) {
            continue;
        }
        let Some(mut j) = (if bare { Some(i) } else { doc.next_on_line(i) }) else { continue };
        // "the top Russian diplomat": "top" before the demonym.
        let top = doc.word(j) == "top"
            && doc.next_on_line(j).is_some_and(|n| {
                doc.is_cap(n) && kb.demonyms.contains_key(lower(doc.word(n)).as_ref())
            });
        if top {
            j = doc.next_on_line(j).unwrap_or(j);
        }
        let mut qualifier = None;
        let mut covered = Vec::new();
        let mut at = j;
        if let Some(c) = doc.cand_starting(j) {
            if matches!(c.kind, EntityKind::Place | EntityKind::Institution) {
                if let Target::Gaz(id) = c.target {
                    qualifier = Some(id);
                    covered.push(c.span.start);
                    let end_tok = doc.token_at(c.span.end - 1);
                    match doc.next_on_line(end_tok) {
                        Some(n) => at = n,
                        None => continue,
                    }
                }
            }
        } else if doc.is_cap(j) {
            if let Some(&place) = kb.demonyms.get(lower(doc.word(j)).as_ref()) {
                qualifier = Some(place);
                match doc.next_on_line(j) {
                    Some(n) => at = n,
                    None => continue,
                }
            }
        }
        let descriptor = doc.is_word(at) && crate::lexicon::DESCRIPTOR_FIRSTS.has(doc.word(at));
        if !(top || descriptor) {
            continue;
        }
        // After "top" and the demonym, the rest of a descriptor that opens
        // with "top" ("top diplomat"); else any descriptor.
        let Some((end, keys)) = DESCRIPTORS
            .iter()
            .filter_map(|(phrase, keys)| {
                let phrase = if top { phrase.strip_prefix("top ")? } else { phrase };
                match_phrase(doc, at, phrase).map(|e| (e, *keys))
            })
            .max_by_key(|(e, _)| *e)
        else {
            continue;
        };
        // "the President of Russia": the qualifier follows.
        let mut end = end;
        if qualifier.is_none() {
            if let Some((q, last, start)) = of_qualifier(doc, end) {
                qualifier = Some(q);
                covered.push(start);
                end = last;
            }
        }
        // "the president of the company" is not a head of state, and "the
        // Russian President Vladimir Putin" is a title.
        if let Some(n) = doc.next_on_line(end) {
            if doc.is_word(n) && doc.word(n) == "of" {
                continue;
            }
            if doc.cand_starting(n).is_some_and(|c| c.kind == EntityKind::Person) {
                continue;
            }
            if doc.is_cap(n) && doc.is_cap(end) {
                continue;
            }
        }
        let span = Span::new(doc.tokens[i].span.start, doc.tokens[end].span.end);
        // "Will Estrada, the chairman for the county,": an apposition's
        // description is the person it follows. (Closed by a comma or
        // going on with a preposition: not "Addressing Fumio Kishida, the
        // President of Russia noted", the subject after an opener.)
        let closed = doc.next_solid(end).is_some_and(|n| {
            matches!(doc.word(n), "," | ")" | "for" | "at" | "in" | "with" | "on")
        });
        // "The Secretary" alone, as American releases call a department's
        // head: the person the story last titled so ("Secretary of State
        // Antony J. Blinken"), whose office the list may file under another
        // key. (Presidents, governors and ministers have their keys.)
        let head = doc.word(end);
        // (Not "the Secretary General".)
        let alone = doc.next_on_line(end).is_none_or(|n| !doc.is_cap(n));
        let titled =
            (end == at && alone && qualifier.is_none() && head.eq_ignore_ascii_case("secretary"))
                .then(|| {
                    doc.cands_between(span.start.saturating_sub(LOOK_BACK), span.start)
                        .iter()
                        .rev()
                        .filter(|c| c.kind == EntityKind::Person && c.source != Source::Role)
                        .find(|c| {
                            c.title.is_some_and(|t| {
                                doc.text[t].split([' ', '-']).any(|w| w.eq_ignore_ascii_case(head))
                            })
                        })
                        .map(|c| c.target)
                })
                .flatten();
        let apposed = doc
            .prev_solid(i)
            .filter(|&c| closed && doc.word(c) == ",")
            .and_then(|c| doc.prev_solid(c))
            .and_then(|p| {
                let w = doc.tokens[p].span;
                doc.cands[doc.overlapping(w)]
                    .iter()
                    .find(|c| c.kind == EntityKind::Person && c.span.end == w.end)
                    .map(|c| c.target)
            });
        // "The Governor of the Bank of England, Robin Leigh-Pemberton,
        // repeated ...": the name in an apposition after the description
        // (not an item of a list: "the president, the vice president,
        // Susan Rice, ...").
        let listed = doc.prev_solid(i).is_some_and(|p| doc.word(p) == ",")
            // ("A spokesman for the chancellor, Stefan Kornelius,": the
            // name is the spokesman's.)
            || of_another_person(doc, i);
        let named_after = (!listed)
            .then(|| doc.next_solid(end))
            .flatten()
            .filter(|&c| doc.word(c) == ",")
            .and_then(|c| doc.next_solid(c))
            // (Past an honorific: ", Shri Pralhad Joshi,", ", Dr. Ana Lima,".)
            .and_then(|n| match doc.cand_starting(n) {
                None if crate::patterns::is_head_title(doc, n) => {
                    let n = doc.next_solid(n)?;
                    let n = if doc.word(n) == "." { doc.next_solid(n)? } else { n };
                    doc.cand_starting(n)
                }
                c => c,
            })
            .filter(|c| {
                c.kind == EntityKind::Person
                    && doc
                        .next_solid(doc.token_at(c.span.end - 1))
                        .is_some_and(|x| doc.word(x) == ",")
            })
            .map(|c| c.target);
        if let Some(t) = apposed
            .or(named_after)
            .or(titled)
            .or_else(|| holder(doc, kb, keys, qualifier, span.start, home))
        {
            found.push((span, t, covered));
        }
    }
    // Apply in one pass: drop the qualifier mentions the descriptions
    // cover, then add the descriptions.
    let covered: std::collections::HashSet<usize> =
        found.iter().flat_map(|(_, _, c)| c.iter().copied()).collect();
    doc.cands.retain(|c| !covered.contains(&c.span.start));
    let batch =
        found.into_iter().map(|(span, target, _)| Cand::role_person(span, target)).collect();
    doc.add_all_free(batch);
}

/// The country of the dateline's place, the country a story was filed
/// from.
fn dateline_country(
    doc: &Doc<'_>,
    kb: &Knowledge,
    dateline_place: Option<Span>,
) -> Option<EntityId> {
    let c = doc.cands.iter().find(|c| Some(c.span) == dateline_place)?;
    match (c.kind, c.target) {
        (EntityKind::Place, Target::Gaz(id)) => kb.country_of(id),
        _ => None,
    }
}

/// "of [the] PLACE" after a descriptor: the place or body, the last token
/// of its mention, and the mention's start.
fn of_qualifier(doc: &Doc<'_>, end: usize) -> Option<(EntityId, usize, usize)> {
    let of = doc.next_on_line(end).filter(|&n| doc.is_word(n) && doc.word(n) == "of")?;
    let mut n = doc.next_on_line(of)?;
    if doc.is_word(n) && doc.word(n).eq_ignore_ascii_case("the") {
        n = doc.next_on_line(n)?;
    }
    let c = doc.cand_starting(n)?;
    if !matches!(c.kind, EntityKind::Place | EntityKind::Institution) {
        return None;
    }
    let Target::Gaz(id) = c.target else { return None };
    Some((id, doc.token_at(c.span.end - 1), c.span.start))
}

/// Generic names of national bodies that no list holds as such ("the
/// Defence Ministry", "the Central Bank", "the Security Council"): the body
/// of that name of the country right before it ("Ukraine's Defence
/// Ministry"), else of the story's country (its dateline's, else the one
/// its places name most), when the gazetteer has it.
pub(crate) fn resolve_national_bodies(
    doc: &mut Doc<'_>,
    kb: &Knowledge,
    dateline_place: Option<Span>,
) {
    if kb.national.is_empty() {
        return;
    }
    let country_of = |c: &Cand| match (c.kind, c.target) {
        (EntityKind::Place, Target::Gaz(id)) => kb.country_of(id),
        _ => None,
    };
    let story = dateline_country(doc, kb, dateline_place).or_else(|| {
        let mut counts: Vec<(EntityId, usize)> = Vec::new();
        for c in doc.cands.iter().filter(|c| c.span.start >= doc.body_start) {
            if let Some(k) = country_of(c) {
                match counts.iter_mut().find(|(x, _)| *x == k) {
                    Some(slot) => slot.1 += 1,
                    None => counts.push((k, 1)),
                }
            }
        }
        // The most named; the first named among equals.
        let best = counts.iter().map(|c| c.1).max()?;
        counts.iter().find(|c| c.1 == best).map(|c| c.0)
    });
    let mut found: Vec<(u32, EntityId)> = Vec::new();
    for (i, c) in doc.cands.iter().enumerate() {
        let (EntityKind::Institution, Target::Local(l)) = (c.kind, c.target) else { continue };
        if found.iter().any(|(x, _)| *x == l) {
            continue;
        }
        // "Ukraine's Defence Ministry", "Russia Central Bank".
        let before = i
            .checked_sub(1)
            .map(|p| &doc.cands[p])
            .filter(|p| matches!(&doc.text[p.span.end..c.span.start], " " | "'s " | "’s "));
        let name = normalize_name(&doc.locals[l as usize].name);
        let name = name.strip_prefix("the ").unwrap_or(&name);
        // A possessive inside the name found by pattern: "Ukraine's
        // Defence Ministry".
        let (owner, name) = match name.split_once("'s ") {
            Some((o, rest)) => match kb.countries.get(o) {
                Some(&c) => (Some(c), rest),
                None => (None, name),
            },
            // A demonym inside the name found by pattern: "Russian Ministry
            // of Defence".
            None => {
                match name.split_once(' ').and_then(|(d, rest)| Some((*kb.demonyms.get(d)?, rest)))
                {
                    Some((c, rest)) if kb.national.contains_key(&(rest.to_string(), c)) => {
                        (Some(c), rest)
                    }
                    _ => (None, name),
                }
            }
        };
        let Some(country) = owner.or_else(|| before.and_then(country_of)).or(story) else {
            continue;
        };
        if let Some(&id) = kb.national.get(&(name.to_string(), country)) {
            found.push((l, id));
        }
    }
    for c in doc.cands.iter_mut() {
        if let Target::Local(l) = c.target {
            if let Some(&(_, id)) = found.iter().find(|(x, _)| *x == l) {
                c.target = Target::Gaz(id);
            }
        }
    }
}

/// "the cross years program": a definite, singular program noun whose
/// modifiers share a word with a program the story names; and "the
/// Agreement", a defined term, for the last program named with that head.
pub(crate) fn find_program_anaphora(doc: &mut Doc<'_>, kb: &Knowledge) {
    const NOUNS: &[&str] = &["program", "programme", "project", "initiative"];
    let mut found = Vec::new();
    // "the Agreement", "the Programme": a defined term, the head word alone
    // in capitals, for the last program the story named with that head.
    const DEFINED: &[&str] = &[
        "Agreement",
        "Programme",
        "Program",
        "Treaty",
        "Initiative",
        "Convention",
        "Accord",
        "Strategy",
        "Plan",
        "Project",
        "Declaration",
        "Charter",
    ];
    for i in 0..doc.tokens.len() {
        if !(doc.is_word(i) && doc.word(i).eq_ignore_ascii_case("the")) {
            continue;
        }
        let defined = |n: usize| doc.is_cap(n) && DEFINED.contains(&doc.word(n));
        if let Some(n) = doc.next_on_line(i).filter(|&n| defined(n)) {
            let span = doc.tokens[n].span;
            let alone = doc.next_on_line(n).is_none_or(|x| !doc.is_cap(x) && doc.word(x) != "of")
                && doc.cand_at(span.start).is_none();
            let program = doc
                .cands_between(span.start.saturating_sub(LOOK_BACK), span.start)
                .iter()
                .rev()
                .filter(|c| c.kind == EntityKind::Program && c.span.end <= span.start)
                .find(|c| doc.text[c.span].rsplit(' ').next() == Some(doc.word(n)))
                .map(|c| c.target);
            if let (true, Some(t)) = (alone, program) {
                found.push((span, t));
            }
            continue;
        }
        let mut words = Vec::new();
        let mut j = i;
        let mut head = None;
        for _ in 0..5 {
            let Some(n) = doc.next_on_line(j) else { break };
            if !doc.is_word(n) || doc.is_cap(n) {
                break;
            }
            if lower_in(doc.word(n), NOUNS) {
                head = Some(n);
                break;
            }
            words.push(n);
            j = n;
        }
        let (Some(head), false) = (head, words.is_empty()) else { continue };
        let start = doc.tokens[words[0]].span.start;
        let span = Span::new(start, doc.tokens[head].span.end);
        let stems: Vec<String> = words.iter().map(|&w| cluster_key(doc.word(w))).collect();
        let program = doc
            .cands_between(start.saturating_sub(LOOK_BACK), start)
            .iter()
            .rev()
            .filter(|c| c.kind == EntityKind::Program && c.span.end <= start)
            .find(|c| {
                let key = match c.target {
                    Target::Local(l) => doc.locals[l as usize].key.clone(),
                    Target::Gaz(id) => cluster_key(&kb.gazetteer.entity(id).name),
                };
                let with_context = format!("{key} {}", context_word(doc, c.span));
                stems.iter().any(|s| !s.is_empty() && with_context.split(' ').any(|k| k == s))
            })
            .map(|c| c.target);
        if let Some(t) = program {
            found.push((span, t));
        }
    }
    let batch: Vec<Cand> = found
        .into_iter()
        .map(|(span, target)| Cand::alias(span, EntityKind::Program, target))
        .collect();
    doc.add_all_free(batch);
}

/// The lowercase word right before a mention ("cross" in "the cross Years
/// of ..."), which the story may use again to refer to it.
fn context_word(doc: &Doc<'_>, span: Span) -> String {
    let t = doc.token_at(span.start);
    doc.prev_on_line(t)
        .filter(|&p| doc.is_word(p) && !doc.is_cap(p))
        .map(|p| cluster_key(doc.word(p)))
        .unwrap_or_default()
}

/// Whether a person's one-word name at `span` stands for somebody or
/// something else: it opens a thing's name ([`opens_a_thing`]), or, for a
/// listed person of the name `own`, another person's given name comes
/// before it ([`other_given_name_before`]) and it is not the family name
/// the person's name opens ("Xi" of Xi Jinping).
pub(crate) fn someone_else(
    doc: &Doc<'_>,
    kb: &Knowledge,
    span: Span,
    own: Option<&str>,
    strict: bool,
    named: impl Fn(Span) -> bool,
) -> bool {
    let word = &doc.text[span];
    !word.contains(' ')
        && (opens_a_thing(doc, span)
            || own.is_some_and(|own| {
                (!written_first(own, word)
                    && other_given_name_before(doc, kb, span, own, strict, &named))
                    || other_surname_after(doc, kb, span, own, &named)
            }))
}

/// Whether a listed person's one-word name at `span` is the given name of
/// somebody else, whose surname follows: "Payne Stewart" is not Marise
/// Payne. The word after is capitalised, in lowercase after its capital,
/// on the same line, and no title, verb, day, demonym, name found so far
/// or word of the person's own name; and the pair stands amid lowercase
/// words, not in a headline in title case ("Putin Warns West").
fn other_surname_after(
    doc: &Doc<'_>,
    kb: &Knowledge,
    span: Span,
    own: &str,
    named: impl Fn(Span) -> bool,
) -> bool {
    let Some(last) = doc.last_token(span) else { return false };
    let Some(n) = doc.next_on_line(last).filter(|&n| n == last + 2) else { return false };
    let w = doc.word(n);
    let capital = |j: Option<usize>| {
        j.is_some_and(|j| doc.is_word(j) && doc.word(j).starts_with(|c: char| c.is_uppercase()))
    };
    let word = another_name_word(doc, kb, n, own, named)
        && !capital(doc.next_on_line(n))
        && !crate::lexicon::is_headline_verb(w)
        && !crate::doc::is_generational(w)
        && !matches!(w, "Republicans" | "Democrats" | "Republican" | "Democrat");
    // (The words first; then whether the sentence is a headline in title
    // case: most words of four letters or more capitalised, "Obama Sees
    // 'Personal Insult'". A headline is short: its first 60 tokens tell.)
    if !word {
        return false;
    }
    let sentence = doc.sentences[doc.sentence_of(span.start)].0;
    let (mut long, mut caps) = (0, 0);
    let mut j = Some(doc.token_at(sentence.start));
    let mut seen = 0;
    while let Some(x) = j.filter(|&x| doc.tokens[x].span.end <= sentence.end && seen < 60) {
        seen += 1;
        if doc.is_word(x) && doc.word(x).chars().count() >= 4 {
            long += 1;
            caps += usize::from(doc.is_cap(x));
        }
        j = doc.next_on_line(x);
    }
    long == 0 || caps * 3 <= long * 2
}

/// Whether `word` is the first word of the name `own`: a family name
/// written first, as Chinese and Korean names are ("Xi" of Xi Jinping).
/// The lists of given names hold first words, so such a word is one.
pub(crate) fn written_first(own: &str, word: &str) -> bool {
    own.split_whitespace().next().is_some_and(|f| f.eq_ignore_ascii_case(word))
}

/// Whether a listed person's one-word name at `span` follows another
/// person's given name: "Krystal Correa" is not Rafael Correa, nor "Ivanka
/// Trump" Donald Trump. The word before is capitalised, on the same line,
/// and no title, opener, day, demonym, verb or other name: "President
/// Correa", "Ecuadorean Correa", "On Monday Correa" stay; nor a word of the
/// person's own name, however spelt ("Tayyip Erdoğan", "Sergey Sobyanin"
/// for Sergei Sobyanin). At a sentence's start the word must be a listed
/// given name ("Everything Trump says" is Donald Trump), and so everywhere
/// when `strict`. `named(word)` says whether a name found so far holds the
/// word before.
pub(crate) fn other_given_name_before(
    doc: &Doc<'_>,
    kb: &Knowledge,
    span: Span,
    own: &str,
    strict: bool,
    named: impl Fn(Span) -> bool,
) -> bool {
    // Capitalised words that stand before names and are none: labels,
    // parties, and the verbs of slogans ("Stop Trump", "Never Trump").
    const NOT_GIVEN: &[&str] = &[
        "Democrat",
        "Republican",
        "Candidate",
        "Nominee",
        "Stop",
        "Never",
        "Dump",
        "Beat",
        "Defeat",
        "Elect",
        "Electing",
        "Notice",
        "Either",
        "Did",
        "Does",
        "Do",
        "Thank",
        "Trust",
        "Blame",
        "Team",
        "Citizen",
        "Comrade",
        "Brother",
        "Sister",
        "Uncle",
        "Aunt",
    ];
    let first = doc.token_at(span.start);
    let Some(p) = first.checked_sub(2).filter(|&p| doc.word(p + 1) == " ") else {
        return false;
    };
    let w = doc.word(p);
    let listed = kb.given_names.contains_key(w);
    let opens = doc.opens_sentence(p);
    // (Nor a word that opens a quote, or one of a headline in title case,
    // with capitals beside the pair: "Ted Cruz Hints Trump Would Get".)
    let capital = |j: Option<usize>| {
        j.is_some_and(|j| doc.is_word(j) && doc.word(j).starts_with(|c: char| c.is_uppercase()))
    };
    let loose = !strict
        && !opens
        && !w.ends_with("ed")
        && !crate::lexicon::is_headline_verb(w)
        && !NOT_GIVEN.contains(&w)
        && doc.prev_solid(p).is_none_or(|q| !matches!(doc.tokens[q].kind, TokenKind::Quote(_)))
        && !capital(doc.prev_on_line(p))
        && !capital(doc.next_on_line(doc.token_at(span.end - 1)));
    (listed || loose) && another_name_word(doc, kb, p, own, named)
}

/// Whether the word at token `k`, beside a listed person's one-word name,
/// may be another person's name: capitalised and lowercase after, no
/// title, title modifier, opener, day, month or demonym, no word of the
/// person's own name however spelt ("Tayyip Erdoğan", "Tom" of Thomas),
/// and no name found so far (`named`).
fn another_name_word(
    doc: &Doc<'_>,
    kb: &Knowledge,
    k: usize,
    own: &str,
    named: impl Fn(Span) -> bool,
) -> bool {
    use crate::lexicon::{HEAD_TITLE_SET, NOT_NAME_START_SET, TITLE_MODIFIER_SET, lower};
    let w = doc.word(k);
    doc.is_word(k)
        && w.chars().count() > 1
        && w.starts_with(|c: char| c.is_uppercase())
        && w.chars().skip(1).all(|c| c.is_lowercase())
        && !HEAD_TITLE_SET.has(w)
        && !TITLE_MODIFIER_SET.has(w)
        && !NOT_NAME_START_SET.has(w)
        && !crate::lexicon::is_day_or_month(w)
        && !kb.demonyms.contains_key(lower(w).as_ref())
        && !own.split([' ', '-']).any(|o| spelt_alike(o, w) || same_given_name(o, w))
        && !named(doc.tokens[k].span)
}

/// Given names and their familiar forms, each group one name: "Tom Daschle"
/// is Thomas Daschle, "Bill Clinton" William Clinton.
const FAMILIAR_NAMES: &[&[&str]] = &[
    &["thomas", "tom", "tommy"],
    &["william", "bill", "billy", "will", "willie"],
    &["robert", "bob", "bobby", "rob", "robbie", "bert"],
    &["james", "jim", "jimmy", "jamie"],
    &["michael", "mike", "mikey"],
    &["richard", "dick", "rick", "ricky", "rich"],
    &["edward", "ted", "teddy", "ed", "eddie", "ned"],
    &["charles", "chuck", "charlie"],
    &["patrick", "pat", "paddy"],
    &["daniel", "dan", "danny"],
    &["david", "dave"],
    &["joseph", "joe", "joey"],
    &["john", "jack", "johnny"],
    &["jonathan", "jon"],
    &["kenneth", "ken", "kenny"],
    &["lawrence", "larry"],
    &["nicholas", "nick", "nicky"],
    &["samuel", "sam", "sammy"],
    &["stephen", "steven", "steve"],
    &["anthony", "tony"],
    &["andrew", "andy", "drew"],
    &["benjamin", "ben", "benny"],
    &["christopher", "chris"],
    &["frederick", "fred", "freddie"],
    &["gregory", "greg"],
    &["henry", "harry", "hank"],
    &["gerald", "jerry"],
    &["matthew", "matt"],
    &["peter", "pete"],
    &["philip", "phillip", "phil"],
    &["ronald", "ron", "ronnie"],
    &["donald", "don", "donnie"],
    &["douglas", "doug"],
    &["timothy", "tim"],
    &["joshua", "josh"],
    &["alexander", "alex", "sasha"],
    &["walter", "walt"],
    &["bernard", "bernie"],
    &["mitchell", "mitch"],
    &["elizabeth", "liz", "beth", "betsy", "betty", "lisa"],
    &["margaret", "maggie", "peggy", "meg"],
    &["katherine", "catherine", "kathryn", "kate", "katie", "cathy", "kathy"],
    &["susan", "sue", "susie"],
    &["jennifer", "jenny", "jen"],
    &["deborah", "debbie", "deb"],
    &["victoria", "vicky", "tori"],
    &["patricia", "patty", "trish"],
    &["rebecca", "becky"],
];

/// The formal form of a familiar given name ("thomas" of "Tom"), when the
/// word is one of [`FAMILIAR_NAMES`].
pub(crate) fn formal_given_name(w: &str) -> Option<&'static str> {
    let lw = lower(w);
    FAMILIAR_NAMES.iter().find(|g| g.contains(&lw.as_ref())).map(|g| g[0])
}

/// Whether two given names are one: a name and its familiar form ("Tom"
/// and "Thomas"), case aside.
pub(crate) fn same_given_name(a: &str, b: &str) -> bool {
    let (a, b) = (lower(a), lower(b));
    a != b && FAMILIAR_NAMES.iter().any(|g| g.contains(&a.as_ref()) && g.contains(&b.as_ref()))
}

/// Whether two words are one name spelt alike: the same, or one letter
/// apart in words of four letters or more ("Sergei", "Sergey"), case and
/// accents aside.
pub(crate) fn spelt_alike(a: &str, b: &str) -> bool {
    // (Folded as the matcher folds names: "Erdoğan" is "erdogan".)
    let fold = |w: &str| -> Vec<char> {
        let mut out = String::with_capacity(w.len());
        w.chars().for_each(|c| crate::normalize::fold(c, &mut out));
        out.chars().collect()
    };
    let (a, b) = (fold(a), fold(b));
    if a == b {
        return true;
    }
    if a.len().min(b.len()) < 4 || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    // One substitution, insertion or deletion.
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    let mut i = 0;
    while i < short.len() && short[i] == long[i] {
        i += 1;
    }
    if short.len() == long.len() {
        short[i + 1..] == long[i + 1..]
    } else {
        short[i..] == long[i + 1..]
    }
}

/// Whether a one-word name at `span` opens the name of a thing: a head word
/// of a body's name, or a word that ends the names of places, venues and
/// firms ([`crate::patterns::thing_word`]), follows it ("Trump Tower", "Hilton Hotels", "the Bush
/// Administration"), so the word is no person.
pub(crate) fn opens_a_thing(doc: &Doc<'_>, span: Span) -> bool {
    let Some(last) = doc.last_token(span) else { return false };
    doc.next_on_line(last).is_some_and(|n| {
        let w = doc.word(n);
        doc.is_word(n)
            && w.starts_with(|c: char| c.is_uppercase())
            && (crate::lexicon::is_institution_head(w)
                || crate::lexicon::company_word(w)
                || crate::patterns::thing_word(w))
    })
}

/// The capitalised word right before the name at token `first`, past a
/// period ("Mr", "Mr.", "President"), on the same line.
fn word_before_name(doc: &Doc<'_>, first: usize) -> Option<usize> {
    // (Past an abbreviation's period, "Mr. Obama", not a sentence's.)
    let p = doc.past_abbreviation(doc.prev_on_line(first)?)?;
    (doc.is_word(p) && doc.is_cap(p)).then_some(p)
}
