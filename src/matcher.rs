//! The gazetteer matcher: one aho-corasick automaton (leftmost-longest) over
//! the normalized names, run on the normalized text, with matches kept only
//! on token boundaries and under the name's case policy.

use crate::hash::FastMap;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::error::Error;
use crate::gazetteer::EntityId;
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
    Capitalised { mask: u64, capitals: u8 },
}

impl CaseRule {
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
        for (i, w) in words(name).take(64).enumerate() {
            if w.chars().next().is_some_and(char::is_uppercase) {
                mask |= 1 << i;
                capitals += 1;
            }
        }
        CaseRule::Capitalised { mask, capitals }
    }

    pub(crate) fn accepts(self, found: &str) -> bool {
        match self {
            CaseRule::Any => true,
            CaseRule::Acronym => !found.chars().any(char::is_lowercase),
            CaseRule::Capitalised { mask, capitals } => {
                let mut kept = 0u32;
                for (i, w) in words(found).take(64).enumerate() {
                    if mask & (1 << i) != 0 && w.chars().next().is_some_and(char::is_uppercase) {
                        kept += 1;
                    }
                }
                kept >= 1 && kept * 2 >= u32::from(capitals)
            }
        }
    }
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
    /// For pattern `p`, `targets[starts[p]..starts[p + 1]]` are the entities
    /// that bear that normalized name, each with the case rule of its own
    /// spelling. Flat arrays keep a million names cheap.
    starts: Vec<u32>,
    targets: Vec<(EntityId, CaseRule)>,
}

impl Matcher {
    /// Compiles `(entity, name)` pairs. Names that normalize alike share one
    /// pattern.
    /// `expected` is the number of names, to size the tables (0 if not
    /// known).
    pub(crate) fn build<'n>(
        names: impl IntoIterator<Item = (EntityId, &'n str)>,
        expected: usize,
    ) -> Result<Matcher, Error> {
        let names = names.into_iter();
        let hint = names.size_hint().0.max(expected);
        // Each distinct normalized name once; the map owns it, `patterns`
        // borrows nothing and is filled from the map's keys afterwards, so
        // that no name is stored twice while building.
        let mut index: FastMap<String, u32> =
            FastMap::with_capacity_and_hasher(hint, Default::default());
        // (pattern, entity, case rule), sorted and deduplicated below
        // instead of a vector per pattern.
        let mut pairs: Vec<(u32, EntityId, CaseRule)> = Vec::with_capacity(hint);
        let mut norm = Normalized::default();
        for (id, name) in names {
            norm.fill(name.trim());
            if norm.text.is_empty() {
                continue;
            }
            let p = match index.get(norm.text.as_str()) {
                Some(&p) => p,
                None => {
                    let p = index.len() as u32;
                    index.insert(norm.text.clone(), p);
                    p
                }
            };
            pairs.push((p, id, CaseRule::of(name)));
        }
        let mut patterns: Vec<String> = vec![String::new(); index.len()];
        for (name, p) in index {
            patterns[p as usize] = name;
        }
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
            // byte times the alphabet (measured: 14 MB and 180 ms to build
            // for the default's 5.4k names, against 1 MB and 100 ms for the
            // NFA, which matches about 25% slower; about 130 MB for 15k
            // names); we ask for one only for lists the size of the embedded
            // default, and let aho-corasick choose above that.
            let kind = if patterns.len() <= 8_000 { Some(AhoCorasickKind::DFA) } else { None };
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .kind(kind)
                .build(&patterns)
                .map_err(Error::Matcher)?;
            Some(ac)
        };
        Ok(Matcher { ac, starts, targets })
    }

    /// The number of distinct normalized names.
    pub(crate) fn pattern_count(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// The memory the automaton uses, in bytes.
    pub(crate) fn memory_usage(&self) -> usize {
        self.ac.as_ref().map_or(0, AhoCorasick::memory_usage)
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
    /// not overlapping, on token boundaries and under the case rules.
    pub(crate) fn find(&self, text: &str, norm: &Normalized, out: &mut Vec<NameMatch>) {
        let Some(ac) = &self.ac else { return };
        for m in ac.find_iter(norm.text.as_str()) {
            let Some((s, e)) = norm.original(m.start(), m.end()) else { continue };
            if !on_boundaries(text, s, e) {
                continue;
            }
            let nm = NameMatch { span: Span::new(s, e), pattern: m.pattern().as_u32() };
            if self.targets(nm, &text[s..e]).next().is_some() {
                out.push(nm);
            }
        }
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
            names.iter().enumerate().map(|(i, n)| (EntityId(i as u32), *n)),
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
        ];
        for (names, text, want) in cases {
            assert_eq!(&run(names, text), want, "names {names:?} text {text:?}");
        }
    }

    #[test]
    fn empty_matcher_finds_nothing() {
        assert!(run(&[], "anything").is_empty());
    }
}
