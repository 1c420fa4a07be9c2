//! Quotations: direct quotes between marks, reported speech ("X stressed
//! that ..."), and who said them, decided by a sieve of rules, most precise
//! first; a quote no rule attributes keeps no speaker rather than a guess.

use std::collections::HashMap;

use once_cell::sync::Lazy;

use crate::doc::{Cand, Doc, Target};
use crate::gazetteer::{EntityKind, Gender};
use crate::kb::Knowledge;
use crate::lexicon::{
    EVIDENCE_NOUNS, FINDING_CUES, HEAD_TITLE_SET, MEDIUM_NOUNS, NOT_NAME_START_SET, PRONOUNS,
    SOURCE_NOUNS, TITLE_ABBREVIATIONS, TITLE_MODIFIER_SET, TRADE_NOUNS, WordSet, cue_word,
    is_day_or_month, lower, lower_in, opens_adverbial, org_noun, org_noun_name, possessive_stem,
    source_noun,
};
use crate::patterns::is_initial;
use crate::resolve::LOOK_BACK;
use crate::span::Span;
use crate::token::{QuoteSide, TokenKind};

/// Direct or reported.
///
/// # Example
/// ```
/// use pressroom::QuoteKind;
/// let doc = pressroom::extract("Putin said that talks went well.");
/// assert_eq!(doc.quotes()[0].kind, QuoteKind::Reported);
/// assert_eq!(QuoteKind::Reported.as_str(), "reported");
/// ```
#[derive(Clone, Copy, Debug, Eq, Hash, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// Words inside quotation marks.
    Direct,
    /// Speech reported without marks: "Putin stressed that ...".
    Reported,
}

impl QuoteKind {
    /// `direct` or `reported`.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Reported => "reported",
        }
    }
}

/// The attribution rule that decided a quote's speaker.
///
/// # Example
/// ```
/// use pressroom::QuoteRule;
/// let doc = pressroom::extract("Vladimir Putin sent a message. “Good luck,” the message reads.");
/// assert_eq!(doc.quotes()[0].rule, QuoteRule::SourceNoun);
/// assert_eq!(QuoteRule::SourceNoun.as_str(), "source-noun");
/// ```
#[derive(Clone, Copy, Debug, Eq, Hash, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum QuoteRule {
    /// `"…," X said` or `"…," said X`: cue and speaker right after the quote.
    CueAfter,
    /// `X said: "…"` or `X said, "…"`: cue and speaker right before it.
    CueBefore,
    /// `X: "…"`: a speaker and a colon; or a headline that ends with its
    /// speaker after one ("Govt to set up 100 units: Chouhan"), reported.
    Colon,
    /// "according to X", and the passive "as reported by X, ..." or "...
    /// was first reported by X": a source named after a preposition.
    AccordingTo,
    /// A source noun: "the message of X ... reads", "the message said"
    /// (the author of the message carried from an earlier sentence).
    SourceNoun,
    /// A pronoun: "he said" and "she said" resolved to the most recent
    /// fitting person; "they said" keeps its words and no entity.
    Pronoun,
    /// A cue in the next sentence of the paragraph ("Putin added.").
    Paragraph,
    /// A dash and a name right after the quote: `"…" — Sonya Herridge`; or
    /// the name in parentheses: `"…" (Tom Becker, founder)`; or, for
    /// reported speech, a headline's source after a dash: "Tesla to cut
    /// jobs - memo".
    Dash,
    /// A transcript turn: a speaker and a colon at the start of a paragraph
    /// (`Vladimir Putin: Mr President, ...`, `PENCE: Well, ...`, an
    /// outlet's question at a press conference, an interview's `Q:` and
    /// `A:`, the answer the interviewee's); the rest of the paragraph was
    /// said. Unmarked, so of kind reported.
    Transcript,
    /// The quote goes on from the previous quote of the same speaker.
    Continuation,
    /// Reported speech: "X stressed that ...".
    Reported,
    /// Reported speech after its content: "..., X said."
    ReportedAfter,
    /// No rule found a speaker.
    Unattributed,
    /// An impersonal report that names no source: "The bill is expected to
    /// pass", "he is said to be ill". The content is the whole clause, cue
    /// included; there is no speaker.
    Impersonal,
    /// A quote paragraph right after its sender's sentence, with no cue:
    /// "Vladimir Putin sent greetings to the participants." and then the
    /// message in quotes.
    Sender,
    /// `Defence Secretary John Healey said:` closing its paragraph, and the
    /// next paragraph, without quotation marks, as what was said (as UK
    /// government releases set their quotes). The paragraphs after it that
    /// speak in the first person and name no other cue go on as
    /// [`QuoteRule::Continuation`]. Unmarked, so of kind reported.
    Block,
    /// A heading `Quotes attributable to Minister Catherine King:` and the
    /// quotes after it that no other rule attributes, up to the next such
    /// heading (as Australian and New Zealand releases set their quotes).
    Attributable,
}

impl QuoteRule {
    /// The kebab-case name used in JSON and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteRule::CueAfter => "cue-after",
            QuoteRule::CueBefore => "cue-before",
            QuoteRule::Colon => "colon",
            QuoteRule::AccordingTo => "according-to",
            QuoteRule::SourceNoun => "source-noun",
            QuoteRule::Pronoun => "pronoun",
            QuoteRule::Paragraph => "paragraph",
            QuoteRule::Dash => "dash",
            QuoteRule::Transcript => "transcript",
            QuoteRule::Continuation => "continuation",
            QuoteRule::Reported => "reported",
            QuoteRule::ReportedAfter => "reported-after",
            QuoteRule::Unattributed => "unattributed",
            QuoteRule::Impersonal => "impersonal",
            QuoteRule::Sender => "sender",
            QuoteRule::Block => "block",
            QuoteRule::Attributable => "attributable",
        }
    }
}

/// A quote before the extractor maps its speaker to the story's entities.
#[derive(Clone, Debug)]
pub(crate) struct RawQuote {
    pub(crate) kind: QuoteKind,
    pub(crate) span: Span,
    pub(crate) content: Span,
    pub(crate) cue: Option<Span>,
    pub(crate) speaker: Option<(Span, Option<Target>)>,
    pub(crate) rule: QuoteRule,
}

impl RawQuote {
    /// Reported speech: its whole span, content, cue, speaker and rule.
    fn reported(
        span: Span,
        content: Span,
        cue: Span,
        speaker: (Span, Option<Target>),
        rule: QuoteRule,
    ) -> RawQuote {
        RawQuote {
            kind: QuoteKind::Reported,
            span,
            content,
            cue: Some(cue),
            speaker: Some(speaker),
            rule,
        }
    }

    /// An impersonal report: nobody in the text is its source.
    fn impersonal(span: Span, content: Span, cue: Span) -> RawQuote {
        RawQuote {
            kind: QuoteKind::Reported,
            span,
            content,
            cue: Some(cue),
            speaker: None,
            rule: QuoteRule::Impersonal,
        }
    }
}

/// The longest run of tokens a quote may span before it is given up as
/// unbalanced, unless a new paragraph reopens it.
const MAX_QUOTE_TOKENS: usize = 4_000;

/// Kinds of quotation marks that pair with each other. Straight and curly
/// double marks are kept apart: a story that mixes them (a straight mark
/// around a paragraph, curly ones inside) nests one in the other.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Straight,
    Curly,
    Guillemet,
    Single,
}

fn family(mark: &str) -> Family {
    match mark {
        "«" | "»" | "‹" | "›" => Family::Guillemet,
        "‘" | "’" | "'" | "‚" | "`" | "´" => Family::Single,
        "\"" | "‟" | "''" => Family::Straight,
        _ => Family::Curly,
    }
}

/// Finds the spans of direct quotes: `(open mark token, close mark token)`.
pub(crate) fn find_marks(doc: &Doc<'_>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // For each token, whether a straight or a curly double mark follows it
    // in its paragraph; built on first need, in one pass.
    let mut left: Option<Vec<(bool, bool)>> = None;
    let more_in_paragraph = |left: &mut Option<Vec<(bool, bool)>>, i: usize, f: Family| {
        let table = left.get_or_insert_with(|| {
            let mut table = vec![(false, false); doc.tokens.len() + 1];
            let mut seen = (false, false);
            for k in (0..doc.tokens.len()).rev() {
                let t = &doc.tokens[k];
                if t.is_paragraph_break() {
                    seen = (false, false);
                } else if let TokenKind::Quote(_) = t.kind {
                    match family(t.as_str()) {
                        Family::Straight => seen.0 = true,
                        Family::Curly => seen.1 = true,
                        _ => {}
                    }
                }
                table[k] = seen;
            }
            table
        });
        let (straight, curly) = table[i + 1];
        if f == Family::Straight { straight } else { curly }
    };
    // The open quote: its mark token and family, and for guillemets the
    // nesting depth.
    let mut open: Option<(usize, Family)> = None;
    let mut depth = 0usize;
    let mut i = 0;
    while i < doc.tokens.len() {
        let t = &doc.tokens[i];
        if let Some((o, fam)) = open {
            if i - o > MAX_QUOTE_TOKENS {
                open = None;
                i = o + 1;
                continue;
            }
            if t.is_paragraph_break() {
                // A quote that runs on into the next paragraph reopens
                // there; otherwise the open mark was unbalanced.
                let next = doc.next_solid(i);
                let reopens = next.is_some_and(|n| match doc.tokens[n].kind {
                    TokenKind::Quote(side) => {
                        side != QuoteSide::Close && family(doc.word(n)) == fam
                    }
                    _ => false,
                });
                // (Single marks only when the quote opened a paragraph or
                // followed a colon, as British releases set a quote of
                // several paragraphs: `said: 'This was ...` / `'We ...'`;
                // elsewhere an unclosed single mark is more likely an
                // apostrophe.)
                let single_opened = || {
                    doc.prev_solid(o).is_none_or(|p| {
                        doc.word(p) == ":"
                            || doc.tokens[p + 1..o].iter().any(|t| t.is_paragraph_break())
                    })
                };
                if reopens && (fam != Family::Single || single_opened()) {
                    i = next.unwrap_or(i) + 1;
                } else {
                    open = None;
                    i += 1;
                }
                continue;
            }
            let closes = match t.kind {
                TokenKind::Quote(side) => {
                    let f = family(t.as_str());
                    match fam {
                        Family::Guillemet if f == Family::Guillemet => {
                            if side == QuoteSide::Open {
                                depth += 1;
                                false
                            } else if depth > 0 {
                                depth -= 1;
                                false
                            } else {
                                true
                            }
                        }
                        Family::Curly if f == Family::Curly => {
                            // “ inside an open “ opens an inner quote when two
                            // closing marks follow (`what he calls “hell”
                            // than ...”`); else the first was never closed:
                            // start again here (but „ closes with “).
                            if side == QuoteSide::Open && doc.word(o) != "„" {
                                if nested_curly(doc, i) {
                                    depth += 1;
                                } else {
                                    open = Some((i, fam));
                                    depth = 0;
                                }
                                i += 1;
                                continue;
                            }
                            if depth > 0 && side == QuoteSide::Close {
                                depth -= 1;
                                false
                            } else {
                                true
                            }
                        }
                        Family::Straight if f == Family::Straight => {
                            // A straight mark glued to words on both sides
                            // inside a quote (`as"debottlenecking"`) opens an
                            // inner quote whose mate closes it.
                            if side == QuoteSide::Ambiguous && glued(doc, i) {
                                depth += 1;
                                false
                            } else if depth > 0 && side != QuoteSide::Open {
                                depth -= 1;
                                false
                            } else {
                                true
                            }
                        }
                        Family::Single if f == Family::Single => side != QuoteSide::Open,
                        // Mixed families in copied text: `"I was hoping ...
                        // father,” Graham said`. A closing mark of the other
                        // double family closes when no mark of the open
                        // one is left in the paragraph.
                        Family::Straight
                            if f == Family::Curly && side == QuoteSide::Close && depth == 0 =>
                        {
                            !more_in_paragraph(&mut left, i, Family::Straight)
                        }
                        // (A straight mark after a comma and before a
                        // lowercase word closes anyway: `“We’re going to
                        // build a wall," he said. "It’s …”`.)
                        Family::Curly
                            if f == Family::Straight
                                && side == QuoteSide::Close
                                && !glued(doc, i) =>
                        {
                            let attribution = doc.prev_solid(i).is_some_and(|p| doc.word(p) == ",")
                                && doc.next_solid(i).is_some_and(|n| {
                                    doc.is_word(n)
                                        && doc.word(n).starts_with(|c: char| c.is_lowercase())
                                });
                            attribution || !more_in_paragraph(&mut left, i, Family::Curly)
                        }
                        _ => false,
                    }
                }
                TokenKind::Apostrophe => fam == Family::Single && doc.word(i) != "‘",
                _ => false,
            };
            if closes {
                out.push((o, i));
                open = None;
            }
            i += 1;
            continue;
        }
        if let TokenKind::Quote(side) = t.kind {
            if side != QuoteSide::Close {
                let f = family(t.as_str());
                // A single mark opens only before a word: "‘We" yes, "’ " no.
                let before_word = doc.tokens.get(i + 1).is_some_and(|n| {
                    matches!(n.kind, TokenKind::Word | TokenKind::Number | TokenKind::Quote(_))
                });
                if f != Family::Single || before_word {
                    open = Some((i, f));
                    depth = 0;
                }
            }
        }
        i += 1;
    }
    out
}

/// The closing mark of a nickname that opens at the mark `o` inside a
/// name (`Marcia "Cia" Price`, `Dwayne "The Rock" Johnson`): one to three
/// capitalised words in marks between capitalised words.
fn nickname_end(doc: &Doc<'_>, o: usize) -> Option<usize> {
    let before = doc.prev_solid(o)?;
    if !doc.is_word(before) || !doc.is_cap(before) || glued(doc, o) {
        return None;
    }
    let mut k = doc.next_solid(o)?;
    for _ in 0..3 {
        if !doc.is_word(k) || !doc.is_cap(k) {
            return None;
        }
        k = doc.next_solid(k)?;
        if matches!(doc.tokens[k].kind, TokenKind::Quote(_)) {
            let after = doc.next_solid(k)?;
            return (doc.is_word(after) && doc.is_cap(after)).then_some(k);
        }
    }
    None
}

/// Whether the curly mark “ at token `i`, inside an open curly quote,
/// opens an inner one: the next two curly marks in the paragraph both
/// close. Looks no further than a quote may run.
fn nested_curly(doc: &Doc<'_>, i: usize) -> bool {
    let mut closes = 0;
    for k in i + 1..doc.tokens.len().min(i + MAX_QUOTE_TOKENS) {
        let t = &doc.tokens[k];
        if t.is_paragraph_break() {
            return false;
        }
        if let TokenKind::Quote(side) = t.kind {
            if family(t.as_str()) != Family::Curly {
                continue;
            }
            if side == QuoteSide::Open {
                return false;
            }
            closes += 1;
            if closes == 2 {
                return true;
            }
        }
    }
    false
}

/// Whether a cue stands among the few words before the comma at `p`
/// ("said,", "told reporters,", "said on Monday,").
fn cue_shortly_before(doc: &Doc<'_>, p: usize) -> bool {
    let mut k = p;
    // (Four words, or seven back to "said" or "told" past a recipient and
    // a time, before a sentence in marks: "told his radio audience on
    // Monday, "What ..."". No clause between: not "said last March it
    // would be difficult, "if not impossible"".)
    let sentence_after = doc
        .next_solid(p)
        .filter(|&m| matches!(doc.tokens[m].kind, TokenKind::Quote(_)))
        .and_then(|m| doc.next_solid(m))
        .is_some_and(|w| doc.is_word(w) && doc.is_cap(w));
    let mut clause = false;
    for n in 0..7 {
        match doc.prev_solid(k) {
            Some(x) if doc.is_word(x) => {
                // "would tell every story --": an infinitive with its
                // object introduces nothing.
                let infinitive = doc.prev_solid(x).is_some_and(|m| {
                    lower_in(doc.word(m), &["would", "will", "can", "could", "should", "to"])
                });
                if cue_at(doc, x).is_some()
                    && !infinitive
                    && (n < 4 || (sentence_after && !clause && lower_in(doc.word(x), SAY_OR_TELL)))
                {
                    return true;
                }
                let w = doc.word(x);
                clause |= is_auxiliary(w)
                    || lower_in(w, RELATIVES)
                    || lower_in(w, &["it", "he", "she", "they", "we", "i", "if"]);
                if n >= 3 && clause {
                    return false;
                }
                k = x;
            }
            _ => return false,
        }
    }
    false
}

/// Whether the comma at `p` ends the attribution that splits a quote in
/// two: `"The plan," said union general secretary Mick Whelan, "is to
/// ..."`, `"The plan," Mick Whelan, the union leader, said, "is ..."`. A
/// quote closes in the sentence (from `s_start`) within 30 tokens before
/// the comma, and a verb of saying stands between, with no other mark. The
/// first part's closing mark.
fn split_attribution(doc: &Doc<'_>, s_start: usize, p: usize) -> Option<usize> {
    let from = p.saturating_sub(30).max(s_start);
    let close = (from..p).rev().find(|&j| matches!(doc.tokens[j].kind, TokenKind::Quote(_)))?;
    // (The first part ends on its comma, and no clause follows the cue:
    // not `he said Wednesday that under Obama, "the generals ..."`.)
    (doc.tokens[close].kind == TokenKind::Quote(QuoteSide::Close)
        && doc.prev_solid(close).is_some_and(|x| doc.word(x) == ",")
        && (close + 1..p).any(|j| doc.is_word(j) && verb_of_saying(doc.word(j)))
        && !(close + 1..p).any(|j| lower_in(doc.word(j), &["that", "including", "suggesting"])))
    .then_some(close)
}

/// The inverted cue that opens the sentence from `s_start` and governs the
/// mark at `p`, however long the speaker's apposition between them: `Said
/// Maria Ortiz, who grew up near the plant, "…"`. Its first and last
/// token.
fn opening_cue(doc: &Doc<'_>, s_start: usize, p: usize) -> Option<(usize, usize)> {
    let first = (s_start..p).find(|&j| !doc.tokens[j].is_space())?;
    if p - first > 60 || !doc.is_cap(first) || !lower_in(doc.word(first), INVERTING) {
        return None;
    }
    cue_at(doc, first).map(|(e, _)| (first, e)).filter(|&(_, e)| e < p)
}

/// Whether the mark at token `i` touches a word on both sides.
fn glued(doc: &Doc<'_>, i: usize) -> bool {
    let word = |k: Option<&crate::token::Token<'_>>| {
        k.is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
    };
    i > 0 && word(doc.tokens.get(i - 1)) && word(doc.tokens.get(i + 1))
}

/// The words of a span, for counting.
fn word_count(doc: &Doc<'_>, span: Span) -> usize {
    let a = doc.token_at(span.start);
    let b = doc.token_at(span.end.saturating_sub(1).max(span.start));
    (a..=b.min(doc.tokens.len().saturating_sub(1)))
        .filter(|&k| matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Number))
        .count()
}

/// A cue found at token `i`: its last token and whether it takes content
/// without "that".
pub(crate) fn cue_at(doc: &Doc<'_>, i: usize) -> Option<(usize, bool)> {
    // One byte a token: 0 for none, else the distance to the cue's last
    // token (at most six: a verb, two inserted words and a preposition,
    // with the spaces between) shifted left once, and whether bare.
    let table = doc.cue_words.get_or_init(|| {
        (0..doc.tokens.len())
            .map(|k| match cue_word_at(doc, k) {
                Some((end, bare)) if end - k < 0x7f => ((end - k + 1) << 1) as u8 | u8::from(bare),
                _ => 0,
            })
            .collect()
    });
    let code = *table.get(i).filter(|&&c| c != 0)?;
    let (end, bare) = (i + usize::from(code >> 1) - 1, code & 1 == 1);
    // A word inside a name is no cue: "States" of "the United States".
    if doc.overlaps_any(doc.tokens[i].span) {
        return None;
    }
    Some((end, bare))
}

/// The cue the words at token `i` make, whatever the mentions around.
fn cue_word_at(doc: &Doc<'_>, i: usize) -> Option<(usize, bool)> {
    if !doc.is_word(i) {
        return None;
    }
    // No cue is longer than 14 letters. The lexicon's table folds case.
    let w = doc.word(i).as_bytes();
    if w.len() > 14 || !w[0].is_ascii_alphabetic() {
        return None;
    }
    let info = cue_word(w)?;
    // "self-described", "well-known": the second half of a compound.
    if i > 1 && doc.word(i - 1) == "-" && doc.is_word(i - 2) {
        return None;
    }
    if info.starts_two {
        let pair = |n: usize| {
            let second = doc.word(n).as_bytes();
            if second.len() > 16 {
                return None;
            }
            let mut two = [0u8; 32];
            let len = w.len() + 1 + second.len();
            two[..w.len()].copy_from_slice(w);
            two[w.len()] = b' ';
            two[w.len() + 1..len].copy_from_slice(second);
            cue_word(&two[..len]).and_then(|c| c.alone).map(|bare| (n, bare))
        };
        // "spoke about", then "spoke out Tuesday about", "complained
        // publicly about": up to two words may stand between the verb and
        // its preposition.
        let mut next = doc.next_on_line(i).filter(|&n| doc.is_word(n));
        for _ in 0..3 {
            let Some(n) = next else { break };
            if let Some(found) = pair(n) {
                return Some(found);
            }
            if !is_inserted(doc.word(n)) {
                break;
            }
            next = doc.next_on_line(n).filter(|&m| doc.is_word(m));
        }
    }
    info.alone.map(|bare| (i, bare))
}

/// Whether a word may stand inside a two-word cue: "out", a day, or an
/// adverb of manner ("spoke out Tuesday about", "complained bitterly about").
fn is_inserted(w: &str) -> bool {
    w == "out"
        || is_day_or_month(w)
        || matches!(w, "today" | "yesterday" | "again" | "often" | "repeatedly")
        || (w.len() >= 6 && w.ends_with("ly") && w.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// What a phrase says about the speaker: a person or body mentioned in it,
/// a pronoun, or a source noun.
#[derive(Clone, Copy, Debug)]
enum Who {
    Mention(Span, Target),
    Pronoun(Span, Option<bool>),
    SourceNoun(Span, usize),
    OrgNoun(Span, usize),
    /// Words that denote a speaker no list or pattern knows: a name
    /// ("Caddell") or a group ("senior officials").
    Words(Span),
}

impl Who {
    /// A speaker's words and the entity they resolved to, if any: a
    /// mention, or words no list holds.
    fn resolved(span: Span, target: Option<Target>) -> Who {
        match target {
            Some(t) => Who::Mention(span, t),
            None => Who::Words(span),
        }
    }
}

/// The key under which `Sieve::sources` keeps the author of whatever
/// document the story last said someone sent.
const ANY_SOURCE: usize = usize::MAX;

struct Sieve<'a, 't> {
    doc: &'a Doc<'t>,
    kb: &'a Knowledge,
    /// Source noun (index into SOURCE_NOUNS) -> its author, or none when
    /// the story gave the document to somebody it does not name.
    sources: HashMap<usize, Option<Target>>,
    /// The story's first person and where it is named, and where a second
    /// person is first named.
    people_before: (Option<(Target, usize)>, Option<usize>),
    /// The last quote attributed in the sentence at hand, direct or
    /// reported: the token that ends its cue, and its speaker.
    attributed: Option<(usize, (Span, Option<Target>))>,
    /// The person an interview's answers are from (see [`interviewee`]),
    /// found on the first "A:".
    interviewee: std::cell::OnceCell<Option<Target>>,
    /// The sentence of the last reported speech whose speaker is a person
    /// the story names, and that person.
    last_speaker: Option<(usize, Target)>,
}

impl Sieve<'_, '_> {
    /// The speaker words in tokens `a..b` (exclusive), first match wins,
    /// people and bodies before pronouns before source nouns.
    fn who_in(&self, a: usize, b: usize) -> Option<Who> {
        let doc = self.doc;
        let mut pronoun = None;
        let mut source = None;
        let mut org = None;
        let mut org_at = None;
        let mut k = a;
        while k < b {
            let t = &doc.tokens[k];
            if let Some(c) = doc.cand_starting(k) {
                // A mention that starts in the range counts whole.
                if c.span.start < doc.tokens[b - 1].span.end {
                    // (Not a body that modifies a noun of people: "one GOP
                    // source in the room", unlike "a Kremlin spokesman".)
                    // (Its data or figures are the body's own: "according
                    // to WHO data".)
                    let modifier = c.kind == EntityKind::Institution
                        && doc.next_solid(doc.token_at(c.span.end - 1)).is_some_and(|n| {
                            n < b
                                && !doc.is_cap(n)
                                && SPEAKER_NOUN_SET.has(doc.word(n))
                                && !is_spokesperson(doc.word(n))
                                && !(lower_in(
                                    doc.word(n),
                                    &["data", "figures", "statistics", "estimates", "numbers"],
                                ) && doc.next_on_line(n).is_none_or(|x| {
                                    // (Not "a GOP data expert": a noun goes on.)
                                    !(doc.is_word(x)
                                        && !doc.is_cap(x)
                                        && cue_at(doc, x).is_none()
                                        && !is_auxiliary(doc.word(x))
                                        && !FUNCTION.contains(&doc.word(x)))
                                }))
                        });
                    // ("said Greenfield Foods President Luis Ortega",
                    // "said Kremlin spokesman Dmitry Peskov": the person
                    // the body's title names.)
                    let titled = (c.kind == EntityKind::Institution)
                        .then(|| titled_person_after(doc, doc.token_at(c.span.end - 1), b))
                        .flatten();
                    if let Some(p) = titled {
                        return Some(Who::Mention(p.span, p.target));
                    }
                    // ("said NBC's Dante Chinni", "noted Reuters' John
                    // Smith": the person after the owner.)
                    let rest = &doc.text[c.span.end..];
                    let owned = ["'s ", "’s ", "' ", "’ "]
                        .iter()
                        .find(|m| rest.starts_with(**m))
                        .map(|m| c.span.end + m.len())
                        .and_then(|at| doc.cand_at(at).filter(|p| p.span.start == at))
                        .filter(|p| {
                            p.kind == EntityKind::Person
                                && p.span.start < doc.tokens[b - 1].span.end
                        });
                    if let Some(p) = owned {
                        return Some(Who::Mention(p.span, p.target));
                    }
                    if matches!(c.kind, EntityKind::Person | EntityKind::Institution) && !modifier {
                        return Some(Who::Mention(c.span, c.target));
                    }
                    k = doc.token_at(c.span.end - 1) + 1;
                    continue;
                }
            }
            if doc.is_word(k) {
                let lw = lower(t.as_str());
                if let Some((_, g)) = PRONOUNS.iter().find(|(p, _)| *p == lw) {
                    pronoun.get_or_insert(Who::Pronoun(t.span, *g));
                } else if let Some(n) = source_noun(&lw).filter(|_| {
                    // (Not the first half of a compound: "the post-debate
                    // analysis".)
                    doc.tokens.get(k + 1).is_none_or(|t| t.as_str() != "-")
                }) {
                    source.get_or_insert(Who::SourceNoun(self.with_article(k), n));
                } else if let Some(n) = org_noun(&lw) {
                    // In "an exchange spokeswoman" the last noun is the head;
                    // "party leaders" are people, not the party.
                    let compound = org_at.is_some_and(|o| doc.prev_solid(k) == Some(o));
                    // ("market research firm Counterpoint Research": the
                    // name after the noun is the body's.)
                    let next = doc.next_solid(k).filter(|&x| x < b);
                    let of_people = next.is_some_and(|x| {
                        people_noun_after(doc, x) || (doc.is_cap(x) && doc.is_word(x))
                    });
                    if (org.is_none() || compound) && !of_people {
                        let whole = match (compound, org) {
                            (true, Some(Who::OrgNoun(sp, _))) => {
                                Span::new(sp.start, doc.tokens[k].span.end)
                            }
                            _ => self.with_modifiers(a, k),
                        };
                        org = Some(Who::OrgNoun(whole, n));
                        org_at = Some(k);
                    }
                }
            }
            k += 1;
        }
        pronoun.or(source).or(org).or_else(|| self.words_in(a, b))
    }

    /// The first speaker words in `a..b` that are neither a mention nor a
    /// pronoun: a run of capitalised name words, or a noun phrase headed by
    /// a speaker noun ("senior officials").
    fn words_in(&self, a: usize, b: usize) -> Option<Who> {
        let doc = self.doc;
        for k in a..b {
            if !doc.is_word(k) {
                continue;
            }
            if doc.cand_at(doc.tokens[k].span.start).is_some() {
                continue;
            }
            if is_name_like(doc, k) {
                let mut e = k;
                while let Some(n) = doc.next_on_line(e).filter(|&n| n < b && is_name_like(doc, n)) {
                    e = n;
                }
                // "says Finnish foreign minister": a demonym opens a
                // speaker's noun phrase, up to its noun. (Not a recipient's:
                // "told Indonesian reporters".)
                let recipient = doc
                    .prev_solid(k)
                    .is_some_and(|p| lower_in(doc.word(p), &["told", "tells", "telling", "tell"]));
                let demonym = e == k
                    && !recipient
                    && self.kb.demonyms.contains_key(lower(doc.word(k)).as_ref());
                if demonym {
                    let mut j = k;
                    for _ in 0..3 {
                        let Some(n) = doc.next_on_line(j).filter(|&n| n < b && doc.is_word(n))
                        else {
                            break;
                        };
                        j = n;
                        // (Not a modifier of a body: "the Iraqi activist
                        // group Mosul Eye".)
                        let body_after = doc
                            .next_on_line(n)
                            .is_some_and(|x| org_noun(&lower(doc.word(x))).is_some());
                        if (SPEAKER_NOUN_SET.has(doc.word(n)) || HEAD_TITLE_SET.has(doc.word(n)))
                            && !body_after
                        {
                            e = n;
                            break;
                        }
                    }
                }
                // (With its article: "said a Japanese bank official".)
                let start = doc
                    .prev_solid(k)
                    .filter(|&p| {
                        demonym && e > k && p >= a && lower_in(doc.word(p), &["a", "an", "the"])
                    })
                    .unwrap_or(k);
                return Some(Who::Words(Span::new(
                    doc.tokens[start].span.start,
                    doc.tokens[e].span.end,
                )));
            }
            // A title noun before a name gives way to the name: "talk radio
            // host Rush Limbaugh".
            if SPEAKER_NOUN_SET.has(doc.word(k))
                && doc.next_on_line(k).is_none_or(|n| n >= b || !is_name_like(doc, n))
            {
                return spokesperson_body(doc, a, k)
                    .or_else(|| Some(Who::Words(noun_phrase(doc, a, k))));
            }
        }
        None
    }

    /// [`Sieve::with_article`], or with no article the lowercase nouns
    /// right before `k`, from `a` on: "says fire service", "said health
    /// ministry" (not a cue, a verb or a function word).
    fn with_modifiers(&self, a: usize, k: usize) -> Span {
        let doc = self.doc;
        // (The article and the adjectives of `with_article`, looked for once.)
        if let Some(start) = phrase_opener(doc, 0, k, 2, false) {
            return Span::new(doc.tokens[start].span.start, doc.tokens[k].span.end);
        }
        let mut start = k;
        for _ in 0..2 {
            let Some(p) = doc.prev_on_line(start).filter(|&p| p >= a) else { break };
            let w = doc.word(p);
            let plain = doc.is_word(p)
                && !doc.is_cap(p)
                && cue_at(doc, p).is_none()
                && !FUNCTION.contains(&w)
                && !lower_in(w, NOT_MODIFIERS)
                && !is_auxiliary(w)
                && !is_past_form(w)
                && !w.ends_with("ing")
                && !w.ends_with("ly");
            if !plain {
                break;
            }
            start = p;
        }
        Span::new(doc.tokens[start].span.start, doc.tokens[k].span.end)
    }

    /// The span of a noun with its article ("the message", "the electoral
    /// commission"), or the noun alone.
    fn with_article(&self, k: usize) -> Span {
        let doc = self.doc;
        // Up to two adjectives may stand between: "the electoral
        // commission", "the Kremlin press service".
        let start = phrase_opener(doc, 0, k, 2, false).unwrap_or(k);
        Span::new(doc.tokens[start].span.start, doc.tokens[k].span.end)
    }

    /// Reported speech by the sieve's main rule: `who` resolved at the cue
    /// `k..=cue_end` (`phrase`: the tokens the speaker words stand in), over
    /// a span from the first to the last of speaker, cue and content.
    fn said(
        &mut self,
        who: Who,
        k: usize,
        cue_end: usize,
        content: Span,
        phrase: (usize, usize),
    ) -> RawQuote {
        let doc = self.doc;
        let cue = Span::new(doc.tokens[k].span.start, doc.tokens[cue_end].span.end);
        let (sp, t, _) = self.resolve(who, cue.start, QuoteRule::Reported, phrase);
        let span = Span::new(
            sp.start.min(cue.start).min(content.start),
            sp.end.max(cue.end).max(content.end),
        );
        RawQuote::reported(span, content, cue, (sp, t), QuoteRule::Reported)
    }

    /// Reported speech whose source a preposition names ("according to X",
    /// "reported by X"): `who` resolved at the cue, over the sentence's
    /// `span`.
    fn according(
        &mut self,
        who: Who,
        cue: Span,
        span: Span,
        content: Span,
        phrase: (usize, usize),
    ) -> RawQuote {
        let (sp, t, _) = self.resolve(who, cue.start, QuoteRule::AccordingTo, phrase);
        RawQuote::reported(span, content, cue, (sp, t), QuoteRule::AccordingTo)
    }

    /// Attributes the direct quote `q` to the source named after "according
    /// to" (its "to" at token `to`), within `to + 1..end`; whether one was.
    fn attribute_to_source(&mut self, q: &mut RawQuote, to: usize, end: usize) -> bool {
        let doc = self.doc;
        let Some(who) = self.who_in(to + 1, end) else { return false };
        let (sp, t, _) = self.resolve(who, q.span.start, QuoteRule::AccordingTo, (to + 1, end));
        let according = according_start(doc, to);
        q.cue = Some(Span::new(doc.tokens[according].span.start, doc.tokens[to].span.end));
        q.speaker = Some((sp, t));
        q.rule = QuoteRule::AccordingTo;
        true
    }

    /// Resolves what a phrase says to an entity, with the rule that decided.
    /// `phrase` is the token range the speaker words were found in, used to
    /// find "the message of X".
    fn resolve(
        &mut self,
        who: Who,
        at: usize,
        base: QuoteRule,
        phrase: (usize, usize),
    ) -> (Span, Option<Target>, QuoteRule) {
        match who {
            Who::Mention(span, t) => {
                // "the message of X ... reads": X is the author of the message.
                let mut rule = base;
                let first_tok = self.doc.token_at(span.start);
                if let Some(n) = (phrase.0..first_tok).rev().find_map(|k| {
                    let lw = lower(self.doc.word(k));
                    source_noun(&lw)
                }) {
                    self.sources.insert(n, Some(t));
                    rule = QuoteRule::SourceNoun;
                }
                (span, Some(t), rule)
            }
            // "they" stands for several, never for the one person named
            // last: it keeps its words and no entity. "The company delivered
            // 495,570 vehicles, it said": "it" is the body that opens its
            // sentence or the one before.
            Who::Pronoun(span, None) => {
                let it = self.doc.text[span].eq_ignore_ascii_case("it");
                // ("They" after a sentence that names two people: the
                // first of them, with the other.)
                let pair = || leaders_pair(self.doc, span).map(|(a, _)| a);
                let t = if it { self.subject_body(span.start) } else { pair() };
                (span, t, QuoteRule::Pronoun)
            }
            // The pronoun stands for someone named before it, not before
            // the cue ("He compared X to Obama's action and says").
            Who::Pronoun(span, gender) => {
                (span, self.recent_person(at.min(span.start), gender), QuoteRule::Pronoun)
            }
            Who::SourceNoun(span, n) => {
                // "an email", "a statement": a document not yet met has no
                // known author.
                let text = &self.doc.text[span];
                let indefinite = ["a ", "an ", "A ", "An "].iter().any(|a| text.starts_with(a));
                if indefinite {
                    // "X issued a statement saying ...": its sender wrote it.
                    if let Some(t) = self.sender_of(span) {
                        return (span, Some(t), QuoteRule::SourceNoun);
                    }
                }
                // (A document whose author the story does not name has
                // none: "The ministry said in a statement ...", then "the
                // statement read".)
                // (Nor is a report or an article the work of the one person
                // named so far: "..., Anna Lund said. ..., the report
                // said.")
                let authored = !matches!(SOURCE_NOUNS.get(n), Some(&("report" | "article")));
                // (A banner, a placard or a headline is nobody's the story
                // names: "\"Bring them home,\" read one banner.")
                let displayed = matches!(
                    SOURCE_NOUNS.get(n),
                    Some(
                        &("banner"
                            | "placard"
                            | "poster"
                            | "slogan"
                            | "caption"
                            | "inscription"
                            | "headline")
                    )
                );
                if displayed {
                    return (span, None, QuoteRule::SourceNoun);
                }
                let t = match self.sources.get(&n).or_else(|| self.sources.get(&ANY_SOURCE)) {
                    Some(&known) => known,
                    None => self.recent_author(at).filter(|_| authored),
                }
                .filter(|_| !indefinite);
                (span, t, QuoteRule::SourceNoun)
            }
            // "The two leaders discussed ...": the first of the two people
            // the story just named (the other is the joint speaker).
            Who::Words(span) => (span, leaders_pair(self.doc, span).map(|(a, _)| a), base),
            Who::OrgNoun(span, n) => {
                // "..., the companies said": the two bodies just named.
                if let Some((a, _)) = leaders_pair(self.doc, span) {
                    return (span, Some(a), base);
                }
                // "A Canadian government agency said": some body the story
                // does not name.
                let text = &self.doc.text[span];
                let indefinite = ["a ", "an ", "A ", "An "].iter().any(|a| text.starts_with(a));
                // ("..., the Italian bank said": a body of that country, when
                // the list says where bodies are.)
                let country = text
                    .split(|c: char| !c.is_alphanumeric() && c != '.')
                    .find_map(|w| self.kb.demonyms.get(lower(w).as_ref()).copied());
                // ("..., the environmental group said": a campaigning body,
                // not the company the story named last.)
                const CAUSES: &[&str] = &[
                    "environmental",
                    "rights",
                    "conservation",
                    "humanitarian",
                    "aid",
                    "advocacy",
                    "campaign",
                    "activist",
                    "pressure",
                    "charity",
                    "green",
                ];
                let noun = org_noun_name(n);
                let cause = noun == "group" && text.split_whitespace().any(|w| lower_in(w, CAUSES));
                let t = if cause {
                    self.recent_institution_of(at, "organization", country).filter(|&t| {
                        matches!(t, Target::Gaz(id)
                            if self.kb.gazetteer.entity(id).label.as_deref() == Some("ngo"))
                    })
                } else {
                    self.recent_institution_of(at, noun, country)
                };
                let t = t.filter(|_| !indefinite);
                (span, t, base)
            }
        }
    }

    /// The body that opens the sentence of byte `at`, or failing a subject
    /// there, the sentence before: a body's name, or a noun of bodies
    /// ("The company") that names one. None when a person opens it.
    fn subject_body(&self, at: usize) -> Option<Target> {
        let doc = self.doc;
        let s = doc.sentence_of(at);
        for s in [Some(s), s.checked_sub(1)].into_iter().flatten() {
            let (a, b) = sentence_tokens(doc, s);
            let mut first = doc.next_solid(a.saturating_sub(1)).filter(|&f| f >= a && f < b)?;
            if is_determiner(doc, first) {
                first = doc.next_solid(first).filter(|&f| f < b)?;
            }
            // ("It said ...", `"...," it said`: the pronoun or the quote
            // opens its own sentence.)
            if doc.tokens[first].span.start == at
                || matches!(doc.tokens[first].kind, TokenKind::Quote(_))
            {
                continue;
            }
            // ("Grumman is being awarded a contract, the Defense Department
            // said. It said ...": the body that spoke in it.)
            // (Within the look-back window: a sentence of a megabyte costs
            // no more than a short one.)
            let from = doc.tokens[a].span.start.max(at.saturating_sub(LOOK_BACK));
            let spoke = doc
                .cands_between(from, doc.tokens[b - 1].span.end.min(at))
                .iter()
                .filter(|c| c.kind == EntityKind::Institution && c.span.end <= at)
                .find(|c| speaks_after(doc, doc.token_at(c.span.end - 1)));
            if let Some(c) = spoke {
                return Some(c.target);
            }
            if let Some(c) = doc.cand_starting(first) {
                return (c.kind == EntityKind::Institution).then_some(c.target);
            }
            if let Some(n) = org_noun(&lower(doc.word(first))) {
                return self.recent_institution(doc.tokens[first].span.start, org_noun_name(n));
            }
            return None;
        }
        None
    }

    /// The most recent person before `at` whose gender fits.
    fn recent_person(&self, at: usize, male: Option<bool>) -> Option<Target> {
        let doc = self.doc;
        let gender_of = |t: Target| match t {
            Target::Gaz(id) => self.kb.gazetteer.entity(id).gender,
            // A person found by pattern, by the first name.
            Target::Local(l) => self.kb.gender_of_name(&doc.locals[l as usize].name),
        };
        let gender = |c: &Cand| gender_of(c.target);
        let fits = |t: Target| match (male, gender_of(t)) {
            (Some(m), Some(g)) => (g == Gender::Male) == m,
            _ => true,
        };
        let mut people = doc
            .cands_between(at.saturating_sub(LOOK_BACK), at)
            .iter()
            .rev()
            .filter(|c| c.span.end <= at && c.kind == EntityKind::Person)
            .filter(|c| fits(c.target));
        let last = people.next()?;
        // "A street vendor ..., said he had lost half his customers.
        // \"Nobody comes out,\" he said": a person the story does not name,
        // who spoke in a sentence after the last one named, is who the
        // pronoun stands for: no entity.
        if self.unnamed_speaker_between(last.span.end, at) {
            return None;
        }
        // "CONTENT, said Jake Horowitz, editor of Mic. \"...\" he said": the
        // speaker of an inverted attribution, right after its cue, is the
        // one the next sentence goes on about.
        // (The attribution ends with the name, or its apposition opens:
        // not "Simon, who served under Ford, said Reagan's cuts work".)
        let ends = doc
            .next_solid(doc.token_at(last.span.end - 1))
            .is_none_or(|n| matches!(doc.word(n), "," | "." | ";"));
        let inverted = ends
            && doc.prev_solid(doc.token_at(last.span.start)).is_some_and(|p| {
                lower_in(doc.word(p), &["said", "says", "added", "adds"])
                    && doc.prev_solid(p).is_some_and(|c| {
                        doc.word(c) == ","
                            || matches!(doc.tokens[c].kind, TokenKind::Quote(QuoteSide::Close))
                    })
            });
        if inverted {
            return Some(last.target);
        }
        // "CONTENT about Putin, Kremlin Spokesman Dmitry Peskov told
        // reporters. \"No,\" he said": the speaker of the latest sentence
        // that names a person, over the people in what was said.
        if let Some((s, t)) = self.last_speaker {
            if s == doc.sentence_of(last.span.start) && fits(t) {
                return Some(t);
            }
        }
        // "Frenzel said the bill was not one to endorse, but he emphasized
        // ... a bill Reagan would endorse": the first person of the latest
        // sentence that names one, most likely its subject, over the last
        // one. Not an owner ("Commenting on President Reagan's decision,
        // Baldrige said") nor a person inside quote marks (`"Baker may
        // look responsible," said Robert Brusca`).
        let owner = |c: &Cand| {
            let rest = &doc.text[c.span.end..];
            rest.starts_with("'s") || rest.starts_with("’s")
        };
        let mut sentence = doc.sentences[doc.sentence_of(last.span.start)].0;
        // (No further back than the people looked at: a sentence of a
        // megabyte costs no more than a short one.)
        let floor = at.saturating_sub(LOOK_BACK);
        let clamped = sentence.start < floor;
        sentence.start = sentence.start.max(floor);
        // ("Addressing President Anatoly Bibilov, Vladimir Putin
        // emphasised": past an opening participle's or adverbial's comma.)
        let opener =
            doc.next_solid(doc.token_at(sentence.start).saturating_sub(1)).filter(|_| !clamped);
        if let Some(o) = opener.filter(|&o| {
            doc.tokens[o].span.start >= sentence.start
                && (opens_adverbial(doc.word(o))
                    || (doc.word(o).ends_with("ing") && doc.cand_starting(o).is_none()))
        }) {
            let comma = (o..doc.token_at(last.span.start)).find(|&k| doc.word(k) == ",");
            if let Some(c) = comma {
                sentence.start = doc.tokens[c].span.end;
            }
        }
        let quoted = |c: &Cand| {
            let (from, to) = (doc.token_at(sentence.start), doc.token_at(c.span.start));
            (from..to).filter(|&k| matches!(doc.tokens[k].kind, TokenKind::Quote(_))).count() % 2
                == 1
        };
        // (For "he" or "she", one whose gender the story shows wins over
        // one it does not: "Dean Witter analyst Karen Gibbs said ..., and
        // she ...".)
        // (People come latest first: the last that fits is the first in
        // the sentence.)
        let (mut first, mut known) = (None, None);
        for c in std::iter::once(last)
            .chain(people.take_while(|c| c.span.start >= sentence.start))
            .filter(|c| !owner(c) && !quoted(c))
        {
            first = Some(c);
            if male.is_some() && gender(c).is_some() {
                known = Some(c);
            }
        }
        Some(known.or(first).unwrap_or(last).target)
    }

    /// Whether a sentence that starts after byte `from` and ends before the
    /// sentence of byte `at` opens with a person the story does not name
    /// ("A street vendor in the old city", "One resident") and a cue
    /// follows that subject.
    fn unnamed_speaker_between(&self, from: usize, at: usize) -> bool {
        let doc = self.doc;
        let (first, current) = (doc.sentence_of(from) + 1, doc.sentence_of(at));
        // (Two sentences back at most: the pronoun's own and the one
        // before it are where its speaker is.)
        (first.max(current.saturating_sub(2))..current).any(|s| {
            let (a, b) = sentence_tokens(doc, s);
            let Some(Who::Words(sp)) = sentence_subject(self, a, b) else { return false };
            let (h, e) = (doc.token_at(sp.start), doc.token_at(sp.end - 1));
            let opens = doc.next_solid(a.saturating_sub(1)) == Some(h)
                && lower_in(doc.word(h), &["a", "an", "one", "another"]);
            let person = (h..=e).filter(|&j| doc.is_word(j)).any(|j| {
                let w = lower(doc.word(j));
                SPEAKER_NOUN_SET.has(&w) || person_noun(&w)
            });
            opens && person && (e + 1..b).any(|j| doc.is_word(j) && cue_at(doc, j).is_some())
        })
    }

    /// The author of the document a source noun refers to when the story
    /// never said whose it is: the story's first person, if it names one
    /// before the quote.
    fn recent_author(&self, at: usize) -> Option<Target> {
        // Only when the story is about one person so far: the first person,
        // if nobody else is named before `at`.
        // (Named before `at`: a message that opens the story is not the
        // person named after it.)
        let (first, other_at) = self.people_before;
        let (first, first_at) = first?;
        (first_at < at && other_at.is_none_or(|o| o >= at)).then_some(first)
    }

    /// The institution a noun like "the ministry" or "the company" stands
    /// for: the most recent one whose name holds the noun, or for "company"
    /// and "firm" the most recent one whose name ends like a company's.
    fn recent_institution(&self, at: usize, noun: &str) -> Option<Target> {
        self.recent_institution_of(at, noun, None)
    }

    /// [`Sieve::recent_institution`], of bodies that the list does not
    /// place in another country than `country`.
    fn recent_institution_of(
        &self,
        at: usize,
        noun: &str,
        country: Option<crate::gazetteer::EntityId>,
    ) -> Option<Target> {
        let corporate_noun = corporate_noun(noun);
        let elsewhere = |t: Target| match (t, country) {
            (Target::Gaz(id), Some(c)) => self.kb.within.get(&id).is_some_and(|&w| w != c),
            _ => false,
        };
        let bodies = || {
            self.doc
                .cands_between(at.saturating_sub(LOOK_BACK), at)
                .iter()
                .rev()
                .filter(|c| c.span.end <= at && c.kind == EntityKind::Institution)
                .filter(move |c| !elsewhere(c.target))
        };
        let named = |c: &&Cand| {
            let name = self.doc.text[c.span].to_lowercase();
            let last =
                name.split(|ch: char| !ch.is_alphanumeric()).rfind(|w| !w.is_empty()).unwrap_or("");
            // (The gazetteer's name counts too: "the agency" for "UNHCR",
            // whose name is the UN Refugee Agency; but not for "the
            // company", which the body that last spoke may be, whatever
            // its name: "Simon and Schuster Inc said it will distribute
            // Walt Disney Co's films. The company said ...".)
            let canonical = || match c.target {
                Target::Gaz(id) if !corporate_noun => {
                    head_noun(&self.kb.gazetteer.entity(id).name.to_lowercase(), noun)
                }
                _ => false,
            };
            head_noun(&name, noun)
                || canonical()
                || (corporate_noun
                    && (crate::lexicon::company_word(last)
                        // ("Siemens Energy", not "Illinois Institute of
                        // Technology".)
                        || (crate::patterns::trade_name_word(last)
                            && !name
                                .split(|ch: char| !ch.is_alphanumeric())
                                .any(crate::lexicon::is_institution_head))
                        || Some(c.target) == self.doc.lead_company))
        };
        // Failing a name, the gazetteer's type of a body, in the same
        // order: "the agency" for NASA; "FC Porto have signed a midfielder
        // from Palmeiras. The club said ..." is FC Porto's. (A company's
        // type counts only as the last one named.)
        let doc = self.doc;
        // (Not the wire that the dateline credits: "GENEVA (Reuters) - ...
        // the World Food Programme said. ... The agency said" is the
        // programme's.)
        let credit = |c: &Cand| {
            c.span.end <= doc.body_start
                && matches!(c.target, Target::Gaz(id)
                    if self.kb.gazetteer.entity(id).label.as_deref() == Some("news_agency"))
        };
        speaking_body(doc, bodies().filter(named)).or_else(|| {
            let mut typed = bodies().filter(|c| !credit(c) && self.label_fits(c.target, noun));
            if corporate_noun { typed.next().map(|c| c.target) } else { speaking_body(doc, typed) }
        })
    }

    /// Whether the gazetteer's type of a body is what `noun` names: "the
    /// agency" for NASA (a space agency), "the bank" for a central bank,
    /// "the organization" for an international one.
    fn label_fits(&self, target: Target, noun: &str) -> bool {
        let id = match target {
            Target::Gaz(id) => id,
            // (A listed company's group company: "Siemens Healthineers ...
            // The German medical technology company said".)
            Target::Local(l) => {
                return corporate_noun(noun) && self.doc.locals[l as usize].company;
            }
        };
        let entity = self.kb.gazetteer.entity(id);
        let Some(label) = entity.label.as_deref() else { return false };
        // ("the agency" for the World Food Programme or the World Health
        // Organization, the United Nations' agencies.)
        let un_agency = || {
            label == "intl_org"
                && entity.name.rsplit(' ').next().is_some_and(|w| {
                    lower_in(w, &["programme", "program", "organization", "organisation", "fund"])
                })
        };
        if noun == "agency" && un_agency() {
            return true;
        }
        // ("the government" is a country's, not any body of government.)
        (noun != "government" && label.split('_').any(|part| part == noun))
            || matches!(
                (noun, label),
                ("organization" | "organisation", "intl_org" | "ngo")
                    | ("company", "state_corporation")
                    | ("service", "security_service")
                    // ("the rights group" for Amnesty International.)
                    | ("group", "ngo" | "think_tank")
                    | ("champions", "club")
            )
            // ("the airline", "the firm": any company.)
            || (corporate_noun(noun) && matches!(label, "company" | "state_corporation"))
    }

    /// The person or body that a verb of sending right before the document
    /// at `span` has for its subject: "Macron issued [a statement]".
    fn sender_of(&self, span: Span) -> Option<Target> {
        let doc = self.doc;
        let article = doc.token_at(span.start);
        let verb = doc.prev_solid(article).filter(|&v| SENDING_SET.has(doc.word(v)))?;
        let (a, _) = sentence_tokens(doc, doc.sentence_of(span.start));
        match subject_of(self, a, verb)? {
            Who::Mention(_, t) => Some(t),
            Who::Pronoun(sp, Some(g)) => self.recent_person(sp.start, Some(g)),
            _ => None,
        }
    }

    /// Registers "X sent a message" and "X's message" so that a later "the
    /// message said" quotes X; and "X expressed his condolences" or "X
    /// congratulated ..." so that any later source noun does, when no
    /// sentence said whose that document is.
    fn learn_sources(&mut self, sentence: (usize, usize)) {
        let doc = self.doc;
        let (a, b) = sentence;
        // The subject opens the sentence; without one there is nothing to
        // learn. (A body too: "Huawei today released its annual report",
        // and "according to the report" is Huawei.)
        let person = opening_person(doc, a, b);
        let Some(c) = person.or_else(|| opening_body(doc, a, b)) else {
            // "The ministry said in a statement that ...": a document of
            // somebody the story does not name, whose later "the statement
            // read" is not the story's first person's. (The document after
            // the cue, with "a" or "its": not "The report said", whose
            // author is still to find.)
            // (The determiner first, a cheap test for every word; the cue
            // before it only then.)
            for k in a..b {
                if !matches!(doc.word(k), "a" | "an" | "its" | "their") {
                    continue;
                }
                let Some(d) = doc.next_solid(k).filter(|&d| d < b && doc.is_word(d)) else {
                    continue;
                };
                let Some(n) = source_noun(doc.word(d)) else { continue };
                if (a..k).any(|j| doc.is_word(j) && cue_at(doc, j).is_some()) {
                    self.sources.insert(n, None);
                }
            }
            return;
        };
        let (at, s) = (doc.token_at(c.span.start), c.target);
        for k in at..b {
            if !doc.is_word(k) {
                continue;
            }
            let w = doc.word(k);
            // (A body only by a verb of sending: not "Chrysler will pay
            // ..., the Renault statement said".)
            // (Nor by a passive: "the letter ... was sent to ...".)
            if person.is_none() {
                let passive = doc.prev_solid(k).is_some_and(|p| is_auxiliary(doc.word(p)));
                if SENDING_SET.has(w) && !lower_in(w, GREETINGS) && !passive {
                    self.sources.insert(ANY_SOURCE, Some(s));
                }
                continue;
            }
            // ("offered his deep condolences": the nouns of a message of
            // grief or joy name its author as the verbs of sending do.)
            // (Not a document the story met before: "Shane Shook ... said
            // he saw no evidence in the report".)
            let known = || {
                phrase_opener(doc, at, k, 2, false)
                    .is_some_and(|d| lower_in(doc.word(d), &["the", "this", "that"]))
            };
            // ("Barnier ... will form a government, the Elysee said in a
            // statement": the document is the one's who said so in it.)
            let said_in = || {
                let d = phrase_opener(doc, at, k, 2, false)?;
                let i = doc.prev_solid(d).filter(|&i| doc.word(i) == "in")?;
                let cue = doc.prev_solid(i).filter(|&c| c > at && cue_at(doc, c).is_some())?;
                let e = doc.prev_solid(cue)?;
                let by = doc.cand_at(doc.tokens[e].span.start).filter(|c| {
                    c.span.end == doc.tokens[e].span.end
                        && matches!(c.kind, EntityKind::Person | EntityKind::Institution)
                });
                let pronoun = is_pronoun(doc.word(e));
                Some(match by {
                    Some(c) => Some(c.target),
                    None if pronoun => Some(s),
                    None => None,
                })
            };
            if let Some(n) = source_noun(w).filter(|_| !known()) {
                self.sources.insert(n, said_in().unwrap_or(Some(s)));
            } else if SENDING_SET.has(w) || lower_in(w, GREETINGS) {
                self.sources.insert(ANY_SOURCE, Some(s));
            }
        }
    }
}

/// The person who sends a message in the sentence right before the
/// paragraph that the quote opening at token `o` opens: a person who opens
/// that sentence, and a verb of sending or a noun of a message in it
/// ("Vladimir Putin sent greetings to ..."). None when a quote was already
/// attributed in that sentence.
fn sender_before(
    doc: &Doc<'_>,
    o: usize,
    prev: Option<&RawQuote>,
) -> Option<(Span, Option<Target>)> {
    let s = doc.sentence_of(doc.tokens[o].span.start);
    let (start, opens_paragraph) = *doc.sentences.get(s)?;
    let first = doc.next_solid(doc.token_at(start.start).saturating_sub(1))?;
    if !opens_paragraph || first != o || s == 0 {
        return None;
    }
    let (a, b) = sentence_tokens(doc, s - 1);
    if prev.is_some_and(|p| p.span.end > doc.tokens[a].span.start) {
        return None;
    }
    let sender = opening_person(doc, a, b)?;
    let sends = (a..b).any(|k| {
        doc.is_word(k)
            && (SENDING_SET.has(doc.word(k))
                || lower_in(doc.word(k), GREETINGS)
                || source_noun(&lower(doc.word(k))).is_some())
    });
    sends.then_some((sender.span, Some(sender.target)))
}

/// Whether a noun of bodies names a company: "the company", "the firm",
/// "the group", or one of the [`TRADE_NOUNS`] ("the airline").
fn corporate_noun(noun: &str) -> bool {
    matches!(noun, "company" | "firm" | "group") || TRADE_NOUNS.contains(&noun)
}

/// The body whose name opens the sentence `a..b`, after an article at
/// most: "Huawei today released ...", "The World Bank published ...".
fn opening_body(doc: &Doc<'_>, a: usize, b: usize) -> Option<Cand> {
    let mut k = doc.next_solid(a.saturating_sub(1)).filter(|&k| k >= a && k < b)?;
    if is_determiner(doc, k) {
        k = doc.next_solid(k).filter(|&k| k < b)?;
    }
    doc.cand_starting(k).filter(|c| c.kind == EntityKind::Institution)
}

/// The person who opens the sentence `a..b`, after capitalised title words
/// at most: "Vladimir Putin sent", "President of Russia Vladimir Putin
/// sent" (not "The actor thanked Vladimir Putin").
fn opening_person(doc: &Doc<'_>, a: usize, b: usize) -> Option<Cand> {
    for k in a..b.min(a + 16) {
        if let Some(c) = doc.cand_starting(k).filter(|c| c.kind == EntityKind::Person) {
            return Some(c);
        }
        if doc.is_word(k) && !doc.is_cap(k) && !matches!(doc.word(k), "of" | "the" | "and") {
            return None;
        }
    }
    None
}

/// Nouns of a message of grief or joy: like the verbs of sending, they make
/// the sentence's first person the author of the message quoted later.
const GREETINGS: &[&str] = &["condolences", "greetings", "congratulations"];

/// Verbs that send a document or a message: their subject is its author.
const SENDING: &[&str] = &[
    "sent",
    "expressed",
    "addressed",
    "congratulated",
    "conveyed",
    "extended",
    "wrote",
    "greeted",
    "signed",
    "issued",
    "published",
    "released",
    "delivered",
    "thanked",
];
static SENDING_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(SENDING));

/// Token ranges of sentences.
fn sentence_tokens(doc: &Doc<'_>, s: usize) -> (usize, usize) {
    let (span, _) = doc.sentences[s];
    let end = doc.token_at(span.end.saturating_sub(1)) + 1;
    // A header line or dateline is no part of what anyone said.
    let start = if span.start < doc.body_start && doc.body_start < span.end {
        doc.next_solid(doc.token_at(doc.body_start - 1)).unwrap_or(end).min(end)
    } else {
        doc.token_at(span.start)
    };
    (start, end)
}

/// The person or body named with the speaker whose mention is `span`, as
/// joint releases and statements name them: "X and Y said", "X (NYSE:
/// XX) and Y (OSE: YY) today announced", "X, a maker of forklifts, and Y
/// announced". The other must be a person's or a body's mention as the
/// speaker's is, ending right before "and" (past a parenthesis or an
/// apposition opened by an article), and no object of "between", "with",
/// "by", "to" or "of" ("talks between X and Y"); "officials from X and Y said",
/// as "officials from X said", is said by both.
pub(crate) fn joint_speaker(doc: &Doc<'_>, span: Span) -> Option<Target> {
    if let Some((_, other)) = leaders_pair(doc, span) {
        return Some(other);
    }
    let own = doc.cand_at(span.start).filter(|c| c.span == span)?;
    if !matches!(own.kind, EntityKind::Person | EntityKind::Institution) {
        return None;
    }
    let t = doc.token_at(span.start);
    // (An article may open the speaker's name: "X (XX) and the United
    // Nations Children's Fund (UNICEF) today warned".)
    let t = doc.prev_solid(t).filter(|&p| lower_in(doc.word(p), &["the"])).unwrap_or(t);
    let and = doc.prev_solid(t).filter(|&p| doc.word(p) == "and")?;
    let mut p = doc.prev_solid(and)?;
    // (", and" joins clauses unless a parenthesis or an apposition ends
    // there: "... deport Haley, and Trump later called Haley ...".)
    let comma = doc.word(p) == ",";
    if comma {
        p = doc.prev_solid(p)?;
    }
    // Past a parenthesis: "(NYSE: HLRB)".
    let past_parenthesis = |p: usize| -> Option<usize> {
        if doc.word(p) != ")" {
            return Some(p);
        }
        let open = (p.saturating_sub(16)..p).rev().find(|&j| doc.word(j) == "(")?;
        doc.prev_solid(open)
    };
    let paren = doc.word(p) == ")";
    p = past_parenthesis(p)?;
    let ends_mention = |p: usize| {
        doc.cand_at(doc.tokens[p].span.start)
            .filter(|c| {
                c.span.end == doc.tokens[p].span.end && c.kind == own.kind && c.target != own.target
            })
            .copied()
    };
    let other = ends_mention(p).filter(|_| !comma || paren).or_else(|| {
        // An apposition between commas, opened by an article: ", a leader
        // in autonomous material handling,".
        let comma = (p.saturating_sub(24)..p).rev().find(|&j| doc.word(j) == ",")?;
        doc.next_solid(comma).filter(|&a| lower_in(doc.word(a), &["a", "an", "the"]))?;
        let q = past_parenthesis(doc.prev_solid(comma)?)?;
        ends_mention(q)
    })?;
    let before = doc.prev_solid(doc.token_at(other.span.start));
    if before.is_some_and(|b| lower_in(doc.word(b), &["between", "with", "by", "to", "and", "of"]))
    {
        return None;
    }
    Some(other.target)
}

/// The two people that speaker words like "the two leaders", "both
/// presidents", "the parties" or "the heads of state" at `span` stand for
/// (or "They" opening a sentence after one that names both): the only two
/// people the story names in the sentence of the words and the two before
/// it ("Vladimir Putin had a telephone conversation with President of
/// Kazakhstan Kassym-Jomart Tokayev. The leaders discussed ..."), in the
/// order named. None with fewer or more people there.
pub(crate) fn leaders_pair(doc: &Doc<'_>, span: Span) -> Option<(Target, Target)> {
    const NOUNS: &[&str] = &[
        "leaders",
        "presidents",
        "heads of state",
        "prime ministers",
        "premiers",
        "foreign ministers",
        "chancellors",
        "parties",
    ];
    // (Most speaker words are none of these: their last word tells, before
    // any lowercase copy.)
    let last = doc.text[span].rsplit(' ').next().unwrap_or_default();
    if !lower_in(
        last,
        &[
            "they",
            "leaders",
            "presidents",
            "state",
            "ministers",
            "premiers",
            "chancellors",
            "parties",
            "countries",
            "companies",
            "firms",
            "banks",
            "groups",
            "organizations",
            "organisations",
        ],
    ) {
        return None;
    }
    let text = doc.text[span].to_lowercase();
    let s = doc.sentence_of(span.start);
    // "They" opening a sentence after one that names both: "Vladimir Putin
    // extended birthday greetings to Anatoly Bibilov. They discussed ...".
    let they = text == "they" && doc.sentences[s].0.start == span.start && s > 0;
    let rest = text.strip_prefix("the ").or_else(|| text.strip_prefix("both ")).unwrap_or(&text);
    let rest = rest.strip_prefix("two ").unwrap_or(rest);
    let rest = rest.strip_suffix(" of the two countries").unwrap_or(rest);
    // "The two companies said": the only two bodies instead.
    const BODY_NOUNS: &[&str] =
        &["companies", "firms", "banks", "groups", "organizations", "organisations"];
    let bodies = rest.len() < text.len() && BODY_NOUNS.contains(&rest);
    // ("the parties" of a conversation, not "both parties" of a country.)
    if !they
        && !bodies
        && (rest.len() == text.len()
            || !NOUNS.contains(&rest)
            || (rest == "parties" && text != "the parties"))
    {
        return None;
    }
    let kind = if bodies { EntityKind::Institution } else { EntityKind::Person };
    // The distinct people (or bodies) named between bytes `from` and `to`;
    // none when more than two.
    let named_between = |from: usize, to: usize| -> Option<Vec<Target>> {
        let mut people: Vec<Target> = Vec::new();
        for c in doc.cands_between(from, to) {
            if c.kind == kind && !people.contains(&c.target) {
                people.push(c.target);
                if people.len() > 2 {
                    return None;
                }
            }
        }
        Some(people)
    };
    // ... from sentence `first` to the words.
    let named_from = |first: usize| named_between(doc.sentences[first].0.start, span.start);
    // (Bodies from the words' own sentence: a release names many. People
    // from the two sentences before, or failing two there, five: a readout
    // names the two once, then goes on about "the leaders" for a while.)
    // Failing both, the two the story's lead names, alone there ("Vladimir
    // Putin had a telephone conversation with President of Egypt Abdel
    // Fattah el-Sisi"), when "the two leaders" come later: the readout's
    // pair.
    let lead_pair = || -> Option<Vec<Target>> {
        let first = doc.sentence_of(doc.body_start.min(doc.text.len().saturating_sub(1)));
        let end = doc.sentences.get(first + 1).map_or(span.start, |(sp, _)| sp.end).min(span.start);
        named_between(doc.sentences[first].0.start, end)
            .filter(|p| p.len() == 2 && (they || text.contains("two")))
    };
    let people = if bodies {
        named_from(s)?
    } else {
        match named_from(s.saturating_sub(2))? {
            p if p.len() == 2 => p,
            _ => match named_from(s.saturating_sub(5)) {
                Some(p) if p.len() == 2 => p,
                _ => lead_pair()?,
            },
        }
    };
    let (a, b) = match people[..] {
        [a, b] => (a, b),
        _ => return None,
    };
    if they {
        let (prev, _) = doc.sentences[s - 1];
        let named = |t: Target| {
            doc.cands_between(prev.start, prev.end)
                .iter()
                .any(|c| c.kind == EntityKind::Person && c.target == t)
        };
        // (And a meeting of the two there: not "X met Y, sources said.
        // They said ...".)
        let (pa, pb) = (doc.token_at(prev.start), doc.token_at(prev.end.saturating_sub(1)));
        let words = || (pa..=pb).filter(|&j| doc.is_word(j)).map(|j| doc.word(j));
        let meeting = words().any(|w| {
            lower_in(
                w,
                &[
                    "met",
                    "meeting",
                    "talks",
                    "conversation",
                    "spoke",
                    "call",
                    "greetings",
                    "visit",
                    "summit",
                    "videoconference",
                    "exchanged",
                    "held",
                ],
            )
        });
        let others = words().any(|w| people_plural(&lower(w)));
        if !(named(a) && named(b) && meeting) || others {
            return None;
        }
    }
    Some((a, b))
}

/// Finds and attributes every quote of the story.
pub(crate) fn find_quotes(doc: &Doc<'_>, kb: &Knowledge) -> Vec<RawQuote> {
    let marks = find_marks(doc);
    let mut people = doc.cands.iter().filter(|c| c.kind == EntityKind::Person);
    let first = people.next().map(|c| (c.target, c.span.start));
    let other_at = people.find(|c| Some(c.target) != first.map(|f| f.0)).map(|c| c.span.end);
    let mut sieve = Sieve {
        doc,
        kb,
        sources: HashMap::new(),
        people_before: (first, other_at),
        attributed: None,
        interviewee: std::cell::OnceCell::new(),
        last_speaker: None,
    };
    let mut quotes: Vec<RawQuote> = Vec::new();
    let mut next_mark = 0;
    let mut surnames = None;
    // A story that calls itself a transcript near its top ("Excerpts from
    // the transcript of the meeting ... Vladimir Putin: ...") has turns
    // inside paragraphs from the start, even when its first turn does not
    // open one.
    let head = &doc.text.as_bytes()[..doc.text.len().min(600)];
    let mut in_transcript = head.windows(10).any(|w| w.eq_ignore_ascii_case(b"transcript"));
    // The speaker of the last "Quotes attributable to X:" heading.
    let mut attributable: Option<(Span, Option<Target>)> = None;
    // The speaker of "Here is what she said:" before quotes in marks, until
    // a quote names its own speaker.
    let mut introduced: Option<(Span, Option<Target>)> = None;
    let headline_end = doc.headline_end();
    for s in 0..doc.sentences.len() {
        let (a, b) = sentence_tokens(doc, s);
        if let Some(who) = attributable_heading(&mut sieve, s) {
            attributable = Some(who);
            continue;
        }
        if let Some(t) = transcript_turn(&mut sieve, s, &mut surnames, in_transcript) {
            in_transcript = true;
            quotes.push(t);
        }
        if let Some(who) = said_block(&mut sieve, s, &mut quotes) {
            introduced = Some(who);
        }
        if doc.tokens[a].span.start < headline_end {
            if let Some(q) =
                headline_attribution(&mut sieve, a, b).or_else(|| headline_source(&sieve, a, b))
            {
                quotes.push(q);
            }
        }
        // Direct quotes that open in this sentence.
        while next_mark < marks.len() && marks[next_mark].0 < b {
            let (o, c) = marks[next_mark];
            next_mark += 1;
            if o < a {
                continue;
            }
            let open_at = doc.tokens[o].span.start;
            let prev = quotes.iter().rev().take(8).find(|q| q.span.end <= open_at);
            if let Some(mut q) = direct(&mut sieve, o, c, prev) {
                // (The heading's colon may also give the first quote after
                // it to the name before it.)
                let by_heading = (q.speaker.is_none() && q.rule == QuoteRule::Unattributed)
                    || (q.rule == QuoteRule::Colon
                        && doc.prev_solid(o).is_some_and(|p| doc.word(p) == ":" && p < a));
                if let Some(who) = attributable.filter(|_| by_heading) {
                    q.speaker = Some(who);
                    q.rule = QuoteRule::Attributable;
                }
                if q.speaker.is_none() && q.rule == QuoteRule::Unattributed {
                    if let Some(who) = introduced {
                        q.speaker = Some(who);
                        q.rule = QuoteRule::Block;
                    }
                } else if q.speaker.is_some() && q.rule != QuoteRule::Continuation {
                    introduced = None;
                }
                quotes.push(q);
            }
        }
        // Reported speech, where it does not overlap a quote already found.
        let sentence = doc.sentences[s].0;
        // Quotes come in sentence order, so only the last few can overlap.
        let inside: Vec<usize> = (quotes.len().saturating_sub(8)..quotes.len())
            .filter(|&i| quotes[i].span.overlaps(sentence))
            .collect();
        sieve.attributed = inside.iter().rev().find_map(|&i| {
            let q = &quotes[i];
            let cue = q.cue.filter(|c| q.kind == QuoteKind::Direct && c.start >= sentence.start)?;
            Some((doc.token_at(cue.end - 1), q.speaker?))
        });
        let mut next = reported(&mut sieve, a, b);
        // At most three attributions a sentence: one, and those nested in
        // its content ("X said Y believes that ...").
        for _ in 0..3 {
            let Some(r) = next.take() else { break };
            // Direct quotes that survive are whole utterances; fragments
            // inside a clause were left to this reported speech.
            // ... and whose cue is not the attribution of a quote already
            // found (`"...," Mr. Sharpton said in an interview.`).
            let fresh = inside
                .iter()
                .all(|&i| !quotes[i].content.overlaps(r.content) && quotes[i].cue != r.cue);
            let after =
                r.cue.filter(|c| c.end <= r.content.start).map(|c| doc.token_at(c.end - 1) + 1);
            // After the content, or after the cue when it follows the
            // content ("CONTENT, as X noted, ...").
            let tail = doc.token_at(r.content.end.max(r.cue.map_or(0, |c| c.end)) - 1) + 1;
            let fresh = fresh && quotes.last().is_none_or(|q| q.content != r.content);
            // "CONTENT, the Post reported, citing ...": the participle's
            // speaker is this attribution's.
            if let (Some(cue), Some(speaker)) = (r.cue, r.speaker) {
                sieve.attributed = Some((doc.token_at(cue.end - 1), speaker));
            }
            if fresh {
                // (The entity says whether it is a person: no search of the
                // story's mentions for every quote.)
                if let Some((_, Some(t))) = r.speaker {
                    if doc.target_kind(kb, t) == EntityKind::Person {
                        sieve.last_speaker = Some((s, t));
                    }
                }
                quotes.push(r);
            }
            if let Some(from) = after.filter(|&f| f < b) {
                next = reported_from(&mut sieve, a, from, b, true);
            }
            // "... and added that ...": a content cut short leaves room for
            // the same subject's next attribution.
            if next.is_none() && tail < b {
                next = reported_from(&mut sieve, a, tail, b, false);
            }
        }
        // "Asked whether X, Y said ...": the question put to Y by someone
        // the story does not name.
        if let Some(q) = asked_question(doc, a, b) {
            let from = quotes.len().saturating_sub(8);
            if quotes[from..].iter().all(|x| !x.content.overlaps(q.content)) {
                quotes.push(q);
            }
        }
        sieve.learn_sources((a, b));
    }
    quotes
}

/// A headline that ends with its speaker after a colon, as Indian and
/// British papers set it: "Govt to set up 100 cold storage units:
/// Chouhan". The speaker is a person the story names; the words before
/// the colon are what they said, reported. The caller passes only the
/// sentences where a headline may stand.
fn headline_attribution(sieve: &mut Sieve<'_, '_>, a: usize, b: usize) -> Option<RawQuote> {
    headline_source_first(sieve, a, b).or_else(|| headline_source_last(sieve, a, b))
}

/// A claim with a verb, from token `start` to `end`: "to set up", "will
/// win" (an auxiliary is a verb's form), "is", "falls", "used"; not a
/// label ("An interview with the minister").
fn claim_between(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    let content = Span::new(doc.tokens[start].span.start, doc.tokens[end].span.end);
    word_count(doc, content) >= 3
        && (start..=end).filter(|&k| doc.is_word(k) && !doc.is_cap(k)).any(|k| {
            let w = doc.word(k);
            w == "to"
                || verb_form(w)
                || (w.len() > 4 && w.ends_with("ing"))
                || matches!(
                    w,
                    "used"
                        | "said"
                        | "told"
                        | "made"
                        | "cut"
                        | "hit"
                        | "won"
                        | "lost"
                        | "led"
                        | "met"
                        | "set"
                        | "saw"
                        | "got"
                        | "ran"
                        | "fell"
                        | "rose"
                        | "held"
                        | "kept"
                        | "left"
                        | "sold"
                        | "paid"
                        | "sent"
                        | "shot"
                )
        })
}

/// A headline that opens with its source before a colon: "Amnesty: Police
/// used excessive force against protesters". The source is a person or a
/// body the story names, the whole of the words before the colon.
fn headline_source_first(sieve: &mut Sieve<'_, '_>, a: usize, b: usize) -> Option<RawQuote> {
    let doc = sieve.doc;
    let first = (a..b).find(|&k| !doc.tokens[k].is_space())?;
    let c = doc
        .cand_starting(first)
        .filter(|c| matches!(c.kind, EntityKind::Person | EntityKind::Institution))?;
    let colon = doc.next_solid(doc.token_at(c.span.end - 1)).filter(|&x| doc.word(x) == ":")?;
    let start = doc.next_solid(colon).filter(|&x| x < b)?;
    let mut end = (start..b).rev().find(|&k| !doc.tokens[k].is_space())?;
    if matches!(doc.word(end), "." | "!") {
        end = doc.prev_solid(end).filter(|&x| x >= start)?;
    }
    // (Not a quote in marks after it, which the direct sieve reads.)
    if matches!(doc.tokens[start].kind, TokenKind::Quote(_)) || !claim_between(doc, start, end) {
        return None;
    }
    let content = Span::new(doc.tokens[start].span.start, doc.tokens[end].span.end);
    let who = Who::Mention(c.span, c.target);
    let (sp, t, _) = sieve.resolve(who, c.span.start, QuoteRule::Colon, (first, colon));
    let span = Span::new(c.span.start, content.end);
    Some(RawQuote::reported(span, content, doc.tokens[colon].span, (sp, t), QuoteRule::Colon))
}

/// A headline that ends with its speaker after a colon (see
/// [`headline_attribution`]).
fn headline_source_last(sieve: &mut Sieve<'_, '_>, a: usize, b: usize) -> Option<RawQuote> {
    let doc = sieve.doc;
    let last = (a..b).rev().find(|&k| !doc.tokens[k].is_space())?;
    let last = if matches!(doc.word(last), "." | "!") { doc.prev_solid(last)? } else { last };
    let c = doc
        .cand_at(doc.tokens[last].span.start)
        .filter(|c| c.kind == EntityKind::Person && doc.token_at(c.span.end - 1) == last)?;
    let first = doc.token_at(c.span.start);
    let colon = doc.prev_solid(first).filter(|&x| x > a && doc.word(x) == ":")?;
    let end = doc.prev_solid(colon)?;
    let start = (a..end).find(|&k| !doc.tokens[k].is_space())?;
    let content = Span::new(doc.tokens[start].span.start, doc.tokens[end].span.end);
    // ("An interview with the minister: Anna Petrova" is a label.)
    if !claim_between(doc, start, end) {
        return None;
    }
    let who = Who::Mention(c.span, c.target);
    let (sp, t, _) = sieve.resolve(who, c.span.start, QuoteRule::Colon, (first, last + 1));
    let span = Span::new(content.start, c.span.end);
    Some(RawQuote::reported(span, content, doc.tokens[colon].span, (sp, t), QuoteRule::Colon))
}

/// A question put by someone the story does not name, in the sentence
/// `a..b`: "Asked whether he would run, Smith said no", "When asked about
/// the deal, ...", "..., she said when asked about the strike." The
/// content runs from the question word to the clause's comma, or to the
/// sentence's end; there is no speaker.
fn asked_question(doc: &Doc<'_>, a: usize, b: usize) -> Option<RawQuote> {
    // "Asked ...", "When asked ..." at the head of the sentence, or "...,"
    // he said when asked about ...", "if asked whether" inside it.
    let first = (a..b).find(|&k| doc.is_word(k))?;
    // "Sanders was asked whether ...", "she has repeatedly been asked to
    // name ...": the passive, an adverb at most between.
    let passive = |k: usize| {
        let mut p = doc.prev_solid(k).filter(|&p| p >= a);
        if p.is_some_and(|x| doc.is_word(x) && doc.word(x).ends_with("ly")) {
            p = p.and_then(|x| doc.prev_solid(x)).filter(|&x| x >= a);
        }
        // (In the past: "Anyone with information is asked to call 101" is
        // an appeal.)
        p.is_some_and(|x| lower_in(doc.word(x), &["was", "were", "been"]))
    };
    let k = (first..b).filter(|&k| doc.is_word(k)).find(|&k| {
        doc.word(k).eq_ignore_ascii_case("asked")
            && (k == first
                || passive(k)
                || doc.prev_solid(k).is_some_and(|p| {
                    p >= a && lower_in(doc.word(p), &["when", "if", "once", "being"])
                }))
    })?;
    let by_passive = k != first && passive(k);
    // A short adverbial may come first: "Asked at a briefing Monday in
    // Washington about ...".
    let question =
        ["whether", "if", "about", "why", "what", "how", "who", "whom", "when", "where", "which"];
    let mut start = doc.next_solid(k).filter(|&x| x < b)?;
    // "Rubio was asked by moderator Gerard Baker whether ...": past the
    // asker.
    if by_passive && doc.word(start) == "by" {
        start = (start..b)
            .filter(|&j| doc.is_word(j) || doc.word(j) == ",")
            .take(10)
            .take_while(|&j| doc.word(j) != ",")
            .find(|&j| lower_in(doc.word(j), &["whether", "if", "about", "to"]))?;
    }
    // "was asked to name a decision": what was asked of the subject.
    if by_passive && infinitive_at(doc, start, b) {
        let end = match clause_comma(doc, start, b) {
            Some(comma) => trim_end(doc, start, comma),
            None => trim_end(doc, start, b),
        };
        if end <= start + 2 {
            return None;
        }
        let content = Span::new(doc.tokens[start].span.start, doc.tokens[end].span.end);
        let span = Span::new(doc.tokens[k].span.start, content.end);
        return Some(RawQuote::impersonal(span, content, doc.tokens[k].span));
    }
    if !lower_in(doc.word(start), &question) && opens_adverbial(doc.word(start)) {
        start = (start..b)
            .filter(|&j| doc.is_word(j) || doc.word(j) == ",")
            .take(8)
            .take_while(|&j| doc.word(j) != ",")
            .find(|&j| j > start && lower_in(doc.word(j), &question))?;
    }
    if !lower_in(doc.word(start), &question) {
        return None;
    }
    // The question ends at its clause's comma, or with the sentence when
    // it closes it ("... he said when asked about the plan.").
    let end = match clause_comma(doc, start, b) {
        Some(comma) => trim_end(doc, start, comma),
        None if k > first => trim_end(doc, start, b),
        None => return None,
    };
    if end <= start {
        return None;
    }
    let content = Span::new(doc.tokens[start].span.start, doc.tokens[end].span.end);
    let span = Span::new(doc.tokens[k].span.start, content.end);
    Some(RawQuote::impersonal(span, content, doc.tokens[k].span))
}

fn direct(
    sieve: &mut Sieve<'_, '_>,
    o: usize,
    c: usize,
    prev: Option<&RawQuote>,
) -> Option<RawQuote> {
    let doc = sieve.doc;
    let span = Span::new(doc.tokens[o].span.start, doc.tokens[c].span.end);
    let content = Span::new(doc.tokens[o].span.end, doc.tokens[c].span.start);
    let words = word_count(doc, content);
    if words == 0 {
        return None;
    }
    // `Greenfield Energy Partners LP ("Greenfield")`: a short name defined
    // in parentheses is no speech.
    let bracketed = doc.prev_solid(o).is_some_and(|p| doc.word(p) == "(")
        && doc.next_solid(c).is_some_and(|n| doc.word(n) == ")");
    if bracketed && words <= 3 {
        return None;
    }
    let inner = &doc.text[content];
    // Speech is a clause: four words or more, or a short capitalised
    // sentence ("We agree."). One word with a comma or period tucked
    // inside the marks ("invasion,") is a scare quote.
    let trimmed = inner.trim();
    let sentence_like = words >= 4
        || (words >= 2
            && trimmed.chars().next().is_some_and(char::is_uppercase)
            && trimmed.ends_with(['.', '!', '?', '…']));
    // A list of terms in marks: `statements that were to be expected:
    // "democracy," "freedom," "unacceptable crackdown" and so forth`.
    // (Marks of the same sentence side by side; not a short sentence in
    // dialogue: `"Who's going to pay for it?" "Mexico!"`.)
    let (own_start, own_end) = sentence_tokens(doc, doc.sentence_of(doc.tokens[o].span.start));
    let term_beside = |x: Option<usize>, side: QuoteSide| {
        x.is_some_and(|x| {
            x >= own_start
                && x < own_end
                && matches!(doc.tokens[x].kind, TokenKind::Quote(s) if s != side)
        })
    };
    if words <= 3
        && !sentence_like
        && (term_beside(doc.next_solid(c), QuoteSide::Close)
            || term_beside(doc.prev_solid(o), QuoteSide::Open))
    {
        return None;
    }
    let mut q = RawQuote {
        kind: QuoteKind::Direct,
        span,
        content,
        cue: None,
        speaker: None,
        rule: QuoteRule::Unattributed,
    };
    let at = span.start;
    // A quote that starts inside a clause ("engaged in a "massive fraud"",
    // "With ten systems, "there is no single point of failure," he said")
    // is a fragment: part of reported speech, or no speech at all.
    let (s_start, _) = sentence_tokens(doc, doc.sentence_of(at));
    // The end of the sentence the closing mark is in.
    let s_end = sentence_tokens(doc, doc.sentence_of(doc.tokens[c].span.start)).1;
    let before = doc.prev_solid(o).filter(|&p| p >= s_start);
    // `Elliott said "there is no great man ..."`: a verb of saying right
    // before a quote that runs to the sentence's end introduces it.
    let cue_intro = words >= 4
        && before.is_some_and(|p| {
            cue_at(doc, p).is_some_and(|(e, _)| e == p)
                && lower_in(
                    doc.word(p),
                    &["said", "says", "say", "wrote", "writes", "added", "adds"],
                )
                && doc.prev_solid(p).is_some_and(|x| {
                    !matches!(doc.word(x), "that" | "who" | "which" | "to" | "you" | "I" | "we")
                })
        })
        && (c + 1..s_end)
            .all(|x| matches!(doc.tokens[x].kind, TokenKind::Punct | TokenKind::Space));
    // `According to Reyes, "…"`: the source's phrase opens the sentence
    // and ends at the comma before a quote that runs to the sentence's
    // end; its "to" and the comma.
    let according_before = before.filter(|&p| doc.word(p) == ",").and_then(|p| {
        let runs_to_end = words >= 4
            && (c + 1..s_end)
                .all(|x| matches!(doc.tokens[x].kind, TokenKind::Punct | TokenKind::Space));
        let f = (s_start..p).find(|&x| !doc.tokens[x].is_space())?;
        let to = according_to_at(doc, f)?;
        // (The source may have an apposition: `According to Javier Ruiz,
        // mayor of Carmona, "…"`; the source ends at its first comma.)
        let first = (f + 1..p).find(|&x| doc.word(x) == ",").unwrap_or(p);
        let apposed = first == p || apposition_end(doc, first, p + 1) == Some(p);
        (runs_to_end && apposed).then_some((to, first))
    });
    let fragment = !after_dash_byline(sieve, o)
        && before.is_some_and(|p| {
            let w = doc.word(p);
            // A dash ("—", "--") introduces a quote after a cue or at the
            // sentence's start; after a clause ("said the museum would
            // tell the story -- "the president but also the slave"") the
            // quote goes on with the clause: mixed speech.
            let dash = if matches!(w, "—" | "–") {
                Some(p)
            } else if w == "-" {
                doc.prev_solid(p).filter(|&x| doc.word(x) == "-")
            } else {
                None
            };
            let dash_intro = dash.is_some_and(|d| {
                cue_shortly_before(doc, d) || doc.prev_solid(d).is_none_or(|x| x < s_start)
            });
            // A list's bullet before the quote, first on its line: `- "…,"
            // said X`, `• "…"`.
            let bullet = matches!(w, "-" | "–" | "—" | "•" | "*" | "·" | "▪" | "◦" | "‣")
                && doc.prev_on_line(p).is_none();
            let intro = matches!(w, ":" | "(" | "[")
                || bullet
                || according_before.is_some()
                || dash_intro
                || cue_intro
                || (w == ","
                && (cue_shortly_before(doc, p)
                    || opening_cue(doc, s_start, p).is_some()
                    || split_attribution(doc, s_start, p).is_some())
                // `said that, "…"` is a clause: reported speech.
                && doc.prev_solid(p).is_none_or(|x| doc.word(x) != "that"));
            !intro && !matches!(doc.tokens[p].kind, TokenKind::Quote(_))
        });
    // A title inside a clause (`On "Fox News Sunday," Pence said`, `in his
    // book "Make Your Kid a Millionaire"`) is neither speech nor part of
    // it.
    if fragment && is_title_like(trimmed) {
        return None;
    }
    // Nor a work's title in apposition to it: `The 86-page report,
    // "Nowhere to Run," documents ...` (the noun is no cue here).
    let work =
        before.filter(|&p| doc.word(p) == ",").and_then(|p| doc.prev_solid(p)).filter(|&n| {
            lower_in(
                doc.word(n),
                &[
                    "report",
                    "study",
                    "book",
                    "film",
                    "documentary",
                    "album",
                    "song",
                    "play",
                    "series",
                    "paper",
                    "memoir",
                    "novel",
                    "exhibition",
                    "podcast",
                    "article",
                    "essay",
                    "poem",
                    "video",
                    "single",
                    "show",
                ],
            ) && (n.saturating_sub(8)..n).any(|j| is_determiner(doc, j))
        });
    if work.is_some() && is_title_like(trimmed) && words <= 8 {
        return None;
    }
    // A subheading in marks, alone on its line: `'All Bets Are Off.'`.
    if is_heading(doc, o, c, trimmed) {
        return None;
    }
    if let Some((to, comma)) = according_before {
        let source = doc.next_solid(to).filter(|&n| n < comma);
        if let Some(from) = source {
            let who = source_after_according(sieve, from, comma);
            let (sp, t, _) = sieve.resolve(who, at, QuoteRule::AccordingTo, (from, comma));
            let according = according_start(doc, to);
            q.cue = Some(Span::new(doc.tokens[according].span.start, doc.tokens[to].span.end));
            q.speaker = Some((sp, t));
            q.rule = QuoteRule::AccordingTo;
            return Some(q);
        }
    }
    // `"…," said Alfred Munk, manager of Amoco's foreign affairs, "but we
    // need ..."`: the second part of a quote its attribution splits is the
    // first part's speaker's.
    if let (Some(p), Some(prev)) = (before, prev) {
        let close = (doc.word(p) == ",").then(|| split_attribution(doc, s_start, p)).flatten();
        if let Some(close) = close {
            if prev.span.end == doc.tokens[close].span.end && prev.speaker.is_some() {
                q.cue = prev.cue;
                q.speaker = prev.speaker;
                q.rule = if prev.rule == QuoteRule::Pronoun {
                    QuoteRule::Pronoun
                } else {
                    QuoteRule::CueBefore
                };
                return Some(q);
            }
        }
    }
    // 1. A dash and a name right after the quote: `"…" — Sonya Herridge`.
    if let Some((dash, who, end)) = dash_byline(sieve, c) {
        let (sp, t, _) = sieve.resolve(who, at, QuoteRule::Dash, (dash + 1, end + 1));
        q.cue = Some(doc.tokens[dash].span);
        q.speaker = Some((sp, t));
        q.rule = QuoteRule::Dash;
        return Some(q);
    }
    // 2. After the quote, in its sentence: `"…," X said` / `"…," said X`.
    // Within 30 words: room for a long apposition ("Michael McFaul, a
    // senior fellow at the Hoover Institution and a former United States
    // ambassador to Russia, said").
    let mut k = c + 1;
    // `'old-school,''' said X`: a mark glued to the closing one closes an
    // inner quote.
    while k < s_end && matches!(doc.tokens[k].kind, TokenKind::Quote(_)) {
        k += 1;
    }
    let mut limit = 0;
    // A fragment is attributed after it only when it ends a clause
    // (`profit,'' Mr. Hedge said`), not inside one (`"moan"-worthy
    // headlines ... show that`, `"liberals" allowed terrorism`).
    let ends_clause =
        |x: Option<usize>| x.is_some_and(|x| matches!(doc.word(x), "," | "." | "?" | "!" | ";"));
    if fragment && !ends_clause(doc.prev_solid(c)) && !ends_clause(doc.next_solid(c)) {
        k = s_end;
    }
    // Nor when a cue before it in its sentence governs it: in `Clinton says
    // Americans are "right to be angry," but also hungry for what she
    // calls ...` the whole sentence is reported speech, which the reported
    // sieve finds.
    if fragment && (s_start..o).any(|j| cue_at(doc, j).is_some()) {
        k = s_end;
    }
    // `"That makes me smart," when Clinton blasted him`: a subordinate
    // clause after the quote is no attribution ("as X put it" is one);
    // one may follow it (`"…" if she loses, said X`).
    // The speaker is sought from `from` on: past such a clause.
    let mut from = c + 1;
    let first = (k..s_end).find(|&x| doc.is_word(x));
    if first.is_some_and(|f| {
        let w = lower(doc.word(f));
        w != "as" && is_subordinator(&w)
    }) {
        k = (k..s_end)
            .find(|&x| matches!(doc.tokens[x].kind, TokenKind::Quote(_)) || doc.word(x) == ",")
            .unwrap_or(s_end);
        from = k + 1;
    }
    while k < s_end && limit < 30 {
        if matches!(doc.tokens[k].kind, TokenKind::Quote(_)) {
            // `state Del. Marcia "Cia" Price said`: a nickname in marks.
            match nickname_end(doc, k) {
                Some(e) => {
                    k = e + 1;
                    continue;
                }
                None => break,
            }
        }
        if let Some((cue_end, _)) = cue_at(doc, k).filter(|_| !noun_before_cue(doc, from, k)) {
            let cue_span = Span::new(doc.tokens[k].span.start, doc.tokens[cue_end].span.end);
            // The subject right before the cue, apposition and all
            // (`"…," Leonard Burman, director of the X Center, said`), else
            // the first speaker words between quote and cue.
            // `"Okay," I said`: the narrator, named nowhere (only here: a
            // first person's reported speech is mostly inside a quote).
            let narrator = || {
                let mut words = (from..k).filter(|&x| doc.is_word(x));
                let (one, more) = (words.next(), words.next());
                // (A verb of saying: in `The entire "civilised world," I
                // think, was applauding` the words are a parenthesis.)
                let saying = lower_in(
                    doc.word(k),
                    &[
                        "said", "say", "says", "asked", "wrote", "added", "replied", "told",
                        "answered",
                    ],
                );
                one.filter(|&x| {
                    more.is_none() && saying && matches!(doc.word(x), "I" | "we" | "We")
                })
                .map(|x| Who::Pronoun(doc.tokens[x].span, None))
            };
            let who = subject_of(sieve, from, k)
                .or_else(|| sieve.who_in(from, k))
                .or_else(narrator)
                .map(|w| (w, (from, k)))
                .or_else(|| {
                    // After the cue the speaker comes first ("said Jim
                    // Hodges"); "said on Facebook" names the medium.
                    let after = doc.next_solid(cue_end).filter(|&n| n < s_end)?;
                    if matches!(doc.word(after), "on" | "in" | "at" | "to" | "during" | "via") {
                        return None;
                    }
                    // Only an inverted cue has its speaker after it: in
                    // `"...," the tycoon told Reuters` the words after "told"
                    // are the recipient.
                    // (`"…" if the port closes, said X`: a clause that
                    // goes on from the quote ends at the comma before it.)
                    if (from..k).any(|x| doc.is_word(x))
                        && doc.prev_solid(k).is_none_or(|x| doc.word(x) != ",")
                    {
                        return None;
                    }
                    // Ten words after the cue: "said former South Carolina
                    // Gov. Jim Hodges".
                    // No further than a quote mark: in `the narrator says,
                    // "what does he think"` the words are the next quote's.
                    let end =
                        (cue_end + 1..s_end).filter(|&x| doc.is_word(x)).nth(10).unwrap_or(s_end);
                    // Nor past a comma: in `added his campaign manager Jeff
                    // Weaver, speaking to CNN` the speaker is before it.
                    let end = (cue_end + 1..end)
                        .find(|&x| {
                            matches!(doc.tokens[x].kind, TokenKind::Quote(_)) || doc.word(x) == ","
                        })
                        .unwrap_or(end);
                    // Name words right after the cue before a document
                    // further on: `said Senate Whip Dick Durbin (D-Ill.) in an
                    // interview`.
                    let words = || {
                        sieve.words_in(cue_end + 1, end).filter(|w| {
                            let at = doc.token_at(who_span(w).start);
                            (cue_end + 1..at).all(|x| {
                                !doc.is_word(x)
                                    || is_title_word(doc.word(x))
                                    || is_determiner(doc, x)
                            })
                        })
                    };
                    // ... with no verb after the speaker: in `citing "the
                    // magic," said the candidate could win` the words after
                    // the cue are a clause.
                    let found = match sieve.who_in(cue_end + 1, end) {
                        Some(w @ Who::Mention(..)) => Some(w),
                        other => words().or(other),
                    };
                    // `"...," said the company's chairman, Robert Kim.`: a
                    // description in lowercase, then the person's name in
                    // apposition.
                    let named = || {
                        let comma = end;
                        if comma >= s_end || doc.word(comma) != "," {
                            return None;
                        }
                        let described = (cue_end + 1..comma).filter(|&x| doc.is_word(x)).all(|x| {
                            let w = doc.word(x);
                            is_determiner(doc, x)
                                || w.ends_with("'s")
                                || w.ends_with("’s")
                                || w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                        });
                        let name = doc.next_solid(comma).and_then(|n| doc.cand_starting(n))?;
                        let after = doc.next_solid(doc.token_at(name.span.end - 1));
                        let closed = after
                            .is_none_or(|x| x >= s_end || matches!(doc.word(x), "." | "," | ";"));
                        (described && closed && name.kind == EntityKind::Person).then_some((
                            Who::Mention(name.span, name.target),
                            after.unwrap_or(s_end),
                        ))
                    };
                    let found = match found {
                        None | Some(Who::Words(_)) => match named() {
                            Some((w, stop)) => return Some((w, (cue_end + 1, stop))),
                            None => found,
                        },
                        some => some,
                    };
                    found
                        .filter(|w| {
                            let last = doc.token_at(who_span(w).end - 1);
                            doc.next_solid(last).filter(|&n| n < end).is_none_or(|n| {
                                !doc.is_word(n)
                                    || doc.is_cap(n)
                                    || !(is_auxiliary(doc.word(n)) || doc.word(n) == "shall")
                            })
                        })
                        .map(|w| (w, (cue_end + 1, end)))
                })
                .or_else(|| any_noun_before(doc, from, k).map(|w| (w, (from, k))));
            if let Some((who, phrase)) = who {
                let (sp, t, rule) = sieve.resolve(who, at, QuoteRule::CueAfter, phrase);
                q.cue = Some(cue_span);
                q.speaker = Some((sp, t));
                q.rule = rule;
                if fragment {
                    // Mixed: the sentence up to the closing mark was said.
                    q.kind = QuoteKind::Reported;
                    q.content = Span::new(doc.tokens[s_start].span.start, doc.tokens[c].span.start);
                    q.span = Span::new(q.content.start, sp.end.max(cue_span.end));
                } else if let Some(comma) = clause_goes_on(doc, c, k) {
                    // `"You squeezed employees" to drive up the price, she
                    // said`: the quote is part of a longer utterance, which
                    // runs to the comma before the attribution.
                    q.kind = QuoteKind::Reported;
                    q.content = Span::new(doc.tokens[o].span.end, doc.tokens[comma].span.start);
                    q.span = Span::new(q.span.start, sp.end.max(cue_span.end));
                }
                return Some(q);
            }
            break;
        }
        if let Some(to) = according_to_at(doc, k) {
            if sieve.attribute_to_source(&mut q, to, (to + 10).min(s_end)) {
                return Some(q);
            }
        }
        if doc.is_word(k) {
            limit += 1;
        }
        k += 1;
    }
    if fragment {
        return None;
    }
    // 3. Before the quote: `X said: "…"`, `X said, "…"`, `X: "…"`; a colon
    // may also end the sentence or paragraph before (`Caddell continued:`
    // and the quote below).
    let intro = doc.prev_solid(o).and_then(|p| {
        if p >= s_start {
            Some((p, s_start))
        } else if doc.word(p) == ":" {
            Some((p, sentence_tokens(doc, doc.sentence_of(doc.tokens[p].span.start)).0))
        } else {
            None
        }
    });
    if let Some((p, s_start)) = intro {
        let mark = doc.word(p);
        // `According to HuffPo: "…"`.
        let according = (mark == ":" || mark == ",")
            .then(|| (s_start..p).find(|&j| !doc.tokens[j].is_space()))
            .flatten()
            .and_then(|f| according_to_at(doc, f))
            .filter(|&to| to < p);
        if let Some(to) = according {
            if sieve.attribute_to_source(&mut q, to, p) {
                return Some(q);
            }
        }
        // `SOME HEADLINE - Michael P. McDonald: "…"`: a name no list holds,
        // after a dash or alone, right before the colon.
        if mark == ":" {
            if let Some(sp) = doc.prev_solid(p).and_then(|before| byline_name(doc, s_start, before))
            {
                q.speaker = Some((sp, None));
                q.rule = QuoteRule::Colon;
                return Some(q);
            }
        }
        if mark == ":" || mark == "," || cue_intro {
            // `X said "…"`: the cue itself before the quote.
            // Else a cue among the few words before the mark.
            let found = cue_intro.then_some((p, p)).or_else(|| {
                let mut k = p;
                for _ in 0..8 {
                    let x = doc.prev_solid(k).filter(|&x| x >= s_start)?;
                    k = x;
                    if let Some((e, _)) = cue_at(doc, x).filter(|&(e, _)| e < p) {
                        return Some((x, e));
                    }
                }
                // `Said Maria Ortiz, who grew up near the plant, "…"`.
                opening_cue(doc, s_start, p)
            });
            // ("The statements were to be expected: "…"", "He was told:
            // "…"": a passive cue names no speaker before it; an opening
            // cue may ("Said another official who would be told if ...:
            // "…"").)
            let passive_at = |cs: usize| {
                !doc.word(cs).ends_with("ing")
                    && doc
                        .prev_solid(cs)
                        .filter(|&b| b >= s_start)
                        .is_some_and(|b| lower_in(doc.word(b), BE_FORMS))
            };
            let found = match found {
                Some((cs, _)) if passive_at(cs) => match opening_cue(doc, s_start, p) {
                    Some(o) => Some(o),
                    None => return Some(q),
                },
                other => other,
            };
            if let Some((cs, ce)) = found {
                // Words inside an earlier quote of the sentence speak for no
                // one: in `"If he thinks so," the narrator says, "what does
                // he ..."` the second part's speaker is after the first.
                let sentence_start = s_start;
                let s_start = (s_start..cs)
                    .rev()
                    .find(|&j| matches!(doc.tokens[j].kind, TokenKind::Quote(_)))
                    .map_or(s_start, |j| j + 1);
                let from = s_start.max(cs.saturating_sub(25));
                // "Trump attacked Clinton for her record, saying, "…"": the
                // sentence's subject speaks through a participle; else the
                // cue's subject ("The businessman says of Clinton, "…"",
                // "Stevie Wonder, who joked of the museum, "…""), else the
                // last speaker words before the cue.
                let subject = if participle_of_subject(doc, cs) {
                    sentence_subject(sieve, s_start, cs)
                } else {
                    subject_of(sieve, s_start, cs)
                }
                // `X ridiculed it as "a syndrome" and said, "…"`: the
                // sentence's subject, before the earlier quote.
                .or_else(|| {
                    // (Not when the sentence opens with a quote.)
                    let opens = (sentence_start..cs).find(|&j| !doc.tokens[j].is_space());
                    (s_start > sentence_start && opens.is_some_and(|f| doc.is_word(f)))
                        .then(|| sentence_subject(sieve, sentence_start, cs))
                        .flatten()
                });
                // `Said Ellis: "…"`: the speaker may follow the cue.
                let who = subject
                    .map(|w| (w, (s_start, cs)))
                    .or_else(|| last_who(sieve, from, cs).map(|w| (w, (from, cs))))
                    .or_else(|| {
                        // Not the topic or the recipient: "says of Clinton,".
                        let topic = doc.next_solid(ce).is_some_and(|n| {
                            matches!(doc.word(n), "of" | "about" | "to" | "for" | "on" | "in")
                        });
                        if topic {
                            return None;
                        }
                        sieve.who_in(ce + 1, p).map(|w| (w, (ce + 1, p))).or_else(|| {
                            // `Added the mayor: "…"`: a sentence that opens
                            // with the cue names its speaker after it, if
                            // only by a noun.
                            (opening_cue(doc, s_start, p) == Some((cs, ce)))
                                .then(|| noun_after_cue(doc, ce, p))
                                .flatten()
                                .map(|w| (w, (ce + 1, p)))
                        })
                    })
                    .or_else(|| any_noun_before(doc, from, cs).map(|w| (w, (from, cs))));
                if let Some((who, phrase)) = who {
                    let (sp, t, rule) = sieve.resolve(who, at, QuoteRule::CueBefore, phrase);
                    q.cue = Some(Span::new(doc.tokens[cs].span.start, doc.tokens[ce].span.end));
                    q.speaker = Some((sp, t));
                    q.rule = rule;
                    return Some(q);
                }
            } else if mark == ":" {
                // `Donald Trump issued the following statement: "…"`, `the
                // ministry said in a message:`: a medium noun before the
                // colon; the sentence's subject speaks.
                // ("issued the following statement on the passing of David
                // Johnston:": a topic after "the following" noun.)
                let noun = doc
                    .prev_solid(p)
                    .filter(|&x| x >= s_start && doc.is_word(x))
                    .filter(|&n| MEDIUM_NOUN_SET.has(doc.word(n)))
                    .or_else(|| {
                        (s_start..p).rev().find(|&x| {
                            MEDIUM_NOUN_SET.has(doc.word(x))
                                && doc.prev_solid(x).is_some_and(|f| doc.word(f) == "following")
                        })
                    });
                if let Some(n) = noun {
                    // The subject after an opening clause ("With leaders
                    // worried about Clinton, Obama is rolling out a new
                    // message:"), else the first speaker.
                    let subject = sentence_subject(sieve, s_start, n)
                        .filter(|w| matches!(w, Who::Mention(..) | Who::Pronoun(..)));
                    if let Some(who @ (Who::Mention(..) | Who::Pronoun(..))) =
                        subject.or_else(|| sieve.who_in(s_start, n))
                    {
                        let (sp, t, rule) =
                            sieve.resolve(who, at, QuoteRule::CueBefore, (s_start, n));
                        q.cue = Some(doc.tokens[n].span);
                        q.speaker = Some((sp, t));
                        q.rule = rule;
                        return Some(q);
                    }
                }
                // `Rep. Trey Gowdy (R-S.C.): "…"`: the name before its
                // parenthesis.
                let mut before = doc.prev_solid(p).unwrap_or(p);
                if doc.word(before) == ")" {
                    if let Some(open) =
                        (s_start..before).rev().take(12).find(|&j| doc.word(j) == "(")
                    {
                        before = doc.prev_solid(open).unwrap_or(before);
                    }
                }
                if let Some(c) = doc.cand_at(doc.tokens[before].span.start) {
                    if c.kind == EntityKind::Person && doc.token_at(c.span.end - 1) >= before {
                        // `CNN President On Trump: "…"`: a headline's topic;
                        // the speaker stands before "on", if anywhere.
                        let topic = doc
                            .prev_solid(doc.token_at(c.span.start))
                            .filter(|&x| x >= s_start)
                            .filter(|&x| {
                                lower_in(doc.word(x), &["on", "about", "to", "vs", "slams"])
                            });
                        if let Some(x) = topic {
                            if let Some(who) = sieve.who_in(s_start, x) {
                                let (sp, t, _) =
                                    sieve.resolve(who, at, QuoteRule::Colon, (s_start, x));
                                q.speaker = Some((sp, t));
                                q.rule = QuoteRule::Colon;
                                return Some(q);
                            }
                            return Some(q);
                        }
                        q.speaker = Some((c.span, Some(c.target)));
                        q.rule = QuoteRule::Colon;
                        return Some(q);
                    }
                }
                // `Carlos Mendes, the union's general secretary: "…"`: a
                // person who opens the sentence, then an apposition with no
                // verb up to the colon.
                if mark == ":" {
                    let first = (s_start..p).find(|&j| !doc.tokens[j].is_space());
                    let person = first
                        .and_then(|f| doc.cand_starting(f))
                        .filter(|c| c.kind == EntityKind::Person);
                    if let Some(c) = person {
                        let last = doc.token_at(c.span.end - 1);
                        let comma = doc.next_solid(last).filter(|&x| x < p && doc.word(x) == ",");
                        let plain = comma.is_some_and(|x| {
                            let words = (x..p).filter(|&j| doc.is_word(j));
                            words.clone().count() <= 10
                                && words.clone().all(|j| cue_at(doc, j).is_none())
                                && !words.map(|j| doc.word(j)).any(is_auxiliary)
                        });
                        if plain {
                            q.speaker = Some((c.span, Some(c.target)));
                            q.rule = QuoteRule::Colon;
                            return Some(q);
                        }
                    }
                }
            }
        }
    }
    // A speaker and cue earlier in the sentence: `X called it "a step"`,
    // `X said the sides should "support each other"`.
    for k in s_start.max(o.saturating_sub(40))..o {
        if let Some((cue_end, _)) = cue_at(doc, k) {
            if let Some(who) = subject_of(sieve, s_start, k).filter(|w| place_may_say(doc, w, k)) {
                let (sp, t, rule) = sieve.resolve(who, at, QuoteRule::CueBefore, (s_start, k));
                q.cue = Some(Span::new(doc.tokens[k].span.start, doc.tokens[cue_end].span.end));
                q.speaker = Some((sp, t));
                q.rule = rule;
                return Some(q);
            }
        }
    }
    // 4. The next sentence of the paragraph is a bare attribution ("Putin
    // added." / "— Putin").
    let next_s = doc.sentence_of(doc.tokens[c].span.start) + 1;
    if let Some(&(ns, starts_para)) = doc.sentences.get(next_s) {
        if !starts_para && ns.start >= span.end {
            let (na, nb) = sentence_tokens(doc, next_s);
            // `"And I'm not being paid!" LeVell declared, a point he likes
            // to make`: after a "!" or "?" the attribution opens a sentence
            // of its own, however long.
            let mut last = doc.prev_solid(c);
            // (`by that?'" Mr. Biden said`: past an inner quote's mark.)
            while let Some(x) =
                last.filter(|&x| x > o && matches!(doc.tokens[x].kind, TokenKind::Quote(_)))
            {
                last = doc.prev_solid(x);
            }
            let inverted = doc.next_solid(c) == Some(na)
                && last.is_some_and(|x| matches!(doc.word(x), "!" | "?"));
            if inverted {
                // (Room for an apposition: `Scott's niece, state Del.
                // Marcia Price (D-Newport News), shouted`.)
                let cue_pos = (na..nb)
                    .filter(|&x| doc.is_word(x))
                    .take(16)
                    .find_map(|x| cue_at(doc, x).map(|(e, _)| (x, e)));
                // (Not a sentence with a content of its own: `"Everybody
                // sues, right?" Later, Rubio claimed that ...`.)
                let cue_pos = cue_pos.filter(|&(cs, ce)| {
                    cs == na || doc.next_solid(ce).is_none_or(|n| doc.word(n) != "that")
                });
                if let Some((cs, ce)) = cue_pos {
                    let who = if cs == na {
                        speaker_alone(sieve, ce + 1, nb - 1)
                    } else {
                        subject_of(sieve, na, cs).or_else(|| sieve.who_in(na, cs))
                    };
                    if let Some(who) = who {
                        let (sp, t, rule) = sieve.resolve(who, at, QuoteRule::CueAfter, (na, cs));
                        q.cue = Some(Span::new(doc.tokens[cs].span.start, doc.tokens[ce].span.end));
                        q.speaker = Some((sp, t));
                        q.rule = rule;
                        return Some(q);
                    }
                }
            }
            if nb - na <= 12 {
                let cue_pos = (na..nb)
                    .find_map(|k| cue_at(doc, k).map(|(e, _)| (k, e)))
                    .filter(|&(_, ce)| doc.next_solid(ce).is_none_or(|n| doc.word(n) != "that"));
                if let Some((cs, ce)) = cue_pos {
                    if let Some(who) = sieve.who_in(na, nb) {
                        let (sp, t, _) = sieve.resolve(who, at, QuoteRule::Paragraph, (na, nb));
                        q.cue = Some(Span::new(doc.tokens[cs].span.start, doc.tokens[ce].span.end));
                        q.speaker = Some((sp, t));
                        q.rule = QuoteRule::Paragraph;
                        return Some(q);
                    }
                }
            }
        }
    }
    // Scare quotes and titles: a short unattributed quote is no speech.
    if !sentence_like {
        return None;
    }
    // 5. A quote that goes on from the previous one of the same speaker,
    // with nobody else named between them.
    // The previous quote may be reported speech in the same paragraph
    // (`Schiff said the talks stalled. "The other factor is ..."`).
    if let Some(p) = prev.filter(|p| p.speaker.is_some()) {
        let gap = Span::new(p.span.end, span.start);
        let breaks = (doc.token_at(gap.start)..doc.token_at(gap.end))
            .filter(|&k| doc.tokens[k].is_paragraph_break())
            .count();
        let speaker = p.speaker.and_then(|s| s.1);
        // People named in the previous quote's own attribution sentence
        // ("said Beth Baer, a former Obama administration official") do not
        // interrupt; a person named in a later sentence does.
        let attribution_end = doc.sentences[doc.sentence_of(p.span.end.saturating_sub(1))].0.end;
        let others = doc.cands[doc.overlapping(gap)].iter().any(|c| {
            gap.contains(c.span)
                && c.span.start >= attribution_end
                && c.kind == EntityKind::Person
                && Some(c.target) != speaker
        });
        let max_breaks = if p.kind == QuoteKind::Direct { 1 } else { 0 };
        if gap.start <= gap.end && gap.len() < 300 && breaks <= max_breaks && !others {
            q.speaker = p.speaker;
            q.cue = p.cue;
            q.rule = QuoteRule::Continuation;
            return Some(q);
        }
    }
    // 6. A quote that opens a paragraph right after its sender's sentence:
    // "Vladimir Putin sent greetings to the participants." and then the
    // message, with no cue.
    if let Some(sender) = sender_before(doc, o, prev) {
        q.speaker = Some(sender);
        q.rule = QuoteRule::Sender;
    }
    Some(q)
}

/// Capitalised words before a colon that head a note, not a turn.
pub(crate) const NOT_SPEAKERS: &[&str] = &[
    "note",
    "update",
    "updated",
    "editor",
    "editors",
    "source",
    "sources",
    "photo",
    "video",
    "watch",
    "read",
    "more",
    "also",
    "breaking",
    "exclusive",
    "correction",
    "related",
    "subject",
    "participants",
    "attendees",
    "agenda",
    "topic",
    "topics",
    "location",
    "date",
    "time",
    "tags",
    "keywords",
    "contact",
    "contacts",
    "media",
    "email",
    "phone",
    "tel",
    "fax",
    "web",
    "website",
    "about",
    "background",
    "summary",
    "question",
    "answer",
    "transcript",
    "excerpt",
    "excerpts",
    "quote",
    "warning",
    "disclaimer",
    "live",
    "opinion",
    "analysis",
    "poll",
    "report",
];

/// `X said:` at the end of sentence `s`'s paragraph and the unmarked
/// paragraphs after it (see [`QuoteRule::Block`]): pushes one quote a
/// paragraph.
fn said_block(
    sieve: &mut Sieve<'_, '_>,
    s: usize,
    quotes: &mut Vec<RawQuote>,
) -> Option<(Span, Option<Target>)> {
    /// Paragraphs a block may run to.
    const MAX_PARAGRAPHS: usize = 8;
    let doc = sieve.doc;
    let (a, b) = sentence_tokens(doc, s);
    let colon = (a..b).rev().find(|&j| !doc.tokens[j].is_space())?;
    if doc.word(colon) != ":" || s + 1 >= doc.sentences.len() {
        return None;
    }
    // The colon ends its line, and what follows opens with no mark or
    // list bullet.
    if doc.tokens.get(colon + 1).is_none_or(|t| t.kind != TokenKind::LineBreak) {
        return None;
    }
    let (na, _) = sentence_tokens(doc, s + 1);
    let first = (na..doc.tokens.len()).find(|&j| !doc.tokens[j].is_space())?;
    if matches!(doc.tokens[first].kind, TokenKind::Quote(_) | TokenKind::Punct) {
        return None;
    }
    // The cue and its speaker: "X said:", "said X:", "X said in a
    // statement:", "Commenting on the result, X added:".
    let (k, e) = (a..colon).find_map(|k| cue_at(doc, k).map(|(e, _)| (k, e)))?;
    // Verbs of speaking only ("The following offerings were filed with the
    // SEC:" opens a list).
    const SPEAKING: &[&str] = &[
        "said",
        "says",
        "added",
        "adds",
        "commented",
        "stated",
        "explained",
        "noted",
        "remarked",
        "continued",
        "concluded",
        "declared",
        "told",
        "wrote",
        "writes",
        "reads",
        "stressed",
        "emphasised",
        "emphasized",
    ];
    if e >= colon || !lower_in(doc.word(k), SPEAKING) {
        return None;
    }
    let after = doc.next_solid(e).filter(|&n| n < colon);
    let who = match after {
        None => subject_of(sieve, a, k),
        Some(n) if opens_adverbial(doc.word(n)) => subject_of(sieve, a, k),
        Some(n) => speaker_alone(sieve, n, doc.prev_solid(colon).unwrap_or(n)),
    };
    let who = who?;
    let cue = Span::new(doc.tokens[k].span.start, doc.tokens[e].span.end);
    let (sp, t, rule) = sieve.resolve(who, cue.start, QuoteRule::Block, (a, colon));
    let rule = if rule == QuoteRule::Pronoun { rule } else { QuoteRule::Block };
    let first_person = |x: usize, y: usize| {
        (x..y).any(|j| {
            doc.is_word(j)
                && matches!(
                    lower(doc.word(j)).as_ref(),
                    "i" | "we" | "our" | "ours" | "us" | "my" | "me" | "you" | "your"
                )
        })
    };
    let mut next = s + 1;
    for n in 0..MAX_PARAGRAPHS {
        if next >= doc.sentences.len() {
            break;
        }
        // The paragraph's sentences.
        let mut last = next;
        while doc.sentences.get(last + 1).is_some_and(|&(_, starts)| !starts) {
            last += 1;
        }
        let (x, _) = sentence_tokens(doc, next);
        let (_, y) = sentence_tokens(doc, last);
        let Some(start) = (x..y).find(|&j| !doc.tokens[j].is_space()) else { break };
        let end = trim_end(doc, start, y);
        // A paragraph after the first goes on in the speaker's voice, with
        // no cue of its own and no colon that opens another block.
        if n > 0
            && (matches!(doc.tokens[start].kind, TokenKind::Quote(_) | TokenKind::Punct)
                || !first_person(start, y)
                || (start..y).any(|j| doc.is_word(j) && cue_at(doc, j).is_some())
                || doc.text[doc.sentences[last].0].trim_end().ends_with(':'))
        {
            break;
        }
        // ("Here is what she said:" / `On hydrogen: "It will come."`: the
        // quotes in marks after the introduction are the speaker's.)
        if n == 0 && (start..y).any(|j| matches!(doc.tokens[j].kind, TokenKind::Quote(_))) {
            return Some((sp, t));
        }
        let content = Span::new(doc.tokens[start].span.start, doc.tokens[end].span.end);
        if content.is_empty() {
            break;
        }
        quotes.push(RawQuote::reported(
            Span::new(if n == 0 { sp.start.min(cue.start) } else { content.start }, content.end),
            content,
            cue,
            (sp, t),
            if n == 0 { rule } else { QuoteRule::Continuation },
        ));
        next = last + 1;
    }
    None
}

/// A transcript turn opening sentence `s`: a speaker of at most eight words
/// (a person found in the story, an ALL-CAPS surname of one, or a name no
/// list holds), a colon, and at least three words that run to the end of
/// the paragraph or to the next turn in it. A turn opens a paragraph, or,
/// once the story has shown a turn (`in_transcript`), any sentence:
/// transcripts whose paragraph breaks were lost ("Thank you. <…> Vladimir
/// Putin: ...").
fn transcript_turn(
    sieve: &mut Sieve<'_, '_>,
    s: usize,
    surnames: &mut Option<HashMap<String, Target>>,
    in_transcript: bool,
) -> Option<RawQuote> {
    let doc = sieve.doc;
    let (first, last, colon, who) = turn_head(sieve, s, surnames, in_transcript)?;
    // A row of asterisks ("...*** Vladimir Putin: ...") opens a part as a
    // paragraph does.
    let asterisks = doc.prev_solid(first).is_some_and(|p| doc.word(p) == "*");
    // So does a titled name the story knows as a person ("... online today.
    // President of Russia Vladimir Putin: Good afternoon"): a sentence that
    // opens with one and a colon is a turn wherever it stands.
    let titled = matches!(who, Who::Mention(..)) && last > first + 2;
    if !doc.sentences[s].1 && !asterisks && !titled && !in_transcript {
        return None;
    }
    let start = doc.next_on_line(colon)?;
    // The turn runs to the end of the paragraph, or to the next turn in it.
    // An omission mark that opens a sentence leaves the turn: the editor's
    // narration or another turn follows ("<…>(Nikolai Svanidze raised the
    // issue ...)"). A stage direction alone ("(Addressing Alexander
    // Bortnikov.) Now I would like ...") does not end it.
    let narration = |e: usize| {
        let (a, b) = sentence_tokens(doc, e);
        (a..b).find(|&j| !doc.tokens[j].is_space()).is_some_and(|j| doc.word(j) == "<")
    };
    let mut e = s;
    let next_head = loop {
        if doc.sentences.get(e + 1).is_none_or(|&(_, starts)| starts) {
            break None;
        }
        let head = turn_head(sieve, e + 1, surnames, true);
        if head.is_some() || narration(e + 1) {
            break head;
        }
        e += 1;
    };
    let mut b = sentence_tokens(doc, e).1;
    // Words the next turn's sentence holds before its head ("Thank you.
    // Vladimir Putin: ...") end this turn.
    let answered = next_head.is_some();
    if let Some((next, ..)) = next_head {
        let (na, _) = sentence_tokens(doc, e + 1);
        if (na..next).any(|j| doc.is_word(j)) {
            b = next;
        }
    }
    if start >= b {
        return None;
    }
    // A turn is the speaker's own words to its end: none of the cuts of
    // reported speech apply. A turn of one or two words needs another turn
    // right after it ("Vladimir Putin: Good afternoon. Konstantin
    // Chuychenko: Good afternoon, Mr President.").
    let end = trim_end(doc, start, b);
    let content = Span::new(doc.tokens[start].span.start, doc.tokens[end].span.end);
    if word_count(doc, content) < if answered { 1 } else { 3 } {
        return None;
    }
    let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
    let (sp, t, _) = sieve.resolve(who, span.start, QuoteRule::Transcript, (first, colon));
    Some(RawQuote::reported(
        Span::new(span.start, content.end),
        content,
        doc.tokens[colon].span,
        (sp, t),
        QuoteRule::Transcript,
    ))
}

/// The speaker of a transcript turn opening sentence `s`: its first and
/// last tokens, the colon, and who it is. Inside a transcript (`bodies`), a
/// body's name may head a turn too: a press conference gives questions to
/// the journalists' outlets ("Reuters: What is China's response?").
fn turn_head(
    sieve: &Sieve<'_, '_>,
    s: usize,
    surnames: &mut Option<HashMap<String, Target>>,
    bodies: bool,
) -> Option<(usize, usize, usize, Who)> {
    let doc = sieve.doc;
    let (a, b) = sentence_tokens(doc, s);
    let mut first = a;
    // A stray mark at the start of each turn (`"PENCE: ...`), or the
    // omission mark of a transcript (`<…> Vladimir Putin: ...`).
    loop {
        let t = doc.tokens.get(first).filter(|_| first < b)?;
        let skip = matches!(t.kind, TokenKind::Quote(_))
            || matches!(doc.word(first), "<" | ">" | "…" | "." | "*");
        if !skip {
            break;
        }
        first = doc.next_on_line(first)?;
    }
    // "... in Russia.*** Vladimir Putin: ...": a row of asterisks glued to
    // the sentence before it; the head starts after the row.
    if let Some(row) =
        (first..b).take_while(|&j| doc.word(j) != ":").filter(|&j| doc.word(j) == "*").last()
    {
        first = doc.next_on_line(row).filter(|&n| n < b)?;
    }
    let mut k = first;
    let mut words = 0;
    let colon = loop {
        let w = doc.word(k);
        if w == ":" {
            break k;
        }
        if doc.is_word(k) {
            words += 1;
        } else if !matches!(w, "." | "-" | "’" | "'" | "(" | ")") {
            return None;
        }
        // (A head may hold a long office before the person's name:
        // "Chairman of the Cabinet of Ministers and Chief of Staff of the
        // Presidential Executive Office of Kyrgyzstan Akylbek Japarov:".)
        if words > 24 {
            return None;
        }
        k = doc.next_on_line(k)?;
    };
    // (All its words an office's: capitalised but for "of", "the",
    // "and": not "Early polls show voters ... rejecting Mr. Trump:".)
    let long = words > 8;
    if long
        && (first..k).any(|j| {
            doc.is_word(j)
                && !doc.is_cap(j)
                && !matches!(doc.word(j), "of" | "the" | "and" | "for" | "on")
        })
    {
        return None;
    }
    // "Emmanuel Macron (retranslated):": the speaker ends before the aside.
    let mut last = doc.prev_solid(colon)?;
    if doc.word(last) == ")" {
        let open = (first..last).rev().find(|&j| doc.word(j) == "(")?;
        last = doc.prev_solid(open)?;
    }
    // "Thank you. Vladimir Putin:", "Thank you. ladimir Putin:": a sentence
    // of the last turn the splitter left before the head (a period after a
    // lowercase word) belongs to that turn.
    if let Some(p) = (first..colon).rev().find(|&j| {
        doc.word(j) == "."
            && doc
                .prev_on_line(j)
                .is_some_and(|w| doc.is_word(w) && doc.word(w).chars().all(|c| c.is_lowercase()))
    }) {
        first = doc.next_on_line(p).filter(|&n| n < colon && doc.is_word(n))?;
    }
    // "Thank you Vladimir Putin:": after a courtesy with its period lost,
    // the person's name that ends the head is the head, and the courtesy
    // ends the last turn (a title before the name stays: "Aeroflot CEO
    // Mikhail Poluboyarinov:").
    if let Some(c) = doc
        .cand_at(doc.tokens[last].span.start)
        .filter(|c| c.kind == EntityKind::Person && c.span.end == doc.tokens[last].span.end)
    {
        let name = doc.token_at(c.span.start);
        let courtesy = doc.prev_on_line(name).is_some_and(|p| {
            p >= first && matches!(doc.word(p), "you" | "Thanks" | "thanks" | "much" | "please")
        });
        if courtesy {
            first = name;
        }
    }
    let last = Some(last).filter(|&l| l >= first && doc.is_word(l))?;
    let start = doc.next_on_line(colon)?;
    // `X: "…"` is a quote with a colon, and `Said X:` a cue: other rules.
    if matches!(doc.tokens[start].kind, TokenKind::Quote(_)) || cue_at(doc, first).is_some() {
        return None;
    }
    let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
    let who = match doc.cand_at(doc.tokens[last].span.start) {
        Some(c) if c.kind == EntityKind::Person && c.span.end == span.end => {
            Who::Mention(c.span, c.target)
        }
        // (A long head ends with the person's name.)
        _ if long => return None,
        Some(c) if bodies && c.kind == EntityKind::Institution && c.span == span => {
            Who::Mention(c.span, c.target)
        }
        Some(_) => return None,
        // An interview's "Q:" and "A:": the answer is the interviewee's,
        // the person the story names last before its first question.
        None if first == last && matches!(doc.word(first), "Q" | "A") => {
            if doc.word(first) == "Q" {
                Who::Words(span)
            } else {
                Who::resolved(span, *sieve.interviewee.get_or_init(|| interviewee(doc)))
            }
        }
        None => {
            let ws: Vec<usize> = (first..=last).filter(|&j| doc.is_word(j)).collect();
            if ws.iter().any(|&j| NOT_SPEAKERS.contains(&lower(doc.word(j)).as_ref())) {
                return None;
            }
            let caps = ws.iter().all(|&j| {
                let w = doc.word(j);
                w.chars().count() > 1
                    && w.chars().any(char::is_uppercase)
                    && !w.chars().any(char::is_lowercase)
            });
            if caps && ws.len() <= 3 {
                // "PENCE:": the story's person of that surname, if any.
                let known = surnames.get_or_insert_with(|| doc.surnames(sieve.kb));
                let word = doc.word(last);
                let found =
                    known.iter().find(|(k, _)| k.eq_ignore_ascii_case(word)).map(|(_, &t)| t);
                Who::resolved(span, found)
            } else if (2..=4).contains(&ws.len()) && ws.iter().all(|&j| is_name_like(doc, j)) {
                Who::Words(span)
            } else if role_head(doc, &ws) {
                // "Prime Minister: They are already coming down.",
                // "Reporter: When will ...": an office or a questioner heads
                // the turn, in a paragraph of its own.
                if !doc.sentences[s].1 {
                    return None;
                }
                Who::Words(span)
            } else {
                return None;
            }
        }
    };
    Some((first, last, colon, who))
}

/// Whether the capitalised words `ws` of a transcript turn's head are an
/// office ("Prime Minister", "Minister", "Chairman") or a questioner
/// ("Reporter", "Moderator").
fn role_head(doc: &Doc<'_>, ws: &[usize]) -> bool {
    const ASKERS: &[&str] = &["questioner", "reporter", "journalist", "moderator", "interviewer"];
    let words = || ws.iter().map(|&j| doc.word(j));
    ws.iter().all(|&j| doc.is_cap(j))
        && ((ws.len() == 1 && words().all(|w| lower_in(w, ASKERS)))
            || (ws.len() <= 4
                && words().any(|w| HEAD_TITLE_SET.has(w))
                && words().all(is_title_word)))
}

/// The person an interview's answers are from: the last one named before
/// its first "Q:" that opens a paragraph.
fn interviewee(doc: &Doc<'_>) -> Option<Target> {
    let q = doc.sentences.iter().find_map(|&(sp, starts)| {
        let k = doc.token_at(sp.start);
        (starts && doc.word(k) == "Q" && doc.next_solid(k).is_some_and(|n| doc.word(n) == ":"))
            .then_some(sp.start)
    })?;
    doc.cands
        .iter()
        .take_while(|c| c.span.end <= q)
        .filter(|c| c.kind == EntityKind::Person)
        .last()
        .map(|c| c.target)
}

/// Whether quoted words read as a title or a name ("Fox News Sunday",
/// "Make Your Kid a Millionaire", "Keepin' It Real"): at most eight words,
/// every word of four letters or more capitalised, the first one too.
fn is_title_like(s: &str) -> bool {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '!' | '?' | ':'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let capital = |w: &&str| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric());
    !words.is_empty()
        && words.len() <= 8
        && words.first().is_some_and(capital)
        && words.iter().filter(|w| w.chars().count() >= 4).all(capital)
}

/// Whether the quote between the marks `o` and `c` is a subheading: alone
/// on its line (a full stop after it at most), title-like, and with two
/// capitalised words after the first ("Legend in the Coal Fields").
fn is_heading(doc: &Doc<'_>, o: usize, c: usize, inner: &str) -> bool {
    let alone = doc.prev_on_line(o).is_none()
        && match doc.next_on_line(c) {
            None => true,
            Some(n) => doc.word(n) == "." && doc.next_on_line(n).is_none(),
        };
    // (The words are looked at only for a quote alone on its line.)
    alone
        && inner
            .split_whitespace()
            .skip(1)
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .nth(1)
            .is_some()
        && is_title_like(inner)
}

/// Whether the sentence goes on in lowercase words right after the closing
/// mark `c` (`"…" to drive up the price, she said` with the cue at `k`):
/// gives the last comma before the cue's phrase, where the utterance ends.
fn clause_goes_on(doc: &Doc<'_>, c: usize, k: usize) -> Option<usize> {
    let n = doc.next_solid(c).filter(|&n| n < k)?;
    let w = doc.word(n);
    let lowercase = doc.is_word(n) && w.chars().next().is_some_and(char::is_lowercase);
    // (An article opens the attribution: `"…," the White House spokesman,
    // Josh Earnest, said`.)
    if !lowercase
        || cue_at(doc, n).is_some()
        || PRONOUNS.iter().any(|(p, _)| *p == w)
        || is_determiner(doc, n)
    {
        return None;
    }
    // (Nor does a description before the speaker's name: `"…," lawmaker
    // Pedro Lupion, who heads the caucus, said`.)
    // (Lowercase modifiers and a noun of people or a title right before
    // the name; not a clause's preposition: `"…" of the Clinton proposals`.)
    let run: Vec<usize> = std::iter::successors(Some(n), |&x| doc.next_solid(x))
        .take_while(|&x| x < k)
        .take(4)
        .take_while(|&x| doc.is_word(x) && !doc.is_cap(x))
        .collect();
    let named = run.last().is_some_and(|&l| {
        let lw = lower(doc.word(l));
        (is_title_word(&lw) || person_noun(&lw) || SPEAKER_NOUN_SET.has(&lw))
            && run.iter().all(|&x| {
                let w = doc.word(x);
                !is_auxiliary(w) && !is_determiner(doc, x) && !FUNCTION.contains(&w)
            })
            && doc
                .next_solid(l)
                .and_then(|x| doc.cand_starting(x))
                .is_some_and(|c| c.kind == EntityKind::Person)
    });
    if named {
        return None;
    }
    (n..k).rev().find(|&j| doc.word(j) == ",").filter(|&j| j > n)
}

/// "it" or a noun phrase opened by a determiner right before the cue at
/// `k` ("The clip says", "a letter from his doctor that says" is left
/// alone): speaker words for reported speech.
fn determined_noun_before(doc: &Doc<'_>, a: usize, k: usize) -> Option<Who> {
    let p = doc.prev_solid(k).filter(|&p| p >= a && doc.is_word(p))?;
    let w = lower(doc.word(p));
    if w == "it" {
        return Some(Who::Words(doc.tokens[p].span));
    }
    // (An adverb ends with "ly"; so does "family", but "a monthly" is an
    // adjective before its noun.)
    if NOT_NAME_START_SET.has(&w)
        || (w.ends_with("ly") && !matches!(w.as_ref(), "family" | "ally" | "assembly"))
        || w == "that"
        || w == "which"
        || is_auxiliary(&w)
        || is_between(&w)
    {
        return None;
    }
    // ("His allies have in the past said": a time's phrase between the
    // subject and the cue.)
    let time = matches!(
        w.as_ref(),
        "past" | "meantime" | "interim" | "time" | "moment" | "end" | "beginning" | "future"
    ) || crate::lexicon::is_day_or_month(&w);
    if time {
        return None;
    }
    // The determiner right before the noun, or one adjective between ("the
    // new clip").
    let before = doc.prev_solid(p).filter(|&d| d >= a)?;
    let det = if is_determiner(doc, before) {
        before
    } else {
        doc.prev_solid(before)
            .filter(|&d| d >= a && doc.is_word(before) && is_determiner(doc, d))?
    };
    Some(Who::Words(Span::new(doc.tokens[det].span.start, doc.tokens[p].span.end)))
}

/// The article (or, with `owners`, the owner with its own article: "The
/// ministry's office") that opens the noun phrase ending with the noun at
/// `k`, over at most `adjectives` words between and not before token `a`;
/// `None` when a function word comes first.
fn phrase_opener(
    doc: &Doc<'_>,
    a: usize,
    k: usize,
    adjectives: usize,
    owners: bool,
) -> Option<usize> {
    let mut j = k;
    for _ in 0..=adjectives {
        let x = doc.prev_on_line(j).filter(|&x| x >= a && doc.is_word(x))?;
        if is_determiner(doc, x) {
            return Some(x);
        }
        if owners && (doc.word(x).ends_with("'s") || doc.word(x).ends_with("’s")) {
            // ("the U.S. Trade Representative's office": the owner's name
            // in capitals, with its article.)
            let mut first = x;
            for _ in 0..6 {
                match doc.prev_on_line(first).filter(|&y| y >= a) {
                    // (Not "Although" of "Although Johnson's agency".)
                    Some(y)
                        if (doc.is_cap(y)
                            && !is_subordinator(&lower(doc.word(y)))
                            && !opens_adverbial(doc.word(y))
                            && !lower_in(doc.word(y), &["but", "and", "or", "so", "yet"]))
                            || (doc.word(y) == "." && y > a) =>
                    {
                        first = y
                    }
                    _ => break,
                }
            }
            while first < x && !doc.is_word(first) {
                first += 1;
            }
            let mut article = doc.prev_on_line(first).filter(|&d| d >= a && is_determiner(doc, d));
            // ("the former vice president's spokeswoman": lowercase
            // modifiers of a lowercase owner, after its article.)
            if article.is_none() && first == x && !doc.is_cap(x) {
                article = std::iter::successors(doc.prev_on_line(x), |&y| doc.prev_on_line(y))
                    .take(3)
                    .take_while(|&y| {
                        y >= a && doc.is_word(y) && (!doc.is_cap(y) || is_determiner(doc, y))
                    })
                    .find(|&y| is_determiner(doc, y));
            }
            return Some(article.unwrap_or(first));
        }
        if lower_in(
            doc.word(x),
            &["and", "or", "of", "to", "in", "for", "that", "which", "who", "said"],
        ) {
            return None;
        }
        j = x;
    }
    None
}

/// Whether token `k` is an article or a possessive determiner ("the
/// message", "their statement").
pub(crate) fn is_determiner(doc: &Doc<'_>, k: usize) -> bool {
    doc.is_word(k)
        && matches!(
            lower(doc.word(k)).as_ref(),
            "the" | "a" | "an" | "this" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
        )
}

/// Nouns of an audience that a verb of telling takes as its recipient:
/// "told reporters", "told a news conference".
const AUDIENCE_NOUNS: &[&str] = &[
    "reporters",
    "journalists",
    "conference",
    "briefing",
    "lawmakers",
    "legislators",
    "parliament",
    "audience",
    "crowd",
    "supporters",
    "investors",
    "analysts",
    "delegates",
    "students",
    "members",
    "shareholders",
    "employees",
    "staff",
    "television",
    "radio",
    "newspaper",
    "agency",
];

/// After a cue that needs "that" ("told"), a recipient of at most six
/// words and then a clause opening with a subject pronoun ("told
/// reporters on Friday he would ..."): the pronoun's token.
fn clause_after_recipient(doc: &Doc<'_>, k: usize, start: usize, b: usize) -> Option<usize> {
    // "added he would never vote for her": "add" has no recipient; nor
    // needs a cue that holds one ("told reporters") another.
    let add = doc.word(k).get(..3).is_some_and(|w| w.eq_ignore_ascii_case("add"));
    let first = if add || doc.prev_solid(start) != Some(k) { 0 } else { 1 };
    let ask = doc.word(k).get(..3).is_some_and(|w| w.eq_ignore_ascii_case("ask"));
    let told = lower_in(doc.word(k), &["told", "tells", "tell", "telling"]);
    let mut j = start;
    for n in 0..9 {
        // "told African-Americans this weekend he would": a hyphen
        // inside a word.
        if j < b && doc.word(j) == "-" && glued(doc, j) {
            j = doc.next_solid(j)?;
        }
        if j >= b || !doc.is_word(j) {
            return None;
        }
        let w = doc.word(j);
        // "asked Sanders how he was feeling", "asked whether candidates
        // supported it": the question is the content.
        if ask
            && matches!(
                w,
                "how" | "what" | "why" | "when" | "where" | "who" | "which" | "whether" | "if"
            )
        {
            return Some(j);
        }
        // ("told his closest advisers as he labored over the speech": a
        // subordinate clause is no content.)
        // ("told reporters after the luncheon an official statement ...":
        // "after" and "before" may open a time instead.)
        if n >= first && is_subordinator(&lower(w)) && !matches!(w, "after" | "before") {
            return None;
        }
        // "told Breitbart News he'd support ...": a clitic may follow.
        let stem = w.split(['\'', '’']).next().unwrap_or(w);
        if n >= first && matches!(stem, "he" | "she" | "they" | "we" | "I" | "it") {
            return Some(j);
        }
        // "told the AP her group never worked with him": an owner and a
        // clause ("told the AP her story" is no clause).
        if n >= first
            && told
            && matches!(w, "his" | "her" | "their" | "its" | "our" | "my")
            && doc
                .prev_solid(j)
                .is_some_and(|p| !opens_adverbial(doc.word(p)) && clause_follows(doc, p, b))
        {
            return Some(j);
        }
        // "told reporters the port would reopen": an article that opens
        // a clause with a verb of its own.
        // (Not after a preposition: "told Reuters in an interview the
        // ..."; not a verb of a relative clause: "told them the need to
        // pass the budget, which has been held up".)
        if n >= first
            && told
            && lower_in(w, &["the", "a", "an", "this", "these", "those", "some", "most", "all"])
            && doc.prev_solid(j).is_some_and(|p| {
                !opens_adverbial(doc.word(p))
                    && clause_follows(doc, p, b)
                    && (j..b)
                        .filter(|&x| doc.is_word(x))
                        .take_while(|&x| !is_auxiliary(doc.word(x)) && !is_past_form(doc.word(x)))
                        .all(|x| !lower_in(doc.word(x), RELATIVES))
            })
        {
            return Some(j);
        }
        // "told reporters hospitals would set aside beds", "told them
        // there was no deal": a plural noun or "there" and at once an
        // auxiliary.
        // The recipient must end right before: a name right after the cue
        // ("told Reuters there was"), an object pronoun or a noun of an
        // audience ("told reporters hospitals would"; not "told a news
        // conference Eurocheque cards can", "told reporters major nations
        // have").
        let after_recipient = || {
            doc.prev_solid(j).is_some_and(|p| {
                let pw = doc.word(p);
                (doc.is_cap(p) && doc.prev_solid(p) == Some(k))
                    || lower_in(pw, &["them", "him", "her", "us", "me", "you"])
                    || lower_in(pw, AUDIENCE_NOUNS)
            })
        };
        // (A singular noun too after a name or an audience: "told analysts
        // output would recover"; not after "her", which may own it.)
        let plural = w == "there" || (w.len() > 3 && w.ends_with('s') && !is_auxiliary(w));
        let singular = w.len() > 3
            && !is_auxiliary(w)
            && !FUNCTION.contains(&w)
            && !w.ends_with("ly")
            && !is_past_form(w)
            && doc.prev_solid(j).is_some_and(|p| {
                (doc.is_cap(p) && doc.prev_solid(p) == Some(k))
                    || lower_in(doc.word(p), AUDIENCE_NOUNS)
            });
        if n >= first
            && told
            && !doc.is_cap(j)
            && (plural || singular)
            && doc.next_solid(j).is_some_and(|x| x < b && is_auxiliary(doc.word(x)))
            && after_recipient()
        {
            return Some(j);
        }
        // "told them Clinton has a number of ...": a name and at once an
        // auxiliary.
        if n >= first && told && doc.is_cap(j) {
            let mut e = j;
            while let Some(x) = doc.next_solid(e).filter(|&x| x < b && doc.is_cap(x)) {
                e = x;
            }
            if doc.next_solid(e).is_some_and(|x| x < b && is_auxiliary(doc.word(x))) {
                return Some(j);
            }
        }
        j = doc.next_solid(j)?;
    }
    None
}

/// "KCNA quoted leader Kim Jong Un as saying ...", "The Times quoted her as
/// saying ...": the one quoted speaks, not the medium. `k` is the cue
/// "saying"; the object stands between "quoted" or "cited" and "as".
fn quoted_as_saying(sieve: &Sieve<'_, '_>, a: usize, k: usize) -> Option<Who> {
    let doc = sieve.doc;
    if !doc.word(k).eq_ignore_ascii_case("saying") {
        return None;
    }
    let as_ = doc.prev_solid(k).filter(|&x| x > a && doc.word(x).eq_ignore_ascii_case("as"))?;
    let end = doc.prev_solid(as_).filter(|&e| e > a)?;
    let verb = (a..end).rev().take(12).find(|&j| {
        lower_in(doc.word(j), &["quoted", "cited", "quotes", "cites", "quoting", "citing"])
    })?;
    // A mention that ends right before "as", the object itself, with at
    // most title words before it ("quoted police spokesman Umar Shelling
    // as saying"; not "quoted a source close to Reagan", "was quoted by
    // the SPA as saying").
    if let Some(c) = doc.cand_at(doc.tokens[end].span.start).filter(|c| {
        let start = doc.token_at(c.span.start);
        c.span.end == doc.tokens[end].span.end
            && matches!(c.kind, EntityKind::Person | EntityKind::Institution)
            && start > verb
            && (verb + 1..start).all(|j| {
                !doc.is_word(j)
                    || is_determiner(doc, j)
                    || is_title_word(doc.word(j))
                    || SPEAKER_NOUN_SET.has(&lower(doc.word(j)))
                    || (doc.is_cap(j) && !lower_in(doc.word(j), &["by"]))
            })
    }) {
        return Some(Who::Mention(c.span, c.target));
    }
    let w = doc.word(end);
    let gender = match lower(w).as_ref() {
        "him" => Some(true),
        "her" => Some(false),
        "them" => None,
        // Other words: the object's words ("quoted a source close to the
        // talks as saying").
        _ => {
            let first = doc.next_solid(verb).filter(|&f| f <= end && is_determiner(doc, f))?;
            let words = (first..=end).filter(|&j| doc.is_word(j)).count();
            return (words <= 10).then(|| {
                Who::Words(Span::new(doc.tokens[first].span.start, doc.tokens[end].span.end))
            });
        }
    };
    (doc.prev_solid(end) == Some(verb)).then(|| {
        Who::Pronoun(
            doc.tokens[end].span,
            if w.eq_ignore_ascii_case("them") { None } else { gender },
        )
    })
}

/// `CONTENT, as X CUE[, ...]`: the words before the "as" clause, when there
/// are at least four of them, were said ("Therefore, as our scientists
/// said, ..." leaves the content after the clause).
fn content_before_as(
    sieve: &mut Sieve<'_, '_>,
    a: usize,
    k: usize,
    cue_end: usize,
    who: &Who,
) -> Option<RawQuote> {
    let doc = sieve.doc;
    if !as_clause(doc, a, who_span(who)) {
        return None;
    }
    // (A verb of saying: not "..., as investors worried about losing
    // Apple", an "as" of cause.)
    // (Or of evidence: "..., as the figures show".)
    let w = doc.word(k);
    const EVIDENCE: &[&str] = &[
        "show",
        "shows",
        "showed",
        "suggest",
        "suggests",
        "indicate",
        "indicates",
        "indicated",
        "confirm",
        "confirms",
        "confirmed",
        "demonstrate",
        "demonstrates",
    ];
    // (Which ends its clause: not "as polls show Clinton with an
    // advantage".)
    let evidence = lower_in(w, EVIDENCE)
        && doc.next_solid(cue_end).is_none_or(|n| !doc.is_word(n) && doc.word(n) != "\"");
    if !(lower_in(w, AS_SAID) || verb_of_saying(w) || evidence) {
        return None;
    }
    let as_tok = (a..doc.token_at(who_span(who).start))
        .rev()
        .find(|&j| doc.word(j).eq_ignore_ascii_case("as"))?;
    let comma = doc.prev_solid(as_tok).filter(|&c| c > a && doc.word(c) == ",")?;
    // "..., as it sought to support growth": a verb with a complement of
    // its own says nothing of the words before it.
    if doc.next_solid(cue_end).is_some_and(|x| matches!(doc.word(x), "to" | "that")) {
        return None;
    }
    // The clause ends the sentence or a modifier follows ("..., including
    // ..."); before a main clause ("Even when people get vaccinated, as
    // the minister said, they ...") the whole sentence was said.
    let mut n = cue_end;
    for _ in 0..4 {
        match doc.next_solid(n) {
            Some(x) if doc.is_word(x) => n = x,
            _ => break,
        }
    }
    if let Some(x) = doc.next_solid(n).filter(|&x| doc.word(x) == ",") {
        let w = doc.next_solid(x).map_or("", |y| doc.word(y));
        let modifier = w.ends_with("ing")
            || matches!(
                lower(w).as_ref(),
                "especially" | "particularly" | "such" | "which" | "and"
            );
        if !modifier {
            return None;
        }
    }
    let last = doc.prev_solid(comma).filter(|&x| x >= a)?;
    // Within dashes, the aside is what was said: "... roots - Mrs.
    // Clinton's father grew up here, as she said - any rancor ...".
    let first = (a..comma)
        .rev()
        .find(|&j| is_dash(doc.word(j)) || matches!(doc.word(j), "-" | ";"))
        .and_then(|d| doc.next_solid(d))
        .unwrap_or(a);
    let content = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
    if word_count(doc, content) < 4 || doc.text[content].contains(['"', '“', '”', '«', '»']) {
        return None;
    }
    Some(sieve.said(*who, k, cue_end, content, (as_tok, k)))
}

/// Whether token `j` is the "to" of an infinitive: "to donate", not "to
/// the network" or "to me".
fn infinitive_at(doc: &Doc<'_>, j: usize, b: usize) -> bool {
    // (A quote may open on the verb: `urged Washington to "abide by ..."`.)
    let next = doc.next_solid(j).map(|x| {
        if doc.tokens[x].kind == TokenKind::Quote(QuoteSide::Open) {
            doc.next_solid(x).unwrap_or(x)
        } else {
            x
        }
    });
    doc.word(j) == "to"
        && next.filter(|&x| x < b).is_some_and(|next| {
            doc.is_word(next)
                && !doc.is_cap(next)
                && !is_determiner(doc, next)
                && !matches!(
                    lower(doc.word(next)).as_ref(),
                    "me" | "us" | "you" | "him" | "them" | "it" | "his" | "my" | "your" | "some"
                )
        })
}

/// Before a finding cue at `k` ("showed", "found"), the source of the
/// finding a few words back, past its modifiers: "The report published
/// Tuesday showed", "An analysis by Politifact of elections since 1972
/// showed", "polls by Quinnipiac University that showed".
fn evidence_before(doc: &Doc<'_>, a: usize, k: usize) -> Option<Who> {
    if !lower_in(doc.word(k), FINDING_CUES) {
        return None;
    }
    let mut q = k;
    for _ in 0..14 {
        q = doc.prev_solid(q).filter(|&x| x >= a)?;
        if !doc.is_word(q) && doc.tokens[q].kind != TokenKind::Number && doc.word(q) != "-" {
            return None;
        }
        if EVIDENCE_NOUN_SET.has(doc.word(q)) {
            return Some(Who::Words(noun_phrase(doc, a, q)));
        }
    }
    None
}

/// The speaker in `from..=stop` when nothing that can be a verb follows it:
/// "said Mr. Barrett", "said a spokesman for the ministry", not "said
/// parents still want schools".
fn speaker_alone(sieve: &Sieve<'_, '_>, from: usize, stop: usize) -> Option<Who> {
    let doc = sieve.doc;
    // "..., noted NBC's Dante Chinni": the person after a body's
    // possessive.
    let owner = doc.next_solid(from.saturating_sub(1)).filter(|&f| {
        f >= from && f < stop && doc.is_cap(f) && possessive_stem(doc.word(f)).is_some()
    });
    if let Some(f) = owner {
        let person = doc
            .next_solid(f)
            .and_then(|n| doc.cand_starting(n))
            .filter(|c| c.kind == EntityKind::Person && doc.token_at(c.span.end - 1) <= stop);
        if let Some(c) = person {
            return speaker_alone(sieve, doc.token_at(c.span.start), stop);
        }
    }
    sieve.who_in(from, stop + 1).filter(|w| {
        let span = who_span(w);
        let last = doc.token_at(span.end - 1);
        // ("said his client would appeal": a clause, not a speaker; nor
        // are words after one: "said it would appeal".)
        if (from..=last).any(|j| doc.is_word(j) && is_auxiliary(doc.word(j))) {
            return false;
        }
        doc.next_solid(last).filter(|&n| n <= stop).is_none_or(|n| {
            matches!(
                lower(doc.word(n)).as_ref(),
                "(" | "'s" | "’s" | "of" | "at" | "for" | "from" | "in" | "on" | "with"
            ) && !verb_follows(doc, n, stop)
        })
    })
}

/// Whether a verb of its own follows a speaker's phrase in `from..=stop`
/// with no relative pronoun before it: "said the Tax Reform Act of 1986
/// has limited ..." is what was said, while "said Anna Petrova of the
/// union, which has ..." names a speaker.
fn verb_follows(doc: &Doc<'_>, from: usize, stop: usize) -> bool {
    (from..=stop)
        .filter(|&j| doc.is_word(j))
        .take_while(|&j| !lower_in(doc.word(j), RELATIVES))
        .any(|j| is_auxiliary(doc.word(j)))
}

/// The plain verbs of saying and telling, never nouns: "Moody's said" is
/// a company speaking, and they may govern an attribution far back.
const SAY_OR_TELL: &[&str] = &["said", "says", "told", "tells"];

/// The forms of "be": a participle after one is passive ("was asked",
/// "is confirmed").
const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Relative pronouns: a verb after one belongs to the relative clause.
const RELATIVES: &[&str] = &["who", "that", "which", "whose"];

/// Whether `w` is a verb of saying that may come before its subject
/// ([`INVERTING`], [`INVERTING_TOO`]).
pub(crate) fn verb_of_saying(w: &str) -> bool {
    lower_in(w, INVERTING) || lower_in(w, INVERTING_TOO)
}

/// Verbs of saying that come before their subject less often than
/// [`INVERTING`] does, but do: "..., asked the mayor", "..., replied Ms
/// Lund".
const INVERTING_TOO: &[&str] = &[
    "say",
    "asked",
    "asks",
    "wondered",
    "observed",
    "remarked",
    "replied",
    "responded",
    "answered",
    "declared",
    "announced",
    "concluded",
    "stressed",
    "emphasized",
    "emphasised",
    "conceded",
    "admitted",
    "commented",
    "quipped",
    "joked",
    "recounted",
    "predicted",
    "cautioned",
    "countered",
    "claimed",
    "reported",
    "stated",
    "explains",
    "observes",
    "tweeted",
    "agreed",
    "suggested",
    "complained",
    "confirmed",
    "insists",
    "warns",
    "reckons",
    "reckoned",
    "estimated",
    "estimates",
    "believes",
    "thinks",
    "predicts",
];

/// Verbs of saying that may come before their speaker: "..., said Anna
/// Petrova, director of ...".
pub(crate) const INVERTING: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "noted",
    "notes",
    "wrote",
    "writes",
    "explained",
    "argued",
    "continued",
    "recalled",
    "insisted",
    "warned",
    "acknowledged",
];

/// Whether bare words after the cue at `k` (`start..=end`) are no content
/// but the rest of an attribution that follows its content: the speaker of
/// "..., said one source in the room." (the cue right after a comma, a
/// speaker at once, up to the sentence's end), or a time and a clause of
/// the reporter ("..., lawmakers said Friday afternoon, as they ...").
fn inverted_or_adverbial(
    sieve: &Sieve<'_, '_>,
    k: usize,
    start: usize,
    end: usize,
    b: usize,
) -> bool {
    let doc = sieve.doc;
    let words = (start..=end).filter(|&j| doc.is_word(j)).count();
    let to_end =
        doc.next_solid(end).is_none_or(|n| n >= b || doc.tokens[n].kind == TokenKind::Punct);
    // A participle never inverts: ", praising the workers of the port" is
    // what was praised, not who praised.
    let participle = doc.word(k).ends_with("ing");
    if doc.prev_solid(k).is_some_and(|p| doc.word(p) == ",") && to_end && !participle {
        let lead = (start..=end).filter(|&j| doc.is_word(j)).take(3).last().unwrap_or(start);
        // An apposition after the speaker may be long: "..., said Anna
        // Petrova, director of the University of Tartu's Center for
        // Politics."
        // Only a verb of saying inverts so, the speaker comes first but for
        // an article or a title, and the apposition has no verb of its own
        // ("said the council, the Treasury and other agencies held a
        // meeting" is what was said).
        let comma = (start..=end).find(|&j| doc.word(j) == ",").filter(|&c| c > start);
        let (stop, limit) = match comma {
            Some(c) => (c - 1, 25),
            None => (end, 10),
        };
        let apposition = |c: usize, who: &Who| {
            let at = doc.token_at(who_span(who).start);
            // "..., the lawyer for ..." after a name, not after a body ("said
            // the council, the Treasury and other agencies held ...").
            let opens = doc.next_solid(c).is_some_and(|n| match lower(doc.word(n)).as_ref() {
                "a" | "an" | "who" => true,
                "the" => {
                    (is_person(doc, who) || (matches!(who, Who::Words(_)) && doc.is_cap(at)))
                        && !is_determiner(doc, at)
                }
                w => is_title_word(w) || SPEAKER_NOUN_SET.has(w),
            });
            opens
                && lower_in(doc.word(k), INVERTING)
                && (start..at)
                    .all(|j| !doc.is_word(j) || is_determiner(doc, j) || is_title_word(doc.word(j)))
                && !verb_follows(doc, c, end)
        };
        // (Not "said on CNN, where he is a contributor, that ...".)
        if words <= limit
            && !opens_adverbial(doc.word(start))
            && speaker_alone(sieve, start, stop).is_some_and(|w| {
                doc.token_at(who_span(&w).start) <= lead && comma.is_none_or(|c| apposition(c, &w))
            })
        {
            return true;
        }
    }
    let w = doc.word(start);
    if opens_adverbial(w) || is_day_or_month(w) {
        let comma = (start..=end)
            .filter(|&j| doc.is_word(j) || doc.word(j) == ",")
            .take(5)
            .find(|&j| doc.word(j) == ",");
        if let Some(c) = comma {
            return doc.next_solid(c).is_some_and(|n| {
                let nw = lower(doc.word(n));
                matches!(
                    nw.as_ref(),
                    "as" | "while" | "when" | "after" | "before" | "because" | "adding" | "saying"
                ) || nw.ends_with("ing")
            });
        }
    }
    false
}

/// Whether the words after a cue (`cue_start..=cue_end`) up to `stop`
/// close an attribution: nothing, an adverbial ("in an interview",
/// "Friday afternoon"), or after "told" a recipient of up to three words
/// and perhaps an adverbial ("told reporters on Tuesday").
fn attribution_tail(doc: &Doc<'_>, cue_start: usize, cue_end: usize, stop: usize) -> bool {
    let adverbial = |w: &str| opens_adverbial(w) || is_day_or_month(w);
    let Some(mut n) = doc.next_solid(cue_end).filter(|&n| n <= stop) else { return true };
    if adverbial(doc.word(n)) {
        return true;
    }
    let recipient = lower(doc.word(cue_start));
    if !matches!(recipient.as_ref(), "told" | "tells" | "tell") {
        return false;
    }
    // "told reporters", "told The Wall Street Journal", "told the
    // Associated Press news agency"; not what was told ("told a joke",
    // "told the story").
    const TOLD_THINGS: &[&str] = &[
        "joke",
        "jokes",
        "story",
        "stories",
        "lie",
        "lies",
        "truth",
        "tale",
        "tales",
        "anecdote",
        "anecdotes",
    ];
    for _ in 0..6 {
        if !doc.is_word(n) || lower_in(doc.word(n), TOLD_THINGS) {
            return false;
        }
        match doc.next_solid(n).filter(|&x| x <= stop) {
            None => return true,
            // "told him about the plan": the topic of what was told.
            Some(x) if doc.word(x) == "about" => return false,
            Some(x) if adverbial(doc.word(x)) => return true,
            Some(x) => n = x,
        }
    }
    false
}

/// A "that" within eight words after the cue ending at `cue_end` (fourteen
/// after "told"), before any quote mark, colon or other cue ("said Macron
/// believes that": the "that" belongs to the inner verb).
fn that_soon(doc: &Doc<'_>, cue_end: usize, b: usize) -> Option<usize> {
    let start = doc.next_solid(cue_end)?;
    // A recipient may be long: "told The Post and Courier newspaper of
    // Charleston on Saturday that".
    let cue = doc.prev_solid(start).unwrap_or(start);
    let limit = if lower_in(doc.word(cue), &["told", "tells", "tell", "telling"]) { 14 } else { 8 };
    // A recipient may name a show in quotes: `told MSNBC's "Morning Joe"
    // that`.
    let told = limit == 14;
    let mut j = start;
    for _ in 0..limit {
        if j >= b || doc.word(j) == ":" {
            return None;
        }
        if matches!(doc.tokens[j].kind, TokenKind::Quote(_)) {
            // Only a short title that "that" follows right after it, or
            // after a time (`told MSNBC's "Morning Joe" on Friday that`).
            let close = (j + 1..b.min(j + 14))
                .find(|&m| matches!(doc.tokens[m].kind, TokenKind::Quote(_)))
                .filter(|&m| told && that_after_time(doc, m, b));
            j = close?;
        }
        // ("told a press conference later that day that ...": "that"
        // before a time word is a demonstrative.)
        let demonstrative = || {
            doc.next_solid(j).is_some_and(|n| {
                lower_in(
                    doc.word(n),
                    &[
                        "day",
                        "week",
                        "month",
                        "year",
                        "morning",
                        "afternoon",
                        "evening",
                        "night",
                        "time",
                    ],
                )
            }) && doc.prev_solid(j).is_some_and(|p| {
                lower_in(
                    doc.word(p),
                    &[
                        "later", "earlier", "on", "at", "by", "during", "until", "since", "from",
                        "in",
                    ],
                )
            })
        };
        if doc.word(j) == "that" && !demonstrative() {
            return Some(j);
        }
        // (A cue word after an article or an owner is a noun: "said in
        // its recall filing that"; a "that" right after it is the noun's:
        // "said, despite a forecast that ...".)
        // (Within an adverbial only: "told a House subcommittee USDA was
        // developing a proposed change ... that" keeps its cue.)
        if j > start && cue_at(doc, j).is_some() {
            let noun = opens_adverbial(doc.word(start))
                && doc.prev_solid(j).is_some_and(|p| {
                    lower_in(doc.word(p), &["the", "a", "an", "its", "his", "her", "their", "our"])
                });
            if !noun || doc.next_solid(j).is_some_and(|n| doc.word(n) == "that") {
                return None;
            }
        }
        // "went on to win that year": a "that" after an infinitive is the
        // infinitive's ("to reporters", a plural, is no infinitive).
        if infinitive_at(doc, j, b)
            && doc.next_solid(j).is_some_and(|v| !doc.word(v).ends_with('s'))
        {
            return None;
        }
        j = doc.next_solid(j)?;
    }
    None
}

/// Whether "that" follows token `m`, right after it or past a time of up
/// to three words ("on Friday", "this week", "Tuesday").
fn that_after_time(doc: &Doc<'_>, m: usize, b: usize) -> bool {
    let mut j = m;
    for _ in 0..4 {
        let Some(n) = doc.next_solid(j).filter(|&n| n < b && doc.is_word(n)) else { return false };
        let w = doc.word(n);
        if w == "that" {
            return true;
        }
        let time = is_day_or_month(w)
            || matches!(
                lower(w).as_ref(),
                "on" | "this" | "last" | "week" | "month" | "today" | "yesterday" | "earlier"
            );
        if !time {
            return false;
        }
        j = n;
    }
    false
}

/// Whether the cue at `k` is a participle right after a comma ("...,
/// saying that", "..., arguing"): its subject is the sentence's.
fn participle_after_comma(doc: &Doc<'_>, k: usize) -> bool {
    participle_comma(doc, k).is_some()
}

/// The comma that opens the clause of a participle at `k` that goes on
/// with the subject's own acts: right before it, or before an adverb or a
/// preposition ("..., even suggesting", "..., aside from saying", "...,
/// before adding").
fn participle_comma(doc: &Doc<'_>, k: usize) -> Option<usize> {
    if !doc.word(k).ends_with("ing") {
        return None;
    }
    let p = doc.prev_solid(k)?;
    let w = doc.word(p);
    if w == "," {
        return Some(p);
    }
    let q = doc.prev_solid(p)?;
    let comma = |q: usize| (doc.word(q) == ",").then_some(q);
    match w {
        "even" | "also" | "again" | "further" | "later" | "then" | "repeatedly" | "before"
        | "after" | "besides" | "by" => comma(q),
        "from" if matches!(doc.word(q), "aside" | "apart") => comma(doc.prev_solid(q)?),
        _ => None,
    }
}

/// Whether the cue at `k` is a participle after a comma or a preposition
/// of time or manner ("sings to Clinton before asking her", "began by
/// saying"): its subject is the sentence's, not the words before it.
fn participle_of_subject(doc: &Doc<'_>, k: usize) -> bool {
    doc.word(k).ends_with("ing")
        && doc.prev_solid(k).is_some_and(|p| {
            matches!(doc.word(p), "," | "before" | "after" | "while" | "by" | "without" | "when")
        })
}

/// Whether token `q` is a participle that opens a modifier of the speaker
/// ("A union representing dock workers"), not a cue.
fn modifier_participle(doc: &Doc<'_>, q: usize) -> bool {
    // (Not a title's word: "Bayern sporting director Max Eberl", "the
    // managing director".)
    doc.word(q).ends_with("ing")
        && !doc.is_cap(q)
        && cue_at(doc, q).is_none()
        && !TITLE_MODIFIER_SET.has(doc.word(q))
}

/// Prepositions and the adjectives of a document's date or state that
/// [`Sieve::with_modifiers`] leaves out ("preliminary government figures"
/// speak for the government).
const NOT_MODIFIERS: &[&str] = &[
    "toward",
    "towards",
    "onto",
    "upon",
    "across",
    "among",
    "within",
    "around",
    "between",
    "latest",
    "preliminary",
    "official",
    "final",
    "new",
    "recent",
    "current",
    "previous",
    "former",
    "earlier",
    "last",
    "next",
    "marginal",
    "provisional",
    "unofficial",
    "revised",
];

/// Words that end no speaker's noun phrase.
const FUNCTION: &[&str] = &[
    "it", "there", "this", "that", "which", "what", "who", "and", "or", "but", "as", "if", "than",
    "then", "so", "to", "of", "in", "on", "at", "for", "with", "by", "from", "not", "also", "is",
    "are", "was", "were", "be", "been", "being", "has", "have", "had", "i", "we", "you", "me",
    "us", "must", "should", "can", "could", "may", "might", "will", "would", "am", "without",
    "about", "into", "over", "under", "through", "after", "before", "against", "much", "very",
    "really", "only",
];

/// The noun phrase that ends right before the cue at `k` (over auxiliaries
/// and adverbs), when its last word is a content word: "Sanders fans",
/// "the company".
fn plain_noun_before(doc: &Doc<'_>, a: usize, k: usize) -> Option<Who> {
    let mut p = doc.prev_solid(k).filter(|&p| p >= a)?;
    // "Several candidates, including Trump, said": the head before an
    // apposition that lists members; "The justice -- who has been ... --
    // said": before an aside between dashes.
    if doc.word(p) == "," {
        let open = (a..p).rev().take(24).find(|&j| doc.word(j) == ",")?;
        // ... and the head before a relative clause or an age: "A farmer,
        // who asked not to be named, said", "A local farmer, 42, said".
        let members = doc.next_solid(open).is_some_and(|n| {
            lower_in(doc.word(n), &["including", "among", "like", "such", "who", "whose"])
                || (doc.tokens[n].kind == TokenKind::Number && doc.next_solid(n) == Some(p))
        });
        if !members {
            return None;
        }
        p = doc.prev_solid(open).filter(|&x| x >= a)?;
    } else if let Some(before) = before_dash_aside(doc, a, p) {
        p = before?;
    }
    p = skip_between(doc, a, p)?;
    // "Some 56 percent of voters polled said", "those surveyed say": the
    // participle closes the phrase of the people asked.
    let asked = doc.is_word(p)
        && matches!(
            lower(doc.word(p)).as_ref(),
            "polled" | "surveyed" | "interviewed" | "questioned" | "asked" | "contacted"
        );
    let end = p;
    if asked {
        p = doc.prev_solid(p).filter(|&x| x >= a)?;
    }
    let w = doc.word(p);
    // "About 4 in 10 say", "One in three said": a number may end the
    // phrase.
    let number = doc.tokens[p].kind == TokenKind::Number
        || (lower_in(w, crate::lexicon::NUMBER_WORDS)
            && doc.prev_solid(p).is_some_and(|x| x > a && doc.word(x) == "in"));
    if !(doc.is_word(p) || number)
        || lower_in(w, FUNCTION)
        || is_determiner(doc, p)
        || w.ends_with("ing")
        || (w.ends_with("ed") && !doc.is_cap(p))
        // "the police's earlier claim that": an owner, and the cue a noun.
        || w.ends_with("'s")
        || w.ends_with("’s")
    {
        return None;
    }
    let phrase = noun_phrase(doc, a, p);
    let start =
        joined_start(doc, a, phrase.start, &["and", "or", "of", "for", "from", "with", "in"]);
    Some(Who::Words(Span::new(start, phrase.end.max(doc.tokens[end].span.end))))
}

/// Where the phrase starting at byte `start` starts with the phrases
/// joined to it by one of `joins`, within `a..`: "Russia and China said", "Bush and his
/// rivals for the nomination have said", "White House and Pentagon
/// spokesmen said": the whole pair speaks, with the modifiers of its head.
fn joined_start(doc: &Doc<'_>, a: usize, mut start: usize, joins: &[&str]) -> usize {
    for _ in 0..3 {
        let Some(y) = doc
            .prev_solid(doc.token_at(start))
            .filter(|&x| {
                x >= a
                    && (joins.contains(&doc.word(x))
                        // "Six in 10 farmers": a count.
                        || (doc.word(x) == "in"
                            && doc.tokens[doc.token_at(start)].kind == TokenKind::Number))
            })
            .and_then(|x| doc.prev_solid(x))
            .filter(|&y| {
                y >= a
                    && (doc.is_word(y) || doc.tokens[y].kind == TokenKind::Number)
                    && !lower_in(doc.word(y), FUNCTION)
            })
        else {
            break;
        };
        start = noun_phrase(doc, a, y).start;
    }
    start
}

/// Whether a clause opens right after the cue ending at `cue_end`: a
/// subject (any word but a preposition, a conjunction or an adverb) and,
/// within ten words, an auxiliary, a modal or a verb in "-ed" ("said the
/// other side would be responsible", "say business is poor"), before any
/// punctuation.
fn clause_follows(doc: &Doc<'_>, cue_end: usize, b: usize) -> bool {
    let Some(first) = doc.next_solid(cue_end).filter(|&f| f < b) else { return false };
    // Any word but a preposition, conjunction or adverb may open the
    // subject ("say business is poor").
    let subject = doc.tokens[first].kind == TokenKind::Number
        || (doc.is_word(first)
            && !opens_adverbial(doc.word(first))
            && !lower_in(
                doc.word(first),
                &[
                    "of", "for", "about", "and", "or", "but", "as", "so", "not", "no", "yes",
                    "into", "up", "out", "off", "that", "which", "what", "how", "why", "when",
                    "where", "whether", "if", "than", "it",
                ],
            ));
    // "said it was no big deal", "said it's over": "it" with a verb after
    // it (not "said it again").
    let lw = lower(doc.word(first));
    let (head, glued) = match lw.split_once(['\'', '’']) {
        Some((h, _)) => (h, true),
        None => (lw.as_ref(), false),
    };
    if head == "it" {
        return glued || doc.next_solid(first).is_some_and(|n| n < b && is_auxiliary(doc.word(n)));
    }
    if !subject {
        return false;
    }
    // "say they want lower taxes", "said they're likely to": a personal
    // pronoun is a subject.
    if matches!(head, "he" | "she" | "they" | "we" | "i") {
        return true;
    }
    let mut j = first;
    let mut asides = 0;
    for _ in 0..10 {
        let Some(mut n) = doc.next_solid(j).filter(|&n| n < b) else { return false };
        // "said the tapes, if they exist, could prove ...": one aside
        // between commas after the subject.
        if doc.word(n) == "," && asides == 0 {
            asides += 1;
            let close = (n + 1..b).take(40).find(|&x| doc.word(x) == ",");
            n = close.and_then(|c| doc.next_solid(c)).filter(|&x| x < b).unwrap_or(n);
        }
        if !doc.is_word(n) && doc.tokens[n].kind != TokenKind::Number {
            return false;
        }
        let w = doc.word(n);
        // A verb in the past after the subject's words: "said the
        // minister used a private account" (not "said the proposed rule").
        let past = is_past_form(w) && !doc.is_cap(n) && !is_determiner(doc, j);
        if is_auxiliary(w) || w.ends_with("'ll") || w.ends_with("’ll") || past {
            return true;
        }
        j = n;
    }
    false
}

/// Whether, after the cue's comma at `comma`, a short aside closed by a
/// comma comes before a clause: "says, win or lose in Tuesday's primary,
/// he is staying", "said, if elected, she would ask ...". The aside holds
/// ten words at most and no cue or quote mark.
fn aside_then_clause(doc: &Doc<'_>, comma: usize, b: usize) -> bool {
    let Some(close) = (comma + 1..b).take(24).find(|&j| doc.word(j) == ",") else {
        return false;
    };
    let aside = comma + 1..close;
    let words = aside.clone().filter(|&j| doc.is_word(j)).count();
    (1..=10).contains(&words)
        && aside.clone().all(|j| {
            !matches!(doc.tokens[j].kind, TokenKind::Quote(_))
                && (!doc.is_word(j) || cue_at(doc, j).is_none())
        })
        && clause_follows(doc, close, b)
}

/// After a verb of request ("asked", "urged", "told"), a recipient of at
/// most seven words and then "to" and a verb, or "whether"/"if": the token
/// that opens what was asked.
fn request_after_recipient(doc: &Doc<'_>, k: usize, start: usize, b: usize) -> Option<usize> {
    const REQUESTS: &[&str] = &[
        "ask", "urg", "tell", "told", "encourag", "invit", "press", "warn", "advis", "beg",
        "implor", "order", "instruct", "remind", "challeng", "request", "appeal",
    ];
    let verb = lower(doc.word(k));
    if !REQUESTS.iter().any(|r| verb.starts_with(r)) {
        return None;
    }
    let mut j = start;
    for n in 0..8 {
        if j >= b || !doc.is_word(j) {
            return None;
        }
        let w = doc.word(j);
        if n > 0 && matches!(w, "whether" | "if") {
            return Some(j);
        }
        if n > 0 && w == "to" {
            // ("urged residents not to waste water": the negation is what
            // was asked.)
            let not = doc
                .prev_solid(j)
                .filter(|&p| p > start && lower_in(doc.word(p), &["not", "never"]));
            return infinitive_at(doc, j, b).then_some(not.unwrap_or(j));
        }
        j = doc.next_solid(j)?;
    }
    None
}

/// Dashes that introduce a quote's author after it.
fn is_dash(w: &str) -> bool {
    matches!(w, "—" | "―" | "–" | "--")
}

/// `"…" — Sonya Herridge`: a dash right after the closing mark `c` (or at
/// the start of the next line), then a
/// person (or a name no list holds) of at most five words that ends the
/// line, the sentence, or meets the next quote. Gives the dash token, the
/// speaker and the speaker's last token.
fn dash_byline(sieve: &Sieve<'_, '_>, c: usize) -> Option<(usize, Who, usize)> {
    let doc = sieve.doc;
    // (`"…"\n— Laura Chen, founder and CEO`: or on the next line.)
    // (A hyphen opens a byline only on a line of its own: "- The
    // Honourable Mélanie Joly, Minister of Foreign Affairs".)
    // (`"…" (Tom Becker, founder)`: or a parenthesis that names the
    // speaker and closes on the line.)
    let paren = doc.next_on_line(c).filter(|&d| {
        doc.word(d) == "("
            && (d + 1..doc.tokens.len().min(d + 40))
                .take_while(|&k| doc.tokens[k].kind != TokenKind::LineBreak)
                .any(|k| doc.word(k) == ")")
    });
    let dash = doc.next_on_line(c).filter(|&d| is_dash(doc.word(d))).or(paren).or_else(|| {
        let n = doc.next_solid(c)?;
        let one_break = (c + 1..n).all(|k| doc.tokens[k].is_space())
            && (c + 1..n).filter(|&k| doc.tokens[k].kind == TokenKind::LineBreak).count() == 1
            && (c + 1..n).all(|k| !doc.tokens[k].is_paragraph_break());
        one_break.then_some(n).filter(|&d| is_dash(doc.word(d)) || doc.word(d) == "-")
    })?;
    let mut first = doc.next_on_line(dash)?;
    // "The Honourable", "Hon.": a style before the name.
    if doc.word(first) == "The"
        && doc.next_on_line(first).is_some_and(|n| {
            lower_in(doc.word(n), &["honourable", "honorable", "hon", "right", "rt"])
        })
    {
        first = doc.next_on_line(first)?;
    }
    if lower_in(doc.word(first), &["honourable", "honorable", "hon"]) {
        first = doc.next_on_line(first)?;
        if doc.word(first) == "." {
            first = doc.next_on_line(first)?;
        }
    }
    let (who, last) = match doc.cand_starting(first) {
        Some(m) if m.kind == EntityKind::Person => {
            (Who::Mention(m.span, m.target), doc.token_at(m.span.end - 1))
        }
        Some(_) => return None,
        None => {
            if !is_name_like(doc, first) {
                return None;
            }
            let mut e = first;
            while let Some(n) = doc.next_on_line(e) {
                if is_name_like(doc, n) {
                    e = n;
                    continue;
                }
                // A middle initial, with or without its period: "Julie A.
                // Diaz", "Christina N Luis".
                if doc.word(n).chars().nth(1).is_some() || !doc.is_cap(n) {
                    break;
                }
                let n = if is_initial(doc, n) { n + 1 } else { n };
                match doc.next_on_line(n).filter(|&m| is_name_like(doc, m)) {
                    Some(m) => e = m,
                    None => break,
                }
            }
            if e - first > 8 {
                return None;
            }
            let span = Span::new(doc.tokens[first].span.start, doc.tokens[e].span.end);
            (Who::Words(span), e)
        }
    };
    // What follows the name: the end of the line or text, a full stop, a
    // comma and more about the person, or the next quote.
    let ends = match doc.next_solid(last) {
        None => true,
        Some(n) => {
            (n > last + 1 && (last + 1..n).any(|k| doc.tokens[k].as_str().contains('\n')))
                || matches!(doc.word(n), "." | "," | ";" | "(")
                || matches!(doc.tokens[n].kind, TokenKind::Quote(_))
                || (paren.is_some() && doc.word(n) == ")")
        }
    };
    // (In parentheses, a name of two words or more, then its role or the
    // closing mark: not a translation, "(Men, women: ...)".)
    let named = paren.is_none()
        || (doc.token_at(who_span(&who).start) < last
            && doc.next_solid(last).is_some_and(|n| matches!(doc.word(n), "," | ")")));
    (ends && named).then_some((dash, who, last))
}

/// The span of a name of two to four words, middle initials allowed, that
/// ends at token `last` and follows a dash or opens the sentence at
/// `s_start` ("... - Michael P. McDonald", "Carl Bialik").
fn byline_name(doc: &Doc<'_>, s_start: usize, last: usize) -> Option<Span> {
    if !is_name_like(doc, last) {
        return None;
    }
    let mut first = last;
    let mut words = 1;
    while let Some(p) = doc.prev_on_line(first).filter(|&p| p >= s_start) {
        // "P." of "Michael P. McDonald".
        if p > 0 && doc.word(p) == "." && is_initial(doc, p - 1) && doc.is_cap(p - 1) {
            first = p - 1;
        } else if is_name_like(doc, p) && cue_at(doc, p).is_none() {
            first = p;
            words += 1;
        } else {
            break;
        }
    }
    let opens = doc.prev_solid(first).is_none_or(|p| {
        p < s_start || is_dash(doc.word(p)) || (doc.word(p) == "-" && !glued(doc, p))
    });
    ((2..=4).contains(&words) && opens)
        .then(|| Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end))
}

/// Whether the mark at `o` opens a quote right after an earlier quote's
/// dash byline (`"…" — Sonya Herridge "…"`): the new quote starts a new
/// utterance, not a fragment of a clause.
fn after_dash_byline(sieve: &Sieve<'_, '_>, o: usize) -> bool {
    let doc = sieve.doc;
    // The previous closing mark, a few tokens back.
    let Some(c) = (o.saturating_sub(16)..o)
        .rev()
        .find(|&k| matches!(doc.tokens[k].kind, TokenKind::Quote(QuoteSide::Close)))
    else {
        return false;
    };
    dash_byline(sieve, c).is_some_and(|(_, _, last)| doc.next_solid(last) == Some(o))
}

/// The noun phrase that ends right before the cue at `k` ("the announcer
/// said"), whatever its noun, as speaker words of last resort.
fn any_noun_before(doc: &Doc<'_>, a: usize, k: usize) -> Option<Who> {
    let p = doc.prev_solid(k).filter(|&p| p >= a && doc.is_word(p))?;
    let w = lower(doc.word(p));
    if NOT_NAME_START_SET.has(&w) || w.ends_with("ly") {
        return None;
    }
    Some(Who::Words(noun_phrase(doc, a, p)))
}

/// The last speaker words in `a..b`.
fn last_who(sieve: &Sieve<'_, '_>, a: usize, b: usize) -> Option<Who> {
    let mut k = b;
    while k > a {
        k -= 1;
        if let Some(w) = sieve.who_in(k, b) {
            // Prefer the nearest mention; keep scanning only while what we
            // have is weaker than a mention.
            if matches!(w, Who::Mention(..)) || k == a {
                return Some(w);
            }
            let earlier = sieve.who_in(a, k);
            return match earlier {
                Some(e @ Who::Mention(..)) if !matches!(w, Who::Pronoun(..)) => Some(e),
                _ => Some(w),
            };
        }
    }
    None
}

/// The person whose apposition the lowercase description `words` is, from
/// token `a` on: "Howard Rubel" before ", an analyst at Jefferies".
fn person_apposed_to(doc: &Doc<'_>, a: usize, words: Span) -> Option<Who> {
    let start = doc.token_at(words.start);
    if doc.is_cap(start) && !is_determiner(doc, start) {
        return None;
    }
    let comma = doc.prev_solid(start).filter(|&c| c > a && doc.word(c) == ",")?;
    let end = doc.prev_solid(comma).filter(|&e| e >= a)?;
    let c = doc.cand_at(doc.tokens[end].span.start)?;
    (c.kind == EntityKind::Person
        && c.span.end == doc.tokens[end].span.end
        && c.span.start >= doc.tokens[a].span.start)
        .then_some(Who::Mention(c.span, c.target))
}

/// Auxiliaries and adverbs that may stand between a speaker and the cue.
const BETWEEN: &[&str] = &[
    "has",
    "have",
    "had",
    "did",
    "does",
    "do",
    "not",
    "never",
    "also",
    "further",
    "again",
    "then",
    "once",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "later",
    "earlier",
    "today",
    "yesterday",
    "on",
    "in",
    "turn",
    "moreover",
    "already",
    "now",
    "still",
    "just",
    "even",
    "often",
    "always",
    "first",
    "cannot",
];

/// The token at or before `p` once auxiliaries, adverbs and a short time
/// ("in 2010", "on Friday") between a speaker and the cue are skipped:
/// "McConnell, who in 2010 said", "has also repeatedly said".
fn skip_between(doc: &Doc<'_>, a: usize, mut p: usize) -> Option<usize> {
    for _ in 0..4 {
        if p <= a {
            break;
        }
        // ("would only say that": "only" before a verb of saying alone;
        // "can only reject an offer" is an act.)
        let only = doc.word(p) == "only"
            && doc.next_solid(p).is_some_and(|n| {
                lower_in(doc.word(n), &["say", "said", "says", "tell", "told", "tells"])
            });
        if doc.is_word(p) && (is_between(doc.word(p)) || only) {
            p = doc.prev_solid(p)?;
            continue;
        }
        let w = doc.word(p);
        // "Wells Fargo just this month announced", "last week said".
        let period = matches!(
            lower(w).as_ref(),
            "month"
                | "week"
                | "year"
                | "weekend"
                | "day"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "past"
        );
        if period {
            // "this past week", "the previous day".
            let mut before = doc.prev_solid(p);
            if let Some(x) = before.filter(|&x| {
                x > a && matches!(lower(doc.word(x)).as_ref(), "past" | "previous" | "coming")
            }) {
                before = doc.prev_solid(x);
            }
            if let Some(x) = before.filter(|&x| {
                x > a
                    && matches!(
                        lower(doc.word(x)).as_ref(),
                        "this" | "last" | "next" | "that" | "the"
                    )
            }) {
                p = doc.prev_solid(x)?;
                continue;
            }
            // "Spicer on Thursday evening said": a day's part after its day.
            if let Some(x) = before
                .filter(|&x| x > a && doc.is_cap(x) && crate::lexicon::is_weekday(doc.word(x)))
            {
                p = x;
                continue;
            }
            // "earlier in the day touted"
            let the = doc.prev_solid(p).filter(|&x| x > a && doc.word(x) == "the");
            if let Some(i) = the
                .and_then(|x| doc.prev_solid(x))
                .filter(|&i| i > a && matches!(doc.word(i), "in" | "during" | "over"))
            {
                p = doc.prev_solid(i)?;
                continue;
            }
        }
        // "Stumpf in a televised interview appeared to": the medium
        // between the subject and its verb.
        if doc.is_word(p) && MEDIUM_NOUN_SET.has(w) {
            let at = std::iter::successors(doc.prev_solid(p), |&x| doc.prev_solid(x))
                .take(4)
                .take_while(|&x| x > a && doc.is_word(x))
                .find(|&x| {
                    matches!(doc.word(x), "in" | "during" | "on" | "at" | "via" | "through")
                });
            if let Some(x) = at {
                p = doc.prev_solid(x)?;
                continue;
            }
        }
        // A year, not a count ("4 in 10 say").
        let year = doc.tokens[p].kind == TokenKind::Number && w.len() == 4;
        let time = year || is_day_or_month(w);
        match doc.prev_solid(p).filter(|&x| x > a) {
            Some(x) if time && matches!(doc.word(x), "in" | "on" | "at" | "during" | "since") => {
                p = doc.prev_solid(x)?;
            }
            _ => break,
        }
    }
    Some(p)
}

/// Nouns ending in "-ly", which are no adverb before a cue ("the family
/// said").
const LY_NOUNS: &[&str] = &[
    "belly",
    "folly",
    "holly",
    "family",
    "ally",
    "assembly",
    "monopoly",
    "anomaly",
    "supply",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "rally",
    "homily",
    "bully",
];

/// Whether a word may stand between a speaker and the cue: an auxiliary,
/// a negation, a time word, or an adverb in "-ly" ("publicly", "flatly").
fn is_between(w: &str) -> bool {
    let lw = lower(w);
    BETWEEN.contains(&lw.as_ref())
        || (lw.len() >= 5
            && lw.ends_with("ly")
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && !LY_NOUNS.contains(&lw.as_ref()))
}

/// The subject that opens the sentence at `a`, when it is a speaker: a
/// person or body mention, a pronoun, or unknown name words; `p` bounds the
/// search.
fn sentence_subject(sieve: &Sieve<'_, '_>, a: usize, p: usize) -> Option<Who> {
    let doc = sieve.doc;
    let mut first = if doc.is_word(a) { a } else { doc.next_solid(a).filter(|&f| f < p)? };
    // An adverbial before the subject: "In an interview on Friday, Trump
    // ...", "But Trump ...".
    // A conjunction or a subordinator first: "But Trump ...", "Though she
    // called ... and called for ...".
    let opener = lower(doc.word(first));
    if is_subordinator(&opener) && opener != "as" {
        // "Before the attacks, Trump took ...": past the clause's comma.
        first = match (first..p).take(60).find(|&j| doc.word(j) == ",") {
            Some(comma) => doc.next_solid(comma).filter(|&f| f < p)?,
            None => doc.next_solid(first).filter(|&f| f < p)?,
        };
    } else if matches!(opener.as_ref(), "but" | "and" | "so" | "yet" | "still" | "even") {
        first = doc.next_solid(first).filter(|&f| f < p)?;
    }
    // "Minutes later they ...", "Two days later, she ...": a span of time
    // (a unit of time among the first two words, then "later" or "ago")
    // before the subject.
    let unit = std::iter::successors(Some(first), |&j| doc.next_solid(j).filter(|&n| n < p))
        .take(2)
        .find(|&j| lower_in(doc.word(j), TIME_UNITS));
    if let Some(n) = unit
        .and_then(|u| doc.next_solid(u))
        .filter(|&n| n < p && matches!(doc.word(n), "later" | "earlier" | "ago" | "afterwards"))
    {
        first = doc.next_solid(n).filter(|&f| f < p)?;
        if doc.word(first) == "," {
            first = doc.next_solid(first).filter(|&f| f < p)?;
        }
    }
    // "Walking to the next address, Ebeling ...": a participle's clause,
    // like an adverbial, ends at its comma.
    let participle = doc.word(first).ends_with("ing") && doc.cand_starting(first).is_none();
    if opens_adverbial(doc.word(first)) || participle {
        let comma = (first..p).take(60).find(|&j| doc.word(j) == ",")?;
        first = doc.next_solid(comma).filter(|&f| f < p)?;
    }
    // "Chairman and CEO of the Railway Board, Shri Satish Kumar,
    // congratulated the staff and said": the person in the apposition
    // after a title.
    if let Some(comma) = (first..p).take(16).find(|&j| doc.word(j) == ",") {
        let titled = (first..comma).any(|j| doc.is_word(j) && is_title_word(doc.word(j)));
        let plain = (first..comma).all(|j| {
            doc.tokens[j].is_space()
                || matches!(doc.word(j), "-" | "&" | ".")
                || (doc.is_word(j) && cue_at(doc, j).is_none() && !is_auxiliary(doc.word(j)))
        });
        if titled && plain {
            let person = (comma + 1..p).take(6).find_map(|j| doc.cand_starting(j));
            if let Some(c) = person.filter(|c| c.kind == EntityKind::Person) {
                let last = doc.token_at(c.span.end - 1);
                if doc.next_solid(last).is_some_and(|x| x < p && doc.word(x) == ",") {
                    return Some(Who::Mention(c.span, c.target));
                }
            }
        }
    }
    // "FBI Director James Comey", "Kremlin spokesman Dmitry Peskov": a body
    // or a place before a title modifies it.
    if let Some(c) = doc.cand_starting(first).filter(|c| c.kind != EntityKind::Person) {
        if let Some(n) = doc
            .next_solid(doc.token_at(c.span.end - 1))
            .filter(|&n| n < p && doc.is_word(n) && is_title_word(doc.word(n)))
        {
            first = n;
        }
    }
    // "President Obama is ...": a title before the name.
    let mut hops = 0;
    while doc.cand_starting(first).is_none()
        && doc.is_word(first)
        && is_title_word(doc.word(first))
        && hops < 3
    {
        first = doc.next_solid(first).filter(|&f| f < p)?;
        // "Mrs. Clinton": the abbreviation's period.
        if doc.word(first) == "." {
            first = doc.next_solid(first).filter(|&f| f < p)?;
        }
        hops += 1;
    }
    // "Presumptive Democratic presidential nominee Hillary Clinton": a
    // longer title, with adjectives, before a person's name.
    if doc.cand_starting(first).is_none() {
        let title_like = |j: usize| {
            let w = doc.word(j);
            // (Not "The Obama administration": an article opens a noun.)
            doc.is_word(j)
                && !is_determiner(doc, j)
                && (doc.is_cap(j)
                    || is_title_word(w)
                    || SPEAKER_NOUN_SET.has(w)
                    || ["al", "ive", "ic", "ian"].iter().any(|e| w.ends_with(e)))
        };
        let mut j = first;
        for _ in 0..6 {
            if !title_like(j) {
                break;
            }
            let Some(n) = doc.next_solid(j).filter(|&n| n < p) else { break };
            if doc.cand_starting(n).is_some_and(|c| c.kind == EntityKind::Person) {
                first = n;
                break;
            }
            j = n;
        }
    }
    if let Some(c) = doc.cand_starting(first) {
        if !can_speak(doc, &c) {
            return None;
        }
        let last = doc.token_at(c.span.end - 1);
        // The mention must be the whole subject: a verb follows it, or an
        // apposition or relative clause ("Sanders, who endorsed him and
        // said").
        return doc
            .next_solid(last)
            .filter(|&n| n < p && (doc.word(n) == "," || (doc.is_word(n) && !doc.is_cap(n))))
            .map(|_| Who::Mention(c.span, c.target));
    }
    // Unknown name words. One capitalised word that opens a sentence may be
    // anything ("Realising the danger, ...", "Further, ..."): it counts
    // only before a verb and when it does not look like one or an adverb.
    if is_name_like(doc, first) {
        let mut e = first;
        while let Some(n) = doc.next_on_line(e).filter(|&n| n < p && is_name_like(doc, n)) {
            e = n;
        }
        let w = doc.word(first);
        // "Dean, a medical doctor, then appeared": a comma that opens an
        // apposition with an article or an age is no adverbial's comma.
        let apposition = opens_apposition(doc, e);
        if e == first
            && (w.ends_with("ing")
                || w.ends_with("ly")
                || w.ends_with("ed")
                || (doc.next_solid(e).is_some_and(|n| !doc.is_word(n)) && !apposition))
        {
            return None;
        }
        let follows = doc.next_solid(e).filter(|&n| n < p)?;
        return (doc.word(follows) == "," || (doc.is_word(follows) && !doc.is_cap(follows)))
            .then(|| Who::Words(Span::new(doc.tokens[first].span.start, doc.tokens[e].span.end)));
    }
    let lw = lower(doc.word(first));
    // "He’s comparing ... and says": the pronoun of a contraction.
    let pronoun = lw.split(['\'', '’']).next().unwrap_or("");
    if let Some((_, g)) = PRONOUNS.iter().find(|(w, _)| *w == pronoun) {
        if pronoun != "it" {
            let at = doc.tokens[first].span.start;
            return Some(Who::Pronoun(Span::new(at, at + pronoun.len()), *g));
        }
    }
    // "The campaign launched an ad and announced ...", "The Arizona
    // Republican survived prison and says ...", "several environmental
    // groups granted ..., saying": an article or a count, a few words and a
    // speaker's head, then a verb.
    let quantifier = doc.tokens[first].kind == TokenKind::Number
        || lower_in(
            doc.word(first),
            &["several", "many", "some", "most", "two", "three", "four", "five", "both", "all"],
        );
    if is_determiner(doc, first) || quantifier {
        let mut j = first;
        for _ in 0..4 {
            j = doc.next_solid(j).filter(|&x| x < p && doc.is_word(x))?;
            // ("The New York businessman has": a place before a noun
            // modifies it.)
            let verb_next = doc.next_solid(j).is_some_and(|n| {
                n < p
                    && doc.is_word(n)
                    && !doc.is_cap(n)
                    && !lower_in(doc.word(n), &["of", "and"])
                    && !person_noun(doc.word(n))
                    // "The GOP nominee complained": a speaker's noun after a
                    // name is the head, not a verb.
                    && !SPEAKER_NOUN_SET.has(doc.word(n))
                    && !HEAD_TITLE_SET.has(doc.word(n))
            });
            // The head is the last word before the verb; an adjective
            // before a lowercase noun ("environmental groups") is not.
            if verb_next {
                match speaker_ending_at(sieve, first, j) {
                    Some(Who::Pronoun(..)) => return None,
                    Some(w) => return Some(w),
                    // "The New York businessman has praised Putin, saying":
                    // a noun of a person no list holds.
                    None if person_noun(doc.word(j)) && !doc.is_cap(j) => {
                        return Some(Who::Words(Span::new(
                            doc.tokens[first].span.start,
                            doc.tokens[j].span.end,
                        )));
                    }
                    None => {}
                }
            }
        }
    }
    None
}

/// Whether an apposition with an article or an age follows token `e` after
/// a comma ("Dean, a medical doctor,", "Yin May, 60,").
fn opens_apposition(doc: &Doc<'_>, e: usize) -> bool {
    doc.next_solid(e).filter(|&n| doc.word(n) == ",").is_some_and(|c| {
        doc.next_solid(c).is_some_and(|x| {
            matches!(doc.word(x), "a" | "an" | "the") || doc.tokens[x].kind == TokenKind::Number
        })
    })
}

/// Whether the speaker words `who` follow a preposition, past an article
/// ("sounded off on X", "In an interview,"), within the sentence from `a`:
/// no subject then.
fn after_preposition(doc: &Doc<'_>, a: usize, who: &Who) -> bool {
    word_before(doc, who)
        .is_some_and(|x| x >= a && doc.word(x) != "," && opens_adverbial(doc.word(x)))
}

/// The token before the speaker words `who`, past an article ("on [the]
/// X", "at [a] Y").
fn word_before(doc: &Doc<'_>, who: &Who) -> Option<usize> {
    let mut p = doc.prev_solid(doc.token_at(who_span(who).start))?;
    // "of the FBI's Los Angeles Field Office": a body's owner stands
    // between the article and the body.
    if doc.is_word(p) && possessive_stem(doc.word(p)).is_some() {
        let owner =
            doc.cand_at(doc.tokens[p].span.start).filter(|c| c.span.end < doc.tokens[p].span.end);
        if let Some(o) = owner.filter(|c| c.kind != EntityKind::Person) {
            p = doc.prev_solid(doc.token_at(o.span.start))?;
        }
    }
    if is_determiner(doc, p) { doc.prev_solid(p) } else { Some(p) }
}

/// The word before the article that opens lowercase modifiers (one to three
/// words, hyphens joining) before token `t`: "of" in "of the far-right
/// National Rally", "of the ruling party".
fn article_before_modifiers(doc: &Doc<'_>, a: usize, t: usize) -> Option<usize> {
    let mut q = t;
    for _ in 0..5 {
        let x = doc.prev_solid(q).filter(|&x| x > a)?;
        if is_determiner(doc, x) {
            return (x < t - 1 && doc.prev_solid(t) != Some(x))
                .then(|| doc.prev_solid(x))
                .flatten()
                .filter(|&y| y > a);
        }
        let modifier = doc.word(x) == "-"
            || (doc.is_word(x)
                && !doc.is_cap(x)
                && !is_between(doc.word(x))
                && !is_auxiliary(doc.word(x))
                && cue_at(doc, x).is_none());
        if !modifier {
            return None;
        }
        q = x;
    }
    None
}

/// Whether a lowercase word looks like a noun for a person by its ending:
/// businessman, senator, economist, politician, candidate, nominee.
fn person_noun(w: &str) -> bool {
    w.len() > 4
        && ["man", "woman", "men", "women", "or", "ist", "ists", "ian", "ians", "ate", "ates"]
            .iter()
            .any(|s| w.ends_with(s))
        && !matches!(w, "human" | "humans" | "major" | "error" | "mirror" | "senate" | "climate")
}

/// Whether a plural noun names people by its ending, as [`person_noun`]
/// does, or as the wire's sources do: "traders", "bankers", "spokesmen",
/// "officials" (not "prices").
pub(crate) fn people_plural(w: &str) -> bool {
    (w.ends_with('s') || w.ends_with("men"))
        && (person_noun(w)
            || ["ers", "ors", "ants", "ents", "ives"].iter().any(|e| w.ends_with(e))
            || matches!(
                w,
                "officials" | "sources" | "aides" | "diplomats" | "analysts" | "experts"
            ))
}

/// Units of time, which open "Minutes later" and "Two days later".
const TIME_UNITS: &[&str] = &[
    "seconds", "moments", "minutes", "minute", "hours", "hour", "days", "day", "weeks", "week",
    "months", "month", "years", "year",
];

/// Things whose plurals end as people's do ("orders", "factors").
const THING_PLURALS: &[&str] = &[
    "orders",
    "factors",
    "sectors",
    "indicators",
    "papers",
    "numbers",
    "letters",
    "powers",
    "barriers",
    "covers",
    "banners",
    "cheers",
    "disclaimers",
    "helicopters",
    "computers",
    "centers",
    "centres",
    "quarters",
    "headquarters",
    "borders",
    "matters",
    "offers",
    "answers",
    "filters",
    "towers",
    "waters",
    "layers",
    "posters",
    "chambers",
    "containers",
    "transfers",
    "motors",
    "errors",
    "doors",
    "floors",
    "colors",
    "colours",
    "reactors",
    "tractors",
    "semiconductors",
    "events",
    "incidents",
    "accidents",
    "contents",
    "components",
    "ingredients",
    "plants",
    "grants",
    "restaurants",
    "chants",
];

/// Whether a lowercase plural names people though no list holds it
/// ("commentators", "dealers", "fishermen"): [`people_plural`], less the
/// endings things share with people ("statements", "rates", "initiatives")
/// and [`THING_PLURALS`].
fn unlisted_people(w: &str) -> bool {
    people_plural(w)
        && !["ments", "ates", "ives"].iter().any(|e| w.ends_with(e))
        && !THING_PLURALS.contains(&w)
}

/// Reported speech in the sentence `a..b`: "X [aux] CUE [that] CONTENT", or
/// "CONTENT, X CUE."
fn reported(sieve: &mut Sieve<'_, '_>, a: usize, b: usize) -> Option<RawQuote> {
    let first = reported_from(sieve, a, a, b, false);
    // "He had just welcomed a baby girl, his brother added.": a content
    // that runs to an attribution at the sentence's end belongs to that
    // attribution, unless its own cue is a verb of saying.
    if let Some(q) = &first {
        let doc = sieve.doc;
        let sentence_end = doc.tokens[doc.prev_solid(b).unwrap_or(a)].span.start;
        let weak = q.cue.is_some_and(|c| {
            !lower_in(
                &doc.text[c],
                &["said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes"],
            )
        });
        // (So does one that holds the attribution, whatever follows it:
        // "... have agreed to end their venture, the two companies said on
        // Friday, with Volvo taking ...".)
        let content_end = q.content.end;
        if weak {
            let own_cue = q.cue.map_or(0, |c| c.end);
            if let Some(after) = reported_after(sieve, a, b) {
                // (Only before a modifier of the whole, "..., with Volvo
                // taking ...", "..., citing ...": not a parenthesis, "...
                // which, they said, failed ...".)
                let modifier_after = || {
                    let comma = doc.token_at(after.span.end.saturating_sub(1)) + 1;
                    doc.tokens.get(comma).is_some_and(|t| t.as_str() == ",")
                        && doc.next_solid(comma).is_some_and(|n| {
                            let w = doc.word(n);
                            w.ends_with("ing") || matches!(w, "with" | "without" | "after")
                        })
                };
                let tail = after.cue.is_some_and(|c| c.start > own_cue)
                    && (after.span.end >= sentence_end
                        || (after.cue.is_some_and(|c| c.end <= content_end) && modifier_after()));
                if tail && (content_end >= sentence_end || after.span.end < sentence_end) {
                    return Some(after);
                }
                // "CONTENT, Al-Chalabi said, adding he hoped ...", "CONTENT,
                // said Howard Rubel, an analyst at Jefferies, who notes that
                // ...": an attribution of a whole clause that ends before
                // the participle or the relative clause of the weak cue
                // comes first; the caller finds that clause after it.
                if let Some(cue) = q.cue.filter(|c| c.end <= q.content.start) {
                    let k = doc.token_at(cue.start);
                    let gap = doc.token_at(after.span.end - 1) + 1;
                    let joined = doc.prev_solid(k).is_some_and(|p| {
                        (doc.word(p) == "," && doc.word(k).ends_with("ing"))
                            || (doc.word(p) == "who"
                                && doc.prev_solid(p).is_some_and(|c| doc.word(c) == ","))
                    });
                    if after.span.end <= cue.start
                        && joined
                        && doc.next_solid(gap - 1).is_some_and(|c| doc.word(c) == ",")
                        && (gap..k).filter(|&j| doc.is_word(j)).count() <= 12
                        && word_count(doc, after.content) >= 6
                    {
                        return Some(after);
                    }
                }
            }
        }
    }
    first
        .or_else(|| reported_after(sieve, a, b).or_else(|| according_to(sieve, a, b)))
        .or_else(|| reported_by(sieve, a, b))
        .or_else(|| claim_that(sieve, a, b))
        .or_else(|| impersonal(sieve.doc, a, b))
}

/// The person an apposition right after token `stop` names, ending the
/// clause (before `b`): ", Professor Magdalena Zernicka-Goetz." after "said
/// the study's senior author".
fn apposed_person(doc: &Doc<'_>, stop: usize, b: usize) -> Option<Who> {
    let comma = doc.next_solid(stop).filter(|&c| doc.word(c) == ",")?;
    let m = (comma + 1..b).take(8).find_map(|j| doc.cand_starting(j))?;
    let ends = doc
        .next_solid(doc.token_at(m.span.end - 1))
        .is_none_or(|n| n >= b || matches!(doc.word(n), "." | "," | ";"));
    (m.kind == EntityKind::Person && ends).then_some(Who::Mention(m.span, m.target))
}

/// A headline that names its source after a dash, as the wires set it:
/// "Tesla to cut 10% of workforce - memo", "EU plans new sanctions
/// -sources", "Oil output to rise - minister": one to three words after
/// the dash, on the headline's line. The caller passes only the sentences
/// where a headline may stand; the source's report takes the whole line,
/// so no cue inside it ("EU plans ...") makes another quote.
fn headline_source(sieve: &Sieve<'_, '_>, a: usize, b: usize) -> Option<RawQuote> {
    const SOURCES: &[&str] = &[
        "source",
        "sources",
        "memo",
        "report",
        "reports",
        "document",
        "documents",
        "filing",
        "letter",
        "statement",
        "official",
        "officials",
        "minister",
        "ministry",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ceo",
        "data",
        "survey",
        "poll",
        "analysts",
        "traders",
        "diplomats",
        "media",
        "paper",
        "newspaper",
        "agency",
        "government",
    ];
    let doc = sieve.doc;
    let first = (a..b).find(|&j| !doc.tokens[j].is_space())?;
    let line_end = (first..b).find(|&j| doc.tokens[j].kind == TokenKind::LineBreak).unwrap_or(b);
    let dash =
        (first..line_end).rev().take(8).find(|&j| matches!(doc.word(j), "-" | "–" | "—" | "--"))?;
    let words: Vec<usize> = (dash + 1..line_end).filter(|&j| doc.is_word(j)).collect();
    let before = (first..dash).filter(|&j| doc.is_word(j)).count();
    let last = *words.last()?;
    if words.len() > 3 || before < 3 {
        return None;
    }
    // (A hyphen inside a word is no dash: "anti-tax".)
    if doc.word(dash) == "-" && doc.tokens[dash - 1].kind == TokenKind::Word {
        return None;
    }
    let named = doc.cand_at(doc.tokens[words[0]].span.start).is_some_and(|c| {
        matches!(c.kind, EntityKind::Person | EntityKind::Institution)
            && doc.token_at(c.span.end - 1) == last
    });
    if !named && !lower_in(doc.word(last), SOURCES) {
        return None;
    }
    // ("WHEAT -- USDA": a dash of two hyphens.)
    let mut end = doc.prev_solid(dash).filter(|&e| e >= first)?;
    while matches!(doc.word(end), "-" | "–" | "—") {
        end = doc.prev_solid(end).filter(|&e| e >= first)?;
    }
    let content = Span::new(doc.tokens[first].span.start, doc.tokens[end].span.end);
    let who = sieve.who_in(words[0], last + 1).unwrap_or(Who::Words(Span::new(
        doc.tokens[words[0]].span.start,
        doc.tokens[last].span.end,
    )));
    let (sp, t) = match who {
        Who::Mention(sp, t) => (sp, Some(t)),
        w => (who_span(&w), None),
    };
    Some(RawQuote::reported(
        Span::new(content.start, doc.tokens[last].span.end),
        content,
        doc.tokens[dash].span,
        (sp, t),
        QuoteRule::Dash,
    ))
}

/// An impersonal report in the sentence `a..b`: "The House is expected to
/// pass the bill", "which is widely expected to come in May", "he is said
/// to be ill", "The Club for Growth is reportedly spending ...". Nobody in
/// the text reports it, so it has no speaker; the content is the whole
/// clause, its subject and cue included. After "it was reported that" (or
/// said, believed ...) the content is the clause that follows.
fn impersonal(doc: &Doc<'_>, a: usize, b: usize) -> Option<RawQuote> {
    const PASSIVES: &[&str] = &[
        "expected",
        "said",
        "reported",
        "rumored",
        "rumoured",
        "believed",
        "thought",
        "alleged",
        "understood",
        "projected",
    ];
    // (The forms of "be", and their negations.)
    const NOT_BE: &[&str] =
        &["isn't", "aren't", "wasn't", "weren't", "isn’t", "aren’t", "wasn’t", "weren’t"];
    let be_form = |w: &str| lower_in(w, BE_FORMS) || lower_in(w, NOT_BE);
    const ADVERBS: &[&str] = &[
        "widely",
        "not",
        "also",
        "now",
        "still",
        "generally",
        "largely",
        "broadly",
        "already",
        "only",
        "further",
        "long",
        "once",
        "initially",
        "originally",
        "privately",
    ];
    // "It was widely reported that Mr. Trump paid $100 million", "it is
    // believed that ...": "it", a form of "be" and the participle open the
    // sentence or its clause; the "that" clause was said, by nobody named.
    let it_that = (a..b).take(80).find_map(|k| {
        if !(doc.is_word(k) && (PASSIVES.contains(&doc.word(k)) || doc.word(k) == "claimed")) {
            return None;
        }
        let that = doc.next_solid(k).filter(|&t| t < b && doc.word(t) == "that")?;
        let mut p = doc.prev_solid(k).filter(|&p| p >= a)?;
        while doc.is_word(p) && ADVERBS.contains(&doc.word(p)) {
            p = doc.prev_solid(p).filter(|&x| x >= a)?;
        }
        let be = p;
        if !be_form(doc.word(be)) {
            return None;
        }
        let it =
            doc.prev_solid(be).filter(|&i| i >= a && doc.word(i).eq_ignore_ascii_case("it"))?;
        // (At the sentence's or a clause's start: not "made it is said".)
        let opens = doc.prev_solid(it).is_none_or(|x| {
            x < a
                || matches!(doc.word(x), "," | ";" | ":" | "and" | "but")
                || is_subordinator(&lower(doc.word(x)))
        });
        opens.then_some((it, k, that))
    });
    // "The Club for Growth is reportedly spending $1.5 million on ads":
    // the clause holding "reportedly" was said, by nobody named (not "as
    // reportedly" of a comparison, nor inside a clause that a comma
    // opened after the sentence's start: only the sentence's own).
    let reportedly = (a..b).take(40).find(|&k| doc.word(k).eq_ignore_ascii_case("reportedly"));
    if let Some(k) = reportedly.filter(|&k| (a..k).all(|j| doc.word(j) != ",")) {
        let start = (a..k).find(|&j| !doc.tokens[j].is_space())?;
        let start = if lower_in(doc.word(start), &["and", "but", "so"]) {
            doc.next_solid(start)?
        } else {
            start
        };
        let end = content_end(doc, start, b);
        if end <= k
            || !(start..k).any(|j| doc.is_word(j))
            || lower_in(doc.word(start), &["with", "as"])
        {
            return None;
        }
        let content = Span::new(doc.tokens[start].span.start, doc.tokens[end].span.end);
        let cue = doc.tokens[k].span;
        return Some(RawQuote::impersonal(content, content, cue));
    }
    if let Some((it, k, that)) = it_that {
        let start = doc.next_solid(that).filter(|&s| s < b)?;
        let mut end = content_end(doc, start, b);
        // ("When it was said that Democrats might never win again, Clinton
        // proved ...": inside a subordinate clause the content ends at its
        // comma.)
        let subordinate =
            doc.prev_solid(it).is_some_and(|x| x >= a && is_subordinator(&lower(doc.word(x))));
        if let Some(comma) = clause_comma(doc, start, end + 1).filter(|_| subordinate) {
            end = trim_end(doc, start, comma);
        }
        if end < start + 2 {
            return None;
        }
        let content = Span::new(doc.tokens[start].span.start, doc.tokens[end].span.end);
        let cue = Span::new(doc.tokens[it].span.start, doc.tokens[k].span.end);
        return Some(RawQuote::impersonal(content, content, cue));
    }
    let (k, be, glued) = (a..b).find_map(|k| {
        if !(doc.is_word(k) && PASSIVES.contains(&doc.word(k))) {
            return None;
        }
        doc.next_solid(k).filter(|&t| t < b && doc.word(t) == "to")?;
        let mut p = doc.prev_solid(k).filter(|&p| p >= a)?;
        while doc.is_word(p) && ADVERBS.contains(&doc.word(p)) {
            p = doc.prev_solid(p).filter(|&x| x >= a)?;
        }
        let w = doc.word(p);
        // "he's expected to": the verb glued to its subject.
        let glued = !be_form(w);
        let contraction = (w.ends_with("'s") || w.ends_with("’s")) && w.len() > 2;
        (doc.is_word(p) && (!glued || contraction)).then_some((k, p, glued))
    })?;
    // The clause opens after a comma, a conjunction or a subordinator; a
    // relative pronoun opens it ("which is expected to"). "he's expected
    // to" holds its subject.
    let mut start = be;
    let mut words = 0;
    if !glued {
        let mut j = be;
        while let Some(p) = doc.prev_solid(j).filter(|&p| p >= a) {
            let w = lower(doc.word(p));
            if !doc.is_word(p) && doc.tokens[p].kind != TokenKind::Number {
                if !matches!(w.as_ref(), "'" | "’" | "-" | ".") {
                    break;
                }
            } else if is_subordinator(&w)
                || matches!(w.as_ref(), "and" | "but" | "or" | "so" | "than" | "because")
            {
                break;
            }
            if doc.is_word(p) {
                words += 1;
            }
            // A subject of more than ten words is a clause that did not
            // show where it starts ("... on the night she is expected
            // to"): a pronoun right before the verb is the subject, else
            // nothing is sure.
            if words > 10 {
                let pronoun = doc
                    .prev_solid(be)
                    .filter(|&p| lower_in(doc.word(p), &["he", "she", "they", "we", "i", "you"]));
                start = pronoun?;
                break;
            }
            start = p;
            j = p;
            if matches!(w.as_ref(), "which" | "who" | "that") {
                break;
            }
        }
        // The subject holds a word that is no auxiliary, adverb, "it" or
        // "there": not ", isn't expected to", "and has been rumored to",
        // "it is expected to rain".
        let subject = (start..be).any(|x| {
            doc.is_word(x)
                && !is_auxiliary(doc.word(x))
                && !lower_in(doc.word(x), &["it", "there", "might", "have", "not"])
                && !ADVERBS.contains(&doc.word(x))
        });
        if !subject {
            return None;
        }
    }
    let mut end = content_end(doc, start, b);
    // The report ends with its clause, at the first comma: ", which is
    // expected to come in May, presents ...", "The White House is expected
    // to sign the measure, potentially teeing up ...".
    if let Some(comma) = clause_comma(doc, k, end + 1) {
        end = trim_end(doc, start, comma);
    }
    if end <= k + 2 {
        return None;
    }
    let content = Span::new(doc.tokens[start].span.start, doc.tokens[end].span.end);
    let cue = Span::new(doc.tokens[be].span.start, doc.tokens[k].span.end);
    Some(RawQuote::impersonal(content, content, cue))
}

/// A noun of speech with its owner and a "that" clause: "the police's
/// earlier claim that he had refused", "his insistence that the bank was
/// sound". The owner (a name with "'s", or a possessive) speaks; a "that"
/// followed by a verb opens a relative clause ("the claim that was
/// rejected"), not content.
fn claim_that(sieve: &mut Sieve<'_, '_>, a: usize, b: usize) -> Option<RawQuote> {
    let doc = sieve.doc;
    let k = (a..b).find(|&k| {
        // (The cheap test first: this runs over every word of a sentence
        // no other rule attributed.)
        doc.is_word(k)
            && doc.next_solid(k).is_some_and(|t| t < b && doc.word(t) == "that")
            && lower_in(doc.word(k), CLAIM_NOUNS)
    })?;
    let that = doc.next_solid(k)?;
    let start = doc.next_solid(that).filter(|&x| x < b && doc.is_word(x))?;
    if is_auxiliary(doc.word(start)) || cue_at(doc, start).is_some() {
        return None;
    }
    // The owner, right before the noun or before one adjective: "X's
    // [earlier] claim", "his [repeated] insistence".
    let owner = |p: usize| {
        let w = doc.word(p);
        w.ends_with("'s")
            || w.ends_with("’s")
            || matches!(lower(w).as_ref(), "his" | "her" | "their")
    };
    let mut p = doc.prev_solid(k).filter(|&p| p >= a)?;
    if !owner(p) {
        p = doc.prev_solid(p).filter(|&x| x >= a && owner(x))?;
    }
    let w = doc.word(p);
    let who = match crate::lexicon::possessive_stem(w) {
        Some(stem) => {
            let sp = Span::new(doc.tokens[p].span.start, doc.tokens[p].span.start + stem.len());
            match doc.cand_at(sp.start) {
                Some(c) if matches!(c.kind, EntityKind::Person | EntityKind::Institution) => {
                    Who::Mention(c.span, c.target)
                }
                _ => Who::Words(sp),
            }
        }
        None => {
            let gender = match lower(w).as_ref() {
                "his" => Some(true),
                "her" => Some(false),
                _ => None,
            };
            Who::Pronoun(doc.tokens[p].span, gender)
        }
    };
    // A claim that opens the sentence is its subject, and its clause ends
    // where no comma shows ("X's claim that Y drew criticism"): left alone.
    let owner_start = doc.token_at(who_span(&who).start);
    if (a..owner_start).all(|x| !doc.is_word(x)) {
        return None;
    }
    let end = content_end(doc, start, b);
    let content = Span::new(doc.tokens[start].span.start, doc.tokens[end].span.end);
    if word_count(doc, content) < 3 {
        return None;
    }
    Some(sieve.said(who, k, k, content, (a, k)))
}

/// Whether goods follow a "recall" that ends at `cue_end`: a number ("2
/// million vehicles", "more than 300,000 cars") or a noun of goods within
/// four words ("its Model Y cars", "some baby formula products").
fn goods_recalled(doc: &Doc<'_>, cue_end: usize) -> bool {
    const GOODS: &[&str] = &[
        "vehicles",
        "cars",
        "trucks",
        "suvs",
        "products",
        "models",
        "units",
        "batteries",
        "devices",
        "phones",
        "laptops",
        "airbags",
        "toys",
        "formula",
        "drugs",
        "pills",
        "tablets",
        "doses",
        "lots",
        "batches",
        "packages",
        "bottles",
        "cans",
        "pounds",
        "tons",
        "tonnes",
    ];
    // (A number right after the cue, or after words of quantity: not "a
    // 2007 bill", "in 2008".)
    const QUANTITY: &[&str] =
        &["more", "than", "about", "nearly", "some", "over", "around", "almost", "roughly", "up"];
    let mut n = cue_end;
    let mut counting = true;
    for _ in 0..5 {
        let Some(x) = doc.next_solid(n) else { return false };
        if (counting && doc.tokens[x].kind == TokenKind::Number) || lower_in(doc.word(x), GOODS) {
            return true;
        }
        counting = counting && lower_in(doc.word(x), QUANTITY);
        if !doc.is_word(x) || doc.word(x) == "that" {
            return false;
        }
        n = x;
    }
    false
}

/// Whether the words after a cue ending at `cue_end` ask for anonymity:
/// "[not] to be named / identified / quoted".
fn anonymity_after(doc: &Doc<'_>, cue_end: usize) -> bool {
    let mut words = std::iter::successors(doc.next_solid(cue_end), |&n| doc.next_solid(n))
        .take(4)
        .map(|n| doc.word(n));
    let mut w = words.next();
    if w == Some("not") {
        w = words.next();
    }
    w == Some("to")
        && words.next() == Some("be")
        && words.next().is_some_and(|x| matches!(x, "named" | "identified" | "quoted"))
}

/// "X [aux] CUE [that] CONTENT" with the cue at `from` or later in the
/// sentence `a..b`; `strict` accepts only a person, a body or a pronoun
/// right before the cue (for attributions nested in another's content).
fn reported_from(
    sieve: &mut Sieve<'_, '_>,
    a: usize,
    from: usize,
    b: usize,
    strict: bool,
) -> Option<RawQuote> {
    let doc = sieve.doc;
    // "Asked if the Fed agreed to intervene, Miyazawa said yes": the
    // question put to the speaker holds no statement of its own.
    let question = asked_clause(doc, a, b);
    for k in from..b {
        if question.is_some_and(|(q, comma)| k > q && k < comma) {
            continue;
        }
        let Some((cue_end, bare)) = cue_at(doc, k) else { continue };
        // "Third Quarter Highlights" over a list: a heading's capitalised
        // word that ends its line is no cue.
        if doc.is_cap(k)
            && doc.word(k).chars().any(char::is_lowercase)
            && doc.next_on_line(cue_end).is_none()
        {
            continue;
        }
        // "It's worth noting that ...": nobody is said to note it.
        if doc.prev_solid(k).is_some_and(|p| doc.word(p) == "worth") {
            continue;
        }
        // "as the Russian saying goes": a noun.
        if doc.word(k).eq_ignore_ascii_case("saying")
            && doc.next_solid(k).is_some_and(|n| matches!(doc.word(n), "goes" | "went"))
        {
            continue;
        }
        // "who asked not to be named": a source's anonymity, not speech.
        if anonymity_after(doc, cue_end) {
            continue;
        }
        // "Tesla recalls 2 million vehicles": a recall of goods.
        if lower(doc.word(k)).starts_with("recall") && goods_recalled(doc, cue_end) {
            continue;
        }
        // "injuries described as life-changing": a passive participle
        // that "as" follows at once (the active verb takes its object
        // first: "described the plan as").
        if lower_in(
            doc.word(k),
            &["described", "characterized", "characterised", "labelled", "labeled", "branded"],
        ) && doc.next_solid(cue_end).is_some_and(|n| doc.word(n) == "as")
            && doc.prev_solid(k).is_some_and(|p| {
                let w = doc.word(p);
                doc.is_word(p)
                    && !doc.is_cap(p)
                    && !is_auxiliary(w)
                    && !is_pronoun(w)
                    // ("a move some delegates described as": people speak.)
                    && !people_plural(&lower(w))
            })
            // (Not "what diplomats described as", "which officials
            // described as": the object stands before its subject.)
            && !(k.saturating_sub(6)..k)
                .any(|j| doc.is_word(j) && lower_in(doc.word(j), &["what", "which", "that", "whom"]))
        {
            continue;
        }
        // A cue glued to a hyphen is part of a compound ("sought-after");
        // one before "by" is a passive ("as was described by the
        // President"), but for "said by email".
        if doc.tokens.get(cue_end + 1).is_some_and(|t| t.as_str() == "-")
            || (doc.next_solid(cue_end).is_some_and(|n| doc.word(n) == "by")
                && !lower_in(doc.word(k), &["said", "says", "say"]))
        {
            continue;
        }
        // After an article or an owner the cue word is a noun: "his claim
        // that", "Anna Petrova's claim", "the report".
        if doc.prev_solid(k).is_some_and(|p| {
            let w = doc.word(p);
            // ("Moody's said", "Standard and Poor's said": a company's name
            // before a cue that is never a noun.)
            let owner = (w.ends_with("'s") || w.ends_with("’s"))
                && !lower_in(doc.word(k), SAY_OR_TELL)
                // "he's said": a pronoun with "has" is no owner.
                && !PRONOUNS.iter().any(|(pr, _)| {
                    w.get(..pr.len()).is_some_and(|h| h.eq_ignore_ascii_case(pr))
                        && matches!(w.get(pr.len()..), Some("'s" | "’s"))
                });
            // "some calls into the hotline": a plural after a quantifier.
            // ("give some thought to": so is "thought".)
            let quantified = (matches!(
                lower(w).as_ref(),
                "some" | "many" | "few" | "several" | "these" | "those" | "such" | "no" | "all"
            ) && (doc.word(k).ends_with('s') || doc.word(k).ends_with("ing"))
                && !doc.word(k).eq_ignore_ascii_case("says"))
                || (doc.word(k).eq_ignore_ascii_case("thought")
                    && lower_in(
                        w,
                        &["some", "any", "no", "much", "little", "more", "serious", "careful", "second"],
                    )
                    // (After a verb: "Some thought a cut unlikely" is
                    // people who thought.)
                    && doc.prev_solid(p).is_some_and(|v| doc.is_word(v) && !doc.is_cap(v)));
            // "made an unprompted call for": an article and one adjective
            // before a cue that can be a noun (not "a statement saying").
            let cue = doc.word(k);
            let adjective = NOUN_CUE_SET.has(cue)
                && !cue.ends_with("ing")
                && !cue.ends_with("ed")
                && doc.is_word(p)
                && !doc.is_cap(p)
                && !w.ends_with("ly")
                && !is_auxiliary(w)
                && !matches!(w, "not" | "also" | "then" | "now" | "still" | "never")
                && doc.prev_solid(p).is_some_and(|q| matches!(doc.word(q), "a" | "an"));
            // "the Friday attacks": a day before a plural makes it a noun.
            let dated = is_day_or_month(w)
                && cue.ends_with('s')
                && doc.prev_solid(p).is_some_and(|q| is_determiner(doc, q));
            is_determiner(doc, p) || owner || quantified || adjective || dated
        }) {
            continue;
        }
        // "states" is nearly always the noun ("in all five states say",
        // "the 20 states that"): the verb needs a speaker or a document
        // right before it ("The report states that").
        if doc.word(k).eq_ignore_ascii_case("states")
            && !doc.prev_solid(k).filter(|&p| p >= a).is_some_and(|p| {
                speaker_ending_at(sieve, a, p).is_some_and(|w| !matches!(w, Who::Words(_)))
                    || EVIDENCE_NOUN_SET.has(doc.word(p))
                    || source_noun(&lower(doc.word(p))).is_some()
            })
        {
            continue;
        }
        // "met to discuss the project": an infinitive of purpose is no
        // speech; "an official warning to criminals": a participle that is
        // neither after a comma nor after "be" is an adjective or a noun.
        let lw = lower(doc.word(k));
        let prev = doc.prev_solid(k).map(|p| lower(doc.word(p)));
        // "went on to say that", "have come to believe that": the verb
        // that governs the infinitive has the cue's subject.
        let governor = governing_verb(doc, a, k);
        if BASE_CUE_SET.has(&lw) && prev.as_deref() == Some("to") && governor.is_none() {
            continue;
        }
        let ks = governor.unwrap_or(k);

        if ING_CUE_SET.has(&lw)
            && !doc.prev_solid(k).is_some_and(|p| doc.is_cap(p))
            && !prev.as_deref().is_some_and(|p| {
                matches!(
                    p,
                    "," | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "been"
                        | "be"
                        | "by"
                        | "also"
                        | "still"
                        | "now"
                        | "again"
                        | "even"
                        | "already"
                        | "just"
                        | "not"
                        | "and"
                        | "he"
                        | "she"
                        | "they"
                ) || p.ends_with("ly")
            })
        {
            continue;
        }
        // A preposition after a cue that can be a noun makes it one: "for
        // fear of losing", "a mention in the report". Its plain form is a
        // verb only after a plural subject, a modal or an adverb ("voters
        // overwhelmingly support", "he would not support"); after anything
        // else it is a noun ("drew deep support", "Republican support").
        if cue_end == k
            && NOUN_CUE_SET.has(doc.word(k))
            && (doc.next_solid(k).is_some_and(|n| {
                lower_in(
                    doc.word(n),
                    &[
                        "from", "for", "among", "of", "in", "with", "on", "behind", "against",
                        "about", "over", "by", "at",
                    ],
                )
            }) || !plain_verb_at(doc, k))
        {
            continue;
        }
        // A verb right after a cue that can be a plural noun makes it one:
        // "the phone calls were recorded", "the claims are false" (but
        // "the attack, which officials said was planned").
        let plural = doc.word(k).ends_with('s') && !doc.word(k).eq_ignore_ascii_case("says");
        if plural
            && doc.next_solid(cue_end).is_some_and(|n| doc.is_word(n) && is_auxiliary(doc.word(n)))
        {
            continue;
        }
        // So does one after a participle that modifies a noun: "the people
        // endorsed today will have ..." (a time word may stand between).
        let participle = doc.word(k).ends_with("ed") && !doc.word(k).eq_ignore_ascii_case("said");
        if participle && cue_end == k {
            let mut n = doc.next_solid(k);
            if n.is_some_and(|x| {
                matches!(
                    lower(doc.word(x)).as_ref(),
                    "today" | "yesterday" | "earlier" | "recently"
                )
            }) {
                n = n.and_then(|x| doc.next_solid(x));
            }
            if n.is_some_and(|x| doc.is_word(x) && is_auxiliary(doc.word(x))) {
                continue;
            }
        }
        // "In a Facebook message posted Friday, Cruz said ...": a participle
        // inside the opening phrase of a medium modifies its noun.
        if participle && cue_end == k && in_opening_phrase(doc, a, k, b) {
            continue;
        }
        // "Clinton spoke out about the death of X in Tulsa, Oklahoma,
        // arguing that ...": after a comma a participle's subject opens
        // the sentence.
        let participle_at = participle_comma(doc, ks);
        let participle = participle_at.is_some();
        let first_subject = if let Some(mut comma) = participle_at {
            // "CONTENT, Mr. Lee said in an interview, adding that ...": the
            // speaker of the attribution before the comma goes on.
            let cue_before = |comma: usize| {
                (a..comma)
                    .rev()
                    .take(16)
                    .take_while(|&j| doc.word(j) != "," && doc.word(j) != ";")
                    .filter(|&j| cue_at(doc, j).is_some())
                    .last()
            };
            let mut said = cue_before(comma);
            // "..., said Heather Hurlburt, a former speechwriter,
            // referring to ...": back over one apposition.
            if said.is_none() {
                let apposition = (a..comma)
                    .rev()
                    .take(24)
                    .find(|&j| doc.word(j) == ",")
                    .filter(|&c| doc.prev_solid(c).is_some_and(|e| opens_apposition(doc, e)));
                if let Some(c) = apposition {
                    said = cue_before(c);
                    comma = c;
                }
            }
            let said_by = said.and_then(|c| {
                let inverted = doc.prev_solid(c).is_some_and(|p| {
                    doc.word(p) == ","
                        || matches!(doc.tokens[p].kind, TokenKind::Quote(QuoteSide::Close))
                });
                if inverted {
                    // "..., said Mr. Lee, adding that ..."
                    speaker_alone(sieve, cue_at(doc, c)?.0 + 1, doc.prev_solid(comma)?)
                } else {
                    subject_of(sieve, a, c)
                }
            });
            // `"...," Ramos said, referring to ...`, `"...," said Eric
            // Herzik, who chairs ..., citing ...`: the speaker of the direct
            // quote the attribution gave, when no other cue stands between.
            let quoted = sieve.attributed.filter(|&(end, _)| {
                end < comma
                    && said.is_none_or(|c| c <= end)
                    && (end + 1..comma).all(|j| !doc.is_word(j) || cue_at(doc, j).is_none())
            });
            let quoted = quoted.map(|(_, (sp, t))| Who::resolved(sp, t));
            let said_by = said_by.filter(|w| matches!(w, Who::Mention(..) | Who::Pronoun(..)));
            said_by.or(quoted).or_else(|| {
                // The sentence's subject may be words no list holds ("Dean,
                // a medical doctor, appeared on MSNBC and began by
                // saying").
                // A document only when it opens the sentence ("The World
                // Bank report was critical of ..., saying"; not "In an
                // interview, ...").
                sentence_subject(sieve, a, ks).filter(|w| {
                    !matches!(w, Who::SourceNoun(..))
                        || (a..doc.token_at(who_span(w).start)).all(|j| doc.tokens[j].is_space())
                })
            })
        } else {
            None
        };
        // Before a participle, words after a preposition are no subject:
        // "In an interview, the justice sounded off on X, saying".
        let who = quoted_as_saying(sieve, a, ks)
            .or(first_subject)
            .or_else(|| {
                subject_of(sieve, a, ks).filter(|w| !(participle && after_preposition(doc, a, w)))
            })
            .or_else(|| {
                let w = lower(doc.word(ks));
                // "... after Ekuru Aukot filed a petition arguing that ...": a
                // participle right after a document's noun tells what the
                // document says, not what the sentence's subject said.
                if w.ends_with("ing") {
                    if let Some(d) = determined_noun_before(doc, a, ks).filter(|d| {
                        let sp = who_span(d);
                        let head = doc.text[sp].rsplit(' ').next().unwrap_or_default();
                        lower_in(head, DOCUMENTS)
                    }) {
                        return Some(d);
                    }
                }
                if w.ends_with("ing") {
                    // "Trump tweeted early Friday, saying that ...", "Mark
                    // Lewin, a doctor, began by saying": the sentence's subject
                    // speaks.
                    // One capitalised word may open anything ("Despite",
                    // "Western countries"): the words must be a name of two
                    // words or more, or a speaker's noun.
                    // One word may, with an apposition after it ("Dean, a
                    // medical doctor, appeared ...").
                    let words = |w: &Who| match w {
                        Who::Words(sp) => {
                            doc.text[*sp].contains(' ')
                                || SPEAKER_NOUN_SET.has(&doc.text[*sp])
                                || opens_apposition(doc, doc.token_at(sp.end - 1))
                        }
                        _ => false,
                    };
                    // `"... the grip of the NRA," said Sen. X, who has been
                    // pushing for`: the subject is no name inside the quote
                    // the sentence opens with.
                    let opens_quoted = (a..ks)
                        .find(|&j| !doc.tokens[j].is_space())
                        .is_some_and(|j| doc.tokens[j].kind == TokenKind::Quote(QuoteSide::Open));
                    // (Within a quote's longest run: a sentence of megabytes
                    // costs no more.)
                    let close = opens_quoted
                        .then(|| {
                            (a..ks)
                                .take(MAX_QUOTE_TOKENS)
                                .find(|&j| doc.tokens[j].kind == TokenKind::Quote(QuoteSide::Close))
                        })
                        .flatten();
                    let a = close.map_or(a, |c| c + 1);
                    // A mention after a preposition is no subject ("appeared on
                    // MSNBC and began by saying").
                    sentence_subject(sieve, a, ks)
                        .filter(|w| matches!(w, Who::Mention(..)) || words(w))
                        .or_else(|| {
                            let mut from = a;
                            while let Some(w) = sieve.who_in(from, ks) {
                                match w {
                                    Who::Mention(sp, _) if after_preposition(doc, a, &w) => {
                                        from = doc.token_at(sp.end - 1) + 1;
                                    }
                                    Who::Mention(..) | Who::Pronoun(..) => return Some(w),
                                    _ => return None,
                                }
                            }
                            None
                        })
                } else {
                    // "The clip says ...", "It says ...": a noun phrase or "it"
                    // right before the cue.
                    determined_noun_before(doc, a, ks)
                }
            });
        // "Sanders fans told POLITICO that ...": before a "that" clause,
        // any noun phrase right before the cue is the speaker.
        let who = who.or_else(|| evidence_before(doc, a, ks)).or_else(|| {
            (that_soon(doc, cue_end, b).is_some()
                || (lower_in(doc.word(k), &["said", "says", "say"])
                    && clause_follows(doc, cue_end, b)))
            .then(|| plain_noun_before(doc, a, ks))
            .flatten()
        });
        let Some(mut who) = who else {
            // "CONTENT, X said." is handled below.
            continue;
        };
        if !place_may_say(doc, &who, k) || is_event(doc, &who, k) {
            continue;
        }
        if strict && !matches!(who, Who::Mention(..) | Who::Pronoun(..)) {
            continue;
        }
        // "The survey showed", "the ministry found that": a finding needs a
        // source for a subject, not "the virus showed its ability".
        if lower_in(doc.word(k), FINDING_CUES) {
            let source = match who {
                Who::Mention(..) | Who::SourceNoun(..) | Who::OrgNoun(..) => true,
                Who::Pronoun(sp, _) => !doc.text[sp].eq_ignore_ascii_case("it"),
                Who::Words(sp) => doc.text[sp]
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .find(|w| !w.is_empty())
                    .is_some_and(|head| EVIDENCE_NOUN_SET.has(head)),
            };
            if !source {
                // "An analysis by Politifact of elections showed": the
                // finding's source stands further back.
                match evidence_before(doc, a, k) {
                    Some(w) => who = w,
                    None => continue,
                }
            }
        }
        // Content: after "that" within a few words, or right after the cue.
        // After a cue that takes its content bare, the words before "that"
        // must be an adverbial ("said in the letter that", "said Friday
        // that"): in "said officials have video that shows ...", "that"
        // belongs to the content.
        let mut start = doc.next_solid(cue_end)?;
        // ("wrote for the majority that": "for" opens an adverbial here.)
        let that = if !bare
            || matches!(doc.word(start), "that" | "for")
            || opens_adverbial(doc.word(start))
        {
            that_soon(doc, cue_end, b)
        } else {
            None
        };
        // A nested attribution needs its "that" ("the president discussed
        // the project" is no speech), unless it is a participle after a
        // comma: "defended the budget, saying it would protect jobs".
        if strict && that.is_none() && !participle {
            continue;
        }
        // "... groups of fighters, as President Tokayev pointed out just
        // now, including ...": an "as" clause after the sentence's own
        // words attributes them.
        if that.is_none() {
            if let Some(q) = content_before_as(sieve, a, k, cue_end, &who) {
                return Some(q);
            }
        }
        let told_comma = lower_in(doc.word(k), &["told", "tells", "tell"])
            .then(|| recipient_then_comma(doc, start, b))
            .flatten();
        match that {
            // "said that was a mistake": "that" is the content's subject;
            // "told the committee that was investigating": a relative
            // clause, no content.
            Some(t) if doc.next_solid(t).is_some_and(|n| is_auxiliary(doc.word(n))) => {
                if t != start {
                    // ("asked Pence whether that would take place": the
                    // pronoun opens the question asked.)
                    match request_after_recipient(doc, k, start, b).filter(|&q| q < t) {
                        Some(q) => start = q,
                        None => continue,
                    }
                }
            }
            Some(t) => {
                start = doc.next_solid(t)?;
                // `said that, "…"`
                if doc.word(start) == "," {
                    start = doc.next_solid(start)?;
                }
            }
            // "As the President noted, CONTENT" / "Therefore, as one of our
            // scientists said, CONTENT": what follows the attribution was
            // said.
            None if doc.word(start) == "," && as_clause(doc, a, who_span(&who)) => {
                start = doc.next_solid(start)?;
            }
            // "As Reuters reported on Saturday, CONTENT", "As the mayor
            // noted in his speech, CONTENT": an adverbial may stand before
            // the comma.
            // (Verbs of saying only: not "as the outlook continues to be
            // depressed, ...", "as Japan agreed to ..., ...".)
            None if opens_adverbial(doc.word(start))
                && doc.word(start) != "to"
                && lower_in(doc.word(k), AS_SAID)
                && as_clause(doc, a, who_span(&who))
                && adverbial_comma(doc, start, b).is_some() =>
            {
                start = doc.next_solid(adverbial_comma(doc, start, b)?)?;
            }
            // "CONTENT, he said, CONTENT": the sentence around the
            // attribution is what was said.
            // "CONTENT, he said, adding that ...": what was said came
            // before the attribution; the participle opens the next one.
            None if parenthetical(doc, a, k)
                && participle_follows(doc, start, b)
                && !opens_adverbial(doc.word(a)) =>
            {
                let comma = (a..k).rev().find(|&j| doc.word(j) == ",")?;
                let end = doc.prev_solid(comma).filter(|&e| e > a)?;
                let content = Span::new(doc.tokens[a].span.start, doc.tokens[end].span.end);
                if word_count(doc, content) < 3 {
                    continue;
                }
                return Some(sieve.said(who, k, cue_end, content, (a, k)));
            }
            None if doc.word(start) == "," && parenthetical(doc, a, k) => {
                return parenthetical_quote(sieve, who, a, b, k, cue_end, start);
            }
            // "Instead, Trump told CNN, his policy would ...": the same with
            // a recipient.
            None if told_comma.is_some() && parenthetical(doc, a, k) => {
                return parenthetical_quote(sieve, who, a, b, k, cue_end, told_comma?);
            }
            // "Mr. Obama said, most Americans have changed their minds": a
            // comma, then a clause with no quote mark.
            None if doc.word(start) == ","
                && lower_in(doc.word(k), &["said", "says", "say", "added", "adds"])
                && !doc.is_cap(k)
                && doc.next_solid(start).is_some_and(|n| {
                    doc.is_word(n) && !doc.word(n).ends_with("ing") && cue_at(doc, n).is_none()
                })
                && (clause_follows(doc, start, b) || aside_then_clause(doc, start, b)) =>
            {
                start = doc.next_solid(start)?;
                // ("said, however, he expects ...": a sentence adverb
                // between commas is no part of what was said.)
                let adverb = lower_in(
                    doc.word(start),
                    &["however", "moreover", "though", "meanwhile", "nonetheless", "also", "too"],
                );
                if let Some(c) = doc.next_solid(start).filter(|&c| adverb && doc.word(c) == ",") {
                    start = doc.next_solid(c)?;
                }
            }
            // `said: "..."`, `said, "..."`: a direct quote's introduction;
            // so is `said "..."` when the quote runs to the sentence's end.
            None if matches!(doc.word(start), ":" | ",") || quote_to_end(doc, start, b) => {
                continue;
            }
            // "said it again on Friday", "said it best": "it" is the
            // object, no clause follows.
            None if bare
                && lower(doc.word(start)) == "it"
                && lower_in(doc.word(k), &["said", "says", "say", "saying", "added", "adds"]) =>
            {
                let object = doc.next_solid(start).is_none_or(|n| {
                    n >= b
                        || !doc.is_word(n)
                        || ((opens_adverbial(doc.word(n))
                            || lower_in(
                                doc.word(n),
                                &["again", "too", "best", "all", "first", "twice", "publicly"],
                            ))
                            // ("said it also plans to", "said it now
                            // expects": the adverb opens the clause's verb.)
                            && !adverb_before_verb(doc, n, b))
                });
                if object {
                    continue;
                }
            }
            None if bare => {}
            // "The president told African-Americans this weekend he would
            // ...": a recipient, then a clause that opens with a pronoun.
            // "asked the network to donate the profits", "urged
            // voters to turn out": a request, its recipient, then what
            // was asked.
            None => match clause_after_recipient(doc, k, start, b)
                .or_else(|| request_after_recipient(doc, k, start, b))
            {
                Some(p) => start = p,
                None => continue,
            },
        }
        if start >= b {
            continue;
        }
        // "said on Thursday there were no grounds ...": the time of the
        // saying is not what was said.
        if that.is_none() {
            // (Not before more adverbials: "said Thursday during a taping
            // ..., that"; before "to" unless a verb of saying follows: "agreed
            // Saturday to expand ...", not "took to Twitter on Thursday to
            // say he had ...".)
            let infinitive = |n: usize| {
                doc.word(n) == "to"
                    && doc.next_solid(n).is_some_and(|v| v < b && cue_at(doc, v).is_none())
            };
            if let Some(n) = time_phrase_end(doc, start, b)
                .and_then(|e| doc.next_solid(e))
                .filter(|&n| n < b && doc.is_word(n))
                .filter(|&n| (bare && !opens_adverbial(doc.word(n))) || infinitive(n))
            {
                // ("said late Wednesday that he would")
                start = if doc.word(n) == "that" {
                    doc.next_solid(n).filter(|&x| x < b).unwrap_or(n)
                } else {
                    n
                };
            }
        }
        // "said after the convention he would not accept ...": a short
        // adverbial, then a clause that opens with a pronoun.
        if that.is_none()
            && bare
            && opens_adverbial(doc.word(start))
            && !matches!(doc.word(start), "," | "to")
        {
            let mut j = start;
            for _ in 0..6 {
                match doc.next_solid(j).filter(|&n| n < b && doc.is_word(n)) {
                    Some(n) if matches!(doc.word(n), "he" | "she" | "they" | "we" | "I") => {
                        start = n;
                        break;
                    }
                    Some(n) => j = n,
                    None => break,
                }
            }
        }
        // Content never opens with a conjunction ("said and what I said"),
        // and a bare cue followed by "of", "to", "as" is a noun or a
        // passive ("suspected of", "said to be", "gave some thought to").
        let first = lower(doc.word(start));
        if matches!(
            first.as_ref(),
            "and" | "or" | "but" | "nor" | ")" | "]" | "," | "." | ";" | "according"
        ) {
            continue;
        }
        // "those who support the plan", "residents who can support the
        // mayor gathered outside": a verb of stance in a restrictive
        // relative clause describes people, it reports nothing.
        if takes_object(doc.word(k)) && restrictive_relative_before(doc, a, k) {
            continue;
        }
        // "declined to comment", "refused to say whether": a refusal is an
        // attribution when what was refused is speech ("refused to fight"
        // is not).
        if lower_in(doc.word(k), REFUSALS)
            && !(first == "to"
                && doc
                    .next_solid(start)
                    .is_some_and(|n| n < b && lower_in(doc.word(n), REFUSED_SPEECH)))
        {
            continue;
        }
        // "said in its annual report released on Thursday.": the medium of
        // the saying, with no clause after it, is not what was said (the
        // content stood before it); "said in a statement it forecasts ..."
        // goes on to its content.
        if that.is_none() && matches!(first.as_ref(), "in" | "on" | "during" | "via" | "through") {
            let medium = (start..b).filter(|&j| doc.is_word(j)).take(10).find(|&j| {
                MEDIUM_NOUN_SET.has(doc.word(j)) || lower_in(doc.word(j), &["report", "study"])
            });
            if let Some(m) = medium {
                // (Six words at most are read: a long sentence costs no more.)
                let mut rest = (m + 1..b).filter(|&j| doc.is_word(j)).take(6);
                let clause_or_long = rest.clone().count() > 5
                    || rest
                        .any(|j| matches!(doc.word(j), "that" | "it") || is_pronoun(doc.word(j)));
                if !clause_or_long {
                    continue;
                }
                // "said in an emailed statement it regretted the decision":
                // the clause after the medium (and its time) is what was
                // said.
                // ("said in a report accepted by the ministry that it ...":
                // past the medium's participle, to its "that".)
                let after = doc
                    .next_solid(m)
                    .filter(|&n| n < b)
                    .and_then(|n| time_phrase_end(doc, n, b))
                    .unwrap_or(m);
                if let Some(n) = doc.next_solid(after).filter(|&n| n < b && doc.is_word(n)) {
                    let w = doc.word(n);
                    let that = (n..b)
                        .filter(|&j| doc.is_word(j))
                        .take(8)
                        .take_while(|&j| !is_pronoun(doc.word(j)) && doc.word(j) != "it")
                        .find(|&j| doc.word(j) == "that");
                    if let Some(t) = that {
                        if let Some(x) = doc.next_solid(t).filter(|&x| x < b) {
                            start = x;
                        }
                    } else if is_pronoun(w)
                        || w == "it"
                        || (!is_past_form(w)
                            && !w.ends_with("ing")
                            && clause_follows(doc, after, b))
                    {
                        start = n;
                    }
                }
            }
        }
        // "said goodbye to the old bridge": a greeting is no statement.
        if matches!(first.as_ref(), "goodbye" | "hello" | "farewell" | "grace") {
            continue;
        }
        // "wrote to the Defense Secretary asking ...": the letter's
        // recipient, not what it said.
        if first == "to"
            && lower_in(doc.word(k), &["wrote", "write", "writes", "writing", "written"])
        {
            continue;
        }
        // "villagers suspected of supporting armed groups": a passive
        // participle, no speech.
        if first == "of" && lower_in(doc.word(k), &["suspected"]) {
            continue;
        }
        // "repeated himself", "has repeated for decades": no words were
        // repeated.
        if that.is_none()
            && lower(doc.word(k)).starts_with("repeat")
            && matches!(
                first.as_ref(),
                "himself"
                    | "herself"
                    | "themselves"
                    | "itself"
                    | "myself"
                    | "for"
                    | "over"
                    | "throughout"
                    | "during"
                    | "again"
                    | "often"
                    | "in"
                    | "on"
                    | "at"
            )
        {
            continue;
        }
        // "has said little about the plan", "said nothing on Monday": no
        // statement (but "said nothing would change").
        if that.is_none()
            && matches!(first.as_ref(), "little" | "nothing")
            && doc.next_solid(start).is_none_or(|n| {
                n >= b
                    || !doc.is_word(n)
                    || opens_adverbial(doc.word(n))
                    || matches!(doc.word(n), "about" | "of")
            })
        {
            continue;
        }
        // "acknowledged after the paper asked about them", "reports live
        // from the field": after a bare cue a subordinate clause or a
        // manner is no content.
        // "called into a radio program", "reported from Midway Atoll", "laws
        // proposed during his term": nor a direction or a time.
        if that.is_none()
            && matches!(
                first.as_ref(),
                "after"
                    | "because"
                    | "until"
                    | "live"
                    | "into"
                    | "from"
                    | "during"
                    | "off"
                    | "up"
                    | "with"
            )
            // ... unless a clause follows its comma: "said because much of
            // the capital is tied up, he could not certify ...".
            && !(lower_in(doc.word(k), &["said", "says", "say"])
                && matches!(first.as_ref(), "because" | "after")
                && (start..b)
                    .take(40)
                    .find(|&j| doc.word(j) == ",")
                    .is_some_and(|c| clause_follows(doc, c, b)))
        {
            continue;
        }
        let mut end = content_end(doc, start, b);
        // "reported a net loss of $5 million", "Reports Third Quarter
        // Results", "dismissed an appeal brought by ...": a company's
        // figures and a court's ruling on a suit are acts, not speech.
        if that.is_none() && act_not_speech(doc, k, start, end) {
            continue;
        }
        let object = that.is_none() && takes_object(doc.word(k));
        if object {
            end = object_end(doc, start, end);
        }
        // "Mr. Obama, who understood [that the push would fail], told his
        // advisers": in a relative clause after a comma the content ends
        // at the clause's comma.
        let relative = (a..k).rev().take(40).find(|&j| doc.word(j) == ",").is_some_and(|c| {
            doc.next_solid(c).is_some_and(|n| matches!(doc.word(n), "who" | "which"))
        });
        if relative {
            if let Some(comma) = clause_comma(doc, start, end) {
                end = doc.prev_solid(comma).unwrap_or(start).max(start);
            }
        }
        // `the plans "an absolute disgrace," and`: a quote the content opens
        // closes after the comma that ends it.
        let marks = (start..=end).filter(|&j| matches!(doc.tokens[j].kind, TokenKind::Quote(_)));
        if marks.count() % 2 == 1 {
            if let Some(close) = doc
                .next_solid(end)
                .filter(|&c| c < b && doc.word(c) == ",")
                .and_then(|c| doc.next_solid(c))
                .filter(|&q| q < b && matches!(doc.tokens[q].kind, TokenKind::Quote(_)))
            {
                end = close;
            }
        }
        let content = Span::new(doc.tokens[start].span.start, doc.tokens[end].span.end);
        let words = word_count(doc, content);
        // `called it "predatory"`: a label in quotes may be one word.
        let label = lower_in(
            doc.word(k),
            &["called", "calls", "call", "calling", "labeled", "labelled", "described", "termed"],
        ) && (start..=end).any(|j| matches!(doc.tokens[j].kind, TokenKind::Quote(_)));
        // An object may be a name or a pronoun ("criticized Clinton during a
        // rally", "opposed it").
        let least = if object {
            1
        } else if label {
            2
        } else {
            3
        };
        // A clause of two words is a subject and its verb: "said revenue
        // rose", "said talks failed" (irregular verbs too).
        let short_clause = words == 2 && !object && {
            let mut ws = (start..=end).filter(|&j| doc.is_word(j));
            let (first, verb) = (ws.next(), ws.next());
            // (The clause ends the sentence: not "said the proposed" of a
            // content cut short.)
            let ends = doc.next_solid(end).is_none_or(|n| matches!(doc.word(n), "." | "!"));
            ends && first.is_some_and(|f| {
                let w = doc.word(f);
                !opens_adverbial(w)
                    && !w.ends_with("ly")
                    && !is_determiner(doc, f)
                    && !is_auxiliary(&lower(w))
            }) && verb.is_some_and(|v| {
                let v = doc.word(v);
                is_past_form(v)
                    || lower_in(v, &["rose", "fell", "grew", "won", "lost", "left", "broke"])
                    // "said he would", "said they could": a pronoun and
                    // its modal answer the question before.
                    || (is_auxiliary(&lower(v))
                        && first.is_some_and(|f| {
                            is_pronoun(doc.word(f))
                        }))
            })
        };
        if words < least && !short_clause {
            continue;
        }
        // A short object is a name, a pronoun, a determined noun or a bare
        // noun ("mentioned climate change"), not an adverb ("mentioned just
        // now", "supported as well") or a preposition.
        let w = doc.word(start);
        let adverb = opens_adverbial(w)
            || lower_in(
                w,
                &[
                    "just", "too", "as", "here", "there", "only", "even", "well", "twice", "so",
                    "that", "back", "out", "up", "down", "off", "for", "about",
                ],
            );
        // (Not a verb: "the Friday attacks wore off".)
        let bare_noun = !adverb && doc.is_word(start) && !is_auxiliary(w) && !is_past_form(w);
        if words < 3
            && !doc.is_cap(start)
            && !is_determiner(doc, start)
            && !bare_noun
            && !lower_in(
                w,
                &[
                    "it", "him", "her", "them", "us", "me", "his", "their", "its", "our", "my",
                    "your",
                ],
            )
        {
            continue;
        }
        // "..., Mr. Obama said in his interview.": a short adverbial after a
        // bare cue is no content (what was said came before).
        if that.is_none() && inverted_or_adverbial(sieve, k, start, end, b) {
            continue;
        }
        let clause_cue = lower_in(doc.word(k), &["said", "says", "say", "added", "adds"]);
        if that.is_none()
            && words <= if clause_cue { 7 } else { 5 }
            && opens_adverbial(doc.word(start))
            && !infinitive_at(doc, start, b)
        {
            continue;
        }
        // "CONTENT, the Defence Secretary announced today during his visit
        // to Kyiv, where ...": a time and adverbials after the cue are no
        // object; what was announced came before the comma.
        if that.is_none()
            && (a..k).any(|j| doc.word(j) == ",")
            && time_then_adverbial(doc, start, end)
        {
            continue;
        }
        return Some(sieve.said(who, k, cue_end, content, (a, k)));
    }
    None
}

/// Whether tokens `start..=end` open with a time ("today", "on Monday",
/// "this week") that only adverbials or nothing follow: "today during his
/// visit", not "today a new package".
fn time_then_adverbial(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    let w = lower(doc.word(start));
    let next = |j: usize| doc.next_solid(j).filter(|&n| n <= end);
    let after = match w.as_ref() {
        "today" | "yesterday" | "tonight" | "earlier" | "later" => next(start),
        // "..., researchers reported Wednesday in the journal".
        _ if crate::lexicon::is_weekday(doc.word(start)) && doc.is_cap(start) => next(start),
        "on" => match next(start) {
            Some(d) if is_day_or_month(doc.word(d)) => next(d),
            _ => return false,
        },
        "this" | "last" => match next(start) {
            Some(d)
                if lower_in(
                    doc.word(d),
                    &["week", "month", "year", "morning", "afternoon", "evening"],
                ) =>
            {
                next(d)
            }
            _ => return false,
        },
        _ => return false,
    };
    after.is_none_or(|n| {
        matches!(
            doc.word(n),
            "," | "during"
                | "at"
                | "in"
                | "on"
                | "after"
                | "before"
                | "while"
                | "following"
                | "ahead"
                | "from"
                | "with"
                | "by"
                | "near"
                | "outside"
        )
    })
}

/// "According to X, CONTENT.", "CONTENT, according to X." and "CONTENT,
/// according to X, CONTENT." (where the whole sentence was said). X is
/// any source: a person, a body, or words ("federal statistics", "show
/// insiders").
fn according_to(sieve: &mut Sieve<'_, '_>, a: usize, b: usize) -> Option<RawQuote> {
    let doc = sieve.doc;
    let (k, to) = (a..b).find_map(|k| according_to_at(doc, k).map(|to| (k, to)))?;
    let mut end = b - 1;
    while end > a && doc.tokens[end].kind == TokenKind::Punct {
        end -= 1;
    }
    let source_start = doc.next_solid(to).filter(|&n| n <= end)?;
    // "... unnoticed: According to recent polls, CONTENT": after a colon as
    // at the sentence's start.
    let opens = k == a || doc.prev_solid(k).is_some_and(|p| p >= a && doc.word(p) == ":");
    let (who_range, content) = if opens {
        // According to X, CONTENT.
        let comma = (to..end).find(|&j| doc.word(j) == ",")?;
        let start = doc.next_solid(comma)?;
        ((source_start, comma), Span::new(doc.tokens[start].span.start, doc.tokens[end].span.end))
    } else {
        // CONTENT, according to X[, CONTENT]; the comma may be missing
        // ("Clinton leads by 271 delegates according to a count").
        let before = doc.prev_solid(k).filter(|&p| p >= a)?;
        let last = if matches!(doc.word(before), "," | "—" | "–") {
            doc.prev_solid(before).filter(|&p| p >= a)?
        } else if (doc.is_word(before) || doc.tokens[before].kind == TokenKind::Number)
            && names_a_source(sieve, source_start, end + 1)
        {
            before
        } else {
            return None;
        };
        match (to..end).find(|&j| doc.word(j) == ",") {
            Some(comma) => (
                (source_start, comma),
                Span::new(doc.tokens[a].span.start, doc.tokens[end].span.end),
            ),
            None => (
                (source_start, end + 1),
                Span::new(doc.tokens[a].span.start, doc.tokens[last].span.end),
            ),
        }
    };
    // A content may hold quoted words (`the move reeks of “fear”`): mixed
    // speech. Where a whole quote was found, the caller keeps that one.
    if who_range.0 >= who_range.1 || word_count(doc, content) < 3 {
        return None;
    }
    let who = source_after_according(sieve, who_range.0, who_range.1);
    let span = Span::new(doc.tokens[a].span.start, doc.tokens[end].span.end);
    let cue = Span::new(doc.tokens[k].span.start, doc.tokens[to].span.end);
    Some(sieve.according(who, cue, span, content, who_range))
}

/// The comma that closes an apposition opening after the comma at `comma`
/// (up to `end`): "mayor of Carmona,", "the chief economist at Acme,"; a
/// lowercase or titled phrase of ten words at most, with no verb, cue or
/// quote mark.
fn apposition_end(doc: &Doc<'_>, comma: usize, end: usize) -> Option<usize> {
    let head = doc.next_solid(comma).filter(|&h| h < end && doc.is_word(h))?;
    let w = doc.word(head);
    if !(is_determiner(doc, head) || is_title_word(w) || !doc.is_cap(head)) || is_pronoun(w) {
        return None;
    }
    let mut words = 0;
    for j in head..end {
        match doc.word(j) {
            "," => return (words > 0).then_some(j),
            _ if doc.tokens[j].is_space() || doc.word(j) == "." => {}
            _ if doc.is_word(j) => {
                words += 1;
                let w = doc.word(j);
                if words > 10
                    || is_auxiliary(w)
                    || cue_at(doc, j).is_some()
                    || FUNCTION.contains(&w) && !matches!(w, "of" | "at" | "for" | "in" | "to")
                {
                    return None;
                }
            }
            _ => return None,
        }
    }
    None
}

/// The source of "according to" in the tokens `from..to`: a mention, a
/// pronoun's object form ("according to him"), or the words.
fn source_after_according(sieve: &Sieve<'_, '_>, from: usize, to: usize) -> Who {
    let doc = sieve.doc;
    // "according to data compiled by LSEG", "according to figures
    // released by the ministry": whoever compiled them is the source.
    // (Not an owner's: "Perelman's letter released by Gillette" is
    // Perelman's.)
    const MADE: &[&str] = &[
        "compiled",
        "published",
        "released",
        "gathered",
        "collected",
        "provided",
        "issued",
        "conducted",
        "prepared",
        "calculated",
    ];
    let by = (from..to).find(|&j| {
        doc.word(j) == "by"
            && doc.prev_solid(j).is_some_and(|p| p > from && lower_in(doc.word(p), MADE))
    });
    let by = by.filter(|&by| (from..by).all(|j| possessive_stem(doc.word(j)).is_none()));
    if let Some(by) = by.and_then(|by| doc.next_solid(by)).filter(|&n| n < to) {
        return source_after_according(sieve, by, to);
    }
    // "according to an internal memo seen by Reuters": who saw the
    // document is not its source; the document is.
    let seen = (from..to).find(|&j| {
        lower_in(doc.word(j), &["seen", "obtained", "reviewed", "viewed", "received"])
            && doc.next_solid(j).is_some_and(|n| n < to && doc.word(n) == "by")
    });
    let to = seen.and_then(|j| doc.prev_solid(j)).filter(|&p| p >= from).map_or(to, |p| p + 1);
    sieve.who_in(from, to).unwrap_or_else(|| {
        let last = doc.prev_solid(to).filter(|&p| p >= from).unwrap_or(from);
        let span = Span::new(doc.tokens[from].span.start, doc.tokens[last].span.end);
        match lower(&doc.text[span]).as_ref() {
            "him" => Who::Pronoun(span, Some(true)),
            "her" => Who::Pronoun(span, Some(false)),
            "them" => Who::Pronoun(span, None),
            _ => Who::Words(span),
        }
    })
}

/// A source named in a passive: "As reported by The Post, CONTENT." and
/// "CONTENT was first reported by The Post." (the subject is what was
/// reported).
fn reported_by(sieve: &mut Sieve<'_, '_>, a: usize, b: usize) -> Option<RawQuote> {
    let doc = sieve.doc;
    // (A test of the ending first: this looks at every word of every
    // sentence that no earlier rule attributed.)
    let participle = |k: usize| {
        doc.is_word(k)
            && doc.word(k).ends_with("ed")
            && lower_in(
                doc.word(k),
                &["reported", "noted", "stated", "revealed", "disclosed", "described"],
            )
    };
    let adverb = |k: usize| {
        matches!(
            lower(doc.word(k)).as_ref(),
            "first" | "previously" | "earlier" | "originally" | "also" | "initially"
        )
    };
    let k = (a..b).find(|&k| participle(k))?;
    let by = doc.next_solid(k).filter(|&n| n < b && doc.word(n) == "by")?;
    let mut end = b - 1;
    while end > a && doc.tokens[end].kind == TokenKind::Punct {
        end -= 1;
    }
    let from = doc.next_solid(by).filter(|&n| n <= end)?;
    let mut before = doc.prev_solid(k).filter(|&p| p >= a)?;
    if adverb(before) {
        before = doc.prev_solid(before).filter(|&p| p >= a)?;
    }
    let (content, stop) = if before == a && doc.word(a).eq_ignore_ascii_case("as") {
        // As reported by X, CONTENT.
        let comma = (from..end).find(|&j| doc.word(j) == ",")?;
        let start = doc.next_solid(comma).filter(|&s| s <= end)?;
        let last = trim_end(doc, start, content_cut(doc, start, end + 1));
        (Span::new(doc.tokens[start].span.start, doc.tokens[last].span.end), comma)
    } else if matches!(lower(doc.word(before)).as_ref(), "was" | "were" | "has" | "have")
        && before > a
    {
        // CONTENT was first reported by X.: the subject, up to ten words,
        // and X up to the sentence's end or an adverbial.
        let last = doc.prev_solid(before).filter(|&p| p >= a)?;
        let content = Span::new(doc.tokens[a].span.start, doc.tokens[last].span.end);
        if word_count(doc, content) > 10
            || (a..before).any(|j| doc.word(j) == "," || cue_at(doc, j).is_some())
        {
            return None;
        }
        let stop = (from..=end)
            .find(|&j| !doc.is_word(j) && !doc.tokens[j].is_space() && doc.word(j) != ".")
            .unwrap_or(end + 1);
        (content, stop)
    } else {
        return None;
    };
    if from >= stop || doc.text[content].contains(['"', '“', '”', '«', '»']) {
        return None;
    }
    // A person or body named, else the words of a name ("the Miami
    // Herald", not the place in it).
    let named = speaker_alone(sieve, from, stop - 1).filter(|w| match w {
        Who::Mention(sp, _) => doc.cand_at(sp.start).is_some_and(|c| c.kind != EntityKind::Place),
        Who::Words(_) => false,
        _ => true,
    });
    let who = named.or_else(|| {
        let last = doc.prev_solid(stop).filter(|&p| p >= from)?;
        let name = if is_determiner(doc, from) { doc.next_solid(from)? } else { from };
        (doc.is_cap(name) && (from..=last).filter(|&j| doc.is_word(j)).count() <= 5)
            .then(|| Who::Words(Span::new(doc.tokens[from].span.start, doc.tokens[last].span.end)))
    })?;
    let span = Span::new(doc.tokens[a].span.start, doc.tokens[end].span.end);
    let cue = Span::new(doc.tokens[k].span.start, doc.tokens[by].span.end);
    Some(sieve.according(who, cue, span, content, (from, stop)))
}

/// The first token of the phrase whose last is `to` (see
/// [`according_to_at`]): "according", or the "In" of "In the words of".
fn according_start(doc: &Doc<'_>, to: usize) -> usize {
    let back = if doc.word(to) == "of" { 3 } else { 1 };
    (0..back).try_fold(to, |j, _| doc.prev_solid(j)).unwrap_or(to)
}

/// The "to" of "according to" when token `k` is "according", or the "of"
/// of "In the words of" when it is "In".
fn according_to_at(doc: &Doc<'_>, k: usize) -> Option<usize> {
    if !doc.is_word(k) {
        return None;
    }
    // ("In the words of Jane Doe, CEO of Acme, \"…\"": the same, longer.)
    if doc.word(k).eq_ignore_ascii_case("in") {
        let the = doc.next_on_line(k).filter(|&n| doc.word(n) == "the")?;
        let words = doc.next_on_line(the).filter(|&n| doc.word(n) == "words")?;
        return doc.next_on_line(words).filter(|&n| doc.word(n) == "of");
    }
    if !doc.word(k).eq_ignore_ascii_case("according") {
        return None;
    }
    doc.next_on_line(k).filter(|&n| doc.word(n) == "to")
}

/// Whether the words `a..b` after "according to" without a comma name a
/// source ("a count by The Associated Press", "Reuters", "the poll"), not a
/// norm ("according to plan", "according to the Constitution").
fn names_a_source(sieve: &Sieve<'_, '_>, a: usize, b: usize) -> bool {
    let doc = sieve.doc;
    // The source is named before any comma or relative clause ("according
    // to the bill that the Duma is considering" names no source).
    let end = (a..b)
        .take_while(|&j| !matches!(doc.word(j), "," | "that" | "which" | "who"))
        .last()
        .map_or(a, |j| j + 1);
    matches!(sieve.who_in(a, end), Some(Who::Mention(..) | Who::SourceNoun(..)))
        || (a..end).any(|j| {
            doc.is_word(j)
                && lower_in(
                    doc.word(j),
                    &[
                        "count",
                        "tally",
                        "poll",
                        "polls",
                        "survey",
                        "estimate",
                        "estimates",
                        "figures",
                        "data",
                        "study",
                        "analysis",
                        "records",
                    ],
                )
        })
}

/// Whether a cue of speech follows the name that ends at token `last`,
/// past a ticker or an acronym in brackets, an apposition between commas
/// and an adverb: "Computer Terminal Systems Inc <CPML> said", "<Hughes
/// Capital Corp> said", "Northwind Robotics, Inc. (NASDAQ: NWRB), a maker
/// of robots, today announced".
fn speaks_after(doc: &Doc<'_>, last: usize) -> bool {
    let mut n = doc.next_solid(last);
    // ("<Hughes Capital Corp> said": the name in brackets.)
    if let Some(close) = n.filter(|&c| matches!(doc.word(c), ">" | "]" | ".")) {
        n = doc.next_solid(close);
    }
    if let Some(open) = n.filter(|&o| matches!(doc.word(o), "<" | "[" | "(")) {
        let close = match doc.word(open) {
            "<" => ">",
            "[" => "]",
            _ => ")",
        };
        n = (open + 1..doc.tokens.len().min(open + 12))
            .find(|&j| doc.word(j) == close)
            .and_then(|j| doc.next_solid(j));
    }
    if let Some(comma) = n.filter(|&c| doc.word(c) == ",") {
        n = (comma + 1..doc.tokens.len().min(comma + 40))
            .take_while(|&j| {
                !matches!(doc.word(j), "." | ";") && !doc.tokens[j].is_paragraph_break()
            })
            .find(|&j| doc.word(j) == ",")
            .and_then(|j| doc.next_solid(j));
    }
    if let Some(adverb) = n.filter(|&a| matches!(doc.word(a), "also" | "today" | "has" | "had")) {
        n = doc.next_solid(adverb);
    }
    n.is_some_and(|k| cue_at(doc, k).is_some())
}

/// The last word of a name that ends with the closing angle or square
/// bracket at `p`, as wire copy writes them: "National Semiconductor
/// <NSM>", "Benetton Group Spa [BTOM.MI]", a ticker after the name, or
/// "<Bryson Oil and Gas Plc>", a name in brackets.
fn bracketed_name(doc: &Doc<'_>, a: usize, p: usize) -> Option<usize> {
    let opener = if doc.word(p) == "]" { "[" } else { "<" };
    let open = (a..p).rev().take(24).find(|&j| doc.word(j) == opener)?;
    // (After a common noun the name is the one in brackets: "investment
    // group <Industrial Equity Ltd>".)
    match doc.prev_solid(open).filter(|&x| x >= a && doc.is_word(x) && doc.is_cap(x)) {
        Some(x) => Some(x),
        None => doc.prev_solid(p).filter(|&x| x > open),
    }
}

/// When token `p` closes an aside between dashes ("The justice -- who
/// has been ... -- said", "speakers at the service — including Muslims
/// and Jews — said"): the token before the aside opens, or `Some(None)`
/// when no opening dash stands within reach. `None` when `p` closes no
/// aside.
fn before_dash_aside(doc: &Doc<'_>, a: usize, p: usize) -> Option<Option<usize>> {
    let double = p > a && doc.word(p) == "-" && doc.word(p - 1) == "-";
    if !(double || is_dash(doc.word(p))) {
        return None;
    }
    let close = if double { p - 1 } else { p };
    let open = (a..close)
        .rev()
        .take(96)
        .find(|&j| doc.word(j) == doc.word(p) && (!double || (j > a && doc.word(j - 1) == "-")));
    let open = open.map(|o| if double { o - 1 } else { o });
    Some(open.and_then(|o| doc.prev_solid(o)).filter(|&x| x >= a))
}

/// The speaker right before the cue at token `k`, within the sentence
/// starting at `a`: auxiliaries ("has", "also") and one parenthetical
/// ("Lavrov, for his part, stressed"; "Peskov, the Kremlin spokesman,
/// said") may stand between.
fn subject_of(sieve: &Sieve<'_, '_>, a: usize, k: usize) -> Option<Who> {
    let doc = sieve.doc;
    if let Some(who) = agent_before(sieve, a, k) {
        return Some(who);
    }
    // "The message sent to the family and friends of X reads": a document
    // that a participle of sending follows is the subject, not the
    // participle's object.
    let opener = doc.next_solid(a.saturating_sub(1)).filter(|&f| f >= a && f < k);
    let noun =
        opener.map(|f| if is_determiner(doc, f) { doc.next_solid(f).unwrap_or(f) } else { f });
    if let Some(f) = noun.filter(|&f| f < k) {
        // (Not before "by": "A statement delivered by the conference's
        // president, X, said" is X's.)
        let sent = doc.next_solid(f).filter(|&v| v < k).is_some_and(|v| {
            matches!(doc.word(v), "sent" | "addressed" | "delivered" | "conveyed" | "published")
                && doc.next_solid(v).is_some_and(|b| doc.word(b) != "by")
        });
        if let Some(n) = source_noun(&lower(doc.word(f))).filter(|_| sent) {
            return Some(Who::SourceNoun(sieve.with_article(f), n));
        }
    }
    let mut p = doc.prev_solid(k).filter(|&p| p >= a)?;
    p = skip_between(doc, a, p)?;
    // ("<Industrial Equity Ltd> (IEL) said": an acronym after it.)
    if doc.word(p) == ")" {
        let open = (a..p).rev().take(8).find(|&j| doc.word(j) == "(");
        if let Some(b) = open.and_then(|o| doc.prev_solid(o)).filter(|&b| b >= a) {
            if matches!(doc.word(b), ">" | "]") {
                p = b;
            }
        }
    }
    if matches!(doc.word(p), ">" | "]") {
        p = bracketed_name(doc, a, p)?;
    }
    if let Some(head) = contact_clause_head(doc, a, p) {
        return Some(Who::Words(noun_phrase(doc, a, head)));
    }
    // "The mayor of Hamburg is demanding that": the progressive's
    // auxiliary stands between the subject and the participle.
    if doc.word(k).ends_with("ing") && matches!(doc.word(p), "is" | "are" | "was" | "were") {
        p = doc.prev_solid(p).filter(|&x| x >= a)?;
        p = skip_between(doc, a, p)?;
    }
    match doc.word(p) {
        // "The VAT is confirmed online": a passive has no speaker.
        w if BE_FORMS.contains(&w) => return None,
        // "listeners who said they had misgivings", "Mr. Kamin, who
        // emphasized that": the relative pronoun's antecedent speaks (not
        // "the WHO").
        "who" => {
            let mut q = doc.prev_solid(p).filter(|&q| q >= a)?;
            if doc.word(q) == "," {
                q = doc.prev_solid(q).filter(|&q| q >= a)?;
            }
            // "said Sen. Richard Blumenthal (D-Conn.), who's been pushing":
            // the name before its party and state.
            if doc.word(q) == ")" {
                let open = (a..q).rev().take(8).find(|&j| doc.word(j) == "(")?;
                q = doc.prev_solid(open).filter(|&q| q >= a)?;
            }
            // "How do you know who wants ...": a question word after a verb
            // of knowing or asking, not a relative pronoun.
            const ASKING: &[&str] = &[
                "know",
                "knows",
                "knew",
                "ask",
                "asks",
                "asked",
                "wonder",
                "wondered",
                "decide",
                "decides",
                "see",
                "tell",
                "told",
                "about",
                "of",
                "on",
                "matter",
                "determine",
                "show",
                "shows",
                "guess",
            ];
            // ("..., whom Bush appointed ..., and who is now supporting":
            // the antecedent stands before the first relative clause.)
            if !doc.is_word(q)
                || (!doc.is_cap(q) && ASKING.contains(&doc.word(q)))
                || matches!(doc.word(q), "and" | "or" | "but")
            {
                return None;
            }
            if let Some(subject) = predicate_subject(sieve, a, q) {
                return subject;
            }
            let who = speaker_ending_at(sieve, a, q);
            // "Democrats on Capitol Hill, who have argued", "a staffer at
            // the State Department who told": no place or body after a
            // preposition, but the head before it.
            // "Howard Rubel, an analyst at Jefferies, who notes": the person
            // the apposition describes.
            let described = |w: Who| match w {
                Who::Words(words) => person_apposed_to(doc, a, words).unwrap_or(w),
                w => w,
            };
            if let Some(prep) = who.as_ref().and_then(|w| modifier_object(doc, a, w)) {
                if let Some(head) = head_before_modifier(sieve, a, q) {
                    return Some(described(head));
                }
                // "Nicky Driscoll, 24, from Manchester, who said": the
                // subject before an apposition.
                let head = doc.prev_solid(prep).filter(|&h| h >= a)?;
                return if doc.is_word(head) {
                    Some(described(Who::Words(noun_phrase(doc, a, head))))
                } else {
                    subject_of(sieve, a, prep)
                };
            }
            return Some(described(who.unwrap_or_else(|| Who::Words(noun_phrase(doc, a, q)))));
        }
        // "Acme Corp, which said last week it would cut jobs, ...": a body
        // before the comma of a relative clause speaks (not a thing: "the
        // plan, which said little"), in the past or with "says": a habit or
        // a plan describes it ("the fund, which supports schools", "the
        // group, which will emphasize exploration").
        "which" => {
            let cue = doc.word(k);
            let habit = (cue.ends_with('s') && !lower_in(cue, SAY_OR_TELL))
                || (p + 1..k).any(|j| {
                    matches!(
                        doc.word(j),
                        "will" | "would" | "can" | "could" | "may" | "might" | "should" | "must"
                    )
                });
            if habit {
                return None;
            }
            let comma = doc.prev_solid(p).filter(|&c| c >= a && doc.word(c) == ",")?;
            let q = doc.prev_solid(comma).filter(|&q| q >= a)?;
            return speaker_ending_at(sieve, a, q).filter(|w| match w {
                Who::Mention(sp, _) => {
                    doc.cand_at(sp.start).is_some_and(|c| c.kind == EntityKind::Institution)
                }
                Who::OrgNoun(..) => true,
                _ => false,
            });
        }
        // "He backed the bill and said he would sign it", "... careless,
        // but said ...": a second verb of the sentence's subject.
        "and" | "but" => {
            let subject = sentence_subject(sieve, a, p);
            // "One senior banker said ... but stressed that ...": words no
            // pattern takes whole yield to the speaker of the sentence's
            // attribution before this verb.
            if matches!(subject, None | Some(Who::Words(_))) {
                // (Not the verb of a relative clause: "It said it bought
                // the center, which had been owned by a club and called
                // Lions Home".)
                let shared = sieve.attributed.filter(|&(end, _)| {
                    end >= a
                        && end < p
                        && (end + 1..p).all(|j| !matches!(doc.word(j), "which" | "who" | "whom"))
                });
                if let Some((_, (span, target))) = shared {
                    return Some(Who::resolved(span, target));
                }
            }
            return subject;
        }
        _ => {}
    }
    // The period of an abbreviation: "The S.E.C. said".
    if doc.word(p) == "." && p > a && doc.is_word(p - 1) {
        p -= 1;
    }
    // `X, citing "the report," said`: the comma of an apposition that
    // ends with a quote.
    if matches!(doc.tokens[p].kind, TokenKind::Quote(_)) {
        if let Some(comma) = doc.prev_solid(p).filter(|&x| x > a && doc.word(x) == ",") {
            p = comma;
        }
    }
    // A parenthesis after the speaker ("Sen. David Perdue (R-Ga.) said")
    // and up to two appositions ("Yin May, 60, a doctor, said"; "Rep. Elijah
    // Cummings (D-Md.), chair of the committee, said").
    for _ in 0..3 {
        if doc.word(p) == ")" {
            let open = (a..p).rev().take(12).find(|&j| doc.word(j) == "(")?;
            p = doc.prev_solid(open).filter(|&x| x >= a)?;
            continue;
        }
        // "speakers at the service — including Muslims and Jews — said":
        // an apposition between dashes.
        // ... or between double hyphens: "Kall -- co-editor of a book --
        // said".
        if matches!(doc.word(p), "—" | "–") || (doc.word(p) == "-" && p > a + 1) {
            if let Some(before) = before_dash_aside(doc, a, p) {
                p = before?;
                continue;
            }
        }
        if doc.word(p) != "," {
            break;
        }
        // The comma that opens the apposition; not those of a town and
        // its region before "-based" ("Entwistle Co, a Hudson,
        // Mass.,-based defense contractor, said").
        let based = |j: usize| {
            // (After an article and the town: "a Hudson,", "the San Jose,".)
            let mut t = j;
            let mut town = 0;
            while let Some(x) = doc.prev_solid(t).filter(|&x| x > a && doc.is_cap(x) && town < 3) {
                t = x;
                town += 1;
            }
            let after_town = town > 0 && doc.prev_solid(t).is_some_and(|x| is_determiner(doc, x));
            let glued = doc.tokens.get(j + 1).is_some_and(|t| t.as_str() == "-");
            if !(after_town || glued) {
                return false;
            }
            for x in j + 1..doc.tokens.len().min(j + 10) {
                match doc.word(x) {
                    "based" => return doc.word(x - 1) == "-",
                    _ if doc.is_word(x) && !doc.is_cap(x) => return false,
                    "," if doc.tokens.get(x + 1).is_none_or(|t| t.as_str() != "-") => {
                        return false;
                    }
                    _ => {}
                }
            }
            false
        };
        let Some(mut open) = (a..p).rev().take(96).find(|&j| doc.word(j) == "," && !based(j))
        else {
            // "Sen. Jack Reed (D-R.I.), said": a comma after a parenthesis
            // that opens no apposition.
            match doc.prev_solid(p).filter(|&x| x > a && doc.word(x) == ")") {
                Some(x) => {
                    p = x;
                    continue;
                }
                None => return None,
            }
        };
        // "Teresa Ribera, in charge of Clean, Just and Competitive
        // Transition, said": a list of capitalised words inside the
        // apposition; it opens at the comma right after the person.
        // So may a list of people: "Justice Clarence Thomas, in a dissent
        // joined by Justices Neil Gorsuch, Samuel Alito and Amy Coney
        // Barrett, said", when a lowercase word opens the apposition.
        if doc.prev_solid(open).is_some_and(|x| doc.is_cap(x))
            && doc.next_solid(open).is_some_and(|x| doc.is_cap(x))
            && (open..p).any(|j| doc.word(j) == "and")
        {
            let after_person = (a..open).rev().take(48).find(|&j| {
                doc.word(j) == ","
                    && doc.prev_solid(j).is_some_and(|x| {
                        doc.cand_at(doc.tokens[x].span.start).is_some_and(|c| {
                            c.kind == EntityKind::Person && c.span.end == doc.tokens[x].span.end
                        })
                    })
            });
            let named = doc
                .next_solid(open)
                .is_some_and(|x| doc.cand_at(doc.tokens[x].span.start).is_some());
            if let Some(c) = after_person.filter(|&c| {
                !named || doc.next_solid(c).is_some_and(|x| doc.is_word(x) && !doc.is_cap(x))
            }) {
                open = c;
            }
        }
        // "a professor at James Cook University in Townsville, Australia,
        // said": a place after a town is the town's, no apposition; the
        // apposition opens at a comma before the town.
        let place_alone =
            doc.next_solid(open).and_then(|x| doc.cand_starting(x)).is_some_and(|c| {
                c.kind == EntityKind::Place
                    && doc.next_solid(doc.token_at(c.span.end - 1)) == Some(p)
            });
        if place_alone
            && doc.prev_solid(open).is_some_and(|x| doc.is_cap(x))
            && (open.saturating_sub(40).max(a)..open).any(|j| doc.word(j) == ",")
        {
            p = open;
            continue;
        }
        // A comma that ends a quote opens no apposition. After a title in
        // quotes ("Ann Lee, the author of "Going Viral," about the news,
        // said") the apposition opens before the title; after a quote that
        // opens the sentence (`"... the DPRK," he said, referring to ...`)
        // the speaker is the one who said it.
        let mut marks = (open..k).filter(|&j| matches!(doc.tokens[j].kind, TokenKind::Quote(_)));
        if let Some(q) = marks.next().filter(|_| marks.count() % 2 == 0) {
            let opener = (a..open)
                .rev()
                .take(48)
                .find(|&j| matches!(doc.tokens[j].kind, TokenKind::Quote(_)));
            let title = opener.filter(|&o| (o..open).filter(|&j| doc.is_word(j)).count() <= 8);
            match title.and_then(|o| (a..o).rev().take(48).find(|&j| doc.word(j) == ",")) {
                Some(before_title) => open = before_title,
                None => {
                    let who = match (q + 1..p).find_map(|j| cue_at(doc, j).map(|(e, _)| (j, e))) {
                        // `," said spokesman John Kirby, referring to`
                        Some((cue, e)) if doc.prev_solid(cue) == Some(q) => {
                            speaker_alone(sieve, e + 1, doc.prev_solid(p).unwrap_or(p))
                        }
                        Some((cue, _)) => subject_of(sieve, q + 1, cue),
                        None => sieve
                            .who_in(q + 1, p)
                            .filter(|w| matches!(w, Who::Mention(..) | Who::Pronoun(..))),
                    };
                    return who;
                }
            }
        }
        // "Jane Roe, CEO, Acme Robotics, said", "Dr. Rajiv Bahl, Secretary,
        // Department of Health Research, noted": a title alone between
        // commas after a person, then the body it is of; the person speaks.
        if let Some(w) = person_before_title(doc, a, open, p) {
            return Some(w);
        }
        // "The state's campaign chairman, Phil Lovas, said": a name in the
        // apposition is the speaker; else the words before it.
        // "On Monday, Sen. Jack Reed (D-R.I.), who ..., said": the name
        // before its parenthesis.
        let inner = doc.prev_solid(p).filter(|&x| x > open).and_then(|x| {
            if doc.word(x) != ")" {
                return Some(x);
            }
            let o = (open..x).rev().find(|&j| doc.word(j) == "(")?;
            doc.prev_solid(o).filter(|&y| y > open)
        });
        if let Some(x) = inner {
            if let Some(w @ (Who::Mention(..) | Who::Words(_))) =
                speaker_ending_at(sieve, open + 1, x)
            {
                let named = match w {
                    // Name words must be the whole apposition ("The
                    // chairman, Phil Lovas, said"), not its end ("a
                    // director at a school in Dayton").
                    // One unknown word is as likely a place ("a man who
                    // lives outside the capital, Perth, said").
                    // (Not a description that ends with a noun of people:
                    // "Dr Amelia Stone, FoodLink's chief executive, said".)
                    Who::Words(sp) => {
                        let last = doc.word(doc.token_at(sp.end - 1));
                        doc.cand_at(sp.start).is_none()
                            && is_name_like(doc, doc.token_at(sp.start))
                            && doc.next_solid(open) == Some(doc.token_at(sp.start))
                            && doc.text[sp].contains(' ')
                            && !is_title_word(last)
                            && !SPEAKER_NOUN_SET.has(last)
                            && !person_noun(&lower(last))
                    }
                    // A person named in the apposition speaks; a body only
                    // when it is the whole apposition ("X, the Kremlin,
                    // said"), not the end of a title ("director of the X
                    // Center").
                    Who::Mention(sp, t) => {
                        let person = doc
                            .cand_at(sp.start)
                            .is_some_and(|c| c.kind == EntityKind::Person && c.target == t);
                        let starts = doc.next_solid(open).map_or(usize::MAX, |n| {
                            let n = if doc.is_word(n)
                                && matches!(lower(doc.word(n)).as_ref(), "the" | "a" | "an")
                            {
                                doc.next_solid(n).unwrap_or(n)
                            } else {
                                n
                            };
                            doc.tokens[n].span.start
                        });
                        // A person must open the apposition, after titles
                        // at most ("the head, Deputy Minister Sergei
                        // Ryabkov, said"), not end a clause in it ("Mary
                        // Susan, in a cape that formed the name Trump,
                        // said").
                        let lead = doc.next_solid(open).is_some_and(|n| {
                            let m = doc.token_at(sp.start);
                            n <= m
                                && (n..m).filter(|&j| doc.is_word(j)).count() <= 5
                                && (n..m).all(|j| {
                                    !doc.is_word(j)
                                        || doc.is_cap(j)
                                        || is_determiner(doc, j)
                                        || is_title_word(doc.word(j))
                                })
                        });
                        (person && lead) || sp.start == starts
                    }
                    _ => true,
                };
                if named {
                    return Some(w);
                }
            }
        }
        let mut before = doc.prev_solid(open).filter(|&x| x >= a)?;
        // "Sen. Claire McCaskill (D-Mo.), who ..., said": a parenthesis
        // before the apposition.
        if doc.word(before) == ")" {
            p = before;
            continue;
        }
        if matches!(doc.word(before), ">" | "]") {
            before = bracketed_name(doc, a, before)?;
        }
        // "Yin May, 60, a doctor, said": no speaker before this apposition,
        // but another comma: a second apposition. So too when the words
        // before it end with a body after a preposition ("Jonathan Hale,
        // chief underwriting officer at Northgate Insurance, one of the
        // first customers, said").
        let ending = speaker_ending_at(sieve, a, before);
        // (A long title may stand between: "Robin Lovell-Badge, head of stem
        // cell biology at the Francis Crick Institute, who was not
        // involved, said".)
        // (Past 16 tokens, only back to a person named before the comma.)
        let earlier = (open.saturating_sub(40).max(a)..open).rev().find(|&j| doc.word(j) == ",");
        let earlier = earlier.filter(|&c| {
            open - c <= 16
                || doc.prev_solid(c).is_some_and(|x| {
                    doc.cand_at(doc.tokens[x].span.start).is_some_and(|m| {
                        m.kind == EntityKind::Person && m.span.end == doc.tokens[x].span.end
                    })
                })
        });
        if ending.as_ref().is_none_or(|w| modifier_object(doc, a, w).is_some()) && earlier.is_some()
        {
            p = open;
            continue;
        }
        p = before;
    }
    // "A union representing the dock workers endorsed": the head before a
    // participle speaks, not the participle's object.
    let participle = (0..3)
        .scan(p, |q, _| {
            *q = doc.prev_solid(*q).filter(|&x| x > a && doc.is_word(x))?;
            Some(*q)
        })
        .any(|q| modifier_participle(doc, q));
    if participle {
        if let Some(w) = head_before_modifier(sieve, a, p) {
            return Some(w);
        }
    }
    // "Speakers at the service said": a body's noun in a modifier is not
    // the speaker when a head stands before the preposition.
    let own = speaker_ending_at(sieve, a, p);
    if let Some(Who::OrgNoun(sp, _) | Who::SourceNoun(sp, _) | Who::Words(sp)) = &own {
        // (Past an article: "A farmer in the north said"; past the rest of
        // a capitalised name: "Dan McLaughlin at the National Review".)
        let mut start = doc.token_at(sp.start);
        if matches!(own, Some(Who::Words(_))) {
            while let Some(x) =
                doc.prev_on_line(start).filter(|&x| x > a && doc.is_word(x) && doc.is_cap(x))
            {
                start = x;
            }
        }
        let before = doc
            .prev_solid(start)
            .map(|x| if is_determiner(doc, x) { doc.prev_solid(x).unwrap_or(x) } else { x })
            .filter(|&x| x > a);
        // ("Attorneys for Clinton appeared to oppose": words no list holds
        // after "for" too; a body after it stays, "a spokesman for the
        // ministry" speaks for the ministry.)
        let words = matches!(own, Some(Who::Words(_)));
        let after_for = words && before.is_some_and(|x| doc.word(x) == "for");
        if before.is_some_and(|x| matches!(doc.word(x), "at" | "of" | "from" | "in" | "with")) {
            if let Some(w) = head_before_modifier(sieve, a, p) {
                return Some(w);
            }
        }
        // ... but keeps it: "a spokesman for USAir" is who spoke.
        if after_for {
            if let Some(Who::Words(head)) = head_before_modifier(sieve, a, p) {
                return Some(Who::Words(Span::new(head.start, sp.end)));
            }
        }
    }
    // "Attorneys for Maria Kovalenko appeared to oppose": the people who
    // act for a person speak, not the person.
    if let Some(Who::Mention(sp, _)) = &own {
        let person = doc.cand_at(sp.start).is_some_and(|c| c.kind == EntityKind::Person);
        let before = doc.prev_solid(doc.token_at(sp.start)).filter(|&x| x > a);
        if person && before.is_some_and(|x| doc.word(x) == "for") {
            if let Some(Who::Words(head)) = head_before_modifier(sieve, a, p) {
                return Some(Who::Words(Span::new(head.start, sp.end)));
            }
        }
    }
    // "The chief executive of software company Brightloom defended": the
    // people before the preposition speak, not the body after it and its
    // lowercase modifiers.
    if let Some(Who::Mention(sp, _)) = &own {
        let body = doc.cand_at(sp.start).is_some_and(|c| c.kind == EntityKind::Institution);
        let mut x = doc.prev_on_line(doc.token_at(sp.start)).filter(|&x| x > a);
        let mut modifiers = 0;
        while let Some(y) = x.filter(|&y| {
            modifiers < 3
                && doc.is_word(y)
                && !doc.is_cap(y)
                && !is_between(doc.word(y))
                && !lower_in(doc.word(y), &["of", "at", "from", "for", "in", "on", "with", "by"])
                && !is_determiner(doc, y)
        }) {
            modifiers += 1;
            x = doc.prev_on_line(y).filter(|&z| z > a);
        }
        let of = x.filter(|&y| modifiers > 0 && matches!(doc.word(y), "of" | "at" | "from"));
        let head = of.and_then(|y| doc.prev_solid(y)).filter(|&h| h > a && doc.is_word(h));
        let people = |h: usize| {
            let w = lower(doc.word(h));
            SPEAKER_NOUN_SET.has(&w) || HEAD_TITLE_SET.has(&w) || person_noun(&w)
        };
        if body && head.is_some_and(people) {
            if let Some(w) = head_before_modifier(sieve, a, p) {
                return Some(w);
            }
        }
    }
    // "Dmitry Peskov of the Kremlin said", "Prof Martin Okoye of the
    // University of Salford said": a person before the preposition speaks,
    // not the body after it.
    if let Some(w @ Who::Mention(..)) = &own {
        // ("Marine Le Pen of the far-right National Rally said": lowercase
        // modifiers may stand between the article and the body.)
        let prep = modifier_object(doc, a, w)
            .or_else(|| article_before_modifiers(doc, a, doc.token_at(who_span(w).start)))
            .filter(|&x| matches!(doc.word(x), "of" | "at" | "from" | "with"));
        let head = prep.and_then(|x| doc.prev_solid(x)).filter(|&h| h > a);
        let person = head.and_then(|h| {
            doc.cand_at(doc.tokens[h].span.start)
                .filter(|c| c.kind == EntityKind::Person && doc.token_at(c.span.end - 1) == h)
        });
        if let Some(c) = person {
            return Some(Who::Mention(c.span, c.target));
        }
    }
    // "The city of Hamburg is demanding": a place after "of" names what
    // the head before it belongs to.
    let place = doc
        .cand_at(doc.tokens[p].span.start)
        .filter(|c| c.kind == EntityKind::Place && c.span.end == doc.tokens[p].span.end);
    if let Some(sp) = place.map(|c| c.span) {
        // "A farmer in Lyon said": the head before a place's preposition.
        let near = doc
            .prev_solid(doc.token_at(sp.start))
            .filter(|&x| x > a && matches!(doc.word(x), "in" | "from" | "near" | "outside"));
        if near.is_some() {
            if let Some(w) = head_before_modifier(sieve, a, p) {
                return Some(w);
            }
        }
        let of = doc.prev_solid(doc.token_at(sp.start)).filter(|&x| x > a && doc.word(x) == "of");
        if let Some(of) = of {
            if let Some(w) = head_before_modifier(sieve, a, p) {
                return Some(w);
            }
            // "The city of Hamburg", "the people of Ohio": the place's own
            // body or people, named with it.
            let head = doc.prev_solid(of).filter(|&h| {
                h > a
                    && lower_in(
                        doc.word(h),
                        &["city", "state", "town", "county", "province", "region", "people"],
                    )
            });
            if let Some(h) = head {
                return Some(Who::Words(Span::new(noun_phrase(doc, a, h).start, sp.end)));
            }
        }
    }
    // "The man who hired Smith said": the object of a relative clause
    // does not speak, its head does.
    if let Some(w) = own.as_ref().filter(|w| !matches!(w, Who::Pronoun(..))) {
        let start = doc.token_at(who_span(w).start);
        let mut q = start;
        for _ in 0..12 {
            let Some(x) = doc.prev_solid(q).filter(|&x| x > a) else { break };
            if !doc.is_word(x) || cue_at(doc, x).is_some() {
                break;
            }
            if doc.word(x) == "who" {
                if let Some(head) = antecedent(sieve, a, x) {
                    return Some(head);
                }
                break;
            }
            q = x;
        }
    }
    own.or_else(|| head_before_modifier(sieve, a, p)).or_else(|| relative_head(sieve, a, p))
}

/// The person before a title that stands alone between commas, when the
/// apposition after it (from the comma at `open` to `p`) holds capitalised
/// words only, the title's body or a second office: "Jane Roe, CEO, Acme
/// Robotics," and "Rajiv Bahl, Secretary, Department of Health Research
/// and Director General of ICMR (ICMR),". Not "Its parent, Acme Corp,"
/// (no person and no title) nor "Ann Lee, chief executive, said" (no
/// second apposition).
fn person_before_title(doc: &Doc<'_>, a: usize, open: usize, p: usize) -> Option<Who> {
    let glue = |w: &str| matches!(w, "of" | "and" | "the" | "for" | "on" | "in" | "at" | "&");
    let mut body = 0;
    for j in open + 1..p {
        match doc.word(j) {
            _ if doc.tokens[j].is_space() => {}
            "(" | ")" | "." | "&" | "-" => {}
            w if doc.is_word(j) && (doc.is_cap(j) || glue(w)) => body += 1,
            _ => return None,
        }
    }
    if body == 0 || body > 16 {
        return None;
    }
    let title_comma = (open.saturating_sub(16).max(a)..open).rev().find(|&j| doc.word(j) == ",")?;
    let words: Vec<usize> =
        (title_comma + 1..open).filter(|&j| !doc.tokens[j].is_space()).collect();
    let titled = !words.is_empty()
        && words.len() <= 6
        && words.iter().all(|&j| doc.is_word(j) && (doc.is_cap(j) || glue(doc.word(j))))
        && doc.is_cap(words[0])
        && words.iter().any(|&j| HEAD_TITLE_SET.has(doc.word(j)));
    if !titled {
        return None;
    }
    let last = doc.prev_solid(title_comma).filter(|&x| x >= a)?;
    let person = doc
        .cand_at(doc.tokens[last].span.start)
        .filter(|c| c.kind == EntityKind::Person && c.span.end == doc.tokens[last].span.end)?;
    Some(Who::Mention(person.span, person.target))
}

/// "Economists polled by Reuters expect ...", "A Fiat spokesman contacted
/// by Reuters said ...": before the cue at `k`, a participle's agent after
/// "by" is no subject; the people before the participle are (not a
/// document's: "A survey conducted by X found" is X's).
fn agent_before(sieve: &Sieve<'_, '_>, a: usize, k: usize) -> Option<Who> {
    let doc = sieve.doc;
    let by = (a..k).rev().take(12).find(|&j| doc.word(j) == "by")?;
    // The agent: a name or an article and a name, up to the cue.
    let agent = (by + 1..k).filter(|&j| !doc.tokens[j].is_space()).all(|j| {
        doc.word(j) == "." || (doc.is_word(j) && (doc.is_cap(j) || is_determiner(doc, j)))
    });
    if !agent || by + 2 > k {
        return None;
    }
    let v = doc.prev_solid(by).filter(|&v| v > a)?;
    const PARTICIPLES: &[&str] = &[
        "polled",
        "surveyed",
        "interviewed",
        "contacted",
        "commissioned",
        "conducted",
        "hired",
        "funded",
        "backed",
        "cited",
        "quoted",
        "consulted",
        "questioned",
        "asked",
    ];
    if !lower_in(doc.word(v), PARTICIPLES) {
        return None;
    }
    // (A document's agent speaks through it: "A survey conducted by the
    // One America News Network found ..." stays the network's.)
    let head = doc.prev_solid(v).filter(|&h| h >= a && doc.is_word(h))?;
    let lh = lower(doc.word(head));
    // (People, or bodies: "Trading banks polled by Reuters said".)
    let people = people_plural(&lh)
        || person_noun(&lh)
        || is_spokesperson(&lh)
        || HEAD_TITLE_SET.has(&lh)
        || org_noun(lh.trim_end_matches('s')).is_some();
    if source_noun(&lh).is_some() || (!people && !doc.is_cap(head)) {
        return None;
    }
    if let Some(c) = doc.cand_at(doc.tokens[head].span.start).filter(|c| {
        c.span.end == doc.tokens[head].span.end
            && matches!(c.kind, EntityKind::Person | EntityKind::Institution)
    }) {
        return Some(Who::Mention(c.span, c.target));
    }
    (!doc.is_cap(head) || doc.opens_sentence(head)).then(|| Who::Words(noun_phrase(doc, a, head)))
}

/// Whether the speaker words `who` name a person or are a pronoun.
fn is_person(doc: &Doc<'_>, who: &Who) -> bool {
    match who {
        Who::Pronoun(..) => true,
        Who::Mention(sp, _) => doc.cand_at(sp.start).is_some_and(|c| c.kind == EntityKind::Person),
        _ => false,
    }
}

/// The preposition before the speaker words `who` when they are the object
/// of a modifier, not the head a relative "who" refers to: a body or place
/// ("a staffer at the State Department who", "the head of the ministry,
/// who"), or unknown name words after "at" or "on" ("an analyst at
/// Jefferies, who", "Democrats on Capitol Hill, who"). People and nouns
/// of people stay ("one of three members who", "an article by Gabriel
/// Sherman, who").
fn modifier_object(doc: &Doc<'_>, a: usize, who: &Who) -> Option<usize> {
    let start = doc.token_at(who_span(who).start);
    let p = word_before(doc, who).filter(|&x| x > a)?;
    let prep = doc.word(p);
    let fits = match who {
        Who::Mention(..) | Who::OrgNoun(..) | Who::SourceNoun(..) => {
            !is_person(doc, who)
                && matches!(prep, "of" | "at" | "on" | "in" | "for" | "from" | "with")
        }
        Who::Words(sp) => {
            let last = doc.token_at(sp.end - 1);
            matches!(prep, "at" | "on")
                && doc.is_cap(start)
                && !SPEAKER_NOUN_SET.has(doc.word(last))
                && !person_noun(&lower(doc.word(last)))
        }
        Who::Pronoun(..) => false,
    };
    fits.then_some(p)
}

/// The speaker noun before a relative clause without "who" that ends at
/// token `p` (a pronoun, its verb, a preposition at most): "all the experts
/// I interviewed said", "the officials we spoke to said".
fn contact_clause_head(doc: &Doc<'_>, a: usize, p: usize) -> Option<usize> {
    let mut v = p;
    if matches!(doc.word(v), "to" | "with") {
        v = doc.prev_solid(v).filter(|&x| x > a)?;
    }
    if !doc.is_word(v) || doc.is_cap(v) || is_auxiliary(doc.word(v)) {
        return None;
    }
    let pronoun = doc.prev_solid(v).filter(|&x| x > a)?;
    if !matches!(doc.word(pronoun), "I" | "we" | "he" | "she" | "they" | "you") {
        return None;
    }
    let head = doc.prev_solid(pronoun).filter(|&x| x >= a)?;
    let w = lower(doc.word(head));
    (doc.is_word(head) && SPEAKER_NOUN_SET.has(&w) && w.ends_with('s')).then_some(head)
}

/// A speaker noun with a relative clause before the cue: "People who
/// attended the meeting said", "A man who lives outside the capital,
/// Sacramento, said". The clause runs back from `p` over at most sixteen
/// words to "who", with no quote mark or other verb of speech.
fn relative_head(sieve: &Sieve<'_, '_>, a: usize, p: usize) -> Option<Who> {
    let doc = sieve.doc;
    // "what do you think": the word before the cue is its own subject.
    if is_pronoun(doc.word(p)) || matches!(lower(doc.word(p)).as_ref(), "you" | "i" | "we") {
        return None;
    }
    let mut q = p;
    for _ in 0..16 {
        q = doc.prev_solid(q).filter(|&x| x > a)?;
        if matches!(doc.tokens[q].kind, TokenKind::Quote(_)) || cue_at(doc, q).is_some() {
            return None;
        }
        if doc.word(q) == "who" {
            return antecedent(sieve, a, q);
        }
    }
    None
}

/// Whether token `k` stands in a phrase that opens the sentence `a..b`
/// with a preposition and a determiner and that a comma closes after `k`:
/// "In a Facebook message posted Friday, ...".
fn in_opening_phrase(doc: &Doc<'_>, a: usize, k: usize, b: usize) -> bool {
    let Some(first) = (a..k).find(|&x| doc.is_word(x)) else { return false };
    let preposition = lower_in(doc.word(first), &["in", "on", "at", "during", "through", "via"]);
    preposition
        && doc.next_solid(first).is_some_and(|d| is_determiner(doc, d))
        && (first..k).all(|x| doc.word(x) != ",")
        // Right after a common noun ("a video posted"), not a name ("In
        // this context Putin mentioned that, historically, ...").
        && doc.prev_solid(k).is_some_and(|p| doc.is_word(p) && !doc.is_cap(p))
        && (k..b.min(k + 12)).any(|x| doc.word(x) == ",")
}

/// When the noun phrase that ends at `head` follows "is a" or "was an"
/// ("Trump is a serial liar, a racist and birther who has pledged"), it
/// says what the sentence's subject is, and that subject is who a relative
/// clause after it speaks of: `Some` of the subject when it is a known
/// mention (else `Some(None)`); `None` when the phrase is no predicate.
fn predicate_subject(sieve: &Sieve<'_, '_>, a: usize, head: usize) -> Option<Option<Who>> {
    let doc = sieve.doc;
    let mut j = head;
    for _ in 0..24 {
        let p = doc.prev_solid(j).filter(|&p| p >= a)?;
        let w = doc.word(p);
        if matches!(w, "is" | "was") {
            let article = doc.next_solid(p).filter(|&n| matches!(doc.word(n), "a" | "an"))?;
            // ("Editor's note: Donald Trump ... is a ...": the first person
            // of the sentence when its opening is no subject.)
            let mention = |w: &Who| matches!(w, Who::Mention(..));
            let subject = sentence_subject(sieve, a, article)
                .filter(mention)
                .or_else(|| sieve.who_in(a, p).filter(mention));
            return Some(subject);
        }
        // ("a reversal for the senator, who": the head after a preposition
        // is no predicate.)
        let preposition = matches!(
            w,
            "for" | "of" | "to" | "with" | "in" | "on" | "at" | "by" | "from" | "about"
        );
        if !(doc.is_word(p) || w == ",") || preposition || cue_at(doc, p).is_some() {
            return None;
        }
        j = p;
    }
    None
}

/// What the relative "who" at token `w` refers to: the speaker words or
/// the noun phrase right before it.
fn antecedent(sieve: &Sieve<'_, '_>, a: usize, w: usize) -> Option<Who> {
    let doc = sieve.doc;
    let head = doc.prev_solid(w).filter(|&x| x >= a && doc.is_word(x))?;
    if let Some(subject) = predicate_subject(sieve, a, head) {
        return subject;
    }
    speaker_ending_at(sieve, a, head)
        .filter(|w| !matches!(w, Who::Pronoun(..)))
        .or_else(|| Some(Who::Words(noun_phrase(doc, a, head))))
}

/// A speaker noun phrase with a modifier after its head: "the director of
/// the institute at the law school said", "a spokeswoman for the ministry
/// said". Looks back from `p` over at most ten words, no comma, for a
/// preposition whose left side is speaker words; the span runs to `p`.
fn head_before_modifier(sieve: &Sieve<'_, '_>, a: usize, p: usize) -> Option<Who> {
    let doc = sieve.doc;
    let mut q = p;
    let mut last = p;
    for _ in 0..10 {
        q = doc.prev_solid(q).filter(|&x| x > a)?;
        if !doc.is_word(q) {
            return None;
        }
        // "A majority of voters have come to": the words end before the
        // verb.
        if is_auxiliary(doc.word(q)) {
            last = doc.prev_solid(q).filter(|&x| x > a)?;
            continue;
        }
        // "A union representing flight attendants endorsed": a participle
        // opens a modifier too.
        // "The report published Wednesday said", "a poll conducted by X
        // found": a past participle with a time or an agent.
        let past_modifier = doc.word(q).ends_with("ed")
            && !doc.is_cap(q)
            && doc.next_solid(q).is_some_and(|n| {
                n <= p
                    && (is_day_or_month(doc.word(n))
                        || matches!(
                            lower(doc.word(n)).as_ref(),
                            "by" | "last" | "this" | "earlier" | "today" | "yesterday" | "on"
                        ))
            });
        if modifier_participle(doc, q)
            || past_modifier
            || matches!(doc.word(q), "of" | "at" | "for" | "from" | "with" | "in" | "to")
        {
            let mut head = doc.prev_solid(q).filter(|&x| x >= a)?;
            // "a source familiar with", "a person close to the campaign".
            if lower_in(doc.word(head), POSTMODIFIERS) {
                head = doc.prev_solid(head).filter(|&x| x >= a)?;
            } else if doc.word(q) == "to" {
                continue;
            }
            // "an official in the ministry", "traders in London", "a farmer
            // in Lyon", not "Service in the Navy".
            if doc.word(q) == "in" && !people_head(doc, head) {
                continue;
            }
            // "A news report published Wednesday said": a finding's source
            // speaks too.
            let evidence = || {
                EVIDENCE_NOUN_SET.has(doc.word(head)).then(|| Who::Words(noun_phrase(doc, a, head)))
            };
            // (Words of people only when no other modifier holds them: "a
            // spokesman at headquarters for the seamen in Rio" is the
            // spokesman.)
            let people = || {
                let np = noun_phrase(doc, a, head);
                let held = doc.prev_solid(doc.token_at(np.start)).is_some_and(|x| {
                    x >= a
                        && matches!(
                            doc.word(x),
                            "of" | "at" | "for" | "from" | "with" | "in" | "to" | "and" | "or"
                        )
                });
                // (Nor across a clause: "... with an offer today but both
                // sides said".)
                let joined = (head..p).any(|j| matches!(doc.word(j), "and" | "but" | "or" | ","));
                (people_head(doc, head) && !held && !joined).then_some(Who::Words(np))
            };
            // (A plural of people no list holds is words of people: "the
            // dockers" of "a spokesman ... for the dockers" is held.)
            let own = speaker_ending_at(sieve, a, head).filter(|w| {
                !matches!(w, Who::Words(_))
                    || SPEAKER_NOUN_SET.has(doc.word(head))
                    || HEAD_TITLE_SET.has(doc.word(head))
                    || !unlisted_people(&lower(doc.word(head)))
            });
            let Some(who) = own.or_else(evidence).or_else(people) else {
                continue;
            };
            // "the message of the Russian leader ... reads": the author in
            // the modifier is the speaker, which the callers find by mention.
            if matches!(who, Who::SourceNoun(..)) && !past_modifier {
                return None;
            }
            // "The director of the institute at the law school", "An
            // analysis by the institute of elections": a noun of bodies
            // that is itself a preposition's object is no head.
            if let Who::OrgNoun(sp, _) = who {
                let object = doc.prev_solid(doc.token_at(sp.start)).is_some_and(|x| {
                    x >= a
                        && matches!(
                            doc.word(x),
                            "of" | "by" | "at" | "for" | "from" | "with" | "in"
                        )
                });
                if object {
                    continue;
                }
            }
            let end = doc.tokens[last].span.end;
            return Some(match who {
                Who::Words(sp) => Who::Words(Span::new(sp.start, end)),
                // A person or body before the modifier is the speaker as it
                // is ("Putin of Russia" does not occur; "the head of X" is
                // words).
                other => other,
            });
        }
    }
    None
}

/// Whether token `h` is a noun of people that a modifier may follow: a
/// speaker noun or a title ("official", "spokesman"), a plural of people
/// ("traders", "residents"), or a singular one after an article ("a
/// farmer", "one resident").
fn people_head(doc: &Doc<'_>, h: usize) -> bool {
    let w = lower(doc.word(h));
    SPEAKER_NOUN_SET.has(&w)
        || HEAD_TITLE_SET.has(&w)
        || people_plural(&w)
        || ((person_noun(&w) || w.ends_with("er") || w.ends_with("ent"))
            && doc.prev_solid(h).is_some_and(|d| {
                let article =
                    |d: usize| lower_in(doc.word(d), &["a", "an", "one", "another", "the"]);
                // (One lowercase word may stand between: "A street vendor";
                // not "An equal number", "A major factor".)
                article(d)
                    || (doc.is_word(d)
                        && !matches!(
                            w.as_ref(),
                            "number" | "factor" | "order" | "matter" | "quarter" | "other"
                        )
                        && !doc.is_cap(d)
                        && doc.prev_solid(d).is_some_and(|e| doc.is_word(e) && article(e)))
            }))
}

/// Whether token `x`, after a noun of bodies, is a noun of people that
/// the body's noun modifies: "party leaders", "company officials".
fn people_noun_after(doc: &Doc<'_>, x: usize) -> bool {
    let w = lower(doc.word(x));
    doc.is_word(x)
        && !doc.is_cap(x)
        && (SPEAKER_NOUN_SET.has(&w) || HEAD_TITLE_SET.has(&w) || people_plural(&w))
}

/// Adjectives that follow a speaker noun with their complement: "a source
/// familiar with the talks", "a person close to the campaign".
const POSTMODIFIERS: &[&str] = &[
    "familiar",
    "privy",
    "close",
    "loyal",
    "opposed",
    "allied",
    "linked",
    "connected",
    "involved",
    "knowledgeable",
    "briefed",
    "sympathetic",
];

/// Of the bodies a noun like "the company" may stand for, latest first:
/// the one that spoke last, not the buyer or the underwriter named after
/// it; else the last one that opened its sentence ("Greenfield Energy
/// Partners LP today completed its acquisition of SunPeak Solar LLC");
/// else the one named last.
fn speaking_body<'c>(
    doc: &Doc<'_>,
    latest_first: impl Iterator<Item = &'c Cand>,
) -> Option<Target> {
    let (mut subject, mut last) = (None, None);
    for c in latest_first {
        if speaks_after(doc, doc.token_at(c.span.end - 1)) {
            return Some(c.target);
        }
        let opens =
            sentence_tokens(doc, doc.sentence_of(c.span.start)).0 == doc.token_at(c.span.start);
        if opens {
            subject.get_or_insert(c.target);
        }
        last.get_or_insert(c.target);
    }
    subject.or(last)
}

/// The speaker of sentence `s` when it is a heading of its own paragraph,
/// "Quotes attributable to Minister for Infrastructure Catherine King:",
/// "Comments attributable to Detective Inspector Mike Ross:".
fn attributable_heading(sieve: &mut Sieve<'_, '_>, s: usize) -> Option<(Span, Option<Target>)> {
    let doc = sieve.doc;
    if !doc.sentences[s].1 {
        return None;
    }
    let (a, b) = sentence_tokens(doc, s);
    let first = doc.next_solid(a.saturating_sub(1)).filter(|&f| f >= a && f < b)?;
    if !lower_in(doc.word(first), &["quote", "quotes", "comment", "comments", "statement"]) {
        return None;
    }
    let mut k = doc.next_solid(first)?;
    if lower_in(doc.word(k), &["are", "is"]) {
        k = doc.next_solid(k)?;
    }
    let to = doc.next_solid(k).filter(|_| doc.word(k).eq_ignore_ascii_case("attributable"))?;
    if doc.word(to) != "to" {
        return None;
    }
    // The colon ends the heading's paragraph.
    let colon = (to..b).find(|&j| doc.word(j) == ":")?;
    let after = doc.next_solid(colon);
    if after
        .is_some_and(|n| n < b && !doc.tokens[colon + 1..n].iter().any(|t| t.is_paragraph_break()))
    {
        return None;
    }
    let who = sieve.who_in(to + 1, colon)?;
    let at = doc.tokens[colon].span.end;
    let (sp, t, _) = sieve.resolve(who, at, QuoteRule::Attributable, (to + 1, colon));
    Some((sp, t))
}

/// The periods after "this", "last" or "next" that make a time phrase:
/// "last week", "this spring".
const PERIODS: &[&str] =
    &["week", "month", "year", "weekend", "spring", "summer", "fall", "autumn", "winter"];

/// The last token of a time phrase at token `k`: "on Thursday", "on
/// April 3", "on 3 April", "late Friday", "Monday night", "yesterday",
/// "last week"; none when no time phrase opens there.
fn time_phrase_end(doc: &Doc<'_>, k: usize, b: usize) -> Option<usize> {
    let next = |j: usize| doc.next_solid(j).filter(|&n| n < b);
    let w = lower(doc.word(k));
    let day_part = |j: usize| {
        next(j)
            .filter(|&n| lower_in(doc.word(n), &["morning", "afternoon", "evening", "night"]))
            .unwrap_or(j)
    };
    match w.as_ref() {
        "yesterday" | "today" | "tonight" => Some(day_part(k)),
        "last" | "this" => next(k).filter(|&n| lower_in(doc.word(n), PERIODS)),
        "late" | "early" => {
            next(k).filter(|&n| crate::lexicon::is_weekday(doc.word(n))).map(day_part)
        }
        "on" => {
            let n = next(k)?;
            if crate::lexicon::is_weekday(doc.word(n)) {
                return Some(day_part(n));
            }
            // "on April 3", "on 3 April".
            let m = next(n)?;
            let month =
                |j: usize| crate::date::month_number(doc.word(j)).is_some() && doc.is_cap(j);
            let number = |j: usize| doc.tokens[j].kind == TokenKind::Number;
            ((month(n) && number(m)) || (number(n) && month(m))).then_some(m)
        }
        _ if crate::lexicon::is_weekday(doc.word(k)) && doc.is_cap(k) => Some(day_part(k)),
        _ => None,
    }
}

/// Verbs of saying that an "as" clause before its content holds ("As the
/// mayor noted last week, ...").
const AS_SAID: &[&str] = &[
    "said",
    "says",
    "noted",
    "notes",
    "reported",
    "reports",
    "wrote",
    "writes",
    "put",
    "pointed",
    "points",
    "observed",
    "explained",
    "argued",
    "stated",
    "remarked",
    "mentioned",
    "told",
    "acknowledged",
    "warned",
    "predicted",
    "recalled",
    "suggested",
    "conceded",
    "admitted",
];

/// The comma that ends an adverbial of up to eight words opening at `k`
/// ("on Saturday,", "in his speech to the party,"): no verb, cue or quote
/// mark stands in it.
fn adverbial_comma(doc: &Doc<'_>, k: usize, b: usize) -> Option<usize> {
    let mut words = 0;
    for j in k..b {
        match doc.word(j) {
            // (A word must follow: not `...to their cost," De Mel said`.)
            "," if j > k => return doc.next_solid(j).filter(|&n| doc.is_word(n)).map(|_| j),
            _ if doc.tokens[j].is_space() || doc.word(j) == "." => {}
            _ if doc.is_word(j) || doc.tokens[j].kind == TokenKind::Number => {
                words += 1;
                let w = doc.word(j);
                if words > 8
                    || is_auxiliary(w)
                    || is_pronoun(w)
                    || is_subordinator(&lower(w))
                    || cue_at(doc, j).is_some()
                {
                    return None;
                }
            }
            _ => return None,
        }
    }
    None
}

/// The person right after a body's name and a title, before `b`: "Luis
/// Ortega" of "Greenfield Foods President Luis Ortega", "Dmitry Peskov" of
/// "Kremlin spokesman Dmitry Peskov".
fn titled_person_after(doc: &Doc<'_>, last: usize, b: usize) -> Option<Cand> {
    let mut j = last;
    let mut titles = 0;
    while titles < 4 {
        let n = doc.next_solid(j).filter(|&n| n < b)?;
        if let Some(c) = doc.cand_starting(n) {
            return (titles > 0 && c.kind == EntityKind::Person).then_some(c);
        }
        let w = doc.word(n);
        // ("WHO Director-General Dr Tedros": a hyphen inside a title, and an
        // honorific with its period.)
        if (w == "-" && glued(doc, n)) || (w == "." && titles > 0) {
            j = n;
            continue;
        }
        if !(doc.is_word(n)
            && (HEAD_TITLE_SET.has(w)
                || TITLE_MODIFIER_SET.has(w)
                || SPEAKER_NOUN_SET.has(w)
                || lower_in(w, TITLE_ABBREVIATIONS)))
        {
            return None;
        }
        titles += 1;
        j = n;
    }
    None
}

/// Whether the lowercase name of a body has `noun` for its head: anywhere
/// in it ("Commerzbank AG", "Bank of England", "Westpac Banking Corp"),
/// but not as a word in front of another body's head word ("the exchange"
/// is not the Securities and Exchange Commission, "the bank" not the
/// Federal Home Loan Bank Board).
fn head_noun(name: &str, noun: &str) -> bool {
    name.match_indices(noun).any(|(i, _)| {
        let rest = &name[i + noun.len()..];
        rest.starts_with(char::is_alphanumeric)
            || rest.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).is_none_or(
                |next| {
                    !crate::lexicon::is_institution_head(next) || crate::lexicon::company_word(next)
                },
            )
    })
}

/// Whether `w` names a body's spokesperson, who speaks for the body.
fn is_spokesperson(w: &str) -> bool {
    lower_in(w, &["spokesman", "spokeswoman", "spokesperson"])
}

/// The body that the spokesperson at token `k` speaks for, when the body's
/// mention stands right before the noun ("a Kremlin spokesman", "a
/// Department for Work and Pensions spokesperson"), as "a spokesman for
/// the ministry" speaks for the ministry.
fn spokesperson_body(doc: &Doc<'_>, a: usize, k: usize) -> Option<Who> {
    if !is_spokesperson(doc.word(k)) {
        return None;
    }
    let x = doc.prev_solid(k).filter(|&x| x >= a)?;
    let c = doc.cand_at(doc.tokens[x].span.start)?;
    (c.kind == EntityKind::Institution && c.span.end == doc.tokens[x].span.end)
        .then_some(Who::Mention(c.span, c.target))
}

/// The speaker words that end at token `p` (inclusive): a person or body
/// mention, a pronoun, or "the message".
fn speaker_ending_at(sieve: &Sieve<'_, '_>, a: usize, p: usize) -> Option<Who> {
    let doc = sieve.doc;
    if let Some(c) = doc.cand_at(doc.tokens[p].span.start) {
        // (A company's name may end with its suffix's period: "Samsung
        // Electronics Co., Ltd. today reported".)
        let ends = c.span.end == doc.tokens[p].span.end
            || doc.tokens.get(p + 1).is_some_and(|t| t.as_str() == "." && t.span.end == c.span.end);
        if ends && can_speak(doc, c) {
            return Some(Who::Mention(c.span, c.target));
        }
        return None;
    }
    if !doc.is_word(p) {
        return None;
    }
    let lw = lower(doc.word(p));
    if let Some((_, g)) = PRONOUNS.iter().find(|(w, _)| *w == lw) {
        return Some(Who::Pronoun(doc.tokens[p].span, *g));
    }
    // `"…," it said`: a body or a document spoke; which one the words do
    // not say.
    if lw == "it" {
        return Some(Who::Pronoun(doc.tokens[p].span, None));
    }
    // A pronoun with a clitic auxiliary: "he's said", "they've argued".
    if let Some(stem) =
        ["'s", "’s", "'ve", "’ve", "'d", "’d"].iter().find_map(|c| lw.strip_suffix(c))
    {
        if let Some((w, g)) = PRONOUNS.iter().find(|(w, _)| *w == stem && *w != "it") {
            let sp = doc.tokens[p].span;
            return Some(Who::Pronoun(Span::new(sp.start, sp.start + w.len()), *g));
        }
    }
    // "A Kremlin spokesman said": the body speaks.
    if let Some(body) = spokesperson_body(doc, a, p) {
        return Some(body);
    }
    // "Britain's Sun newspaper said", "the Zycie Warszawy daily said": the
    // title before its media noun (not a place a message was posted on:
    // "the message posted on the Kremlin website reads").
    if crate::patterns::MEDIA_NOUNS.contains(&lw.as_ref()) && lw != "website" {
        let title = doc.prev_on_line(p).filter(|&x| x >= a).and_then(|x| {
            doc.cand_at(doc.tokens[x].span.start).filter(|c| {
                c.kind == EntityKind::Institution && c.span.end == doc.tokens[x].span.end
            })
        });
        if let Some(c) = title {
            let mut before = doc.prev_solid(doc.token_at(c.span.start));
            if before
                .is_some_and(|x| is_determiner(doc, x) || possessive_stem(doc.word(x)).is_some())
            {
                before = before.and_then(|x| doc.prev_solid(x));
            }
            if before.is_none_or(|x| x < a || !opens_adverbial(doc.word(x)) || doc.word(x) == ",") {
                return Some(Who::Mention(c.span, c.target));
            }
        }
    }
    // ("the congressional report said": lowercase adjectives may stand
    // between; not "the Harbour Post", a name.)
    let article = phrase_opener(doc, a, p, 2, false)
        .is_some_and(|d| (d + 1..p).all(|j| !doc.is_word(j) || !doc.is_cap(j)));
    if article {
        if let Some(n) = source_noun(&lw) {
            return Some(Who::SourceNoun(sieve.with_article(p), n));
        }
        if let Some(n) = org_noun(&lw) {
            return Some(Who::OrgNoun(sieve.with_article(p), n));
        }
    } else if let Some(n) = org_noun(&lw) {
        // "the rights group", "A major Muslim civil rights group", "Powell's
        // office": an article or an owner a few words before the noun.
        if let Some(x) = phrase_opener(doc, a, p, 4, true) {
            let sp = Span::new(doc.tokens[x].span.start, doc.tokens[p].span.end);
            return Some(Who::OrgNoun(sp, n));
        }
    }
    // "Chinese military commentators have said": a plural of people no
    // list holds.
    if SPEAKER_NOUN_SET.has(doc.word(p))
        || HEAD_TITLE_SET.has(doc.word(p))
        || (!doc.is_cap(p) && unlisted_people(&lw))
    {
        let phrase = noun_phrase(doc, a, p);
        let start = if lw.ends_with('s') || lw.ends_with("men") {
            joined_start(doc, a, phrase.start, &["and", "or"])
        } else {
            phrase.start
        };
        return Some(Who::Words(Span::new(start, phrase.end)));
    }
    // An acronym no list holds: "The S.E.C. said", "AROS argues".
    if is_acronym(doc.word(p)) && (article || doc.word(p).len() >= 3) {
        return Some(Who::Words(sieve.with_article(p)));
    }
    // An unknown name: "Caddell said", "Li Ka-shing said".
    let hyphen_tail =
        p >= a + 2 && doc.word(p - 1) == "-" && glued(doc, p - 1) && doc.is_cap(p - 2);
    if is_name_like(doc, p) || hyphen_tail {
        // A company's name may join capitalised words with "and" or "&"
        // ("Standard and Poor's", "Bryson Oil and Gas Plc") and open with
        // a word that opens no person's name ("National Semiconductor"),
        // when it does not open the sentence.
        let mut s = p;
        while let Some(q) = doc.prev_wrapped(s).filter(|&q| q >= a) {
            // ("Multi-Step", "Li Ka-shing": a hyphen inside a word.)
            let joined = (matches!(doc.word(q), "and" | "&")
                && doc.prev_wrapped(q).is_some_and(|x| x >= a && is_name_like(doc, x)))
                || (doc.word(q) == "-" && glued(doc, q) && q > a && doc.is_cap(q - 1));
            let opener = doc.is_cap(q)
                && doc.is_word(q)
                && !is_title_word(doc.word(q))
                && !is_determiner(doc, q)
                && doc.prev_solid(q).is_some_and(|x| x >= a && doc.word(x) != ".")
                && !opens_adverbial(doc.word(q));
            // "the New China News Agency", "Benetton Group Spa": a place or
            // a body inside the name.
            let place = doc
                .cand_at(doc.tokens[q].span.start)
                .filter(|c| c.kind != EntityKind::Person && c.span.end == doc.tokens[q].span.end)
                .map(|c| doc.token_at(c.span.start))
                .filter(|&x| x >= a);
            if let Some(x) = place {
                s = x;
                continue;
            }
            if !(is_name_like(doc, q) || joined || opener) {
                break;
            }
            s = q;
        }
        return Some(Who::Words(Span::new(doc.tokens[s].span.start, doc.tokens[p].span.end)));
    }
    None
}

/// Whether a mention can be a speaker: a person, a body, or a place that
/// stands for its government ("China said", "Moscow has warned") when it
/// opens its clause: first in the sentence, after an article or a
/// subordinator, or after an opening adverbial's comma. A place after a
/// preposition ("officials in Beijing said"), an adjective ("rural
/// Tennessee"), "and" ("polls in Iowa and Ohio indicated") or in an
/// apposition ("Rubio, whose hometown, Miami, is ...") does not speak.
fn can_speak(doc: &Doc<'_>, c: &crate::doc::Cand) -> bool {
    match c.kind {
        EntityKind::Person | EntityKind::Institution => true,
        EntityKind::Place => {
            let first = doc.token_at(c.span.start);
            let mut prev = doc.prev_solid(first);
            if prev.is_some_and(|p| doc.word(p).eq_ignore_ascii_case("the")) {
                prev = prev.and_then(|p| doc.prev_solid(p));
            }
            let Some(p) = prev else { return true };
            if doc.sentence_of(doc.tokens[p].span.start) != doc.sentence_of(c.span.start) {
                return true;
            }
            match doc.word(p) {
                // "On Friday, China said", but not "in St. Clairsville, Ohio,
                // 62-year-old Brenda Johnson said": after a comma the place
                // must not open an apposition.
                "," => {
                    doc.next_solid(doc.token_at(c.span.end - 1)).is_some_and(|n| doc.word(n) != ",")
                }
                w => {
                    let w = lower(w);
                    // "Even China, its only ally, said": a focus adverb.
                    w == "but"
                        || is_subordinator(&w)
                        || matches!(w.as_ref(), "even" | "also" | "only" | "now" | "meanwhile")
                }
            }
        }
        // "WHO's Health Emergencies Programme said", "the World Food
        // Programme said": a programme that is a body's unit speaks; a law
        // or a project does not.
        EntityKind::Program => {
            let last = doc.word(doc.token_at(c.span.end - 1));
            last.eq_ignore_ascii_case("programme") || last.eq_ignore_ascii_case("program")
        }
        _ => false,
    }
}

/// The verb that governs an infinitive cue at token `k` and shares its
/// subject: "went on to say", "going on to say", "has come to believe",
/// "seemed to suggest", "continued to insist".
fn governing_verb(doc: &Doc<'_>, a: usize, k: usize) -> Option<usize> {
    let to = doc.prev_solid(k).filter(|&t| t > a && doc.word(t) == "to")?;
    let v = doc.prev_solid(to).filter(|&v| v >= a && doc.is_word(v))?;
    let w = lower(doc.word(v));
    if w == "on" {
        return doc.prev_solid(v).filter(|&g| {
            g >= a
                && matches!(lower(doc.word(g)).as_ref(), "went" | "go" | "goes" | "going" | "gone")
        });
    }
    const VERBS: &[&str] = &[
        "come",
        "came",
        "comes",
        "coming",
        "seem",
        "seems",
        "seemed",
        "appear",
        "appears",
        "appeared",
        "continue",
        "continues",
        "continued",
        "continuing",
        "proceeded",
        "tend",
        "tends",
        "tended",
    ];
    // "were more likely to say", "was quick to say": the adjective's subject
    // speaks.
    const ADJECTIVES: &[&str] =
        &["likely", "quick", "eager", "willing", "careful", "able", "ready", "happy", "glad"];
    if VERBS.contains(&w.as_ref()) {
        return Some(v);
    }
    if !ADJECTIVES.contains(&w.as_ref()) {
        return None;
    }
    // The copula, past the degree words ("were slightly more likely"),
    // stands where a verb would.
    let mut g = v;
    for _ in 0..4 {
        let Some(p) = doc.prev_solid(g).filter(|&p| p > a && doc.is_word(p)) else { break };
        let w = lower(doc.word(p));
        let degree = matches!(
            w.as_ref(),
            "more" | "less" | "most" | "least" | "very" | "so" | "too" | "much" | "far"
        ) || (w.len() > 4 && w.ends_with("ly"));
        if !degree {
            if matches!(w.as_ref(), "is" | "are" | "was" | "were" | "be" | "been") {
                g = p;
            }
            break;
        }
        g = p;
    }
    Some(g)
}

/// Base forms of verbs of speech that, after "to", are a purpose or a plan
/// ("met to discuss", "wants to mention"), not speech.
const BASE_CUES: &[&str] = &[
    "discuss",
    "mention",
    "tell",
    "ask",
    "suggest",
    "fear",
    "seek",
    "endorse",
    "oppose",
    "write",
    "conclude",
    "quip",
    "support",
    "defend",
    "attack",
    "denounce",
    "condemn",
    "reject",
    "dismiss",
    "slam",
    "blast",
    "mock",
    "tout",
    "praise",
    "criticize",
    "criticise",
    "accuse",
    "blame",
    "cite",
    "propose",
    "demand",
    "vow",
    "pledge",
    "promise",
    "urge",
    "reveal",
    "report",
    "explain",
    "declare",
    "announce",
    "confirm",
    "agree",
    "describe",
    "indicate",
    "estimate",
    "recall",
    "highlight",
    "emphasize",
    "emphasise",
    "reiterate",
    "wonder",
    "question",
    "doubt",
    "echo",
    "contend",
    "complain",
    "respond",
    "answer",
    "reply",
    "comment",
    "tweet",
    "thank",
    "congratulate",
    "recommend",
    "find",
    "feel",
];

/// Whether the verb at token `k` stands in a restrictive relative clause:
/// "who" or "that" (no comma before it) right before the verb, or before
/// a modal or adverb that stands before it.
fn restrictive_relative_before(doc: &Doc<'_>, a: usize, k: usize) -> bool {
    let mut p = doc.prev_solid(k);
    for _ in 0..3 {
        let Some(x) = p.filter(|&x| x > a && doc.is_word(x)) else { return false };
        let w = lower(doc.word(x));
        if matches!(w.as_ref(), "who" | "that") {
            return doc.prev_solid(x).is_some_and(|y| doc.is_word(y) && doc.word(y) != ",");
        }
        if !(is_auxiliary(&w) || w.ends_with("ly") || matches!(w.as_ref(), "not" | "also")) {
            return false;
        }
        p = doc.prev_solid(x);
    }
    false
}

static BASE_CUE_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(BASE_CUES));
static ING_CUE_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(ING_CUES));
static SPEAKER_NOUN_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(SPEAKER_NOUNS));
static EVIDENCE_NOUN_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(EVIDENCE_NOUNS));
static MEDIUM_NOUN_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(MEDIUM_NOUNS));
static NOUN_CUE_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(NOUN_CUES));

/// Documents that say things: a participle after one tells what it says
/// ("a petition arguing that ...").
const DOCUMENTS: &[&str] = &[
    "petition",
    "lawsuit",
    "suit",
    "complaint",
    "letter",
    "statement",
    "motion",
    "filing",
    "report",
    "resolution",
    "memo",
    "note",
    "appeal",
    "brief",
    "indictment",
    "affidavit",
    "submission",
    "declaration",
    "ruling",
    "judgment",
    "order",
    "post",
    "tweet",
    "message",
    "email",
    "video",
    "ad",
    "advertisement",
    "editorial",
    "column",
    "study",
    "paper",
    "notice",
];

/// Verbs of refusing: cues only for a refusal to speak (see
/// [`REFUSED_SPEECH`]).
const REFUSALS: &[&str] = &["refused", "refuses", "refusing", "declined", "declines", "declining"];

/// What one declines to do that makes the refusal an attribution: "declined
/// to comment", "refused to say whether".
const REFUSED_SPEECH: &[&str] = &[
    "comment",
    "say",
    "speculate",
    "release",
    "answer",
    "specify",
    "speak",
    "respond",
    "provide",
    "name",
    "identify",
    "discuss",
    "confirm",
    "address",
    "weigh",
    "elaborate",
    "disclose",
    "detail",
    "explain",
    "reveal",
    "talk",
    "testify",
    "give",
    "offer",
    "apologize",
    "apologise",
    "endorse",
    "rule",
    "predict",
    "describe",
    "share",
    "retract",
    "condemn",
    "disavow",
    "repudiate",
    "concede",
    "criticize",
    "criticise",
    "acknowledge",
    "deny",
];

/// Cue words that are as often nouns ("his support for", "a call to",
/// "the attacks on"): a preposition after one makes it a noun, and the
/// plain form needs a verb's company (see [`plain_verb_at`]).
const NOUN_CUES: &[&str] = &[
    "fear",
    "mention",
    "warning",
    "call",
    "support",
    "attack",
    "attacks",
    "demand",
    "demands",
    "question",
    "questions",
    "doubt",
    "doubts",
    "promise",
    "promises",
    "report",
    "reports",
    "comment",
    "comments",
    "answer",
    "answers",
    "vow",
    "vows",
    "pledge",
    "pledges",
    "echo",
    "echoes",
    "tweet",
    "tweets",
    "blast",
    "blasts",
    "slam",
    "slams",
    "mock",
    "praise",
    "praises",
    "blame",
    "blames",
    "backs",
    "backing",
    "plans",
    "claim",
    "claims",
    "thanks",
    "estimate",
    "estimates",
    "forecast",
    "concern",
    "find",
];

/// Whether the plain form of a cue that may be a noun is a verb at token
/// `k`: after a plural subject, a pronoun, a modal, "do", "to", "not", a
/// relative pronoun or an adverb; not after "is" or "has" ("has support
/// from"). Forms in "-ing" pass, and forms in "-s" unless an owner and an
/// adjective stand before them ("our ambitious plans").
fn plain_verb_at(doc: &Doc<'_>, k: usize) -> bool {
    let w = lower(doc.word(k));
    let Some(p) = doc.prev_solid(k).filter(|&p| doc.is_word(p)) else {
        return true;
    };
    let prev = lower(doc.word(p));
    let prev = prev.as_ref();
    if w.ends_with("ing") {
        return true;
    }
    if w.ends_with('s') && !w.ends_with("ss") {
        // "our ambitious plans to": an owner and an adjective before it.
        let owned = doc.prev_solid(p).is_some_and(|o| {
            matches!(
                lower(doc.word(o)).as_ref(),
                "our" | "their" | "his" | "her" | "its" | "my" | "your"
            )
        });
        return !(owned && !prev.ends_with("ly") && doc.word(p).starts_with(char::is_lowercase));
    }
    if prev.ends_with("'s") || prev.ends_with("’s") {
        return false;
    }
    matches!(
        prev,
        "i" | "we"
            | "you"
            | "they"
            | "who"
            | "that"
            | "which"
            | "to"
            | "not"
            | "never"
            | "also"
            | "still"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "shall"
            | "may"
            | "might"
            | "must"
            | "do"
            | "did"
            | "does"
            | "people"
            | "men"
            | "women"
            | "children"
    ) || prev.ends_with("ly")
        || prev.ends_with("n't")
        || prev.ends_with("n’t")
        || (prev.len() > 3
            && prev.ends_with('s')
            && !prev.ends_with("ss")
            && !prev.ends_with("us")
            && !prev.ends_with("is")
            && !matches!(prev, "this" | "perhaps" | "always" | "whereas"))
}

/// Participles of verbs of speech that are as often adjectives or nouns
/// ("warning signs", "a promising start", "the ongoing questioning").
const ING_CUES: &[&str] = &[
    "warning",
    "promising",
    "announcing",
    "questioning",
    "praising",
    "blaming",
    "discussing",
    "mentioning",
    "endorsing",
    "seeking",
    "hoping",
    "asking",
    "expecting",
    "supporting",
    "backing",
    "defending",
    "attacking",
    "denouncing",
    "condemning",
    "rejecting",
    "dismissing",
    "slamming",
    "blasting",
    "mocking",
    "touting",
    "boasting",
    "lamenting",
    "criticising",
    "proposing",
    "demanding",
    "vowing",
    "pledging",
    "revealing",
    "reporting",
    "stating",
    "agreeing",
    "indicating",
    "wondering",
    "believing",
    "echoing",
    "expressing",
    "contending",
    "complaining",
    "responding",
    "answering",
    "replying",
    "commenting",
    "tweeting",
    "writing",
    "thanking",
    "congratulating",
    "welcoming",
    "recommending",
    "chanting",
    "planning",
];

/// Whether the speaker `who` may have the cue at token `k`: a place speaks
/// for its government only with a verb of saying ("China said", "Moscow
/// warned"), not with one of wanting or acting ("Russia wants", "Berlin
/// backed off").
fn place_may_say(doc: &Doc<'_>, who: &Who, k: usize) -> bool {
    let Who::Mention(sp, _) = who else { return true };
    if doc.cand_at(sp.start).is_none_or(|c| c.kind != EntityKind::Place) {
        return true;
    }
    // ("Delhi's water minister ... and said": an owner never speaks.)
    let rest = &doc.text[sp.end..];
    if rest.starts_with("'s ") || rest.starts_with("’s ") {
        return false;
    }
    lower_in(doc.word(k), PLACE_CUES)
}

/// Whether the speaker words are an event with a cue other than a verb of
/// saying: "The discussion focused on drones", "the talks reaffirmed
/// that", "the anniversary celebrations planned for May" say what an event
/// was about, not what anybody said. (The words are a plain noun phrase,
/// its head the last word in lowercase: "Officials at the meeting" are
/// people, "Summit" a company; and a statement may be issued after talks:
/// "A statement issued after the talks said ...".)
fn is_event(doc: &Doc<'_>, who: &Who, k: usize) -> bool {
    let Who::Words(sp) = who else { return false };
    if lower_in(doc.word(k), &["said", "says", "say", "told", "tells", "added", "adds"]) {
        return false;
    }
    let mut words = doc.text[*sp].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    // The head first, the cheap and telling test; then the whole phrase.
    let event = words.clone().next_back().is_some_and(|w| {
        w.starts_with(|c: char| c.is_lowercase())
            && lower_in(
                w,
                &[
                    "meeting",
                    "meetings",
                    "discussion",
                    "discussions",
                    "talks",
                    "conversation",
                    "summit",
                    "session",
                    "celebration",
                    "celebrations",
                    "ceremony",
                    "event",
                    "events",
                    "visit",
                    "negotiations",
                    "consultations",
                ],
            )
    });
    event
        && words.all(|w| {
            !lower_in(
                w,
                &["at", "in", "of", "on", "to", "with", "for", "from", "by", "after", "about"],
            ) && !lower_in(w, &["familiar", "close", "involved", "issued", "who", "which", "that"])
        })
}

/// The verbs of saying a place may have for its government.
const PLACE_CUES: &[&str] = &[
    "welcomed",
    "welcomes",
    "requested",
    "requests",
    "warning",
    "asked",
    "asks",
    "criticised",
    "criticized",
    "criticises",
    "criticizes",
    "expressed",
    "expresses",
    "said",
    "says",
    "say",
    "told",
    "tells",
    "warned",
    "warns",
    "announced",
    "announces",
    "stated",
    "states",
    "declared",
    "declares",
    "insisted",
    "insists",
    "urged",
    "urges",
    "accused",
    "accuses",
    "denied",
    "denies",
    "confirmed",
    "confirms",
    "added",
    "adds",
    "stressed",
    "stresses",
    "argued",
    "argues",
    "claimed",
    "claims",
    "responded",
    "replied",
    "reported",
    "reports",
    "called",
    "calls",
    "demanded",
    "demands",
    "condemned",
    "condemns",
    "rejected",
    "rejects",
    "protested",
    "protests",
    "complained",
    "complains",
    "threatened",
    "threatens",
    "promised",
    "promises",
    "pledged",
    "pledges",
    "vowed",
    "vows",
    "agreed",
    "agrees",
    "proposed",
    "proposes",
    "cited",
    "cites",
    "noted",
    "notes",
    "welcomed",
    "welcomes",
];

/// The most tokens (words, spaces and marks) reported content may span.
const CONTENT_TOKENS: usize = 400;

/// Whether a lowercase word opens a subordinate clause ("while", "because",
/// "as", "once").
fn is_subordinator(w: &str) -> bool {
    matches!(
        w,
        "while"
            | "although"
            | "though"
            | "whereas"
            | "because"
            | "since"
            | "if"
            | "as"
            | "when"
            | "after"
            | "before"
            | "once"
            | "until"
            | "unless"
    )
}

/// The last token of content that runs from `start` to the end of the
/// sentence before `b`, or to the reporter's own words (below), trimmed as
/// [`trim_end`] does.
fn content_end(doc: &Doc<'_>, start: usize, b: usize) -> usize {
    let mut b = content_cut(doc, start, b);
    // "While he acknowledged [funding was a reason], Ham also noted ...": in
    // a sentence that opens with a subordinator, the content ends with the
    // subordinate clause, at its comma.
    // So in one after a comma and "and" ("Some booed, and when Rubio said
    // [it was great to be home], a man yelled"); a comma inside quote marks
    // ends nothing (`suggested that Trump ''doesn't want the American
    // people, all of you ...''`).
    let (a, _) = sentence_tokens(doc, doc.sentence_of(doc.tokens[start].span.start));
    let clause = (a..start).rev().find(|&k| doc.word(k) == ",").map_or(a, |c| c + 1);
    if let Some(first) = (clause..start).find(|&k| doc.is_word(k) && doc.word(k) != "and") {
        // (After a comma "as" opens a parenthesis: "..., as the President
        // said today, is setting an example".)
        let w = lower(doc.word(first));
        if is_subordinator(&w) && (clause == a || w != "as") {
            if let Some(comma) = clause_comma(doc, start, b) {
                b = comma;
            }
        }
    }
    trim_end(doc, start, b)
}

/// The first comma after `start` and before `end` that stands outside quote
/// marks opened from `start` on, or right before a closing one (`costs,''`):
/// where a clause ends, not inside what it quotes.
fn clause_comma(doc: &Doc<'_>, start: usize, end: usize) -> Option<usize> {
    let mut marks = 0;
    for k in start..end {
        let quote =
            |k: usize| doc.tokens.get(k).is_some_and(|t| matches!(t.kind, TokenKind::Quote(_)));
        if k > start && doc.word(k) == "," && (marks % 2 == 0 || quote(k + 1)) {
            return Some(k);
        }
        if quote(k) {
            marks += 1;
        }
    }
    None
}

/// Where content that runs from `start` to the end of the sentence before
/// `b` gives way to the reporter's own words, or `b`.
fn content_cut(doc: &Doc<'_>, start: usize, b: usize) -> usize {
    // No reported content runs past a few hundred words: the bound keeps a
    // sentence of a megabyte from costing its length for every cue in it.
    let b = b.min(start + CONTENT_TOKENS);
    // The content ends before the reporter's own words: a participle of
    // speech after a comma ("he did not believe it, arguing that ..."), a
    // new clause after a semicolon or ", but" / ", yet", a source of its
    // own (", according to the poll"), and the medium of
    // the statement ("called for more investment in a statement on
    // Thursday").
    let cut = (start + 1..b).find(|&k| {
        let w = doc.word(k);
        let next = doc.next_solid(k).filter(|&n| n < b);
        match w {
            ";" => true,
            "," => next.is_some_and(|n| {
                // `business," while trying`: past a closing quote mark.
                let n = if matches!(doc.tokens[n].kind, TokenKind::Quote(_)) {
                    match doc.next_solid(n).filter(|&x| x < b) {
                        Some(x) => x,
                        None => return false,
                    }
                } else {
                    n
                };
                let nw = doc.word(n);
                matches!(
                    nw,
                    "but" | "yet" | "although" | "though" | "while" | "whereas" | "according"
                )
                    // ", compared with 64 percent who say ...": the
                    // reporter's comparison.
                    || (nw == "compared"
                        && doc.next_solid(n).is_some_and(|x| matches!(doc.word(x), "with" | "to")))
                    // ", and when asked about it, he said": the narrative
                    // goes on with a clause of its own; ", and three-quarters
                    // said the same": so does another attribution; `called
                    // the plans "a disgrace," and threatened to`: the
                    // speaker's next verb.
                    || (nw == "and"
                        && (doc.next_solid(n).is_some_and(|x| {
                            matches!(doc.word(x), "when" | "while" | "after" | "before" | "as")
                                || (k > start + 2
                                    && !doc.is_cap(x)
                                    && (is_past_form(doc.word(x)) || cue_at(doc, x).is_some()))
                                // ", and Hillary Clinton is promising to ...":
                                // someone the story names opens a clause of
                                // their own.
                                // (Not inside a list of names that is the
                                // content's subject: "Taft, its vice
                                // chairman, and Narragansett had offered".)
                                || (k > start + 2
                                    && named_clause(doc, x, b)
                                    && ((start..k).any(|j| {
                                        doc.is_word(j)
                                            && !doc.is_cap(j)
                                            && (is_auxiliary(doc.word(j))
                                                || is_past_form(doc.word(j)))
                                    }) || (start..k)
                                        .find(|&j| doc.is_word(j))
                                        .is_some_and(|j| !doc.is_cap(j))))
                        }) || attribution_follows(doc, n, b)))
                    // ", however this time the number dropped" (not ",
                    // however," inside the content).
                    || (nw == "however"
                        && doc.next_solid(n).is_some_and(|x| doc.word(x) != ","))
                    || (nw == "even"
                        && doc
                            .next_solid(n)
                            .is_some_and(|x| matches!(doc.word(x), "as" | "though")))
                    || (nw.ends_with("ing") && cue_at(doc, n).is_some())
                    // ", even suggesting ...", ", aside from saying ...".
                    || (doc.is_word(n)
                        && !nw.ends_with("ing")
                        && (n + 1..b.min(n + 6))
                            .find(|&x| doc.is_word(x) && doc.word(x).ends_with("ing"))
                            .is_some_and(|x| {
                                participle_after_comma(doc, x) && cue_at(doc, x).is_some()
                            }))
                    // "X, citing the report, said ...": the apposition's
                    // content ends before the main verb of speech.
                    || (lower_in(nw, &["said", "says", "told", "added"]) && k > start + 1)
                    // The circumstance of the speech: ", speaking at a
                    // session of the forum".
                    || matches!(
                        nw,
                        "speaking" | "writing" | "addressing" | "talking" | "appearing"
                    )
            }),
            // "— and he noted that ...": a dash before a new clause.
            "—" | "–" | "-" => next.is_some_and(|n| {
                (matches!(doc.word(n), "and" | "but") && k > start + 2)
                    || doc.word(n).eq_ignore_ascii_case("according")
            }),
            "in" | "on" | "at" | "during" => {
                k > start + 2 && next.is_some_and(|n| medium_after(doc, n, b))
            }
            // "said he would offer a prayer but did not suggest ...", "but
            // argues that ...": the speaker's own next verb.
            "but" => {
                k > start + 2
                    && doc.prev_solid(k).is_some_and(|p| doc.word(p) != ",")
                    && next.is_some_and(|n| {
                        matches!(
                            doc.word(n),
                            "did"
                                | "does"
                                | "declined"
                                | "refused"
                                | "offered"
                                | "gave"
                                | "stopped"
                                | "added"
                                | "noted"
                                | "said"
                                | "acknowledged"
                                | "conceded"
                                | "admitted"
                        ) || (!doc.is_cap(n)
                            && cue_at(doc, n).is_some_and(|(end, bare)| {
                                // (Not a wish or a plan of the content's
                                // subject: "acted to protect its reserves
                                // but wanted to avoid a confrontation".)
                                bare && doc.next_solid(end).is_none_or(|x| doc.word(x) != "to")
                            }))
                    })
            }
            // "said the talks were useful and added that ...": a second
            // verb of speech of the same subject opens its own content.
            "and" => {
                let mut n = next;
                // ", and she called for ...": a new subject pronoun.
                if doc.prev_solid(k).is_some_and(|p| doc.word(p) == ",")
                    && n.is_some_and(|x| {
                        matches!(doc.word(x), "he" | "she" | "they" | "we" | "I" | "it")
                    })
                {
                    n = n.and_then(|x| doc.next_solid(x)).filter(|&y| y < b);
                }
                while let Some(x) = n.filter(|&x| doc.is_word(x) && is_between(doc.word(x))) {
                    n = doc.next_solid(x).filter(|&y| y < b);
                }
                // (Not a passive: "it is pleased and encouraged by the
                // decision".)
                k > start + 2
                    && n.is_some_and(|n| {
                        !doc.is_cap(n)
                            && cue_at(doc, n).is_some()
                            && doc
                                .next_solid(n)
                                .is_some_and(|x| !is_auxiliary(doc.word(x)) && doc.word(x) != "by")
                    })
            }
            _ => false,
        }
    });
    cut.unwrap_or(b)
}

/// Whether a person or a body the story names opens a clause at token `x`,
/// its verb right after the name: "Hillary Clinton is promising", "the
/// Kremlin said".
fn named_clause(doc: &Doc<'_>, x: usize, b: usize) -> bool {
    let x = if is_determiner(doc, x) { doc.next_solid(x).unwrap_or(x) } else { x };
    let Some(c) = doc.cand_starting(x) else { return false };
    if !matches!(c.kind, EntityKind::Person | EntityKind::Institution) {
        return false;
    }
    let last = doc.token_at(c.span.end - 1);
    doc.next_solid(last).filter(|&v| v < b && doc.is_word(v)).is_some_and(|v| {
        let w = doc.word(v);
        !doc.is_cap(v) && (is_auxiliary(w) || is_past_form(w) || cue_at(doc, v).is_some())
    })
}

/// Whether the object that runs from token `start` to `end` after the cue
/// at `k` makes the cue an act and not speech: figures after "report"
/// ("reported a net loss", "reports third-quarter results"; not "reported
/// that sales fell", nor "reported sales fell", whose verb follows), a
/// suit after "dismiss" ("dismissed the lawsuit"; not "dismissed the
/// claims as nonsense").
fn act_not_speech(doc: &Doc<'_>, k: usize, start: usize, end: usize) -> bool {
    const FIGURES: &[&str] = &[
        "results", "earnings", "profit", "profits", "loss", "losses", "revenue", "revenues",
        "sales", "income", "deficit", "surplus", "dividend", "ebitda",
    ];
    const SUITS: &[&str] = &[
        "appeal",
        "appeals",
        "lawsuit",
        "lawsuits",
        "suit",
        "case",
        "cases",
        "charge",
        "charges",
        "complaint",
        "complaints",
        "petition",
        "motion",
        "indictment",
    ];
    // (Most cues are neither: one byte tells.)
    if !matches!(doc.word(k).as_bytes().first(), Some(b'r' | b'R' | b'd' | b'D')) {
        return false;
    }
    let nouns = if lower_in(doc.word(k), &["report", "reports", "reported", "reporting"]) {
        FIGURES
    } else if lower_in(doc.word(k), &["dismiss", "dismisses", "dismissed", "dismissing"]) {
        SUITS
    } else {
        return false;
    };
    let words: Vec<usize> = (start..=end).filter(|&j| doc.is_word(j)).take(6).collect();
    let Some(at) = words.iter().position(|&j| lower_in(doc.word(j), nouns)) else {
        return false;
    };
    // (A pronoun first opens a clause: "reported it expects revenues ...".)
    if is_pronoun(doc.word(words[0])) {
        return false;
    }
    // (A verb after the noun, before any comma, makes it a clause's
    // subject: "reported sales fell", "reported first quarter earnings
    // from continuing operations fell to ..."; not the participles of
    // its period, "a loss for the year ended December 31 compared to
    // ...". Nor a claim: "dismissed charges that he ...". Nor a label:
    // "dismissed the claims as nonsense".)
    const VERBS: &[&str] = &[
        "fell",
        "rose",
        "grew",
        "was",
        "were",
        "is",
        "are",
        "will",
        "would",
        "declined",
        "increased",
        "decreased",
        "jumped",
        "dropped",
        "climbed",
        "slipped",
        "surged",
        "slumped",
        "totalled",
        "totaled",
        "reached",
        "doubled",
        "tripled",
        "improved",
        "that",
        "as",
    ];
    let noun = words[at];
    let clause = (noun + 1..=end)
        .take_while(|&j| doc.word(j) != ",")
        .any(|j| doc.is_word(j) && lower_in(doc.word(j), VERBS));
    !clause
}

/// Whether a cue takes a noun phrase as its object, not a clause:
/// "criticized the law", "cited it", "praised her proposals".
fn takes_object(cue: &str) -> bool {
    const STEMS: &[&str] = &[
        "attack",
        "critici",
        "cite",
        "citing",
        "praise",
        "praising",
        "dismiss",
        "defend",
        "describ",
        "mention",
        "highlight",
        "endorse",
        "endorsing",
        "support",
        "oppose",
        "opposing",
        "blame",
        "blaming",
        "slam",
        "blast",
        "mock",
        "condemn",
        "applaud",
        "welcom",
        "reject",
        "denounc",
        "tout",
        "laud",
        "hail",
        "chastis",
        "lambast",
        "decr",
        "ridicul",
    ];
    let w = cue.as_bytes();
    STEMS.iter().any(|s| w.len() >= s.len() && w[..s.len()].eq_ignore_ascii_case(s.as_bytes()))
}

/// The last token of an object content that runs from `start` to `end`:
/// before a time or occasion of the act ("criticized the law during a
/// campaign stop", "attacked her in a tweet while ..."), or a participle
/// after a comma ("..., focusing on ...").
fn object_end(doc: &Doc<'_>, start: usize, end: usize) -> usize {
    let cut = (start + 2..=end).find(|&k| {
        let w = doc.word(k);
        match w {
            "during" | "while" | "when" | "since" | "amid" | "after" | "before" | "because" => true,
            // A time or a manner: "endorsed Cruz Wednesday", "endorsed her
            // this month", "did not mention Ryan directly".
            "this" | "last" | "next" => doc
                .next_solid(k)
                .filter(|&n| n <= end)
                .is_some_and(|n| lower_in(doc.word(n), PERIODS)),
            // (At the end of a phrase: not "praised the largely peaceful
            // march", "the Monday meeting".)
            _ if ((is_day_or_month(w) && doc.is_cap(k))
                || matches!(w, "today" | "yesterday" | "tonight" | "earlier" | "later")
                || (w.len() >= 5
                    && w.ends_with("ly")
                    && !doc.is_cap(k)
                    && !lower_in(w, LY_NOUNS)))
                // (Not the first half of a compound: "his early-morning
                // tweets".)
                && doc.tokens.get(k + 1).is_none_or(|t| t.as_str() != "-")
                && doc.next_solid(k).is_none_or(|n| {
                    n > end
                        || !doc.is_word(n)
                        // (Not before an agent: "the agreement signed on
                        // 13 March by the Government".)
                        || (opens_adverbial(doc.word(n)) && doc.word(n) != "by")
                }) =>
            {
                true
            }
            // "criticized Clinton's email use, which an FBI inquiry called
            // careless": a relative clause after the object that closes
            // the content is the reporter's gloss on it.
            "," => doc.next_solid(k).filter(|&n| n <= end).is_some_and(|n| {
                let w = doc.word(n);
                (w.ends_with("ing") && w != "including")
                    || w == "with"
                    || (lower_in(w, &["which", "who", "where"])
                        && !(n..=end).any(|x| doc.word(x) == ","))
            }),
            _ => false,
        }
    });
    // A day before its month is the date's too: "the budget [on 4 March]".
    let cut = cut.map(|c| match doc.prev_solid(c) {
        Some(d)
            if d > start
                && doc.tokens[d].kind == TokenKind::Number
                && is_day_or_month(doc.word(c)) =>
        {
            d
        }
        _ => c,
    });
    // The preposition of a time goes with it: "the budget [on Friday]".
    match cut {
        Some(c) => {
            let last = (start..c).rev().find(|&j| !doc.tokens[j].is_space()).unwrap_or(start);
            if last > start && matches!(doc.word(last), "on" | "in" | "at" | "by" | "until") {
                doc.prev_solid(last).filter(|&p| p >= start).unwrap_or(start)
            } else {
                last
            }
        }
        None => end,
    }
}

/// Whether an attribution of its own follows the "and" at token `n`
/// within eight words, before any "that" or quote mark: "..., and
/// three-quarters said the same of Sanders".
fn attribution_follows(doc: &Doc<'_>, n: usize, b: usize) -> bool {
    let mut j = n;
    for _ in 0..8 {
        let Some(x) = doc.next_solid(j).filter(|&x| x < b) else { return false };
        if !doc.is_word(x) && doc.tokens[x].kind != TokenKind::Number && doc.word(x) != "-" {
            return false;
        }
        if doc.word(x) == "that" {
            return false;
        }
        if x > n + 2 && cue_at(doc, x).is_some() && !doc.word(x).ends_with("ing") {
            return true;
        }
        j = x;
    }
    false
}

/// The last token of `start..b` once final punctuation and spaces are
/// dropped; a closing bracket whose opener is in the range stays ("(MIT)").
fn trim_end(doc: &Doc<'_>, start: usize, b: usize) -> usize {
    let mut end = b - 1;
    while end > start && matches!(doc.tokens[end].kind, TokenKind::Punct | TokenKind::Space) {
        let w = doc.word(end);
        let opener = match w {
            ")" => Some("("),
            "]" => Some("["),
            _ => None,
        };
        if opener
            .is_some_and(|o| (start.max(end.saturating_sub(200))..end).any(|k| doc.word(k) == o))
        {
            break;
        }
        end -= 1;
    }
    end
}

/// Whether the words from token `n` name the medium of a statement: "a
/// statement", "an interview", "his speech", "Twitter", "a news
/// conference".
fn medium_after(doc: &Doc<'_>, n: usize, b: usize) -> bool {
    let mut k = n;
    if is_determiner(doc, k) {
        match doc.next_solid(k).filter(|&x| x < b) {
            Some(x) => k = x,
            None => return false,
        }
    }
    // One modifier may stand before the noun: "a written statement", "a
    // news conference", "a televised address".
    let noun = |k: usize| MEDIUM_NOUN_SET.has(doc.word(k));
    let end = if noun(k)
        || matches!(doc.word(k), "Twitter" | "Facebook" | "Instagram" | "X" | "Telegram")
    {
        k
    } else {
        match doc.next_solid(k).filter(|&x| x < b && doc.is_word(k) && noun(x)) {
            Some(x) => x,
            None => return false,
        }
    };
    // The medium closes the attribution: the sentence or the clause ends,
    // or a time, a "that" or the medium's own modifier follows ("in a
    // statement on Friday", "at a hearing that"), not the content's own
    // words ("show up at a public hearing to assert their rights", "comment
    // on the letter because ...").
    doc.next_solid(end).filter(|&x| x < b).is_none_or(|x| {
        let w = doc.word(x);
        if infinitive_at(doc, x, b) {
            return false;
        }
        !doc.is_word(x)
            || is_day_or_month(w)
            || matches!(
                lower(w).as_ref(),
                "that"
                    | "on"
                    | "in"
                    | "at"
                    | "with"
                    | "to"
                    | "from"
                    | "by"
                    | "for"
                    | "last"
                    | "this"
                    | "earlier"
                    | "today"
                    | "yesterday"
                    | "late"
                    | "early"
                    | "posted"
                    | "released"
                    | "published"
                    | "issued"
            )
    })
}

/// Whether the speaker of the cue at `k` follows a comma ("..., he said,").
fn parenthetical(doc: &Doc<'_>, a: usize, k: usize) -> bool {
    // "Weighing the offer, Anna Petrova agreed, noting ...": a participle
    // opening the sentence is no content.
    let first = (a..k).find(|&j| doc.is_word(j));
    // "Pivoting to cuts too soon, economists say, limited the recovery": a
    // gerund subject, whose verb follows the attribution's comma.
    let verb_follows = doc
        .next_solid(k)
        .filter(|&c| doc.word(c) == ",")
        .and_then(|c| doc.next_solid(c))
        .is_some_and(|n| {
            doc.is_word(n)
                && !doc.is_cap(n)
                && (is_past_form(doc.word(n)) || is_auxiliary(doc.word(n)))
        });
    if !verb_follows
        && first.is_some_and(|f| {
            let w = doc.word(f);
            w.len() > 5
            && w.ends_with("ing")
            && doc.cand_starting(f).is_none()
            // "During his years in office, X said, ...": a preposition.
            && !matches!(
                w,
                "Nothing"
                    | "Something"
                    | "Everything"
                    | "Anything"
                    | "During"
                    | "Following"
                    | "Regarding"
                    | "Concerning"
                    | "Including"
                    | "Considering"
                    | "Notwithstanding"
            )
        })
    {
        return false;
    }
    let Some(p) = doc.prev_solid(k) else { return false };
    // "my talk with X, who told me, ...": a relative clause.
    if matches!(doc.word(p), "who" | "which" | "that") {
        return false;
    }
    let mut s = p;
    for _ in 0..6 {
        match doc.prev_solid(s) {
            // "the war, which most Whigs opposed, ...": a relative clause.
            Some(x) if x >= a && doc.word(x) == "," => {
                return x > a && !matches!(doc.word(s), "which" | "who" | "whom" | "whose");
            }
            Some(x) if x >= a && (doc.is_word(x) || doc.word(x) == ".") => s = x,
            _ => return false,
        }
    }
    false
}

/// Whether a participle of speech or "according to" follows the cue's
/// comma at token `start`, or an adverbial and its comma: ", adding that",
/// "in an interview, adding that", ", according to a transcript".
fn participle_follows(doc: &Doc<'_>, start: usize, b: usize) -> bool {
    let comma = if doc.word(start) == "," {
        Some(start)
    } else if opens_adverbial(doc.word(start)) {
        (start..b.min(start + 16))
            .take_while(|&j| doc.is_word(j) || doc.tokens[j].is_space() || doc.word(j) == ",")
            .find(|&j| doc.word(j) == ",")
    } else {
        None
    };
    comma.and_then(|c| doc.next_solid(c)).is_some_and(|n| {
        n < b
            && ((participle_after_comma(doc, n) && cue_at(doc, n).is_some())
                || doc.word(n).eq_ignore_ascii_case("according"))
    })
}

/// The comma after a recipient of one to three words that opens at token
/// `start` ("told CNN,", "told reporters,", "told The New York Times,").
fn recipient_then_comma(doc: &Doc<'_>, start: usize, b: usize) -> Option<usize> {
    let mut j = start;
    for _ in 0..4 {
        if j >= b {
            return None;
        }
        if doc.word(j) == "," {
            return (j > start).then_some(j);
        }
        if !doc.is_word(j) {
            return None;
        }
        j = doc.next_solid(j)?;
    }
    None
}

/// The reported speech around a parenthetical attribution whose last token
/// before the rest of the sentence is the comma `comma`: the sentence
/// without its final punctuation, ending where a content ends ("The test,
/// the agency said, was its biggest yet, although ..." stops before
/// "although").
fn parenthetical_quote(
    sieve: &mut Sieve<'_, '_>,
    who: Who,
    a: usize,
    b: usize,
    k: usize,
    cue_end: usize,
    comma: usize,
) -> Option<RawQuote> {
    let doc = sieve.doc;
    let rest = doc.next_solid(comma).filter(|&r| r < b)?;
    // The sentence is the content, so an opening subordinate clause ("As
    // China builds islands, it is his job, he said, to ...") is part of it.
    let end = trim_end(doc, rest, content_cut(doc, rest, b));
    // But an adverbial that only frames the attribution is not: "During his
    // years in office, Mr. Obama said, most Americans ...".
    let framed = doc.is_word(a)
        && matches!(
            lower(doc.word(a)).as_ref(),
            "in" | "on"
                | "at"
                | "during"
                | "after"
                | "before"
                | "since"
                | "with"
                | "from"
                | "over"
                | "under"
                | "throughout"
                | "following"
                | "amid"
                | "last"
                | "earlier"
                | "later"
                | "yesterday"
                | "today"
        )
        && (a..k).filter(|&j| doc.word(j) == ",").count() == 1
        // The frame is the speaker's own occasion or a time ("In his
        // speech", "At a news conference", "Last week"), not a condition
        // of what was said ("In a merger, he said, the brand would
        // survive").
        && (a..k).take_while(|&j| doc.word(j) != ",").all(|j| !doc.is_word(j) || {
            let w = lower(doc.word(j));
            is_day_or_month(&w)
                || matches!(
                    w.as_ref(),
                    "in" | "on"
                        | "at"
                        | "during"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "a"
                        | "an"
                        | "the"
                        | "this"
                        | "last"
                        | "earlier"
                        | "later"
                        | "yesterday"
                        | "today"
                        | "week"
                        | "month"
                        | "year"
                        | "years"
                        | "office"
                        | "news"
                        | "conference"
                        | "briefing"
                        | "press"
                )
                || MEDIUM_NOUN_SET.has(&w)
                || source_noun(&w).is_some()
                || doc.tokens[j].kind == TokenKind::Number
        });
    let from = if framed { rest } else { a };
    let content = Span::new(doc.tokens[from].span.start, doc.tokens[end].span.end);
    if word_count(doc, content) < 6 {
        return None;
    }
    Some(sieve.said(who, k, cue_end, content, (a, k)))
}

/// Whether token `k` opens a quote that closes at the end of the sentence
/// ending before token `b`.
fn quote_to_end(doc: &Doc<'_>, k: usize, b: usize) -> bool {
    if !matches!(doc.tokens[k].kind, TokenKind::Quote(_)) {
        return false;
    }
    let mut e = b - 1;
    while e > k && matches!(doc.tokens[e].kind, TokenKind::Punct | TokenKind::Space) {
        e -= 1;
    }
    // One quote, not two with words between (`says “the game is bad”
    // because “football is soft.”`): no double mark inside.
    e > k
        && matches!(doc.tokens[e].kind, TokenKind::Quote(_))
        && !(k + 1..e).any(|j| {
            matches!(doc.tokens[j].kind, TokenKind::Quote(_))
                && matches!(family(doc.word(j)), Family::Straight | Family::Curly)
        })
}

/// Nouns for people and groups who speak without a name.
/// Nouns of speech that take a "that" clause as their content ("his claim
/// that ...").
const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "assertion",
    "insistence",
    "argument",
    "suggestion",
    "warning",
    "promise",
    "pledge",
    "emphasis",
    "contention",
    "allegation",
    "allegations",
    "accusation",
    "statement",
    "announcement",
    "admission",
    "belief",
    "view",
    "position",
    "prediction",
    "assurance",
    "assurances",
];

const SPEAKER_NOUNS: &[&str] = &[
    "person",
    "friend",
    "friends",
    "neighbor",
    "neighbors",
    "neighbour",
    "neighbours",
    "relative",
    "relatives",
    "wife",
    "husband",
    "widow",
    "son",
    "daughter",
    "mother",
    "father",
    "niece",
    "nephew",
    "uncle",
    "aunt",
    "cousin",
    "grandson",
    "granddaughter",
    "grandmother",
    "grandfather",
    "colleague",
    "colleagues",
    "ally",
    "allies",
    "republican",
    "democrat",
    "donor",
    "donors",
    "resident",
    "member",
    "operative",
    "operatives",
    "delegate",
    "delegates",
    "economist",
    "executive",
    "officer",
    "leader",
    "activist",
    "activists",
    "worker",
    "workers",
    "employee",
    "employees",
    "student",
    "students",
    "parent",
    "parents",
    "teacher",
    "teachers",
    "owner",
    "owners",
    "manager",
    "managers",
    "veteran",
    "veterans",
    "volunteer",
    "volunteers",
    "protester",
    "protesters",
    "participant",
    "participants",
    "observer",
    "consultant",
    "consultants",
    "pollster",
    "pollsters",
    "historian",
    "historians",
    "professor",
    "professors",
    "official",
    "officials",
    "source",
    "sources",
    "aide",
    "aides",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "critic",
    "critics",
    "lawmaker",
    "lawmakers",
    "senator",
    "senators",
    "police",
    "authorities",
    "prosecutor",
    "prosecutors",
    "investigators",
    "researchers",
    "scientists",
    "doctors",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "residents",
    "voters",
    "witnesses",
    "witness",
    "people",
    "supporters",
    "opponents",
    "observers",
    "diplomat",
    "diplomats",
    "negotiators",
    "organizers",
    "organisers",
    "economists",
    "executives",
    "officers",
    "leaders",
    "members",
    "campaign",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representative",
    "representatives",
    "candidate",
    "candidates",
    "advocates",
    "associates",
    "conservatives",
    "moderates",
    "nominee",
    "advisers",
    "advisors",
    "adviser",
    "advisor",
    "strategist",
    "strategists",
    "democrats",
    "republicans",
    "poll",
    "polls",
    "survey",
    "study",
    "report",
    "reports",
    "data",
    "documents",
    "records",
    "statement",
    "filing",
    "lawsuit",
    "complaint",
    "indictment",
    "memo",
    "email",
    "emails",
    "insiders",
    "staff",
    "staffers",
    "team",
    "administration",
    "government",
    "ministry",
    "department",
    "agency",
    "company",
    "percent",
    "majority",
    "respondents",
    "americans",
    "groups",
    "unions",
    "organizations",
    "organisations",
    "companies",
    "firms",
    "agencies",
    "governments",
    "reporter",
    "reporters",
    "journalist",
    "journalists",
    "correspondent",
    "host",
    "anchor",
    "moderator",
    "narrator",
    "commentator",
    "columnist",
    "others",
    "many",
    "some",
    "sister",
    "brother",
    "spouse",
    "sons",
    "daughters",
];

/// The noun phrase that ends with the noun at token `k`: determiners,
/// numbers and modifiers before it, within `a..`.
fn noun_phrase(doc: &Doc<'_>, a: usize, k: usize) -> Span {
    const STOP: &[&str] = &[
        "and", "or", "but", "said", "says", "that", "which", "who", "when", "while", "as",
        "because", "if", "of", "to", "in", "on", "at", "for", "with", "by", "from", "is", "are",
        "was", "were", "though", "although", "whereas", "yet", "since", "unless",
    ];
    let mut s = k;
    for _ in 0..4 {
        let Some(mut p) = doc.prev_on_line(s).filter(|&p| p >= a) else { break };
        // "three-quarters", "Cuban-Americans": a hyphen inside a word.
        if doc.word(p) == "-" && glued(doc, p) && p > a {
            p -= 1;
        }
        // "one Frankfurt-based trader": a compound modifier, whose second
        // half is no verb.
        if p >= a + 2 && doc.word(p - 1) == "-" && glued(doc, p - 1) && doc.is_word(p - 2) {
            p -= 2;
        }
        // "A U.S. official": an abbreviation's period.
        if doc.word(p) == "." && p > a && doc.is_word(p - 1) && {
            let w = doc.word(p - 1);
            w.contains('.') && is_acronym(w)
        } {
            p -= 1;
        }
        let t = &doc.tokens[p];
        let ok =
            matches!(t.kind, TokenKind::Word | TokenKind::Number) && !lower_in(t.as_str(), STOP);
        // A verb in "-ed" ends the phrase ("the poll counted voters"), an
        // adjective after an article does not ("a retired general").
        // Nor does an infinitive ("likely to placate nervous Democrats"),
        // unlike the object of "according to".
        let infinitive = || {
            t.kind == TokenKind::Word
                && !doc.is_cap(p)
                && !is_determiner(doc, p)
                && doc.prev_on_line(p).is_some_and(|x| {
                    doc.word(x) == "to"
                        && doc
                            .prev_on_line(x)
                            .is_none_or(|y| !doc.word(y).eq_ignore_ascii_case("according"))
                })
        };
        let verb = (t.as_str().ends_with("ed")
            && !doc.is_cap(p)
            && !doc.prev_on_line(p).is_some_and(|x| is_determiner(doc, x)))
            || infinitive();
        if !ok || verb {
            break;
        }
        s = p;
        // The article opens the phrase.
        if is_determiner(doc, p) {
            break;
        }
    }
    Span::new(doc.tokens[s].span.start, doc.tokens[k].span.end)
}

/// Whether the speaker at `sp` stands in an "as" clause: "as one of our
/// scientists said", "As the President noted" (a few words back, no
/// comma between).
fn as_clause(doc: &Doc<'_>, a: usize, sp: Span) -> bool {
    let mut k = doc.token_at(sp.start);
    for _ in 0..6 {
        match doc.prev_solid(k).filter(|&p| p >= a) {
            Some(p) if doc.word(p).eq_ignore_ascii_case("as") => return true,
            Some(p) if doc.is_word(p) => k = p,
            _ => return false,
        }
    }
    false
}

/// The text a speaker was found in.
fn who_span(who: &Who) -> Span {
    match *who {
        Who::Mention(sp, _)
        | Who::Pronoun(sp, _)
        | Who::SourceNoun(sp, _)
        | Who::OrgNoun(sp, _)
        | Who::Words(sp) => sp,
    }
}

/// Whether `w` is a personal pronoun of [`PRONOUNS`], in any case.
fn is_pronoun(w: &str) -> bool {
    PRONOUNS.iter().any(|(p, _)| p.eq_ignore_ascii_case(w))
}

/// Whether a word is an auxiliary or a form of "be", which cannot open the
/// content right after a speech verb.
pub(crate) fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "should"
            | "must"
            | "do"
            | "does"
            | "did"
    )
}

/// Whether a lowercase word has a finite verb's form: an auxiliary, a past
/// in "-ed", or a present in "-s" ("plans", "expects", "sees"; not "this",
/// "less", "across", "bonus" or an owner's "'s").
fn verb_form(w: &str) -> bool {
    is_auxiliary(w)
        || is_past_form(w)
        || (w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !w.ends_with("'s")
            && !w.ends_with("’s"))
}

/// Whether the adverb at token `n` stands before a finite verb, in
/// lowercase, that opens a clause: "also plans", "now expects", "currently
/// has", "successfully completed" (not "again on Friday", "twice").
fn adverb_before_verb(doc: &Doc<'_>, n: usize, b: usize) -> bool {
    let w = doc.word(n);
    let adverb =
        lower_in(w, &["also", "now", "still", "already", "then", "again", "once", "often"])
            || (w.len() > 4 && w.ends_with("ly"));
    adverb
        && doc
            .next_solid(n)
            .filter(|&v| v < b && doc.is_word(v) && !doc.is_cap(v))
            .is_some_and(|v| verb_form(doc.word(v)))
}

/// Whether a word has the form of a past tense or participle of more than
/// four letters ("used", "threatened"; not "need", "bed").
fn is_past_form(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed")
}

/// Whether a word is a title or a title's modifier ("President", "Sen",
/// "Deputy", "former").
fn is_title_word(w: &str) -> bool {
    HEAD_TITLE_SET.has(w) || TITLE_MODIFIER_SET.has(w)
}

/// Whether a word is an acronym: two or more capitals, perhaps with
/// periods between them ("FBI", "S.E.C").
fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(char::is_ascii_uppercase).count();
    letters >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
}

/// Whether token `k` looks like part of a person's name: capitalised, not
/// a function word, month, day, title or demonym-like common word.
fn is_name_like(doc: &Doc<'_>, k: usize) -> bool {
    if !doc.is_cap(k) || doc.cand_at(doc.tokens[k].span.start).is_some() {
        return false;
    }
    let w = doc.word(k);
    let lw = lower(w);
    // A pronoun, alone or with a verb ("He", "We're"), or "it" and
    // "there" with one ("It's", "There’s").
    let head = lw.split(['\'', '’']).next().unwrap_or("");
    if PRONOUNS.iter().any(|(p, _)| *p == head)
        || (head.len() < lw.len()
            && matches!(head, "it" | "there" | "that" | "here" | "what" | "let"))
    {
        return false;
    }
    !(NOT_NAME_START_SET.has(&lw)
        || HEAD_TITLE_SET.has(&lw)
        || TITLE_MODIFIER_SET.has(&lw)
        || is_day_or_month(w)
        || matches!(lw.as_ref(), "who" | "what" | "why" | "how" | "where" | "when" | "which")
        || w.chars().count() < 2
        || !w.chars().any(char::is_lowercase)
        // An adverb that opens the sentence ("Publicly reported earnings
        // showed ..."; not "Connolly", "Donnelly").
        || (doc.opens_sentence(k)
            && w.len() >= 8
            && lw.ends_with("ly")
            && !lw.ends_with("lly")))
}

/// For a cue right after the comma `comma`: a name between the two commas
/// before it, then an apposition ("..., Kenneth Whipple, chairman of Ford
/// Europe, said"). Gives the speaker and the comma that ends the content.
fn named_before_apposition(sieve: &Sieve<'_, '_>, a: usize, comma: usize) -> Option<(Who, usize)> {
    let doc = sieve.doc;
    let open = (a..comma).rev().take(40).find(|&j| doc.word(j) == ",")?;
    let mut apposition = (open + 1..comma).filter(|&j| doc.is_word(j));
    let head = apposition.next()?;
    // ("..., the exchange, Canada's second largest, said": an owner may
    // open it too.)
    // ("..., the official, who did not want to be named, told Reuters": a
    // relative clause holds verbs of its own.)
    let relative = doc.word(head) == "who";
    // "CONTENT, a spokeswoman, Anna White, said": the description first,
    // then the person it names.
    let named = doc.cand_starting(head).filter(|c| {
        c.kind == EntityKind::Person && doc.next_solid(doc.token_at(c.span.end - 1)) == Some(comma)
    });
    if let Some(c) = named {
        let before = (a..open).rev().take(16).find(|&j| doc.word(j) == ",")?;
        let described = determined_noun_before(doc, before + 1, open).filter(|w| {
            let sp = who_span(w);
            doc.next_solid(before) == Some(doc.token_at(sp.start))
                && doc.next_solid(doc.token_at(sp.end - 1)) == Some(open)
        });
        // ("..., Acme Corp's chairman, John Smith, said": a name's
        // possessive, then lowercase words that end with a title or a
        // noun of people.)
        // (Or "the minister of international trade and industry": an
        // article and lowercase words that hold a title or a noun of
        // people, no verb.)
        let owned = || {
            let first = doc.next_solid(before)?;
            // (The owner's capitalised words, a name found or not.)
            let last = if is_determiner(doc, first) {
                first
            } else {
                let mut last = first;
                while possessive_stem(doc.word(last)).is_none() {
                    last = doc.next_on_line(last).filter(|&n| n < open && doc.is_cap(n))?;
                }
                if !doc.is_cap(first) || last - first > 8 {
                    return None;
                }
                last
            };
            let words: Vec<usize> = (last + 1..open).filter(|&j| doc.is_word(j)).collect();
            let lower_words = words.iter().all(|&j| {
                (!doc.is_cap(j) || is_title_word(doc.word(j)))
                    && !is_auxiliary(doc.word(j))
                    && cue_at(doc, j).is_none()
            });
            let people = words.iter().any(|&j| {
                is_title_word(doc.word(j))
                    || SPEAKER_NOUN_SET.has(doc.word(j))
                    || person_noun(&lower(doc.word(j)))
            });
            (!words.is_empty() && words.len() <= 10 && lower_words && people).then_some(())
        };
        if described.is_none() && owned().is_none() {
            return None;
        }
        return Some((Who::Mention(c.span, c.target), before));
    }
    let opens = matches!(lower(doc.word(head)).as_ref(), "a" | "an" | "the")
        || is_title_word(doc.word(head))
        || SPEAKER_NOUN_SET.has(doc.word(head))
        || doc.word(head).ends_with("'s")
        || doc.word(head).ends_with("’s");
    if !(opens || relative)
        || (open + 1..comma).any(|j| matches!(doc.tokens[j].kind, TokenKind::Quote(_)))
        || (!relative
            && std::iter::once(head)
                .chain(apposition)
                .any(|j| is_auxiliary(doc.word(j)) || cue_at(doc, j).is_some()))
    {
        return None;
    }
    let before = (a..open).rev().take(16).find(|&j| doc.word(j) == ",")?;
    let name_end = doc.prev_solid(open).filter(|&e| e > before)?;
    let who = speaker_alone(sieve, before + 1, name_end)
        .or_else(|| determined_noun_before(doc, before + 1, open))?;
    let at = doc.token_at(who_span(&who).start);
    let lead = (before + 1..at)
        .all(|j| !doc.is_word(j) || is_title_word(doc.word(j)) || is_determiner(doc, j));
    let whole = doc.token_at(who_span(&who).end - 1) == name_end;
    (lead && whole).then_some((who, before))
}

/// Whether the cue word at `k` is a noun that a cue follows: in a phrase
/// opened by an article or an owner (from `from` on), "the report said" is a
/// document that speaks.
fn noun_before_cue(doc: &Doc<'_>, from: usize, k: usize) -> bool {
    // (Adjectives may stand between: "a congressional report said".)
    NOUN_CUE_SET.has(doc.word(k))
        && phrase_opener(doc, from, k, 2, true).is_some()
        && doc.next_solid(k).is_some_and(|n| cue_at(doc, n).is_some())
}

/// "The talks were useful, Putin said." / "..., said Putin."
fn reported_after(sieve: &mut Sieve<'_, '_>, a: usize, b: usize) -> Option<RawQuote> {
    let doc = sieve.doc;
    // "Commenting on the deal, Jane Okafor said:": a colon at the end
    // introduces what follows; the words before are no content.
    if doc.prev_solid(b).is_some_and(|x| x >= a && doc.word(x) == ":") {
        return None;
    }
    let mut end = b.checked_sub(1)?;
    while end > a && doc.tokens[end].kind == TokenKind::Punct {
        end -= 1;
    }
    // The attribution follows one of the last commas: "X CUE" or "CUE X",
    // then the end of the sentence or an apposition ("said Mr. Barrett,
    // the lawyer for ...").
    // A comma further back than 40 tokens needs a plain verb of saying:
    // "..., top black lawmakers said Friday, as they bristled at ...".
    for comma in (a..end).rev().take(80).filter(|&k| doc.word(k) == ",").take(3) {
        let far = end - comma > 40;
        let Some(first) = doc.next_solid(comma) else { continue };
        let Some(stop) =
            (first..=end).find(|&k| matches!(doc.word(k), "," | ";")).map(|k| k - 1).or(Some(end))
        else {
            continue;
        };
        // (Twelve words, or eighteen with an adverbial after a verb of
        // saying: "..., the World Meteorological Organization said in its
        // State of the Global Climate report released on Thursday.")
        let words = (first..=stop).filter(|&k| doc.is_word(k)).count();
        let said_in = || {
            (first..=stop).any(|k| {
                lower_in(doc.word(k), SAY_OR_TELL)
                    && doc.next_solid(k).is_some_and(|n| opens_adverbial(doc.word(n)))
            })
        };
        if stop < first || words > 18 || (words > 12 && !said_in()) {
            continue;
        }
        if (first..=stop).any(|k| matches!(doc.tokens[k].kind, TokenKind::Quote(_))) {
            continue;
        }
        let Some((cue_start, cue_end)) = (first..=stop)
            .filter(|&k| !noun_before_cue(doc, first, k))
            .find_map(|k| cue_at(doc, k).map(|(e, _)| (k, e)))
        else {
            continue;
        };
        // (An announcement too: "..., the Defence Secretary announced today
        // during his visit to Kyiv, where he met ...".)
        const FAR_CUES: &[&str] = &["said", "says", "told", "tells", "announced"];
        if far && !lower_in(doc.word(cue_start), FAR_CUES) {
            continue;
        }
        // "..., Anna Petrova said in an interview.", "..., she told
        // reporters on Tuesday.": an adverbial, or a recipient and an
        // adverbial, may follow the cue.
        let x_cue = cue_start > first && attribution_tail(doc, cue_start, cue_end, stop);
        let mut content_comma = comma;
        let told = lower_in(doc.word(cue_start), &["told", "tells"]);
        let who = if x_cue {
            // "..., the airline said Thursday.": any noun with its article
            // right before a verb of saying.
            // "..., traders said.", "..., money market dealers said.": a
            // bare plural of people that fills the whole attribution (not
            // "..., prices said").
            let said =
                lower_in(doc.word(cue_start), &["said", "says", "told", "added", "reported"]);
            let plain =
                said.then(|| plain_noun_before(doc, first, cue_start)).flatten().filter(|w| {
                    let sp = who_span(w);
                    let head = doc.text[sp].rsplit(' ').next().unwrap_or_default();
                    // ("..., Martell and other analysts said.", "..., U.S.
                    // officials said.")
                    doc.token_at(sp.start) == first
                        && (doc.text[sp].chars().next().is_some_and(char::is_lowercase)
                            || doc.text[sp].contains(" and ")
                            || doc.prev_solid(doc.token_at(sp.end - 1)).is_some_and(|m| {
                                m == first
                                    && (is_acronym(doc.word(m))
                                        || doc
                                            .cand_at(doc.tokens[m].span.start)
                                            .is_some_and(|c| c.kind == EntityKind::Place))
                            }))
                        && people_plural(head)
                });
            subject_of(sieve, first, cue_start)
                // ("Martell and other analysts": the whole pair.)
                .filter(|w| {
                    !(matches!(w, Who::Words(_))
                        && doc.token_at(who_span(w).start) > first
                        && plain.is_some())
                })
                .or_else(|| {
                    said.then(|| plain.or_else(|| determined_noun_before(doc, first, cue_start)))
                        .flatten()
                })
                .filter(
                    |w| !matches!(w, Who::Words(sp) if doc.text[*sp].eq_ignore_ascii_case("it")),
                )
        // ("..., said X", "..., asked the mayor": a verb of saying that comes
        // before its subject; not "..., proposed Signorini" nor "...,
        // thanked the President", whose name is the object.)
        } else if cue_start == first && (told || verb_of_saying(doc.word(cue_start))) {
            // ("..., told reporters.": who was told is no speaker; nor
            // "a statement" of "..., said in a statement.", an adverbial.)
            let adverbial = doc.next_solid(cue_end).is_some_and(|n| {
                n <= stop
                    && lower_in(
                        doc.word(n),
                        &["in", "on", "at", "during", "via", "through", "after", "before"],
                    )
            });
            match speaker_alone(sieve, cue_end + 1, stop).filter(|_| !told && !adverbial) {
                // "..., said the study's senior author, Professor Magdalena
                // Zernicka-Goetz.": the person named in the apposition.
                Some(w @ (Who::Words(_) | Who::OrgNoun(..) | Who::SourceNoun(..))) => {
                    Some(apposed_person(doc, stop, b).unwrap_or(w))
                }
                Some(w) => Some(w),
                // ("..., said the study's senior author, Professor X.": words
                // with an article, whatever their noun.)
                None if !told
                    && doc.next_solid(cue_end).is_some_and(|n| {
                        n <= stop && lower_in(doc.word(n), &["the", "its", "his", "her", "their"])
                    }) =>
                {
                    // ("..., said the minister.": the title's words alone,
                    // which the role descriptions may resolve.)
                    apposed_person(doc, stop, b).or_else(|| {
                        let from = doc.next_solid(cue_end)?;
                        let words: Vec<usize> = (from..=stop).filter(|&j| doc.is_word(j)).collect();
                        let last = *words.last()?;
                        let plain = words.len() <= 5
                            && words.iter().all(|&j| !doc.is_cap(j) || is_title_word(doc.word(j)))
                            && (is_title_word(doc.word(last))
                                || SPEAKER_NOUN_SET.has(doc.word(last)));
                        plain.then(|| {
                            Who::Words(Span::new(
                                doc.tokens[from].span.start,
                                doc.tokens[last].span.end,
                            ))
                        })
                    })
                }
                // "CONTENT, Kenneth Whipple, chairman of Ford Europe,
                // said.": the name and its apposition before the cue, which
                // an adverbial or a recipient may follow ("..., wrote in a
                // note to clients", "..., told Reuters").
                None if attribution_tail(doc, cue_start, cue_end, stop)
                    && (told || lower_in(doc.word(cue_start), INVERTING)) =>
                {
                    named_before_apposition(sieve, a, comma).map(|(w, c)| {
                        content_comma = c;
                        w
                    })
                }
                None => None,
            }
        } else {
            None
        };
        let Some(who) = who else { continue };
        let sp = who_span(&who);
        // The speaker words must follow the comma directly ("..., Putin
        // said", "..., the Tax Foundation said"), not end a longer clause.
        // Articles and titles may come first ("..., Sen. Lindsey Graham
        // told reporters").
        let at = doc.token_at(sp.start);
        // So may a title in capitals before a person's name ("..., UMWA
        // Director of Government Affairs Phil Smith told POLITICO").
        let kind = match who {
            Who::Mention(..) => doc.cand_at(sp.start).map(|c| c.kind),
            _ => None,
        };
        let person = kind == Some(EntityKind::Person);
        let body = kind == Some(EntityKind::Institution);
        let lead = (first..at).all(|j| {
            doc.tokens[j].is_space()
                || doc.word(j) == "."
                || (doc.is_word(j)
                    && (is_determiner(doc, j)
                        || is_title_word(doc.word(j))
                        || (person
                            && (doc.is_cap(j)
                                || matches!(doc.word(j), "of" | "for")
                                || org_noun(doc.word(j)).is_some()))
                        // ... or a capitalised word of a body's name ("...,
                        // the New China News Agency said"), known or not.
                        || ((body || (matches!(who, Who::Words(_)) && doc.is_cap(at)))
                            && doc.is_cap(j))
                        // ... or a country's, for any speaker ("..., U.S.
                        // officials said").
                        || is_acronym(doc.word(j))
                        || doc
                            .cand_at(doc.tokens[j].span.start)
                            .is_some_and(|c| c.kind == EntityKind::Place)))
        });
        let lead_words = (first..at.max(first)).filter(|&j| doc.is_word(j)).count();
        // Or modifiers that are no verb, pronoun or conjunction: "...,
        // public finances director Jorge Marcano said", "..., a Board of
        // Foreign Trade official said".
        let modifiers = !matches!(who, Who::Pronoun(..))
            && (lower_in(doc.word(cue_start), INVERTING)
                || lower_in(doc.word(cue_start), &["told", "tells", "reported", "reports"]))
            && (first..at.max(first)).filter(|&j| doc.is_word(j)).all(|j| {
                let w = doc.word(j);
                !is_auxiliary(w)
                    && !is_past_form(w)
                    && !w.ends_with("ing")
                    && !is_pronoun(w)
                    && !lower_in(
                        w,
                        &[
                            "which", "who", "that", "but", "as", "if", "when", "while", "because",
                            "so", "not", "also", "then", "it", "this", "these", "those", "than",
                            "to", "in", "on", "at", "by", "with", "from",
                        ],
                    )
            });
        let lead = lead || modifiers;
        if x_cue && (at < first || !lead || lead_words > 6) {
            continue;
        }
        // Words no list holds keep the article and the names before them:
        // "U.S. officials", "the company" (not the title of "lead manager
        // Swiss Bank Corp").
        let who = match who {
            Who::Words(w) if x_cue && at > first => {
                let mut s = at;
                while let Some(q) = doc.prev_solid(s).filter(|&q| q >= first) {
                    let keep = doc.word(q) == "."
                        || (doc.is_word(q)
                            && (is_determiner(doc, q)
                                || is_acronym(doc.word(q))
                                || (doc.is_cap(q) && !is_title_word(doc.word(q)))));
                    if !keep {
                        break;
                    }
                    s = q;
                }
                Who::Words(Span::new(doc.tokens[s].span.start, w.end))
            }
            other => other,
        };
        let mut cend = content_comma;
        while cend > a && doc.tokens[cend - 1].is_space() {
            cend -= 1;
        }
        let content =
            Span::new(doc.tokens[a].span.start, doc.tokens[cend.saturating_sub(1).max(a)].span.end);
        if word_count(doc, content) < 4 {
            continue;
        }
        // "On Tuesday, even as shares were tumbling, Mr. Ackman wrote to
        // investors, telling ...", "If only a few delegates are at stake,
        // the campaign said, it may ...": a subordinate clause, after
        // nothing but short phrases, before an attribution the sentence
        // goes on from, modifies the attribution's verb; it is no content.
        // (Not "If they impose them we would object, Lyng said.", whose
        // clause holds its main clause without a comma.)
        let last_part = (a..cend).rev().find(|&j| doc.word(j) == ",").map_or(a, |c| c + 1);
        let opener = (last_part..cend)
            .filter(|&j| doc.is_word(j))
            .find(|&j| !matches!(lower(doc.word(j)).as_ref(), "even" | "just" | "only"));
        let short_before = || {
            (a..last_part)
                .filter(|&j| doc.word(j) == ",")
                .try_fold(a, |from, c| {
                    ((from..c).filter(|&j| doc.is_word(j)).count() <= 4).then_some(c + 1)
                })
                .is_some()
        };
        // (An apposition may end the attribution: "..., said Koichi
        // Tsukihara, Deputy General Manager of ...".)
        let goes_on = stop < end
            && !doc.next_solid(stop).is_some_and(|c| {
                doc.word(c) == ","
                    && doc
                        .next_solid(c)
                        .is_some_and(|n| doc.is_word(n) && (doc.is_cap(n) || is_determiner(doc, n)))
            });
        if goes_on && opener.is_some_and(|j| is_subordinator(&lower(doc.word(j)))) && short_before()
        {
            continue;
        }
        // "Asked whether other miners could follow, Andresen declined to
        // comment.": the question put to the speaker is not what they said.
        if asked_clause(doc, a, cend + 1).is_some() {
            continue;
        }
        let (sp, t, _) = sieve.resolve(
            who,
            doc.tokens[first].span.start,
            QuoteRule::ReportedAfter,
            (first, stop + 1),
        );
        return Some(RawQuote::reported(
            Span::new(content.start, doc.tokens[stop].span.end),
            content,
            Span::new(doc.tokens[cue_start].span.start, doc.tokens[cue_end].span.end),
            (sp, t),
            QuoteRule::ReportedAfter,
        ));
    }
    None
}

/// After an inverted cue that ends at `ce`, an article and at most four
/// lowercase words up to the mark at `p`: "Added the mayor", "Said a
/// neighbour".
fn noun_after_cue(doc: &Doc<'_>, ce: usize, p: usize) -> Option<Who> {
    let det = doc.next_solid(ce).filter(|&d| d < p && is_determiner(doc, d))?;
    let words: Vec<usize> = (det + 1..p).filter(|&j| !doc.tokens[j].is_space()).collect();
    let plain = !words.is_empty()
        && words.len() <= 4
        && words.iter().all(|&j| doc.is_word(j) && !doc.is_cap(j) && cue_at(doc, j).is_none());
    let last = *words.last()?;
    plain.then(|| Who::Words(Span::new(doc.tokens[det].span.start, doc.tokens[last].span.end)))
}

/// The question that opens the sentence `a..b` ("Asked whether ...,",
/// "When asked if ...,"): its "asked" and the comma that ends it.
fn asked_clause(doc: &Doc<'_>, a: usize, b: usize) -> Option<(usize, usize)> {
    let mut q = (a..b).find(|&j| doc.is_word(j))?;
    if lower_in(doc.word(q), &["when", "if"]) {
        q = doc.next_solid(q).filter(|&n| n < b)?;
    }
    if !doc.word(q).eq_ignore_ascii_case("asked") {
        return None;
    }
    let comma = (q + 1..b).take(60).find(|&j| doc.word(j) == ",")?;
    Some((q, comma))
}

#[cfg(test)]
mod tests {
    use crate::lexicon::CUES;

    #[test]
    fn cues_are_one_or_two_words() {
        for (c, _) in CUES {
            assert!(c.split(' ').count() <= 2 && *c == c.to_lowercase(), "{c}");
        }
    }
}
