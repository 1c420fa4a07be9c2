//! The per-document working state shared by the stages: tokens, sentences,
//! and the mention candidates as they are found.

use std::collections::HashMap;

use crate::date::Date;
use crate::gazetteer::{EntityId, EntityKind};
use crate::kb::Knowledge;
use crate::span::Span;
use crate::token::{Token, TokenKind, split_sentences, tokenize};

/// How a mention was found.
///
/// # Example
/// ```
/// use pressroom::Source;
/// let doc = pressroom::extract("Vladimir Putin spoke. The Russian leader left.");
/// let sources: Vec<Source> = doc.mentions().iter().map(|m| m.source).collect();
/// assert_eq!(sources, [Source::Gazetteer, Source::Role]);
/// assert_eq!(Source::Role.as_str(), "role");
/// ```
#[derive(Clone, Copy, Debug, Eq, Hash, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Source {
    /// A name of the gazetteer.
    Gazetteer,
    /// A name no list holds, found by its shape (a head word such as
    /// "University", a title before a name).
    Pattern,
    /// A short form of a name the story gave in full: a surname, an acronym
    /// defined in parentheses, a lowercase repeat.
    Alias,
    /// A role description ("the head of state") resolved to its holder.
    Role,
}

impl Source {
    /// The lowercase name used in JSON (`gazetteer`, `pattern`, `alias`,
    /// `role`).
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Gazetteer => "gazetteer",
            Source::Pattern => "pattern",
            Source::Alias => "alias",
            Source::Role => "role",
        }
    }
}

/// What a candidate mention refers to.
#[derive(Clone, Copy, Debug, Eq, Hash, PartialEq)]
pub(crate) enum Target {
    Gaz(EntityId),
    Local(u32),
}

/// A mention while the stages are still deciding.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cand {
    pub(crate) span: Span,
    pub(crate) kind: EntityKind,
    pub(crate) target: Target,
    pub(crate) source: Source,
    pub(crate) title: Option<Span>,
}

impl Cand {
    /// A person found by pattern, with no title yet.
    pub(crate) fn pattern_person(span: Span, target: Target) -> Cand {
        Cand::pattern(span, EntityKind::Person, target)
    }

    /// A name of any kind found by pattern.
    pub(crate) fn pattern(span: Span, kind: EntityKind, target: Target) -> Cand {
        Cand { span, kind, target, source: Source::Pattern, title: None }
    }

    /// A person named by a role or a description ("the head of state",
    /// "the founder", "The Belarusian").
    pub(crate) fn role_person(span: Span, target: Target) -> Cand {
        Cand { span, kind: EntityKind::Person, target, source: Source::Role, title: None }
    }

    /// A shorter name of something the story named in full.
    pub(crate) fn alias(span: Span, kind: EntityKind, target: Target) -> Cand {
        Cand { span, kind, target, source: Source::Alias, title: None }
    }
}

/// An office the story itself gives a person ("Foreign Minister" in
/// "Foreign Minister Sergey Lavrov").
#[derive(Clone, Debug, Eq, PartialEq)]
pub(crate) struct TextRole {
    pub(crate) key: String,
    pub(crate) of: Option<EntityId>,
}

/// An entity found by pattern, local to one document.
#[derive(Clone, Debug)]
pub(crate) struct Local {
    pub(crate) name: String,
    pub(crate) kind: EntityKind,
    /// The clustering key: two spellings with one key are one entity.
    pub(crate) key: String,
    /// Short forms to look for elsewhere in the story: surnames, acronyms.
    pub(crate) short: Vec<String>,
    /// Whether the body is known to be a company (a listed company's unit
    /// or group company): "the company" may stand for it.
    pub(crate) company: bool,
}

pub(crate) struct Doc<'t> {
    pub(crate) text: &'t str,
    pub(crate) tokens: Vec<Token<'t>>,
    /// Sentence spans, and whether each starts a paragraph.
    pub(crate) sentences: Vec<(Span, bool)>,
    /// The story's date: the dateline's, else the publication date.
    pub(crate) date: Option<Date>,
    /// Where the story's body starts: after a header line and dateline.
    pub(crate) body_start: usize,
    pub(crate) cands: Vec<Cand>,
    pub(crate) locals: Vec<Local>,
    /// Offices given by titles in the text, per target.
    pub(crate) text_roles: HashMap<Target, Vec<TextRole>>,
    /// `(kind, key)` of each local entity -> its index.
    local_index: HashMap<(EntityKind, String), u32>,
    /// Every tail of two or more words of a local key -> the entity, so
    /// that "Historical Museum" finds "State Historical Museum".
    local_tails: HashMap<(EntityKind, String), u32>,
    /// Local bodies whose names end with a legal suffix, by the rest of
    /// the name in lowercase ("siemens energy" of "Siemens Energy AG").
    suffixed: HashMap<String, u32>,
    /// Per sentence: whether it has capitals and no lowercase letter.
    caps: Vec<bool>,
    /// Short forms of gazetteer entities learnt from this story (acronyms
    /// defined in parentheses).
    pub(crate) gaz_short: Vec<(Target, EntityKind, String)>,
    /// The first words of listed companies and clubs the story names in
    /// full ("Ajax" of "Ajax Amsterdam"): short names only where no other
    /// name's word stands beside them.
    pub(crate) listed_firsts: Vec<(Target, String)>,
    /// The one-word company that opens the story after its dateline
    /// ("NEW YORK - Unocal said"), which "the company" may stand for.
    pub(crate) lead_company: Option<Target>,
    /// Per token, the speech cue its words make (its last token and
    /// whether bare, packed in a byte by `quote::cue_at`), filled on first
    /// use: the sieve and the speaker patterns ask about most tokens more
    /// than once.
    pub(crate) cue_words: std::cell::OnceCell<Vec<u8>>,
    /// Whether the text is wire copy wrapped at a fixed width; see
    /// [`Doc::hard_wrapped`].
    hard_wrapped: std::cell::OnceCell<bool>,
    /// Where the words that open some patterns stand; see [`Doc::markers`].
    markers: std::cell::OnceCell<Vec<(Marker, usize)>>,
}

/// Words that open a pattern of their own, found in one pass over the text
/// ([`Doc::markers`]) rather than by testing every token in each pass.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Marker {
    /// "About" (a release's boilerplate heading).
    About,
    /// "Member for " (a member of parliament by seat).
    MemberFor,
    /// "Operation " (an operation's name).
    Operation,
    /// "Dean " or "Earl " (a title that is a given name too).
    GivenTitle,
    /// "By " (a byline).
    By,
    /// "Contact" or "contact" (a press contact's name).
    Contact,
    /// "called", "named", "dubbed" or "known as" (a program's name after
    /// its noun).
    Called,
    /// "Open", "Masters", "Grand Prix" and other kinds of sporting events
    /// (see [`crate::patterns::find_place_events`]).
    Event,
    /// "Qasr", "Palazzo" and other words that open a venue's name (see
    /// [`crate::patterns::find_prefixed_venues`]).
    Venue,
    /// "programme", "program", "initiative", "scheme": a program's noun
    /// after its name (see [`crate::patterns::find_programs_before_noun`]).
    ProgramNoun,
}

/// The markers' words and what each marks: one search finds them all.
const MARKER_WORDS: &[(&str, Marker)] = &[
    ("About", Marker::About),
    ("Member for ", Marker::MemberFor),
    ("Operation ", Marker::Operation),
    ("Dean ", Marker::GivenTitle),
    ("Earl ", Marker::GivenTitle),
    ("By ", Marker::By),
    ("Contact", Marker::Contact),
    ("contact", Marker::Contact),
    ("called ", Marker::Called),
    ("named ", Marker::Called),
    ("dubbed ", Marker::Called),
    ("known as ", Marker::Called),
    ("Open", Marker::Event),
    ("OPEN", Marker::Event),
    ("Masters", Marker::Event),
    ("MASTERS", Marker::Event),
    ("Marathon", Marker::Event),
    ("MARATHON", Marker::Event),
    ("Classic", Marker::Event),
    ("CLASSIC", Marker::Event),
    ("Championships", Marker::Event),
    ("CHAMPIONSHIPS", Marker::Event),
    ("Prix", Marker::Event),
    ("PRIX", Marker::Event),
    ("Qasr ", Marker::Venue),
    ("Palazzo ", Marker::Venue),
    ("Palacio ", Marker::Venue),
    ("Palais ", Marker::Venue),
    ("Schloss ", Marker::Venue),
    ("Chateau ", Marker::Venue),
    ("Château ", Marker::Venue),
    ("Masjid ", Marker::Venue),
    ("program", Marker::ProgramNoun),
    ("initiative", Marker::ProgramNoun),
    ("scheme", Marker::ProgramNoun),
];

/// Whether token text `w` is, whole, one of the words of markers of `kind`
/// (a marker's search finds words inside longer ones too: "Opening").
pub(crate) fn is_marker_word(kind: Marker, w: &str) -> bool {
    MARKER_WORDS.iter().any(|&(m, k)| k == kind && m.trim_end() == w)
}

static MARKERS: once_cell::sync::Lazy<aho_corasick::AhoCorasick> =
    once_cell::sync::Lazy::new(|| {
        aho_corasick::AhoCorasick::new(MARKER_WORDS.iter().map(|&(w, _)| w))
            .expect("the markers' words are valid patterns")
    });

impl<'t> Doc<'t> {
    pub(crate) fn new(text: &'t str) -> Doc<'t> {
        // Running text has about a token for every three bytes (words,
        // spaces, punctuation): one allocation instead of a dozen regrowths.
        let mut tokens: Vec<Token<'t>> = Vec::with_capacity(text.len() / 3 + 8);
        tokens.extend(tokenize(text));
        let sentences = split_sentences(&tokens);
        let caps = sentences
            .iter()
            .map(|(s, _)| {
                let t = &text[*s];
                !t.chars().any(char::is_lowercase) && t.chars().any(char::is_uppercase)
            })
            .collect();
        Doc {
            text,
            tokens,
            sentences,
            date: None,
            body_start: 0,
            cands: Vec::new(),
            locals: Vec::new(),
            text_roles: HashMap::new(),
            local_index: HashMap::new(),
            local_tails: HashMap::new(),
            suffixed: HashMap::new(),
            caps,
            gaz_short: Vec::new(),
            listed_firsts: Vec::new(),
            lead_company: None,
            cue_words: std::cell::OnceCell::new(),
            hard_wrapped: std::cell::OnceCell::new(),
            markers: std::cell::OnceCell::new(),
        }
    }

    /// The index of the token that contains byte `at` (the last token when
    /// `at` is the text's end).
    pub(crate) fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start <= at).saturating_sub(1)
    }

    /// The next token after `i` that is not whitespace.
    pub(crate) fn next_solid(&self, i: usize) -> Option<usize> {
        (i + 1..self.tokens.len()).find(|&j| !self.tokens[j].is_space())
    }

    /// The previous token before `i` that is not whitespace.
    pub(crate) fn prev_solid(&self, i: usize) -> Option<usize> {
        (0..i).rev().find(|&j| !self.tokens[j].is_space())
    }

    /// The next token after `i` that is not whitespace, if only horizontal
    /// space separates them.
    pub(crate) fn next_on_line(&self, i: usize) -> Option<usize> {
        let j = i + 1;
        match self.tokens.get(j)?.kind {
            TokenKind::Space => (j + 1 < self.tokens.len()).then_some(j + 1),
            TokenKind::LineBreak => None,
            _ => Some(j),
        }
    }

    /// The previous token before `i` that is not whitespace, if only
    /// horizontal space separates them.
    pub(crate) fn prev_on_line(&self, i: usize) -> Option<usize> {
        let j = i.checked_sub(1)?;
        match self.tokens[j].kind {
            TokenKind::Space => j.checked_sub(1),
            TokenKind::LineBreak => None,
            _ => Some(j),
        }
    }

    /// The title's abbreviation whose period is token `p` ("Mr" of "Mr."),
    /// or `p` itself when it is no period; none for a sentence's period
    /// ("She was Group Treasurer. Ortega said").
    pub(crate) fn past_abbreviation(&self, p: usize) -> Option<usize> {
        if self.word(p) != "." {
            return Some(p);
        }
        p.checked_sub(1).filter(|&a| {
            crate::lexicon::lower_in(self.word(a), crate::lexicon::TITLE_ABBREVIATIONS)
        })
    }

    /// The tokens where a marker's word starts, of one kind, in text
    /// order; the text is searched once for all kinds, on first use.
    pub(crate) fn markers(&self, kind: Marker) -> impl Iterator<Item = usize> + '_ {
        self.markers
            .get_or_init(|| {
                MARKERS
                    .find_iter(self.text)
                    .map(|m| (MARKER_WORDS[m.pattern().as_usize()].1, self.token_at(m.start())))
                    .collect()
            })
            .iter()
            .filter(move |(k, _)| *k == kind)
            .map(|&(_, t)| t)
    }

    /// Whether the text wraps its lines inside paragraphs, as wire copy
    /// does at about 65 characters: two or more line breaks inside a
    /// sentence (after a letter or digit, before one), each after a line of
    /// 40 bytes or more. A headline over its story makes one such break;
    /// paragraphs one line long end with punctuation and make none.
    pub(crate) fn hard_wrapped(&self) -> bool {
        *self.hard_wrapped.get_or_init(|| {
            let bytes = self.text.as_bytes();
            let mut count = 0;
            let mut line_start = 0;
            for (i, &b) in bytes.iter().enumerate() {
                if b != b'\n' {
                    continue;
                }
                let next = bytes.get(i + 1).copied().unwrap_or(b'\n');
                let last = if i > 0 { bytes[i - 1] } else { b'\n' };
                if i - line_start >= 40
                    && next.is_ascii_alphanumeric()
                    && last.is_ascii_alphanumeric()
                {
                    count += 1;
                    if count == 2 {
                        return true;
                    }
                }
                line_start = i + 1;
            }
            false
        })
    }

    /// Like [`Doc::prev_on_line`], but also across a soft wrap: one line
    /// break with no indent after it, between two words ("Nomura
    /// International\nLtd said").
    pub(crate) fn prev_wrapped(&self, i: usize) -> Option<usize> {
        let j = i.checked_sub(1)?;
        let t = &self.tokens[j];
        if t.kind == TokenKind::LineBreak && matches!(t.as_str(), "\n" | "\r\n") {
            return j.checked_sub(1).filter(|&w| self.is_word(w) && self.is_word(i));
        }
        self.prev_on_line(i)
    }

    /// The index of the sentence that contains byte `at`, or the last one
    /// that starts before it.
    pub(crate) fn sentence_of(&self, at: usize) -> usize {
        self.sentences.partition_point(|(s, _)| s.start <= at).saturating_sub(1)
    }

    pub(crate) fn word(&self, i: usize) -> &'t str {
        self.tokens[i].as_str()
    }

    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// Whether token `i` is a word that starts with a capital.
    pub(crate) fn is_cap(&self, i: usize) -> bool {
        self.is_word(i) && self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Where a headline may stand, up to this byte: before the dateline,
    /// or, with none, on the first line when that line ends with no period
    /// and a paragraph follows. (Ask once per story: it reads the first
    /// line.)
    pub(crate) fn headline_end(&self) -> usize {
        match self.text.find('\n') {
            Some(nl)
                if !self.text[..nl].trim_end().ends_with('.')
                    && !self.text[nl..].trim().is_empty() =>
            {
                self.body_start.max(nl)
            }
            _ => self.body_start,
        }
    }

    /// Whether token `i` is the first of its sentence.
    pub(crate) fn opens_sentence(&self, i: usize) -> bool {
        let at = self.tokens[i].span.start;
        self.sentences[self.sentence_of(at)].0.start == at
    }

    /// Whether the sentence around byte `at` has no lowercase letter (a
    /// headline or dateline in capitals).
    pub(crate) fn in_caps_sentence(&self, at: usize) -> bool {
        self.caps.get(self.sentence_of(at)).copied().unwrap_or(false)
    }

    // The candidates are kept sorted by start and never overlap, so they
    // are sorted by end too, and every lookup below is a binary search.

    /// The candidate whose span contains byte `at`, if any.
    pub(crate) fn cand_at(&self, at: usize) -> Option<&Cand> {
        let i = self.cands.partition_point(|c| c.span.end <= at);
        self.cands.get(i).filter(|c| c.span.start <= at)
    }

    /// The candidate that starts exactly at token `i`.
    pub(crate) fn cand_starting(&self, i: usize) -> Option<Cand> {
        let at = self.tokens.get(i)?.span.start;
        let k = self.cands.partition_point(|c| c.span.start < at);
        self.cands.get(k).filter(|c| c.span.start == at).copied()
    }

    /// The indexes of the candidates that overlap `span`.
    pub(crate) fn overlapping(&self, span: Span) -> std::ops::Range<usize> {
        let a = self.cands.partition_point(|c| c.span.end <= span.start);
        let b = self.cands.partition_point(|c| c.span.start < span.end);
        a..b.max(a)
    }

    /// Whether every candidate that overlaps `span` is a place strictly
    /// inside it, which a longer name found there may take in ("Boston"
    /// of "Boston Dynamics").
    pub(crate) fn only_places_within(&self, span: Span) -> bool {
        self.cands[self.overlapping(span)]
            .iter()
            .all(|c| c.kind == EntityKind::Place && span.contains(c.span) && c.span != span)
    }

    /// The token a mention ends with, when it ends where that token does
    /// (not inside a word: "Putin" of "Putinism").
    pub(crate) fn last_token(&self, span: Span) -> Option<usize> {
        let last = self.token_at(span.end.checked_sub(1)?);
        (self.tokens[last].span.end == span.end).then_some(last)
    }

    /// Grows each candidate `k` to its `span`, taking in the candidates
    /// that lie inside it ("Jr" of "Martin Luther King Jr.", "Al Saud" of
    /// a listed Arab name); one that reaches outside it keeps the candidate
    /// as it was.
    pub(crate) fn grow_cands(&mut self, grown: Vec<(usize, Span)>) {
        let mut remove = crate::hash::FastSet::default();
        for (k, span) in grown {
            if self.overlapping(span).any(|j| j != k && !span.contains(self.cands[j].span)) {
                continue;
            }
            remove.extend(self.overlapping(span).filter(|&j| j != k));
            self.cands[k].span = span;
        }
        self.remove_cands(&remove);
    }

    /// Whether any candidate overlaps `span`.
    pub(crate) fn overlaps_any(&self, span: Span) -> bool {
        !self.overlapping(span).is_empty()
    }

    /// The candidates that start in `from..to`.
    pub(crate) fn cands_between(&self, from: usize, to: usize) -> &[Cand] {
        let a = self.cands.partition_point(|c| c.span.start < from);
        let b = self.cands.partition_point(|c| c.span.start < to);
        &self.cands[a..b.max(a)]
    }

    /// Drops the candidates at the given positions (as they were before
    /// this call), in one pass.
    pub(crate) fn remove_cands(&mut self, at: &crate::hash::FastSet<usize>) {
        if at.is_empty() {
            return;
        }
        let mut k = 0;
        self.cands.retain(|_| {
            k += 1;
            !at.contains(&(k - 1))
        });
    }

    /// Keeps the candidates sorted by start.
    pub(crate) fn sort_cands(&mut self) {
        self.cands.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    }

    /// Adds many candidates at once, in any order, dropping those that
    /// overlap a kept one or an earlier one of the batch: one sort instead
    /// of one insertion each.
    pub(crate) fn add_all_free(&mut self, mut batch: Vec<Cand>) {
        batch.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
        let mut last_end = 0;
        let mut kept = Vec::with_capacity(batch.len());
        for c in batch {
            if c.span.start < last_end || self.overlaps_any(c.span) {
                continue;
            }
            last_end = c.span.end;
            kept.push(c);
        }
        if !kept.is_empty() {
            self.cands.extend(kept);
            self.sort_cands();
        }
    }

    /// The kind of a target's entity: the list's or the story's own.
    pub(crate) fn target_kind(&self, kb: &Knowledge, t: Target) -> EntityKind {
        match t {
            Target::Gaz(id) => kb.gazetteer.entity(id).kind,
            Target::Local(l) => self.locals[l as usize].kind,
        }
    }

    /// The canonical name of what a candidate refers to.
    pub(crate) fn target_name<'a>(&'a self, kb: &'a Knowledge, t: Target) -> &'a str {
        match t {
            Target::Gaz(id) => kb.gazetteer.entity(id).name.as_str(),
            Target::Local(l) => self.locals[l as usize].name.as_str(),
        }
    }

    /// The last word of every person named in full so far, and who it is
    /// (the first one wins): "Razvozhayev" for Mikhail Razvozhayev.
    pub(crate) fn surnames(&self, kb: &Knowledge) -> HashMap<String, Target> {
        let mut out = HashMap::new();
        for c in self.cands.iter().filter(|c| c.kind == EntityKind::Person) {
            let name = self.target_name(kb, c.target);
            // ("Van der Berg" is a surname alone; "Al Gore" is not.)
            let given = name
                .rsplit_once(' ')
                .is_some_and(|(before, _)| !crate::patterns::particles_only(kb, before));
            if let Some(last) = surname_of(name).filter(|_| given) {
                out.entry(last.to_string()).or_insert(c.target);
            }
            // ("President Yoon" after "Yoon Suk Yeol": a listed person's
            // short name, the family name first.)
            if let Target::Gaz(id) = c.target {
                for short in &kb.gazetteer.entity(id).short {
                    out.entry(short.clone()).or_insert(c.target);
                }
            }
        }
        out
    }

    /// Records an office the story gives a person.
    pub(crate) fn add_text_role(&mut self, t: Target, role: TextRole) {
        let roles = self.text_roles.entry(t).or_default();
        if !roles.contains(&role) {
            roles.push(role);
        }
    }

    /// Makes the local entity `l` (found by pattern) one of another kind,
    /// with every mention of it: "Small Business Innovation Research", a
    /// body by its head word, is a program where "(SBIR) program"
    /// follows it.
    pub(crate) fn retype_local(&mut self, l: u32, kind: EntityKind) {
        let local = &mut self.locals[l as usize];
        let old = std::mem::replace(&mut local.kind, kind);
        let key = local.key.clone();
        if self.local_index.get(&(old, key.clone())) == Some(&l) {
            self.local_index.remove(&(old, key.clone()));
        }
        self.local_index.entry((kind, key)).or_insert(l);
        for c in self.cands.iter_mut().filter(|c| c.target == Target::Local(l)) {
            c.kind = kind;
        }
    }

    /// Forgets the local entity `l` that no mention names any more: no
    /// later pass finds its name or short forms again, and a new name of
    /// its key makes a new entity.
    pub(crate) fn forget_local(&mut self, l: u32) {
        let local = &mut self.locals[l as usize];
        let key = (local.kind, std::mem::take(&mut local.key));
        local.name.clear();
        local.short.clear();
        if self.local_index.get(&key) == Some(&l) {
            self.local_index.remove(&key);
        }
        self.local_tails.retain(|_, i| *i != l);
    }

    /// The local person of this name (found by pattern), with its surname
    /// as a short form to look for elsewhere in the story.
    pub(crate) fn local_person(&mut self, name: &str, surname: Option<&str>) -> Target {
        // A generational suffix is no surname: "Davis" of "Sammy Davis Jr".
        let surname = match surname {
            Some(s) if is_generational(s) => surname_of(name),
            s => s,
        };
        // ("Tom Daschle" after "Thomas Daschle": one person, by the formal
        // form of the given name.)
        let key = match name.split_once(' ') {
            Some((given, rest)) => match crate::resolve::formal_given_name(given) {
                Some(formal) => cluster_key(&format!("{formal} {rest}")),
                None => cluster_key(name),
            },
            None => cluster_key(name),
        };
        let target = self.local(name, EntityKind::Person, format!("person:{key}"));
        if let (Target::Local(l), Some(s)) = (target, surname) {
            let short = &mut self.locals[l as usize].short;
            if !short.iter().any(|x| x == s) {
                short.push(s.to_string());
            }
        }
        target
    }

    /// The local entity with this key, or a new one.
    pub(crate) fn local(&mut self, name: &str, kind: EntityKind, key: String) -> Target {
        if let Some(&i) = self.local_index.get(&(kind, key.clone())) {
            return Target::Local(i);
        }
        // "Siemens Energy AG" after "Siemens Energy": the body named before,
        // now by its full name (its legal suffix stripped, the rest the
        // same words).
        if kind == EntityKind::Institution {
            if let Some(head) = without_suffix(name).filter(|h| h.contains(' ') || h.len() > 3) {
                let before = self.local_index.get(&(kind, cluster_key(head))).copied();
                if let Some(i) =
                    before.filter(|&i| self.locals[i as usize].name.eq_ignore_ascii_case(head))
                {
                    let local = &mut self.locals[i as usize];
                    let short = std::mem::replace(&mut local.name, name.to_string());
                    if !local.short.contains(&short) {
                        local.short.push(short);
                    }
                    self.local_index.insert((kind, key), i);
                    return Target::Local(i);
                }
            }
            // "Siemens Energy" after "Siemens Energy AG": the short name.
            if let Some(&i) = self.suffixed.get(&name.to_lowercase()) {
                let local = &mut self.locals[i as usize];
                if !local.short.iter().any(|s| s == name) {
                    local.short.push(name.to_string());
                }
                self.local_index.insert((kind, key), i);
                return Target::Local(i);
            }
        }
        // "Historical Museum" after "State Historical Museum": a name of two
        // or more words that ends an earlier name of the same kind.
        if key.contains(' ') && kind != EntityKind::Person {
            if let Some(&i) = self.local_tails.get(&(kind, key.clone())) {
                return Target::Local(i);
            }
        }
        let i = self.locals.len() as u32;
        if kind != EntityKind::Person {
            let words: Vec<&str> = key.split(' ').collect();
            for start in 1..words.len().saturating_sub(1) {
                let tail = words[start..].join(" ");
                self.local_tails.entry((kind, tail)).or_insert(i);
            }
        }
        self.local_index.insert((kind, key.clone()), i);
        // A name wrapped over two lines ("Paul\nVolcker") is named on one.
        let name = if name.contains(|c: char| c.is_whitespace() && c != ' ') || name.contains("  ")
        {
            name.split_whitespace().collect::<Vec<_>>().join(" ")
        } else {
            name.to_string()
        };
        if let Some(head) = without_suffix(&name).filter(|_| kind == EntityKind::Institution) {
            self.suffixed.entry(head.to_lowercase()).or_insert(i);
        }
        // "Riverside Rovers" of "Riverside Rovers Football Club", in the
        // headline above it too.
        let short = club_short(&name)
            .filter(|_| kind == EntityKind::Institution)
            .map(|h| vec![h.to_string()])
            .unwrap_or_default();
        self.locals.push(Local { name, kind, key, short, company: false });
        Target::Local(i)
    }
}

/// Lowercase words with their tails cut, so that "Innovative" and
/// "Innovation" agree; function words are left out.
pub(crate) fn cluster_key(name: &str) -> String {
    const SKIP: &[&str] = &["the", "of", "and", "for", "on", "in", "a", "an", "to", "cross"];
    let mut key = String::new();
    for w in name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        let lower = w.to_lowercase();
        if SKIP.contains(&lower.as_str()) {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(lower.chars().take(6));
    }
    key
}

/// A body's name without its legal suffix ("Siemens Energy" of "Siemens
/// Energy AG", "Acme" of "Acme, Inc."), when it ends with one.
fn without_suffix(name: &str) -> Option<&str> {
    let (head, last) = name.trim_end_matches(['.', ' ', ',']).rsplit_once([' ', ','])?;
    crate::lexicon::LEGAL_SUFFIXES
        .contains(&last.to_ascii_lowercase().as_str())
        .then(|| head.trim_end_matches([' ', ',']))
}

/// A sports club's name without the words that say it is a club
/// ("Riverside Rovers" of "Riverside Rovers Football Club", "Hollby United"
/// of "Hollby United FC"), when two words or more stay.
fn club_short(name: &str) -> Option<&str> {
    const CLUB_ENDS: &[&str] = &[
        " Football Club",
        " Soccer Club",
        " Rugby Football Club",
        " Hockey Club",
        " FC",
        " F.C.",
        " AFC",
    ];
    let head = CLUB_ENDS.iter().find_map(|e| name.strip_suffix(e))?;
    head.contains(' ').then_some(head)
}

/// Whether a word is a generational suffix: "Jr", "Sr.", "III".
pub(crate) fn is_generational(w: &str) -> bool {
    matches!(w.trim_end_matches(['.', ',']), "Jr" | "Sr" | "II" | "III" | "IV")
}

/// A person's surname: the last word of the name that is no generational
/// suffix ("Davis" of "Sammy Davis Jr.").
pub(crate) fn surname_of(name: &str) -> Option<&str> {
    // (None when a given name alone stands before the suffix: "Fred Sr.")
    let mut words = name.split_whitespace().rev().skip_while(|w| is_generational(w));
    let last = words.next()?;
    let suffixed = name.split_whitespace().last().is_some_and(is_generational);
    (!suffixed || words.next().is_some()).then(|| last.trim_end_matches(','))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cluster_keys_join_inflections() {
        assert_eq!(
            cluster_key(
                "Years of Russian-Chinese Scientific, Technical and Innovative Cooperation"
            ),
            cluster_key(
                "years of Russian-Chinese Scientific, Technical and Innovation Cooperation"
            )
        );
        assert_ne!(cluster_key("Ministry of Finance"), cluster_key("Ministry of Defence"));
    }
}
