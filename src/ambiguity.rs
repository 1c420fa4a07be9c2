//! Names that stand for several entities ("Georgia" the country and the US
//! state) and places that are also first names ("Chad", "Jordan").
//!
//! The policy, in order:
//! 1. An entity of the caller's gazetteers beats the embedded default's
//!    entity of the same name.
//! 2. The story decides: each candidate scores by the places the story
//!    names without doubt (and twice for its dateline): a place inside the
//!    candidate ("Tbilisi" for the country Georgia), the place the
//!    candidate lies in, or a place beside it in the same container
//!    ("Atlanta", in the state of Georgia). A unique best score wins.
//! 3. Otherwise the list's first entity is taken, and the story's entity
//!    says which others the name may stand for
//!    ([`DocEntity::alternatives`](crate::DocEntity::alternatives)), so the
//!    caller sees the doubt instead of a silent guess.

use crate::hash::{FastMap as HashMap, FastSet as HashSet};

use crate::doc::{Doc, Target};
use crate::gazetteer::{EntityId, EntityKind};
use crate::kb::Knowledge;
use crate::span::Span;

/// Place names that are also common first names: a match followed by a
/// capitalised word ("Chad Smith") is a person's name, not the place.
const FIRST_NAME_PLACES: &[&str] = &[
    "chad",
    "jordan",
    "georgia",
    "sydney",
    "florence",
    "austin",
    "madison",
    "charlotte",
    "victoria",
    "kingston",
    "lincoln",
    "jackson",
    "denver",
    "helena",
    "sofia",
    "adelaide",
    "alexandria",
    "savannah",
    "regina",
    "eugene",
];

/// Whether a single-word place at `token` is really the first name of a
/// person ("Jordan Peterson").
pub(crate) fn is_first_name(
    doc: &Doc<'_>,
    kb: &Knowledge,
    id: EntityId,
    token: usize,
    end_token: usize,
) -> bool {
    if token != end_token || kb.gazetteer.entity(id).kind != EntityKind::Place {
        return false;
    }
    // (Or a first name of the gazetteer's people, but for a country's
    // name: "Israel Katz" is a person, "Israel Television" is not.)
    let w = doc.word(token).to_lowercase();
    let country = kb.gazetteer.entity(id).label.as_deref() == Some("country");
    // (A place after a first name is the surname: "Martha Hesse".)
    if !country
        && doc.prev_on_line(token).is_some_and(|p| {
            doc.is_cap(p)
                && kb.given_names.contains_key(doc.word(p))
                && !doc.in_caps_sentence(doc.tokens[p].span.start)
        })
    {
        return true;
    }
    // So is a place that is a given name too, between an inverted cue and
    // a surname that ends the clause: "..., said Virginia Thompson, one
    // of the climbers" (not "Virginia Beach", "Virginia Gov. Terry").
    if !country
        && (FIRST_NAME_PLACES.contains(&w.as_str())
            || matches!(w.as_str(), "virginia" | "carolina" | "dakota"))
        && doc.prev_on_line(token).is_some_and(|p| {
            crate::lexicon::lower_in(doc.word(p), &["said", "says", "added", "told", "wrote"])
        })
        && doc.next_on_line(token).is_some_and(|n| {
            doc.is_word(n)
                && doc.is_cap(n)
                && doc.word(n).chars().skip(1).all(char::is_lowercase)
                && doc.next_solid(n).is_some_and(|x| matches!(doc.word(x), "," | "."))
        })
    {
        return true;
    }
    // So is a place after a title, with a first name between or not: "the
    // Honourable Mark Holland", "said Minister Holland" (not "President of
    // France": the title must touch the name).
    // (Past an abbreviation's period: "Mr. Holland".)
    // (Not a sentence's period: "She was President. Holland said".)
    let title_at = |t: usize| doc.past_abbreviation(t).unwrap_or(t);
    let titled = |t: usize| {
        let t = title_at(t);
        crate::patterns::is_head_title(doc, t) && doc.is_cap(t)
    };
    let caps = doc.in_caps_sentence(doc.tokens[token].span.start);
    // (Right after the title, only one that names no place or rank of its
    // own: "Minister Holland", not "Metropolitan Toronto", "Prince Edward".)
    const PERSONAL: &[&str] = &[
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "professor",
        "minister",
        "senator",
        "sen",
        "rep",
        "secretary",
        "governor",
        "gov",
        "mayor",
        "judge",
        "ambassador",
        "chairman",
        "chairwoman",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "treasurer",
        "premier",
        "chancellor",
        "commissioner",
    ];
    let personal =
        |t: usize| titled(t) && crate::lexicon::lower_in(doc.word(title_at(t)), PERSONAL);
    if !caps
        && doc.prev_on_line(token).is_some_and(|p| {
            personal(p)
                || (doc.is_cap(p)
                    && doc.word(p).chars().any(char::is_lowercase)
                    && doc.cand_at(doc.tokens[p].span.start).is_none()
                    && doc.prev_on_line(p).is_some_and(titled))
        })
    {
        return true;
    }
    if !FIRST_NAME_PLACES.contains(&w.as_str())
        && (country || !kb.given_names.contains_key(doc.word(token)))
    {
        return false;
    }
    // A name is two words: "Chad Smith said"; a run of capitalised words
    // is more likely a title-case headline ("Georgia Votes On Budget").
    doc.next_on_line(token).is_some_and(|n| {
        doc.is_cap(n)
            && doc.word(n).chars().any(char::is_lowercase)
            && !doc.in_caps_sentence(doc.tokens[n].span.start)
            && doc.next_on_line(n).is_none_or(|m| !doc.is_cap(m))
    })
}

/// Whether a place's name at `span` is the first half of a hyphenated name
/// that is no place: "Bristol-Myers", "Rolls-Royce" (not "Moscow-based",
/// nor "Russia-China", whose second half is a name of its own: `next_match`
/// says whether one starts at a byte offset).
pub(crate) fn glued_to_name(text: &str, span: Span, next_match: impl Fn(usize) -> bool) -> bool {
    let rest = &text.as_bytes()[span.end..];
    rest.len() > 1 && rest[0] == b'-' && rest[1].is_ascii_uppercase() && !next_match(span.end + 1)
}

/// Letters that are a common noun too, and the nouns after them that show
/// the common use: "CCTV footage" is a camera's, not the broadcaster's.
const COMMON_LETTERS: &[(&str, &[&str])] = &[(
    "CCTV",
    &["footage", "camera", "cameras", "image", "images", "video", "videos", "system", "systems"],
)];

/// Whether the one word at `span` is in capitals amid lowercase text, as
/// an acronym is ("FICO has encouraged other companies"): not in a
/// sentence in capitals ("PUTIN SAYS ..."), beside another word in
/// capitals ("OBAMA'S LAST STATE OF THE UNION"), nor before a colon or a
/// dash.
pub(crate) fn caps_amid_lowercase(doc: &Doc<'_>, span: Span) -> bool {
    let caps = |w: &str| w.chars().count() >= 2 && !w.chars().any(char::is_lowercase);
    let word = &doc.text[span];
    if word.contains(' ') || word.chars().count() < 3 || !caps(word) {
        return false;
    }
    if doc.in_caps_sentence(span.start) {
        return false;
    }
    // (A transcript's turn or an obituary's head keeps its capitals:
    // "PENCE: Well, ...", "SIEGEL--Jerome Arthur".)
    let (f, l) = (doc.token_at(span.start), doc.token_at(span.end - 1));
    if doc.next_solid(l).is_some_and(|n| matches!(doc.word(n), ":" | "-" | "—" | "–")) {
        return false;
    }
    [doc.prev_on_line(f), doc.next_on_line(l)]
        .iter()
        .flatten()
        .all(|&x| !(doc.is_word(x) && caps(doc.word(x))))
}

/// Whether `span` is a word in capitals glued to a hyphen and a number: a
/// trial's or a product's code name ("the PHOENIX-3 trial", "ATLAS-2"),
/// not the place or the person of that name.
pub(crate) fn code_name(text: &str, span: Span) -> bool {
    let word = &text[span];
    let mut rest = text[span.end..].chars();
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !word.chars().any(char::is_lowercase)
        && rest.next() == Some('-')
        && rest.next().is_some_and(|c| c.is_ascii_digit())
}

/// Whether `span` holds letters in their common use, before a noun that
/// shows it ("CCTV footage").
pub(crate) fn common_letters(text: &str, span: Span) -> bool {
    let Some((_, nouns)) = COMMON_LETTERS.iter().find(|(l, _)| *l == &text[span]) else {
        return false;
    };
    let rest = text[span.end..].trim_start_matches([' ', '\u{a0}']);
    let next = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    nouns.contains(&next)
}

/// Whether `span` is the letters of a currency before its dollar sign:
/// "US$ 500,000", "HK$2 billion", "A$".
pub(crate) fn currency_prefix(text: &str, span: Span) -> bool {
    text.as_bytes().get(span.end) == Some(&b'$')
}

/// Whether `span` is a ticker symbol in angle brackets, as wire copy
/// writes them after a company's name: "<UCL>", "<LNDH.SI>", "<BP.L>".
pub(crate) fn in_ticker(text: &str, span: Span) -> bool {
    let bytes = text.as_bytes();
    let inner = &text[span];
    span.start > 0
        && bytes[span.start - 1] == b'<'
        && inner.bytes().all(|b| b.is_ascii_uppercase() || b == b'.' || b == b'&')
        && bytes[span.end..].iter().take(6).position(|&b| b == b'>').is_some_and(|p| {
            bytes[span.end..span.end + p].iter().all(|&b| b.is_ascii_uppercase() || b == b'.')
        })
}

/// Whether `span` names the exchange of a listing, "(LSE: ALW)", "(TSE:
/// 6501)": an acronym after a parenthesis and before a colon and a ticker.
pub(crate) fn listing_exchange(text: &str, span: Span) -> bool {
    let bytes = text.as_bytes();
    let rest = &bytes[span.end..];
    span.start > 0
        && bytes[span.start - 1] == b'('
        && rest.starts_with(b": ")
        && rest[2..]
            .iter()
            .take_while(|&&b| b != b')')
            .all(|&b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'.')
        && rest[2..].iter().take(12).any(|&b| b == b')')
}

/// Chooses among the candidates of each ambiguous mention; returns, per
/// chosen entity left in doubt, the other candidates.
pub(crate) fn resolve(
    doc: &mut Doc<'_>,
    kb: &Knowledge,
    ambiguous: Vec<(usize, Vec<EntityId>)>,
    dateline_place: Option<crate::span::Span>,
) -> HashMap<Target, Vec<EntityId>> {
    let mut doubts: HashMap<Target, Vec<EntityId>> = HashMap::default();
    if ambiguous.is_empty() {
        return doubts;
    }
    let doubtful: HashSet<usize> = ambiguous.iter().map(|(i, _)| *i).collect();
    // The places the story names without doubt, with the dateline's, as
    // weights by place and by container, so that scoring a candidate costs
    // the same however many places the story names.
    let mut weight: HashMap<EntityId, u32> = HashMap::default();
    let mut inside: HashMap<EntityId, u32> = HashMap::default();
    for (i, c) in doc.cands.iter().enumerate() {
        if let (Target::Gaz(id), EntityKind::Place, false) =
            (c.target, c.kind, doubtful.contains(&i))
        {
            let w = if dateline_place == Some(c.span) { 2 } else { 1 };
            *weight.entry(id).or_default() += w;
            if let Some(container) = kb.within.get(&id) {
                *inside.entry(*container).or_default() += w;
            }
        }
    }
    let get = |m: &HashMap<EntityId, u32>, e: EntityId| m.get(&e).copied().unwrap_or(0);
    for (i, candidates) in ambiguous {
        // 1. The caller's entities first.
        let own: Vec<EntityId> =
            candidates.iter().copied().filter(|id| id.index() >= kb.default_len).collect();
        let pool = if own.is_empty() { candidates.clone() } else { own };
        if pool.len() == 1 {
            doc.cands[i].target = Target::Gaz(pool[0]);
            continue;
        }
        // 2. The story's places: those inside the candidate, the one it
        // lies in, and those beside it in the same container.
        let score = |c: EntityId| -> u32 {
            get(&inside, c) + kb.within.get(&c).map_or(0, |&up| get(&weight, up) + get(&inside, up))
        };
        let scores: Vec<(EntityId, u32)> = pool.iter().map(|&c| (c, score(c))).collect();
        let best = scores.iter().map(|s| s.1).max().unwrap_or(0);
        let winners: Vec<EntityId> = scores.iter().filter(|s| s.1 == best).map(|s| s.0).collect();
        let chosen = winners[0];
        doc.cands[i].target = Target::Gaz(chosen);
        doc.cands[i].kind = kb.gazetteer.entity(chosen).kind;
        if best == 0 || winners.len() > 1 {
            // 3. Left in doubt: say so.
            let others = doubts.entry(Target::Gaz(chosen)).or_default();
            for &c in pool.iter().filter(|&&c| c != chosen) {
                if !others.contains(&c) {
                    others.push(c);
                }
            }
        }
    }
    doubts
}
