//! Tokens, sentences and paragraphs, on top of unicode-segmentation's word
//! boundaries.
//!
//! The tokenizer keeps every byte of the text: the spans of the tokens it
//! yields tile the text exactly, in order. Runs of whitespace are one token,
//! and a run that holds a line break is a [`TokenKind::LineBreak`].

use unicode_segmentation::{UWordBoundIndices, UnicodeSegmentation};

use crate::span::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, Eq, Hash, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes, hyphens excluded
    /// ("China’s", "I’m", "U.S").
    Word,
    /// Starts with a digit ("2021", "3.5", "90s").
    Number,
    /// Any other single character that is not a letter, digit or space.
    Punct,
    /// A quotation mark, with the side it most likely stands on.
    Quote(QuoteSide),
    /// A free-standing apostrophe: a plural possessive ("countries’") or an
    /// elision ("’90s").
    Apostrophe,
    /// Horizontal whitespace.
    Space,
    /// Whitespace that holds at least one line break.
    LineBreak,
}

/// The side of a quotation mark, judged from the mark itself and its
/// neighbours.
#[derive(Clone, Copy, Debug, Eq, Hash, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum QuoteSide {
    /// Opens a quotation (“ « „ or a straight mark before a word).
    Open,
    /// Closes a quotation (” » or a straight mark after a word).
    Close,
    /// Could be either (a straight mark between two spaces).
    Ambiguous,
}

/// One token: a span of the text and its kind.
///
/// # Example
/// ```
/// use pressroom::TokenKind;
/// let t = pressroom::tokenize("China’s").next().unwrap();
/// assert_eq!((t.as_str(), t.kind, t.span), ("China’s", TokenKind::Word, pressroom::Span::new(0, 9)));
/// ```
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct Token<'t> {
    text: &'t str,
    /// Where the token is in the text.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
}

impl<'t> Token<'t> {
    /// The token's text.
    pub fn as_str(&self) -> &'t str {
        self.text
    }

    /// Whether the token is whitespace (with or without a line break).
    pub fn is_space(&self) -> bool {
        matches!(self.kind, TokenKind::Space | TokenKind::LineBreak)
    }

    /// Whether the token separates paragraphs: a blank line, or a line break
    /// followed by an indent of two or more spaces or a tab (the wire
    /// services' indented paragraphs).
    pub fn is_paragraph_break(&self) -> bool {
        if self.kind != TokenKind::LineBreak {
            return false;
        }
        let mut breaks = 0;
        let mut indent = 0;
        let mut chars = self.text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' => {
                    breaks += 1;
                    indent = 0;
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                }
                '\n' | '\u{85}' | '\u{2028}' => {
                    breaks += 1;
                    indent = 0;
                }
                '\u{2029}' => return true,
                '\t' => indent += 2,
                _ => indent += 1,
            }
        }
        breaks >= 2 || (breaks == 1 && indent >= 2)
    }
}

/// Splits `text` into tokens whose spans tile it exactly.
///
/// # Example
/// ```
/// use pressroom::{tokenize, TokenKind, QuoteSide};
/// let kinds: Vec<TokenKind> = tokenize("“China’s”").map(|t| t.kind).collect();
/// assert_eq!(
///     kinds,
///     [TokenKind::Quote(QuoteSide::Open), TokenKind::Word, TokenKind::Quote(QuoteSide::Close)]
/// );
/// ```
pub fn tokenize(text: &str) -> Tokens<'_> {
    // Most wire copy is ASCII: there we segment ourselves, with the same
    // results as unicode-segmentation (a property test compares them).
    let inner = if text.is_ascii() {
        Segments::Ascii(AsciiSegments { text, at: 0 })
    } else {
        Segments::Unicode(text.split_word_bound_indices())
    };
    Tokens { text, inner, pending: None }
}

/// Word-boundary segments of a text, as `(start, segment)`.
#[derive(Clone, Debug)]
enum Segments<'t> {
    Unicode(UWordBoundIndices<'t>),
    Ascii(AsciiSegments<'t>),
}

impl<'t> Iterator for Segments<'t> {
    type Item = (usize, &'t str);
    fn next(&mut self) -> Option<(usize, &'t str)> {
        match self {
            Segments::Unicode(u) => u.next(),
            Segments::Ascii(a) => a.next(),
        }
    }
}

/// The word-break classes of UAX #29 that ASCII characters have.
#[derive(Clone, Copy, Eq, PartialEq)]
enum Wb {
    Cr,
    Lf,
    Newline,
    Space,
    Letter,
    Numeric,
    /// `_`
    ExtendNumLet,
    /// `:`
    MidLetter,
    /// `.` and `'` (MidNumLet and Single_Quote act alike here)
    MidNumLet,
    /// `,` and `;`
    MidNum,
    Other,
}

const fn wb(b: u8) -> Wb {
    match b {
        b'\r' => Wb::Cr,
        b'\n' => Wb::Lf,
        0x0b | 0x0c => Wb::Newline,
        b' ' => Wb::Space,
        b'a'..=b'z' | b'A'..=b'Z' => Wb::Letter,
        b'0'..=b'9' => Wb::Numeric,
        b'_' => Wb::ExtendNumLet,
        b':' => Wb::MidLetter,
        b'.' | b'\'' => Wb::MidNumLet,
        b',' | b';' => Wb::MidNum,
        _ => Wb::Other,
    }
}

/// The UAX #29 word boundaries of ASCII text (rules WB3 to WB13b; the
/// others never apply to ASCII): runs of letters, digits and `_`, joined
/// across one `.`/`'`/`:` between letters or one `.`/`'`/`,`/`;` between
/// digits; runs of spaces; CR LF; every other char alone.
#[derive(Clone, Debug)]
struct AsciiSegments<'t> {
    text: &'t str,
    at: usize,
}

/// The class of every ASCII byte, looked up rather than matched.
static WB_TABLE: [Wb; 128] = {
    let mut t = [Wb::Other; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = wb(b as u8);
        b += 1;
    }
    t
};

impl<'t> Iterator for AsciiSegments<'t> {
    type Item = (usize, &'t str);
    fn next(&mut self) -> Option<(usize, &'t str)> {
        use Wb::*;
        let t = self.text.as_bytes();
        let n = t.len();
        let start = self.at;
        if start >= n {
            return None;
        }
        let class = |i: usize| WB_TABLE[usize::from(t[i] & 0x7f)];
        let mut end = start + 1;
        match class(start) {
            Letter | Numeric | ExtendNumLet => loop {
                while end < n && matches!(class(end), Letter | Numeric | ExtendNumLet) {
                    end += 1;
                }
                if end + 1 < n {
                    let (before, mid, after) = (class(end - 1), class(end), class(end + 1));
                    let letters =
                        before == Letter && after == Letter && matches!(mid, MidLetter | MidNumLet); // WB6, WB7
                    let digits =
                        before == Numeric && after == Numeric && matches!(mid, MidNum | MidNumLet); // WB11, WB12
                    if letters || digits {
                        end += 2;
                        continue;
                    }
                }
                break;
            },
            Space => {
                while end < n && class(end) == Space {
                    end += 1; // WB3d
                }
            }
            Cr if end < n && class(end) == Lf => end += 1, // WB3
            _ => {}
        }
        self.at = end;
        Some((start, &self.text[start..end]))
    }
}

/// The iterator of [`tokenize`].
#[derive(Clone, Debug)]
pub struct Tokens<'t> {
    text: &'t str,
    inner: Segments<'t>,
    /// A segment read ahead while merging whitespace runs.
    pending: Option<(usize, &'t str)>,
}

impl<'t> Iterator for Tokens<'t> {
    type Item = Token<'t>;

    fn next(&mut self) -> Option<Token<'t>> {
        if self.pending.is_none() {
            if let Segments::Ascii(a) = &mut self.inner {
                return ascii_token(self.text, a);
            }
        }
        let (start, seg) = self.pending.take().or_else(|| self.inner.next())?;
        let first = seg.chars().next()?;
        if first.is_whitespace() {
            // unicode-segmentation ends a segment at every line break; we
            // want one token per whitespace run.
            let mut end = start + seg.len();
            for (s, next) in self.inner.by_ref() {
                if next.chars().next().is_some_and(char::is_whitespace) {
                    end = s + next.len();
                } else {
                    self.pending = Some((s, next));
                    break;
                }
            }
            let run = &self.text[start..end];
            let kind = if run.chars().any(is_line_break) {
                TokenKind::LineBreak
            } else {
                TokenKind::Space
            };
            return Some(Token { text: run, span: Span::new(start, end), kind });
        }
        // Two apostrophes stand for a double quotation mark in some wires
        // (`''Yes,'' he said`).
        if seg == "'" && self.text[start + 1..].starts_with('\'') {
            if let Some((s2, second)) = self.inner.next() {
                if second == "'" && s2 == start + 1 {
                    let prev = self.text[..start].chars().next_back();
                    let next = self.text[start + 2..].chars().next();
                    let kind = TokenKind::Quote(straight_side(prev, next));
                    return Some(Token {
                        text: &self.text[start..start + 2],
                        span: Span::new(start, start + 2),
                        kind,
                    });
                }
                self.pending = Some((s2, second));
            }
        }
        let kind = if first.is_alphabetic() {
            TokenKind::Word
        } else if first.is_numeric() {
            TokenKind::Number
        } else if seg.chars().nth(1).is_none() {
            classify_mark(self.text, start, first)
        } else if seg.chars().any(char::is_alphabetic) {
            // A word that starts with a mark, such as an emoji sequence or
            // a connector; letters make it a word.
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        Some(Token { text: seg, span: Span::new(start, start + seg.len()), kind })
    }
}

/// The next token of ASCII text, read from bytes: what the general path
/// makes of the same segments (a property test compares the two), without
/// decoding chars or reading ahead.
fn ascii_token<'t>(text: &'t str, a: &mut AsciiSegments<'t>) -> Option<Token<'t>> {
    let t = text.as_bytes();
    let start = a.at;
    let &first = t.get(start)?;
    // The whitespace of `char::is_whitespace`, and the line breaks of
    // `is_line_break`, in ASCII.
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    if space(first) {
        let mut end = start + 1;
        while end < t.len() && space(t[end]) {
            end += 1;
        }
        a.at = end;
        let kind = if t[start..end].iter().any(|&b| matches!(b, b'\n' | b'\r' | 0x0b | 0x0c)) {
            TokenKind::LineBreak
        } else {
            TokenKind::Space
        };
        return Some(Token { text: &text[start..end], span: Span::new(start, end), kind });
    }
    // Two apostrophes for a double quotation mark (`''Yes,'' he said`).
    if first == b'\'' && t.get(start + 1) == Some(&b'\'') {
        a.at = start + 2;
        let prev = start.checked_sub(1).map(|p| char::from(t[p]));
        let next = t.get(start + 2).map(|&b| char::from(b));
        let kind = TokenKind::Quote(straight_side(prev, next));
        return Some(Token {
            text: &text[start..start + 2],
            span: Span::new(start, start + 2),
            kind,
        });
    }
    let (start, seg) = a.next()?;
    let kind = if first.is_ascii_alphabetic() {
        TokenKind::Word
    } else if first.is_ascii_digit() {
        TokenKind::Number
    } else if seg.len() == 1 {
        classify_mark(text, start, char::from(first))
    } else if seg.bytes().any(|b| b.is_ascii_alphabetic()) {
        TokenKind::Word
    } else {
        TokenKind::Punct
    };
    Some(Token { text: seg, span: Span::new(start, start + seg.len()), kind })
}

pub(crate) fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}')
}

/// Whether `c` opens a bracket or a quotation, so that a straight quote
/// after it opens too.
fn is_opener(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '“' | '«' | '„' | '‘' | '‹' | '—' | '–' | '-' | '/')
}

fn classify_mark(text: &str, at: usize, c: char) -> TokenKind {
    let prev = text[..at].chars().next_back();
    let next = text[at + c.len_utf8()..].chars().next();
    let space_or_none = |x: Option<char>| x.is_none_or(char::is_whitespace);
    let word_char = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
    match c {
        '“' | '«' | '„' | '‹' | '‚' | '「' | '『' => TokenKind::Quote(QuoteSide::Open),
        '”' | '»' | '›' | '」' | '』' => TokenKind::Quote(QuoteSide::Close),
        '"' | '‟' => TokenKind::Quote(straight_side(prev, next)),
        '‘' | '\'' | '’' | '`' | '´' => {
            // An elision before a number ("’90s") is an apostrophe, and so
            // is a mark glued to a plural "s" before a space ("countries’
            // partnership"); the quote stage may still read the latter as a
            // closing single quote when one is open.
            if space_or_none(prev) && next.is_some_and(|n| n.is_ascii_digit()) {
                return TokenKind::Apostrophe;
            }
            if c != '‘' && prev.is_some_and(|p| p == 's' || p == 'S') && space_or_none(next) {
                return TokenKind::Apostrophe;
            }
            // So is one between a number and its "s" ("Radio 4's
            // programme", "the 1990's"), which word boundaries split.
            if c != '‘'
                && prev.is_some_and(|p| p.is_ascii_digit())
                && matches!(next, Some('s' | 'S'))
                && !word_char(text[at + c.len_utf8() + 1..].chars().next())
            {
                return TokenKind::Apostrophe;
            }
            if c == '‘' {
                return TokenKind::Quote(QuoteSide::Open);
            }
            let side = straight_side(prev, next);
            if c == '’' && side == QuoteSide::Open && !word_char(prev) {
                // A right mark before a word is usually a mis-typed opener.
                return TokenKind::Quote(QuoteSide::Ambiguous);
            }
            TokenKind::Quote(side)
        }
        _ => TokenKind::Punct,
    }
}

fn straight_side(prev: Option<char>, next: Option<char>) -> QuoteSide {
    // A colon introduces a quote even without a space: `reads:"Founded`.
    let before_is_open = prev.is_none_or(|p| p.is_whitespace() || is_opener(p) || p == ':');
    let after_is_open = next.is_none_or(|n| n.is_whitespace() || is_closer_context(n));
    match (before_is_open, after_is_open) {
        (true, false) => QuoteSide::Open,
        (false, true) => QuoteSide::Close,
        (false, false) if prev.is_some_and(|p| matches!(p, '.' | ',' | '!' | '?' | ';')) => {
            QuoteSide::Close
        }
        _ => QuoteSide::Ambiguous,
    }
}

fn is_closer_context(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '…')
        || c == '"'
        || c == '”'
        || c == '’'
}

/// A sentence of the text.
///
/// # Example
/// ```
/// let s: Vec<bool> = pressroom::sentences("One. Two.\n\nThree.").map(|s| s.starts_paragraph).collect();
/// assert_eq!(s, [true, false, true]);
/// ```
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct Sentence<'t> {
    text: &'t str,
    /// Where the sentence is, without surrounding whitespace.
    pub span: Span,
    /// Whether a paragraph starts with this sentence.
    pub starts_paragraph: bool,
}

impl<'t> Sentence<'t> {
    /// The sentence's text.
    pub fn as_str(&self) -> &'t str {
        self.text
    }
}

/// Splits `text` into sentences that respect press abbreviations ("Nov.",
/// "U.S.", "Mr."), initials ("V. Putin"), decimals, closing quotes after the
/// final punctuation and bracketed inserts. A paragraph break always ends a
/// sentence.
///
/// # Example
/// ```
/// let text = "Mr. V. Putin met U.S. envoys on Nov. 26. “It went well.” They left.";
/// let s: Vec<&str> = pressroom::sentences(text).map(|s| s.as_str()).collect();
/// assert_eq!(s, ["Mr. V. Putin met U.S. envoys on Nov. 26.", "“It went well.”", "They left."]);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    let tokens: Vec<Token<'_>> = tokenize(text).collect();
    let spans = split_sentences(&tokens);
    Sentences { text, inner: spans.into_iter() }
}

/// The iterator of [`sentences`].
#[derive(Clone, Debug)]
pub struct Sentences<'t> {
    text: &'t str,
    inner: std::vec::IntoIter<(Span, bool)>,
}

impl<'t> Iterator for Sentences<'t> {
    type Item = Sentence<'t>;
    fn next(&mut self) -> Option<Sentence<'t>> {
        let (span, starts_paragraph) = self.inner.next()?;
        Some(Sentence { text: &self.text[span], span, starts_paragraph })
    }
}

/// Abbreviations after which a period never ends a sentence.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "adm", "maj", "gov",
    "sen", "rep", "st", "rev", "hon", "mt", "ft", "messrs", "mme", "mlle", "sr", "jr", "vs", "cf",
    "approx", "dept", "est", "fig", "vol", "art", "nos", "pres", "supt", "cmdr", "brig", "lieut",
    "smt",
];

/// Abbreviations that end a sentence only before a word that usually starts
/// one ("Apple Inc. The company").
const ENDABLE: &[&str] = &[
    "inc", "corp", "ltd", "co", "bros", "plc", "llc", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "etc", "no", "am", "pm", "gmbh", "ag",
    // Titles that are also places: "state Del. Marcia Price" (a delegate)
    // but "Wilmington, Del. The company".
    "del", "amb", "atty",
];

/// Words that commonly start a sentence: after an ambiguous abbreviation,
/// one of these means the period was also a full stop.
const STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "in",
    "on",
    "at",
    "but",
    "and",
    "however",
    "its",
    "his",
    "her",
    "their",
    "our",
    "there",
    "after",
    "before",
    "as",
    "if",
    "when",
    "while",
    "meanwhile",
    "according",
    "also",
];

pub(crate) fn split_sentences(tokens: &[Token<'_>]) -> Vec<(Span, bool)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None; // index of the sentence's first token
    let mut new_paragraph = true;
    let mut depth = 0usize;
    // A parenthesis that opens a sentence may hold several ("(Golikova went
    // on to share the data. She also reported ...)"): they split inside it.
    let mut whole_paren = false;
    let mut i = 0;
    let push = |out: &mut Vec<(Span, bool)>, first: usize, last: usize, para: &mut bool| {
        out.push((Span::new(tokens[first].span.start, tokens[last].span.end), *para));
        *para = false;
    };
    while i < tokens.len() {
        let t = &tokens[i];
        if t.is_space() {
            if t.is_paragraph_break() {
                if let Some(s) = start.take() {
                    push(&mut out, s, last_non_space(tokens, i), &mut new_paragraph);
                }
                new_paragraph = true;
                depth = 0;
                whole_paren = false;
            }
            i += 1;
            continue;
        }
        if start.is_none() {
            start = Some(i);
        }
        match t.as_str() {
            "(" => {
                // (Also after an omission mark: "<…>(Nikolai Svanidze raised
                // ... health.) Vladimir Putin: ...".)
                whole_paren |= depth == 0
                    && start.is_some_and(|s| {
                        tokens[s..i]
                            .iter()
                            .all(|t| t.is_space() || matches!(t.as_str(), "<" | ">" | "…" | "..."))
                    });
                depth += 1;
            }
            "[" | "{" => depth += 1,
            ")" | "]" | "}" => {
                depth = depth.saturating_sub(1);
                whole_paren &= depth > 0;
            }
            _ => {}
        }
        let terminal = matches!(t.as_str(), "." | "!" | "?" | "…");
        let inner = if whole_paren { depth.saturating_sub(1) } else { depth };
        if !terminal || inner > 0 {
            i += 1;
            continue;
        }
        // Absorb further terminal marks, closing quotes and brackets.
        let mut j = i + 1;
        while j < tokens.len() {
            let k = &tokens[j];
            let closing = match k.kind {
                TokenKind::Quote(side) => side != QuoteSide::Open,
                TokenKind::Apostrophe => true,
                TokenKind::Punct => matches!(k.as_str(), "." | "!" | "?" | "…" | ")" | "]"),
                _ => false,
            };
            if !closing {
                break;
            }
            if matches!(k.as_str(), ")" | "]") {
                depth = depth.saturating_sub(1);
                whole_paren &= depth > 0;
            }
            j += 1;
        }
        let last = j - 1;
        // The next non-space token decides.
        let mut n = j;
        while n < tokens.len() && tokens[n].is_space() {
            n += 1;
        }
        if n == j && j < tokens.len() {
            // No space after the mark: "U.S.-made", "3.5", "/TASS/.".
            i = j;
            continue;
        }
        if n >= tokens.len() || ends_sentence(tokens, i, n) {
            push(&mut out, start.take().unwrap_or(i), last, &mut new_paragraph);
        }
        i = j;
    }
    if let Some(s) = start {
        push(&mut out, s, last_non_space(tokens, tokens.len()), &mut new_paragraph);
    }
    out
}

fn last_non_space(tokens: &[Token<'_>], before: usize) -> usize {
    (0..before).rev().find(|&k| !tokens[k].is_space()).unwrap_or(0)
}

/// Whether the terminal mark at `mark` ends the sentence, given the next
/// non-space token at `next`.
fn ends_sentence(tokens: &[Token<'_>], mark: usize, next: usize) -> bool {
    let nt = &tokens[next];
    let next_word = nt.as_str();
    let next_starts = match nt.kind {
        TokenKind::Word => next_word.chars().next().is_some_and(|c| !c.is_lowercase()),
        TokenKind::Number => true,
        TokenKind::Quote(side) => side != QuoteSide::Close,
        // "<…>" marks an omission in a transcript: "Thank you. <…> Vladimir
        // Putin: ...".
        TokenKind::Punct => matches!(next_word, "(" | "[" | "—" | "–" | "-" | "•" | "*" | "<"),
        _ => false,
    };
    if !next_starts {
        return false;
    }
    if tokens[mark].as_str() != "." {
        return true;
    }
    // A period right after a word: an abbreviation?
    let Some(prev) = mark.checked_sub(1).map(|p| &tokens[p]) else { return true };
    if prev.kind != TokenKind::Word {
        return true;
    }
    let word = prev.as_str();
    // The lists are lowercase ASCII: compared without lowering a copy.
    let listed = |list: &[&str], w: &str| list.iter().any(|x| x.eq_ignore_ascii_case(w));
    let starter = || nt.kind == TokenKind::Word && listed(STARTERS, next_word);
    if listed(TITLES, word) {
        return false;
    }
    let mut chars = word.chars();
    let single_upper = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    if single_upper {
        // An initial ("V. Putin"), unless a common starter follows.
        return starter();
    }
    if word.eq_ignore_ascii_case("no") {
        // "No. 10", "No. S-1", "No. Three", but "voters said no. Jeff
        // Flake said he would".
        let numeral = nt.kind == TokenKind::Number
            || (nt.kind == TokenKind::Word
                && (listed(crate::lexicon::NUMBER_WORDS, next_word)
                    || next_word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
                    || next_word.len() == 1
                    || tokens.get(next + 1).is_some_and(|t| matches!(t.as_str(), "-" | "/"))));
        return !numeral;
    }
    if word.contains('.') || listed(ENDABLE, word) {
        // "U.S.", "a.m.", "Inc.", "Nov.": a number after them continues the
        // sentence; only a usual sentence starter ends it, or a quote that
        // opens on a capital ("woke her at 3 a.m. “I thought ...”", not
        // "the U.S. “pivot” to Asia").
        // (A nickname after initials stays: `C.J. "Pete" Silas`.)
        let quote_opens = matches!(nt.kind, TokenKind::Quote(_))
            && tokens.get(next + 1).is_some_and(|w| {
                w.kind == TokenKind::Word && w.as_str().starts_with(|c: char| c.is_uppercase())
            })
            && !tokens.get(next + 2).is_some_and(|t| matches!(t.kind, TokenKind::Quote(_)));
        return nt.kind != TokenKind::Number && (starter() || quote_opens);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        sentences(text).map(|s| s.as_str()).collect()
    }

    #[test]
    fn tokens_tile_the_text() {
        let text = "Putin’s  \n\n “I’m sure,” he said — in ’90s «ok» 3.5%\r\n";
        let mut at = 0;
        for t in tokenize(text) {
            assert_eq!(t.span.start, at, "{t:?}");
            assert_eq!(&text[t.span], t.as_str());
            at = t.span.end;
        }
        assert_eq!(at, text.len());
    }

    #[test]
    fn kinds() {
        let got: Vec<(TokenKind, &str)> = tokenize("countries’ “China’s” ’90s 3.5 \"a\" x\n\ny")
            .filter(|t| !t.is_space() || t.kind == TokenKind::LineBreak)
            .map(|t| (t.kind, t.as_str()))
            .collect();
        use QuoteSide::*;
        use TokenKind::*;
        assert_eq!(
            got,
            [
                (Word, "countries"),
                (Apostrophe, "’"),
                (Quote(Open), "“"),
                (Word, "China’s"),
                (Quote(Close), "”"),
                (Apostrophe, "’"),
                (Number, "90s"),
                (Number, "3.5"),
                (Quote(Open), "\""),
                (Word, "a"),
                (Quote(Close), "\""),
                (Word, "x"),
                (LineBreak, "\n\n"),
                (Word, "y"),
            ]
        );
    }

    #[test]
    fn an_apostrophe_between_a_number_and_its_s_opens_no_quote() {
        let kinds = |text: &str| -> Vec<TokenKind> {
            tokenize(text)
                .filter(|t| t.as_str() == "'" || t.as_str() == "’")
                .map(|t| t.kind)
                .collect()
        };
        assert_eq!(kinds("Radio 4's programme"), [TokenKind::Apostrophe]);
        assert_eq!(kinds("the 1990’s boom"), [TokenKind::Apostrophe]);
        // (A quote that opens on a number's word is still a quote.)
        assert_ne!(kinds("said 4'some'"), [TokenKind::Apostrophe, TokenKind::Apostrophe]);
    }

    #[test]
    fn paragraph_breaks() {
        let breaks: Vec<bool> = tokenize("a\nb\n\nc\n    d\r\n\r\ne")
            .filter(|t| t.kind == TokenKind::LineBreak)
            .map(|t| t.is_paragraph_break())
            .collect();
        assert_eq!(breaks, [false, true, true, true]);
    }

    #[test]
    fn sentence_cases() {
        // Each case: text, expected sentences. Written for this test.
        let cases: &[(&str, &[&str])] = &[
            ("Dr. Smith came. He left.", &["Dr. Smith came.", "He left."]),
            ("It rose 3.5 pct. Then fell.", &["It rose 3.5 pct.", "Then fell."]),
            (
                "He met the U.S. envoy. The U.S. The end.",
                &["He met the U.S. envoy.", "The U.S.", "The end."],
            ),
            ("“Go!” he said. “Now.” She did.", &["“Go!” he said.", "“Now.”", "She did."]),
            (
                "A [Russian] plan. B (see p. 3. Ok) c.",
                &["A [Russian] plan.", "B (see p. 3. Ok) c."],
            ),
            ("Title line\n\nFirst para. Second.", &["Title line", "First para.", "Second."]),
            (
                "He signed No. 5 today. Apple Inc. The firm",
                &["He signed No. 5 today.", "Apple Inc.", "The firm"],
            ),
            // "No." before a number is an abbreviation, an answer otherwise.
            (
                "Voters said no. Jeff Lund said yes. It is No. 1 again.",
                &["Voters said no.", "Jeff Lund said yes.", "It is No. 1 again."],
            ),
            (
                "Block No. S-1 and alloy No. Three rose.",
                &["Block No. S-1 and alloy No. Three rose."],
            ),
            (
                "He shook his head no. “But I do,” he said.",
                &["He shook his head no.", "“But I do,” he said."],
            ),
            (
                "MOSCOW, November 26. /TASS/. Russian leaders",
                &["MOSCOW, November 26. /TASS/.", "Russian leaders"],
            ),
            ("Is it? yes it is", &["Is it? yes it is"]),
            // A quote that opens on a capital after an abbreviation starts
            // a sentence; a scare quote does not.
            (
                "It woke her at 3 a.m. “I ran,” she said. The U.S. “pivot” failed.",
                &["It woke her at 3 a.m.", "“I ran,” she said.", "The U.S. “pivot” failed."],
            ),
            ("Sales chief C.J. “Pete” Silas spoke.", &["Sales chief C.J. “Pete” Silas spoke."]),
            (
                "Said state Del. Anna Lund. Dover, Del. The firm",
                &["Said state Del. Anna Lund.", "Dover, Del.", "The firm"],
            ),
            (
                "Thank you. <…> Anna Petrova: Yes. a <b> c.",
                &["Thank you.", "<…> Anna Petrova: Yes. a <b> c."],
            ),
            (
                "Rates fell. (The minister went on to share data. She also spoke.) Then it rained.",
                &[
                    "Rates fell.",
                    "(The minister went on to share data.",
                    "She also spoke.)",
                    "Then it rained.",
                ],
            ),
            ("(He left.) She came.", &["(He left.)", "She came."]),
            ("<…>(He left. Then.) She came.", &["<…>(He left.", "Then.)", "She came."]),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(&sents(text), want, "text: {text:?}");
        }
    }

    /// Whether the ASCII fast path segments `text` exactly as
    /// unicode-segmentation does.
    fn same_as_unicode(text: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        let fast: Vec<(usize, &str)> = AsciiSegments { text, at: 0 }.collect();
        let reference: Vec<(usize, &str)> = text.split_word_bound_indices().collect();
        proptest::prop_assert_eq!(fast, reference);
        Ok(())
    }

    /// Whether the ASCII fast path tokenizes `text` exactly as the general
    /// path does over unicode-segmentation's segments.
    fn same_tokens(text: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        let fast: Vec<Token<'_>> = tokenize(text).collect();
        let general = Tokens {
            text,
            inner: Segments::Unicode(text.split_word_bound_indices()),
            pending: None,
        };
        proptest::prop_assert_eq!(fast, general.collect::<Vec<_>>());
        Ok(())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        #[test]
        fn ascii_segments_match_unicode_segmentation(text in "[ -~\t\r\n\x0b\x0c]{0,80}") {
            same_as_unicode(&text)?;
        }

        #[test]
        fn ascii_tokens_match_the_general_path(text in "[ -~\t\r\n\x0b\x0c]{0,80}") {
            same_tokens(&text)?;
        }

        /// Dense in marks, apostrophes and whitespace.
        #[test]
        fn ascii_tokens_match_on_dense_text(text in "[a1'\" \t\r\n\x0b.,(-]{0,60}") {
            same_tokens(&text)?;
        }

        /// Dense in the characters the rules care about.
        #[test]
        fn ascii_segments_match_on_dense_text(text in "[a1_.',;: \r\nZ9\x0b\"-]{0,60}") {
            same_as_unicode(&text)?;
        }
    }

    #[test]
    fn paragraph_flags() {
        let flags: Vec<bool> =
            sentences("A b. C d.\n\nE f. G.").map(|s| s.starts_paragraph).collect();
        assert_eq!(flags, [true, false, true, false]);
    }
}
