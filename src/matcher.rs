//! The gazetteer matcher. Names and text are cut into the same units (runs
//! of letters and digits, and each other non-space char), each unit is
//! given the number of its word in the gazetteer's vocabulary (0 for words
//! no name uses), and one aho-corasick automaton (leftmost-longest) runs
//! over those numbers, written as fixed-width byte codes. Matches are kept
//! under the name's case policy.
//!
//! Why units and not the normalized bytes: the automaton over words has a
//! state per word of a name rather than per byte, so it builds several
//! times faster (failure links dominate building) and scans fewer bytes; a
//! match can only start and end on a word boundary, so a name inside a
//! longer word ("us" in "bus") can no longer hide a name that follows; and
//! the spacing around punctuation does not matter ("St. Petersburg",
//! "St.Petersburg").

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};

use crate::error::Error;
use crate::gazetteer::EntityId;
use crate::hash::FastMap;
use crate::normalize::Normalized;
use crate::span::Span;

/// How the case of a name constrains the text it matches.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) enum CaseRule {
    /// The name has no capitals: any case matches.
    Any,
    /// An acronym ("NICA", "U.S."): the text must have no lowercase letter.
    Acronym,
    /// A capitalised name: the text must capitalise at least one of the
    /// name's `capitals` capitalised words, and at least half of them.
    /// `mask` has bit `i` set when word `i` of the name is capitalised.
    /// With `strict_head` (an institution's name), its last capitalised
    /// word keeps its capital too, unless it is a noun of bodies. The words
    /// in `kept` keep theirs always: a capitalised word of a name of
    /// several that is an English function word too ("To" of "To Lam" is
    /// not "to Lam Dong province").
    Capitalised { mask: u64, capitals: u8, strict_head: bool, kept: u64 },
}

impl CaseRule {
    /// The rule of `name`, its head kept strictly ([`CaseRule::Capitalised`])
    /// when `strict_head`.
    pub(crate) fn of_kind(name: &str, strict_head: bool) -> CaseRule {
        match CaseRule::of(name) {
            CaseRule::Capitalised { mask, capitals, kept, .. } => {
                CaseRule::Capitalised { mask, capitals, strict_head, kept }
            }
            rule => rule,
        }
    }

    pub(crate) fn of(name: &str) -> CaseRule {
        let has_upper = name.chars().any(char::is_uppercase);
        let has_lower = name.chars().any(char::is_lowercase);
        if !has_upper {
            return CaseRule::Any;
        }
        if !has_lower {
            return CaseRule::Acronym;
        }
        let mut mask = 0u64;
        let mut capitals = 0u8;
        let mut kept = 0u64;
        let several = words(name).nth(1).is_some();
        for (i, w) in words(name).take(64).enumerate() {
            if w.chars().next().is_some_and(char::is_uppercase) {
                mask |= 1 << i;
                capitals += 1;
                // ("New" opening a name keeps its capital: "the new England
                // captain" is no New England.)
                if several && (is_function_word(w) || (i == 0 && w == "New")) {
                    kept |= 1 << i;
                }
            }
        }
        CaseRule::Capitalised { mask, capitals, strict_head: false, kept }
    }

    pub(crate) fn accepts(self, found: &str) -> bool {
        match self {
            CaseRule::Any => true,
            CaseRule::Acronym => !found.chars().any(char::is_lowercase),
            CaseRule::Capitalised { mask, capitals, strict_head, kept: must } => {
                // An institution's last capitalised word, its head, keeps
                // its capital unless it is a noun of bodies ("the Foreign
                // ministry"): "Manchester city centre" is no football
                // club. (A place's or a program's may not: "Mexico city",
                // "the Paris agreement".)
                let head = if strict_head { 63 - mask.leading_zeros() as usize } else { 64 };
                let mut kept = 0u32;
                for (i, w) in words(found).take(64).enumerate() {
                    let upper = w.chars().next().is_some_and(char::is_uppercase);
                    if mask & (1 << i) != 0 && upper {
                        kept += 1;
                    }
                    if must & (1 << i) != 0 && !upper {
                        return false;
                    }
                    if i == head && i > 0 && !upper && !lowercase_head(w) {
                        return false;
                    }
                }
                kept >= 1 && kept * 2 >= u32::from(capitals)
            }
        }
    }
}

/// Short English words that are also words of names ("To Lam", "Do
/// Muoi", "An Duong"): in a name they keep their capital.
const FUNCTION_WORDS: &[&str] = &[
    "to", "do", "an", "so", "be", "he", "we", "me", "or", "in", "on", "at", "by", "if", "is", "it",
    "as", "no", "up", "us", "my",
];

/// Whether `w` is one of the [`FUNCTION_WORDS`], in any case.
pub(crate) fn is_function_word(w: &str) -> bool {
    FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w))
}

/// Whether a name's head may be written in lowercase: a noun of bodies
/// ("the Foreign ministry", "Harvard university", "the U.S. congress").
fn lowercase_head(w: &str) -> bool {
    let mut buf = [0u8; 16];
    crate::lexicon::ascii_lower(w, &mut buf).is_some_and(|l| {
        crate::lexicon::org_noun(l).is_some() || matches!(l, "congress" | "treasury")
    })
}

/// The alphanumeric runs of a name or text.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// One match of the automaton that survived the boundary and case checks.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) struct NameMatch {
    pub(crate) span: Span,
    /// The range of `Matcher::targets` that accepted the match.
    pub(crate) pattern: u32,
}

/// The compiled names of a gazetteer.
#[derive(Clone, Debug)]
pub(crate) struct Matcher {
    ac: Option<AhoCorasick>,
    vocab: Vocab,
    /// Bytes per unit code: 2 below 2^14 words (the default, most lists),
    /// 3 below 2^21, else 4. Shorter codes make a smaller automaton, built
    /// and scanned faster.
    width: usize,
    /// For pattern `p`, `targets[starts[p]..starts[p + 1]]` are the entities
    /// that bear that normalized name, each with the case rule of its own
    /// spelling. Flat arrays keep a million names cheap.
    starts: Vec<u32>,
    targets: Vec<(EntityId, CaseRule)>,
}

impl Matcher {
    /// Compiles `(entity, name, strict head)` triples (see
    /// [`CaseRule::Capitalised`]). Names that normalize to the same words
    /// share one pattern.
    /// `expected` is the number of names, to size the tables (0 if not
    /// known).
    pub(crate) fn build<'n>(
        names: impl IntoIterator<Item = (EntityId, &'n str, bool)>,
        expected: usize,
    ) -> Result<Matcher, Error> {
        let names = names.into_iter();
        let hint = names.size_hint().0.max(expected);
        // First every name's words as vocabulary numbers, in one flat
        // vector (the code width depends on the final vocabulary's size);
        // `named[i]` is the end of name `i`'s words in `words`, its entity
        // and case rule.
        let mut vocab = Vocab::default();
        let mut words: Vec<u32> = Vec::with_capacity(hint * 3);
        let mut named: Vec<(u32, EntityId, CaseRule)> = Vec::with_capacity(hint);
        let mut norm = Normalized::default();
        for (id, name, strict_head) in names {
            norm.fill(name.trim());
            let before = words.len();
            units(&norm.text, |s, e| words.push(vocab.insert(&norm.text[s..e])));
            if words.len() > before {
                named.push((words.len() as u32, id, CaseRule::of_kind(name, strict_head)));
            }
        }
        let width = match vocab.len() {
            n if n < 1 << 14 => 2,
            n if n < 1 << 21 => 3,
            n if n < 1 << 28 => 4,
            n => return Err(Error::TooManyWords { words: n }),
        };
        let mut codes: Vec<u8> = Vec::with_capacity(words.len() * width);
        for &w in &words {
            push_code(width, w, &mut codes);
        }
        drop(words);
        // Each distinct code string once, as a pattern; (pattern, entity,
        // case rule) pairs, sorted and deduplicated below instead of a
        // vector per pattern.
        let mut index: FastMap<&[u8], u32> =
            FastMap::with_capacity_and_hasher(named.len(), Default::default());
        let mut patterns: Vec<&[u8]> = Vec::with_capacity(named.len());
        let mut pairs: Vec<(u32, EntityId, CaseRule)> = Vec::with_capacity(named.len());
        let mut from = 0;
        for &(end, id, rule) in &named {
            let code = &codes[from * width..end as usize * width];
            from = end as usize;
            let p = *index.entry(code).or_insert_with(|| {
                patterns.push(code);
                patterns.len() as u32 - 1
            });
            pairs.push((p, id, rule));
        }
        drop(index);
        // Stable: a pattern's targets keep the gazetteer's order.
        pairs.sort_by_key(|&(p, _, _)| p);
        let mut starts = Vec::with_capacity(patterns.len() + 1);
        let mut targets: Vec<(EntityId, CaseRule)> = Vec::with_capacity(pairs.len());
        for (p, id, rule) in pairs {
            while starts.len() <= p as usize {
                starts.push(targets.len() as u32);
            }
            // A name listed twice for one entity counts once.
            let group = starts[p as usize] as usize;
            if !targets[group..].contains(&(id, rule)) {
                targets.push((id, rule));
            }
        }
        while starts.len() <= patterns.len() {
            starts.push(targets.len() as u32);
        }
        let ac = if patterns.is_empty() {
            None
        } else {
            // A DFA is the fastest automaton but costs memory per pattern
            // byte times the alphabet; we ask for one while that stays in
            // tens of megabytes (the embedded default is well inside), and
            // let aho-corasick choose above that.
            let bytes: usize = patterns.iter().map(|p| p.len()).sum();
            let kind = if bytes <= DFA_BYTES { Some(AhoCorasickKind::DFA) } else { None };
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .kind(kind)
                // Dense transitions for the start state and the states after
                // a lead byte only: with codes every byte value occurs, and
                // dense states two deep cost 20 ms and 8 MB for 19k names.
                .dense_depth(2)
                .build(&patterns)
                .map_err(Error::Matcher)?;
            Some(ac)
        };
        Ok(Matcher { ac, vocab, width, starts, targets })
    }

    /// The entities that bear `name` exactly (as normalized, whatever its
    /// case), in gazetteer order.
    pub(crate) fn exact(&self, name: &str) -> impl Iterator<Item = EntityId> + '_ {
        let mut norm = Normalized::default();
        norm.fill(name.trim());
        let n = &norm.text;
        let mut codes = Vec::new();
        let mut known = true;
        units(n, |s, e| {
            let id = self.vocab.get_at(n.as_bytes(), s, e);
            known &= id != 0;
            push_code(self.width, id, &mut codes);
        });
        // Leftmost-longest: a pattern equal to the whole name is the match
        // at its start.
        let pattern = match &self.ac {
            Some(ac) if known && !codes.is_empty() => ac
                .find(codes.as_slice())
                .filter(|m| m.start() == 0 && m.end() == codes.len())
                .map(|m| m.pattern().as_usize()),
            _ => None,
        };
        let range = pattern.map_or(0..0, |p| self.starts[p] as usize..self.starts[p + 1] as usize);
        self.targets[range].iter().map(|&(id, _)| id)
    }

    /// The number of distinct normalized names.
    pub(crate) fn pattern_count(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// The memory the automaton and its tables use, in bytes.
    pub(crate) fn memory_usage(&self) -> usize {
        self.ac.as_ref().map_or(0, AhoCorasick::memory_usage)
            + self.vocab.memory_usage()
            + self.starts.len() * 4
            + self.targets.len() * std::mem::size_of::<(EntityId, CaseRule)>()
    }

    /// The entities that pattern `p` may stand for, given the text it
    /// matched.
    pub(crate) fn targets<'a>(
        &'a self,
        m: NameMatch,
        found: &'a str,
    ) -> impl Iterator<Item = EntityId> + 'a {
        let p = m.pattern as usize;
        let (s, e) = (self.starts[p] as usize, self.starts[p + 1] as usize);
        self.targets[s..e].iter().filter(move |(_, rule)| rule.accepts(found)).map(|(id, _)| *id)
    }

    /// Every match in `text` (whose normalized view is `norm`), in order,
    /// not overlapping, on word boundaries and under the case rules. A
    /// match whose case no entity accepts gives way to a shorter name at
    /// its start, or the search goes on from its second word.
    pub(crate) fn find(&self, text: &str, norm: &Normalized, out: &mut Vec<NameMatch>) {
        match self.width {
            2 => self.find_coded::<2>(text, norm, out),
            3 => self.find_coded::<3>(text, norm, out),
            _ => self.find_coded::<4>(text, norm, out),
        }
    }

    fn find_coded<const W: usize>(&self, text: &str, norm: &Normalized, out: &mut Vec<NameMatch>) {
        let Some(ac) = &self.ac else { return };
        let n = &norm.text;
        // The codes of the units, and where each coded unit starts in the
        // normalized text. A run of units that no name uses is one code 0:
        // no match can cross it, and most of a story is such runs.
        let guess = n.len() / 8 + 1;
        let mut starts: Vec<u32> = Vec::with_capacity(guess);
        let mut codes: Vec<u8> = Vec::with_capacity(guess * W);
        let mut unknown_run = false;
        units(n, |s, e| {
            let id = self.vocab.get_at(n.as_bytes(), s, e);
            if id == 0 && unknown_run {
                return;
            }
            unknown_run = id == 0;
            starts.push(s as u32);
            codes.extend_from_slice(&encode::<W>(id));
        });
        let mut at = 0;
        // A match no entity accepts is searched again without its last
        // unit, for a shorter name at its start ("Manchester" of
        // "Manchester city centre"); failing one, from its second unit.
        let mut retry: Option<(usize, usize)> = None;
        loop {
            let limit = retry.map_or(codes.len(), |(_, end)| end);
            let Some(m) = ac.find(Input::new(&codes).span(at..limit)) else {
                match retry.take() {
                    Some((from, _)) => {
                        at = from + W;
                        continue;
                    }
                    None => break,
                }
            };
            let (first, last) = (m.start() / W, m.end() / W - 1);
            let (s, last) = (starts[first] as usize, starts[last] as usize);
            let found = norm
                .original(s, unit_end(n, last))
                .filter(|&(s, e)| on_boundaries(text, s, e))
                .map(|(s, e)| NameMatch { span: Span::new(s, e), pattern: m.pattern().as_u32() })
                .filter(|&nm| self.targets(nm, &text[nm.span]).next().is_some());
            match found {
                Some(nm) => {
                    out.push(nm);
                    at = m.end();
                    retry = None;
                }
                None if m.end() - m.start() > W => {
                    // (The first retry remembers where the search resumes.)
                    let from = retry.map_or(m.start(), |(f, _)| f);
                    retry = Some((from, m.end() - W));
                    at = m.start();
                }
                None => {
                    at = retry.take().map_or(m.start(), |(f, _)| f) + W;
                }
            }
        }
    }
}

/// Above this many bytes of patterns the automaton is not a DFA (about 30
/// MB of tables at this size).
const DFA_BYTES: usize = 60_000;

/// Calls `f(start, end)` for each unit of the normalized text `s`: each run
/// of letters and digits, and each other char but the space.
fn units(s: &str, mut f: impl FnMut(usize, usize)) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b' ' {
            i += 1;
            continue;
        }
        let j = unit_end(s, i);
        f(i, j);
        i = j;
    }
}

/// The end of the unit that starts at `i` (a char boundary, not a space).
#[inline]
fn unit_end(s: &str, i: usize) -> usize {
    let b = s.as_bytes();
    let (alnum, len) = class_at(s, i);
    if !alnum {
        return i + len;
    }
    let mut j = i + len;
    loop {
        while j < b.len() && ASCII_ALNUM[usize::from(b[j])] {
            j += 1;
        }
        if j < b.len() && b[j] >= 0x80 {
            if let (true, len) = class_at(s, j) {
                j += len;
                continue;
            }
        }
        return j;
    }
}

/// Whether a byte is an ASCII letter or digit: one load per byte.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Whether the char at `i` is a letter or digit, and its length in bytes.
#[inline]
fn class_at(s: &str, i: usize) -> (bool, usize) {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => (ASCII_ALNUM[usize::from(b)], 1),
        _ => s
            .get(i..)
            .and_then(|r| r.chars().next())
            .map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8())),
    }
}

/// Appends word number `id` in `width` bytes.
fn push_code(width: usize, id: u32, out: &mut Vec<u8>) {
    match width {
        2 => out.extend_from_slice(&encode::<2>(id)),
        3 => out.extend_from_slice(&encode::<3>(id)),
        _ => out.extend_from_slice(&encode::<4>(id)),
    }
}

/// Word number `id` in `W` bytes: a lead byte with the high bit set, then
/// bytes without it, so that a code can only match at a unit's start.
#[inline]
fn encode<const W: usize>(id: u32) -> [u8; W] {
    let mut out = [0u8; W];
    out[0] = 0x80 | (id >> (7 * (W - 1))) as u8;
    for (k, b) in out[1..].iter_mut().enumerate() {
        *b = (id >> (7 * (W - 2 - k))) as u8 & 0x7f;
    }
    out
}

/// The words of a gazetteer's names, numbered from 1 (0: no name has the
/// word), in an open-addressing table over one string: a million names
/// cost no allocation per word. A word of up to eight bytes is its own key
/// (one load, one multiply and usually one probe, no comparison of
/// strings); a longer one is keyed by its hash and checked against the
/// string.
#[derive(Clone, Debug, Default)]
struct Vocab {
    arena: String,
    /// The range in `arena` of word `id`, at index `id - 1`.
    spans: Vec<(u32, u32)>,
    /// The table; its length is zero or a power of two, at most a quarter
    /// full below a million slots and half full above (most words of a text
    /// are in no name: a miss should end at once).
    slots: Vec<Slot>,
    /// The longest word, in bytes: longer units need no lookup.
    longest: usize,
}

/// A word in the table: `id` 0 for an empty slot; `key` the word's bytes
/// when it has at most eight, else its hash; `len` its length.
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    key: u64,
    id: u32,
    len: u32,
}

const K: u64 = 0x9e37_79b9_7f4a_7c15;

impl Vocab {
    fn len(&self) -> usize {
        self.spans.len()
    }

    fn word(&self, id: u32) -> &[u8] {
        let (s, e) = self.spans[id as usize - 1];
        &self.arena.as_bytes()[s as usize..e as usize]
    }

    /// The key of the word `text[s..e]` and the hash that places it.
    #[inline]
    fn key_at(text: &[u8], s: usize, e: usize) -> (u64, u64) {
        let word8 = |k: usize| {
            let mut w = [0u8; 8];
            w.copy_from_slice(&text[k..k + 8]);
            u64::from_le_bytes(w)
        };
        // The bytes from `k` to `e` (at most eight), zero-padded; read past
        // them when the text goes on.
        let tail = |k: usize| {
            if k + 8 <= text.len() {
                word8(k) & (u64::MAX >> (64 - 8 * (e - k)))
            } else {
                let mut w = [0u8; 8];
                w[..e - k].copy_from_slice(&text[k..e]);
                u64::from_le_bytes(w)
            }
        };
        if e - s <= 8 {
            let key = tail(s);
            return (key, key.wrapping_mul(K));
        }
        let mut h = ((e - s) as u64).wrapping_mul(K);
        let mut k = s;
        while k + 8 <= e {
            h = (h.rotate_left(23) ^ word8(k)).wrapping_mul(K);
            k += 8;
        }
        if k < e {
            h = (h.rotate_left(23) ^ tail(k)).wrapping_mul(K);
        }
        (h, h)
    }

    /// The slot of the word `text[s..e]` whose key and hash are given, or
    /// the empty slot where it would go.
    #[inline]
    fn slot(&self, text: &[u8], s: usize, e: usize, (key, hash): (u64, u64)) -> usize {
        let mask = self.slots.len() - 1;
        // The high bits of a product are the well-mixed ones.
        let mut i = (hash >> 32) as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot.id == 0
                || (slot.key == key
                    && slot.len as usize == e - s
                    && (e - s <= 8 || self.word(slot.id) == &text[s..e]))
            {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /// The number of the word `text[s..e]`, 0 if no name has it.
    #[inline]
    fn get_at(&self, text: &[u8], s: usize, e: usize) -> u32 {
        if e - s > self.longest || self.slots.is_empty() {
            return 0;
        }
        self.slots[self.slot(text, s, e, Self::key_at(text, s, e))].id
    }

    /// The number of `word`, added if new.
    fn insert(&mut self, word: &str) -> u32 {
        // A quarter full keeps misses short; past a million slots, half
        // full keeps a huge list's table in bounds.
        let load = if self.slots.len() < 1 << 20 { 4 } else { 2 };
        if (self.len() + 1) * load > self.slots.len() {
            self.grow();
        }
        let (b, e) = (word.as_bytes(), word.len());
        let key = Self::key_at(b, 0, e);
        let i = self.slot(b, 0, e, key);
        if self.slots[i].id != 0 {
            return self.slots[i].id;
        }
        let start = self.arena.len() as u32;
        self.arena.push_str(word);
        self.spans.push((start, self.arena.len() as u32));
        self.longest = self.longest.max(e);
        let id = self.len() as u32;
        self.slots[i] = Slot { key: key.0, id, len: e as u32 };
        id
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(64);
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); size]);
        let mask = size - 1;
        for slot in old.into_iter().filter(|s| s.id != 0) {
            // Short words are their key; long ones, their hash.
            let hash = if slot.len <= 8 { slot.key.wrapping_mul(K) } else { slot.key };
            let mut i = (hash >> 32) as usize & mask;
            while self.slots[i].id != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = slot;
        }
    }

    fn memory_usage(&self) -> usize {
        self.arena.len() + self.spans.len() * 8 + self.slots.len() * std::mem::size_of::<Slot>()
    }
}

/// Whether `s..e` neither starts nor ends inside a word.
pub(crate) fn on_boundaries(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    let first = text[s..e].chars().next();
    let last = text[s..e].chars().next_back();
    let glued = |x: Option<char>, y: Option<char>| {
        x.is_some_and(char::is_alphanumeric) && y.is_some_and(char::is_alphanumeric)
    };
    !glued(before, first) && !glued(last, after)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(names: &[&str], text: &str) -> Vec<String> {
        let m = Matcher::build(
            names.iter().enumerate().map(|(i, n)| (EntityId(i as u32), *n, true)),
            names.len(),
        )
        .unwrap();
        let mut n = Normalized::default();
        n.fill(text);
        let mut out = Vec::new();
        m.find(text, &n, &mut out);
        out.iter().map(|m| text[m.span].to_string()).collect()
    }

    #[test]
    fn case_rules() {
        let cases: &[(&[&str], &str, &[&str])] = &[
            (&["Putin"], "Putin’s plan; Putinism; putin", &["Putin"]),
            (&["Moscow"], "MOSCOW, moscow, Moscow", &["MOSCOW", "Moscow"]),
            (&["NICA"], "NICA nica Nica", &["NICA"]),
            (
                &["Moscow State University"],
                "Moscow\n  State   University",
                &["Moscow\n  State   University"],
            ),
            (
                &["Years of Russian-Chinese Scientific Cooperation"],
                "cross years of Russian–Chinese Scientific Cooperation",
                &["years of Russian–Chinese Scientific Cooperation"],
            ),
            (&["Years of Science"], "years of science", &[]),
            (&["Recep Tayyip Erdoğan"], "Recep Tayyip Erdogan said", &["Recep Tayyip Erdogan"]),
            (&["World Bank", "World"], "World Bank", &["World Bank"]),
            (&["U.S."], "the U.S. and u.s.", &["U.S."]),
            // A head in lowercase is no name's, but for a noun of bodies.
            (&["Manchester City", "Manchester"], "Manchester city centre", &["Manchester"]),
            (&["Foreign Ministry"], "the Foreign ministry said", &["Foreign ministry"]),
        ];
        for (names, text, want) in cases {
            assert_eq!(&run(names, text), want, "names {names:?} text {text:?}");
        }
    }

    #[test]
    fn empty_matcher_finds_nothing() {
        assert!(run(&[], "anything").is_empty());
    }

    #[test]
    fn matches_start_and_end_on_words() {
        let cases: &[(&[&str], &str, &[&str])] = &[
            // A name inside a longer word does not hide the name after it.
            (&["US Senate", "Senate"], "the bus Senate", &["Senate"]),
            (&["Putin"], "Putins, Putin", &["Putin"]),
            // Spacing around punctuation does not matter; words do.
            (
                &["St. Petersburg"],
                "St.Petersburg and St . Petersburg",
                &["St.Petersburg", "St . Petersburg"],
            ),
            (&["U.S."], "U.S.-led and U. S.", &["U.S.", "U. S."]),
            (&["Al-Assad"], "Al Assad", &[]),
            // Punctuation is a unit of its own: a name may end before it.
            (&["Moscow"], "(Moscow)", &["Moscow"]),
            // Letters beyond ASCII belong to words.
            (&["Peking"], "Pekingé Peking", &["Peking"]),
            (&["Москва"], "Москвы Москва", &["Москва"]),
            // A match the case rules reject gives way to a name inside it.
            (&["New York City", "York"], "in new York city hall", &["York"]),
        ];
        for (names, text, want) in cases {
            assert_eq!(&run(names, text), want, "names {names:?} text {text:?}");
        }
    }

    #[test]
    fn vocabulary_numbers_each_word_once() {
        let mut v = Vocab::default();
        let words: Vec<String> = (0..5_000).map(|i| format!("w{i}")).collect();
        let long = "internationalisation-committee";
        let ids: Vec<u32> = words.iter().map(|w| v.insert(w)).collect();
        let long_id = v.insert(long);
        assert_eq!(v.len(), 5_001);
        // Inserting again gives the same numbers; every number is distinct.
        assert!(words.iter().zip(&ids).all(|(w, &id)| v.insert(w) == id));
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len());
        // Lookups inside a longer text, at its end (a short tail) and not.
        let text = format!("x {long} w42 w4999");
        let at = |w: &str| text.find(w).unwrap();
        let b = text.as_bytes();
        assert_eq!(v.get_at(b, at(long), at(long) + long.len()), long_id);
        assert_eq!(v.get_at(b, at("w42"), at("w42") + 3), ids[42]);
        assert_eq!(v.get_at(b, at("w4999"), text.len()), ids[4999]);
        assert_eq!(v.get_at(b, 0, 1), 0);
        assert_eq!(v.get_at(b, at(long), at(long) + long.len() - 1), 0);
    }

    #[test]
    fn codes_keep_their_lead_byte_apart() {
        for id in [0, 1, 127, 128, 16_383, 16_384, (1 << 21) - 1] {
            let c = encode::<3>(id);
            assert!(c[0] >= 0x80 && c[1] < 0x80 && c[2] < 0x80, "{id}: {c:?}");
            let back = (u32::from(c[0] & 0x7f) << 14) | (u32::from(c[1]) << 7) | u32::from(c[2]);
            assert_eq!(back, id);
        }
        assert_eq!(encode::<2>((1 << 14) - 1), [0xff, 0x7f]);
        assert_eq!(encode::<2>(5), [0x80, 0x05]);
        let c = encode::<4>((1 << 28) - 1);
        assert_eq!(c, [0xff, 0x7f, 0x7f, 0x7f]);
    }
}
