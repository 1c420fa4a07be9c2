//! The extractor, its builder, and what it returns.

use std::sync::Arc;

use crate::date::Date;
use crate::dateline::{self, Dateline};
use crate::doc::{Doc, Source, Target};
use crate::error::Error;
use crate::gazetteer::{Entity, EntityId, EntityKind, Gazetteer, default_gazetteer};
use crate::kb::Knowledge;
use crate::normalize::Normalized;
use crate::quote::{QuoteKind, QuoteRule};
use crate::span::Span;
use crate::{patterns, quote, resolve};

/// Finds people, institutions, programs and places, datelines and quotes in
/// stories. Build one, then call [`Extractor::extract`] on many texts; it is
/// cheap to clone and can be shared between threads.
///
/// # Example
/// ```
/// use pressroom::{EntityKind, Extractor, Entity};
/// let ex = Extractor::builder()
///     .entity(Entity::new("jinr", EntityKind::Institution, "Joint Institute for Nuclear Research").with_alias("JINR"))
///     .build()?;
/// let doc = ex.extract("Scientists at JINR in Dubna said the collider works.");
/// let jinr = doc.mentions().iter().find(|m| m.as_str() == "JINR").unwrap();
/// assert_eq!(doc.entity(jinr).id, "jinr");
/// # Ok::<(), pressroom::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    kb: Arc<Knowledge>,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the embedded default gazetteer.
    pub fn new() -> Extractor {
        crate::default_extractor().clone()
    }

    /// A builder, to choose the gazetteers.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder { default: true, extra: Vec::new(), entities: Vec::new() }
    }

    /// The gazetteer this extractor matches.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.kb.gazetteer
    }

    /// The number of distinct normalized names the automaton holds.
    pub fn name_count(&self) -> usize {
        self.kb.matcher.pattern_count()
    }

    /// The heap memory of the compiled names, in bytes (the automaton and
    /// its tables; not the gazetteer's entity records).
    pub fn matcher_memory(&self) -> usize {
        self.kb.matcher.memory_usage()
    }

    /// Runs the gazetteer matcher alone: every name found in `text`, as
    /// `(span, entity)`, in order and not overlapping. This is the matching
    /// core that [`Extractor::extract`] builds on, for benchmarks and for
    /// callers who only want list lookups.
    pub fn match_names(&self, text: &str) -> Vec<(Span, EntityId)> {
        let mut norm = Normalized::default();
        norm.fill(text);
        let mut found = Vec::new();
        self.kb.matcher.find(text, &norm, &mut found);
        found
            .into_iter()
            .filter_map(|m| self.kb.matcher.targets(m, &text[m.span]).last().map(|id| (m.span, id)))
            .collect()
    }

    /// Extracts from `text`; the story's date comes from a `date
    /// YYYY-MM-DD` header line or the dateline (whose year must then come
    /// from the header).
    ///
    /// Never panics and never fails, whatever the text.
    pub fn extract<'t>(&self, text: &'t str) -> Extraction<'t> {
        self.extract_with_date(text, None)
    }

    /// Extracts from many stories on every core (rayon's global pool), each
    /// with its publication date or `None`; the results come back in input
    /// order. Equal, story for story, to calling
    /// [`Extractor::extract_with_date`] in a loop.
    ///
    /// # Example
    /// ```
    /// let ex = pressroom::Extractor::new();
    /// let stories = [("Putin said it was fine.", None), ("Xi Jinping spoke.", None)];
    /// let docs = ex.extract_batch(&stories);
    /// assert_eq!(docs[0].mentions()[0].as_str(), "Putin");
    /// assert_eq!(docs[1].mentions()[0].as_str(), "Xi Jinping");
    /// ```
    #[cfg(feature = "rayon")]
    #[cfg_attr(docsrs, doc(cfg(feature = "rayon")))]
    pub fn extract_batch<'t, S>(&self, stories: &'t [(S, Option<Date>)]) -> Vec<Extraction<'t>>
    where
        S: AsRef<str> + Sync,
    {
        use rayon::prelude::*;
        stories
            .par_iter()
            .map(|(text, date)| self.extract_with_date(text.as_ref(), *date))
            .collect()
    }

    /// Extracts from `text`, with the feed's publication date, used when
    /// the text has no header date and to complete a dateline without a
    /// year.
    pub fn extract_with_date<'t>(&self, text: &'t str, published: Option<Date>) -> Extraction<'t> {
        let kb = &*self.kb;
        let mut doc = Doc::new(text);
        let header = dateline::header_date(text);
        let published =
            header.map(|(_, d)| d).or_else(|| dateline::labelled_date(text)).or(published);
        let after = header.map_or(0, |(s, _)| s.end);
        let mut dateline = dateline::find(text, published, after);
        doc.date = dateline.as_ref().and_then(|d| d.date).or(published);
        doc.body_start = dateline.as_ref().map_or(after, |d| d.span.end);

        let mut norm = Normalized::default();
        norm.fill(text);
        let mut found = Vec::new();
        kb.matcher.find(text, &norm, &mut found);
        // A dateline in title case with neither date nor agency ("Tokyo,
        // Japan – Sony today announced") stands only on a place the
        // gazetteer knows.
        if let Some(place) = dateline.as_ref().filter(|d| d.needs_known_place).map(|d| d.place) {
            let known = found.iter().any(|m| {
                m.span == place
                    && kb
                        .matcher
                        .targets(*m, &text[m.span])
                        .any(|id| kb.gazetteer.entity(id).kind == EntityKind::Place)
            });
            if !known {
                dateline = None;
                doc.date = published;
                doc.body_start = after;
            }
        }
        let mut ambiguous = Vec::new();
        // The people the story names in full (two words or more), made the
        // first time a one-word name asks.
        let mut full_named: Option<crate::hash::FastSet<EntityId>> = None;
        for (i, &m) in found.iter().enumerate() {
            // Most names have one entity: allocate only for those with more.
            let mut targets = kb.matcher.targets(m, &text[m.span]);
            let Some(id) = targets.next() else { continue };
            // A ticker in angle brackets ("Unocal <UCL>", "<LNDH.SI>") is
            // no mention of what its letters spell elsewhere, nor is a
            // currency's ("US$ 500,000", "HK$"), nor are letters in their
            // common use ("CCTV footage").
            if crate::ambiguity::in_ticker(text, m.span)
                || crate::ambiguity::currency_prefix(text, m.span)
                || crate::ambiguity::common_letters(text, m.span)
            {
                continue;
            }
            let entity = kb.gazetteer.entity(id);
            if entity.kind != EntityKind::Institution && crate::ambiguity::code_name(text, m.span) {
                continue;
            }
            // "(LSE: ALW)" is the London Stock Exchange, not the school that
            // shares its letters: only an exchange names a listing.
            if crate::ambiguity::listing_exchange(text, m.span)
                && entity.label.as_deref() != Some("exchange")
            {
                continue;
            }
            // ("U.S.-Soviet", "Japan-U.S.": a country's name before a hyphen
            // is the place's.)
            if entity.kind == EntityKind::Place
                && entity.label.as_deref() != Some("country")
                && crate::ambiguity::glued_to_name(text, m.span, |at| {
                    found[i + 1..].iter().take(4).any(|n| n.span.start == at)
                })
            {
                continue;
            }
            // ("Trump Tower", "the Bush Administration", "Ivanka Trump": a
            // thing's name, or another person's.)
            let person = entity.kind == EntityKind::Person;
            let named_here = |w: Span| {
                // (The matches are in order and do not overlap: a search.)
                let i = found.partition_point(|n| n.span.end < w.end);
                found.get(i).is_some_and(|n| n.span.start < w.end && w.start < n.span.end)
            };
            if person
                && crate::resolve::someone_else(
                    &doc,
                    kb,
                    m.span,
                    Some(&entity.name),
                    false,
                    named_here,
                )
            {
                continue;
            }
            // A person's one-word name in capitals amid lowercase text is an
            // acronym ("FICO has encouraged other companies").
            if person && crate::ambiguity::caps_amid_lowercase(&doc, m.span) {
                continue;
            }
            // A person's one-word name that is also a given name ("Petro"
            // of Gustavo Petro, and of Petro Poroshenko) is that person
            // only in a story that names them in full: "Her husband,
            // Petro, was not hurt" is somebody else. Nor is it where a
            // capitalised word follows: "Sharon Stone", "SHARON STEEL".
            let word = &text[m.span];
            if person
                && !word.contains(' ')
                && !crate::resolve::written_first(&entity.name, word)
                && given_name(kb, word)
                && (!full_named
                    .get_or_insert_with(|| {
                        found
                            .iter()
                            .filter(|n| text[n.span].contains(' '))
                            .flat_map(|n| kb.matcher.targets(*n, &text[n.span]))
                            .collect()
                    })
                    .contains(&id)
                    || doc.last_token(m.span).and_then(|l| doc.next_on_line(l)).is_some_and(|n| {
                        doc.is_word(n) && doc.word(n).starts_with(|c: char| c.is_uppercase())
                    }))
            {
                continue;
            }
            match targets.next() {
                Some(second) => {
                    let mut candidates = vec![id, second];
                    candidates.extend(targets);
                    ambiguous.push((doc.cands.len(), candidates));
                }
                None => {
                    let (first, last) = (doc.token_at(m.span.start), doc.token_at(m.span.end - 1));
                    if crate::ambiguity::is_first_name(&doc, kb, id, first, last) {
                        continue;
                    }
                }
            }
            doc.cands.push(crate::doc::Cand {
                span: m.span,
                kind: kb.gazetteer.entity(id).kind,
                target: Target::Gaz(id),
                source: Source::Gazetteer,
                title: None,
            });
        }
        let doubts =
            crate::ambiguity::resolve(&mut doc, kb, ambiguous, dateline.as_ref().map(|d| d.place));
        patterns::towns_named_like_bodies(&mut doc, kb, dateline.as_ref().map(|d| d.place));
        patterns::states_after_towns(&mut doc, kb);
        patterns::find_place_events(&mut doc, kb);
        patterns::find_prefixed_venues(&mut doc);
        patterns::find_city_governments(&mut doc);
        patterns::find_named_bodies(&mut doc, kb);
        patterns::find_about_headings(&mut doc);
        patterns::grow_arab_names(&mut doc);
        patterns::grow_middle_initials(&mut doc, kb);
        patterns::grow_company_names(&mut doc, kb);
        patterns::grow_body_names_left(&mut doc, kb);
        patterns::find_media_names(&mut doc, kb);
        patterns::find_members(&mut doc);
        patterns::find_caps_bylines(&mut doc, kb);
        patterns::find_operations(&mut doc);
        patterns::find_called_programs(&mut doc, kb);
        patterns::find_programs_before_noun(&mut doc, kb);
        patterns::find_program_missions(&mut doc, kb);
        patterns::drop_headline_programs(&mut doc);
        patterns::find_people_by_country(&mut doc, kb);
        patterns::find_trials(&mut doc);
        patterns::find_titled_people(&mut doc, kb);
        patterns::find_speaker_names(&mut doc, kb);
        patterns::find_described_people(&mut doc, kb);
        patterns::find_bodies_by_acronym(&mut doc);
        patterns::find_acronym_definitions(&mut doc, kb);
        patterns::grow_generational(&mut doc);
        patterns::grow_given_names(&mut doc, kb);
        patterns::grow_hyphenated_given_names(&mut doc, kb);
        patterns::find_listed_people(&mut doc, kb);
        patterns::find_given_titles(&mut doc, kb);
        patterns::find_bodies_after_nouns(&mut doc, kb);
        patterns::find_one_word_bodies(&mut doc, kb);
        patterns::find_people_by_surname(&mut doc, kb);
        patterns::find_initialled_people(&mut doc, kb);
        patterns::find_bodies_before_roles(&mut doc, kb);
        patterns::listed_short_names(&mut doc, kb);
        patterns::club_short_names(&mut doc, kb, dateline.as_ref().map(|d| d.span));
        patterns::find_implied_acronyms(&mut doc, kb);
        resolve::find_repeats(&mut doc, kb, &norm);
        resolve::merge_surnames(&mut doc, kb);
        resolve::respell_people(&mut doc, kb);
        resolve::first_name_places(&mut doc, kb);
        resolve::first_names_alone(&mut doc, kb);
        resolve::attach_titles(&mut doc, kb);
        resolve::find_role_descriptions(&mut doc, kb, dateline.as_ref().map(|d| d.place));
        resolve::find_described_again(&mut doc);
        resolve::find_demonym_people(&mut doc, kb);
        resolve::find_program_anaphora(&mut doc, kb);
        resolve::resolve_national_bodies(&mut doc, kb, dateline.as_ref().map(|d| d.place));
        let raw_quotes = quote::find_quotes(&doc, kb);

        if let Some(d) = dateline.as_mut() {
            if let Some(c) =
                doc.cands.iter().find(|c| c.span == d.place && c.kind == EntityKind::Place)
            {
                if let Target::Gaz(id) = c.target {
                    d.place_name = kb.gazetteer.entity(id).name.clone();
                }
            }
        }

        // Number the story's entities in order of first mention.
        let mut entities: Vec<DocEntity> = Vec::new();
        let mut index: crate::hash::FastMap<Target, usize> = Default::default();
        let mut entity_of = |t: Target, kind: EntityKind, entities: &mut Vec<DocEntity>| -> usize {
            *index.entry(t).or_insert_with(|| {
                entities.push(match t {
                    Target::Gaz(id) => DocEntity::from_gazetteer(id, kb.gazetteer.entity(id)),
                    Target::Local(l) => {
                        let local = &doc.locals[l as usize];
                        DocEntity {
                            id: format!("local:{}", slug(&local.name)),
                            name: local.name.clone(),
                            kind,
                            gazetteer: None,
                            label: None,
                            wikidata: None,
                            mentions: Vec::new(),
                            alternatives: Vec::new(),
                        }
                    }
                });
                entities.len() - 1
            })
        };
        let mut mentions = Vec::with_capacity(doc.cands.len());
        for c in &doc.cands {
            let e = entity_of(c.target, c.kind, &mut entities);
            entities[e].mentions.push(mentions.len());
            mentions.push(Mention {
                text,
                span: c.span,
                kind: entities[e].kind,
                entity: e,
                source: c.source,
                title: c.title,
            });
        }
        let quotes = raw_quotes
            .into_iter()
            .map(|q| Quote {
                text,
                kind: q.kind,
                span: q.span,
                content: q.content,
                cue: q.cue,
                speaker: q.speaker.map(|(span, t)| {
                    let mut entity = |t: Target| {
                        let kind = doc.target_kind(kb, t);
                        entity_of(t, kind, &mut entities)
                    };
                    Speaker {
                        span,
                        entity: t.map(&mut entity),
                        with: quote::joint_speaker(&doc, span).map(&mut entity),
                    }
                }),
                rule: q.rule,
            })
            .collect();
        for (t, others) in doubts {
            if let Some(&e) = index.get(&t) {
                entities[e].alternatives =
                    others.iter().map(|&o| kb.gazetteer.entity(o).id.clone()).collect();
            }
        }
        Extraction { text, mentions, entities, quotes, dateline, published }
    }
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Chooses the gazetteers of an [`Extractor`].
///
/// # Example
/// ```
/// use pressroom::{Extractor, Gazetteer};
/// let mine = Gazetteer::from_tsv_str("Acme Rockets\tinstitution\tacme\n")?;
/// let ex = Extractor::builder().default_gazetteer(false).gazetteer(mine).build()?;
/// assert_eq!(ex.gazetteer().len(), 1);
/// # Ok::<(), pressroom::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct ExtractorBuilder {
    default: bool,
    extra: Vec<Gazetteer>,
    /// Entities given one by one; checked in `build`, so that a bad one is
    /// an error there rather than a panic here.
    entities: Vec<Entity>,
}

impl ExtractorBuilder {
    /// Whether to include the embedded default gazetteer (on by default).
    pub fn default_gazetteer(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.default = yes;
        self
    }

    /// Adds a gazetteer; entities whose ids are taken merge into them.
    pub fn gazetteer(&mut self, g: Gazetteer) -> &mut ExtractorBuilder {
        self.extra.push(g);
        self
    }

    /// Adds one entity.
    pub fn entity(&mut self, e: Entity) -> &mut ExtractorBuilder {
        self.entities.push(e);
        self
    }

    /// Compiles the extractor.
    ///
    /// # Errors
    /// [`Error::Entity`] when entities conflict (one id, two kinds) or a
    /// name is empty; [`Error::Matcher`] when the names are too many to
    /// compile.
    pub fn build(&self) -> Result<Extractor, Error> {
        let mut g = if self.default { default_gazetteer().clone() } else { Gazetteer::new() };
        let default_len = g.len();
        g.reserve(self.extra.iter().map(Gazetteer::len).sum::<usize>() + self.entities.len());
        for extra in &self.extra {
            for e in extra.entities() {
                g.add(e.clone())?;
            }
        }
        for e in &self.entities {
            g.add(e.clone())?;
        }
        Ok(Extractor { kb: Arc::new(Knowledge::build(g, default_len)?) })
    }
}

/// A span of the text that names an entity.
///
/// # Example
/// ```
/// use pressroom::{EntityKind, Source};
/// let doc = pressroom::extract("Russian President Vladimir Putin arrived.");
/// let m = &doc.mentions()[0];
/// assert_eq!((m.as_str(), m.kind, m.source), ("Vladimir Putin", EntityKind::Person, Source::Gazetteer));
/// assert_eq!(m.title_str(), Some("Russian President"));
/// assert_eq!(doc.entity(m).id, "vladimir-putin");
/// ```
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct Mention<'t> {
    text: &'t str,
    /// Where the name is: the name alone ("Vladimir Putin"), or the whole
    /// description for a role mention ("the head of state").
    pub span: Span,
    /// The entity's kind.
    pub kind: EntityKind,
    /// The index of the entity in [`Extraction::entities`].
    pub entity: usize,
    /// How the mention was found.
    pub source: Source,
    /// The title the story put before the name ("Russian President").
    pub title: Option<Span>,
}

impl<'t> Mention<'t> {
    /// The words of the mention.
    pub fn as_str(&self) -> &'t str {
        &self.text[self.span]
    }

    /// The title's words, if any.
    pub fn title_str(&self) -> Option<&'t str> {
        self.title.map(|t| &self.text[t])
    }
}

/// An entity of one story, with its mentions.
///
/// # Example
/// ```
/// let doc = pressroom::extract("Sergey Lavrov spoke. Lavrov left.");
/// let lavrov = &doc.entities()[0];
/// assert_eq!((lavrov.name.as_str(), lavrov.mentions.len()), ("Sergey Lavrov", 2));
/// assert!(lavrov.gazetteer.is_some());
/// ```
#[derive(Clone, Debug, Eq, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct DocEntity {
    /// The gazetteer's id, or `local:<slug>` for a name found by pattern.
    pub id: String,
    /// The canonical name.
    pub name: String,
    /// The kind.
    pub kind: EntityKind,
    /// The gazetteer entity, when the name is in the list.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub gazetteer: Option<EntityId>,
    /// The gazetteer's type label.
    pub label: Option<String>,
    /// The Wikidata QID, when the gazetteer gives one.
    pub wikidata: Option<String>,
    /// Indexes into [`Extraction::mentions`], in text order.
    pub mentions: Vec<usize>,
    /// When the story did not tell which entity its name stands for, the
    /// ids of the other entities it may be (see the ambiguity policy in the
    /// crate docs); empty otherwise.
    pub alternatives: Vec<String>,
}

impl DocEntity {
    fn from_gazetteer(id: EntityId, e: &Entity) -> DocEntity {
        DocEntity {
            id: e.id.clone(),
            name: e.name.clone(),
            kind: e.kind,
            gazetteer: Some(id),
            label: e.label.clone(),
            wikidata: e.wikidata.clone(),
            mentions: Vec::new(),
            alternatives: Vec::new(),
        }
    }
}

/// Who said a quote: the words of the attribution that denote the speaker,
/// and the entity they resolve to.
///
/// # Example
/// ```
/// let doc = pressroom::extract("Xi Jinping met students. “Study hard,” he said.");
/// let q = &doc.quotes()[0];
/// assert_eq!(q.speaker_str(), Some("he"));
/// assert_eq!(doc.speaker_entity(q).unwrap().name, "Xi Jinping");
/// ```
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Speaker {
    /// A name, a role description, a pronoun, or a source noun ("the
    /// message").
    pub span: Span,
    /// The index in [`Extraction::entities`] of the person or body, when
    /// resolved.
    pub entity: Option<usize>,
    /// The index in [`Extraction::entities`] of another person or body that
    /// spoke together with this one, as joint releases name them ("Helios
    /// Robotics and Nordlys Foods today announced": Nordlys Foods speaks,
    /// with Helios Robotics); the one named right before, when several are.
    pub with: Option<usize>,
}

/// A direct quote or a piece of reported speech.
///
/// # Example
/// ```
/// use pressroom::{QuoteKind, QuoteRule};
/// let doc = pressroom::extract("“The plan works,” said Olaf Scholz. Scholz stressed that costs fell sharply.");
/// let (direct, reported) = (&doc.quotes()[0], &doc.quotes()[1]);
/// assert_eq!((direct.kind, direct.rule, direct.cue_str()), (QuoteKind::Direct, QuoteRule::CueAfter, Some("said")));
/// assert_eq!(direct.content_str(), "The plan works,");
/// assert_eq!((reported.kind, reported.content_str()), (QuoteKind::Reported, "costs fell sharply"));
/// ```
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct Quote<'t> {
    text: &'t str,
    /// Direct or reported.
    pub kind: QuoteKind,
    /// The whole quote: with its marks for a direct quote; from the speaker
    /// to the end of the content for reported speech (the clause of an
    /// impersonal report).
    pub span: Span,
    /// The words quoted or reported; for an impersonal report ("The bill is
    /// expected to pass", [`QuoteRule::Impersonal`]) the whole clause, its
    /// cue included.
    pub content: Span,
    /// The speech verb ("said", "pointed out").
    pub cue: Option<Span>,
    /// Who said it: `None` when no rule found a speaker, and for an
    /// impersonal report, which names none.
    pub speaker: Option<Speaker>,
    /// The rule that decided the speaker.
    pub rule: QuoteRule,
}

impl<'t> Quote<'t> {
    /// The quote with its marks.
    pub fn as_str(&self) -> &'t str {
        &self.text[self.span]
    }

    /// The words quoted.
    pub fn content_str(&self) -> &'t str {
        &self.text[self.content]
    }

    /// The cue's words.
    pub fn cue_str(&self) -> Option<&'t str> {
        self.cue.map(|c| &self.text[c])
    }

    /// The speaker's words.
    pub fn speaker_str(&self) -> Option<&'t str> {
        self.speaker.map(|s| &self.text[s.span])
    }
}

/// Everything found in one story. Spans are byte offsets into the text.
///
/// # Example
/// ```
/// let doc = pressroom::extract_with_date("Putin met Xi Jinping.", "2021-11-26".parse().ok());
/// assert_eq!(doc.mentions().len(), 2);
/// assert_eq!(doc.entities().len(), 2);
/// assert!(doc.quotes().is_empty() && doc.dateline().is_none());
/// assert_eq!(doc.date().unwrap().to_string(), "2021-11-26");
/// ```
#[derive(Clone, Debug)]
pub struct Extraction<'t> {
    text: &'t str,
    mentions: Vec<Mention<'t>>,
    entities: Vec<DocEntity>,
    quotes: Vec<Quote<'t>>,
    dateline: Option<Dateline<'t>>,
    published: Option<Date>,
}

impl<'t> Extraction<'t> {
    /// The text extracted from.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Every mention, sorted by position, none overlapping.
    pub fn mentions(&self) -> &[Mention<'t>] {
        &self.mentions
    }

    /// The distinct entities, in order of first mention (an entity that is
    /// only a quote's speaker comes after those).
    pub fn entities(&self) -> &[DocEntity] {
        &self.entities
    }

    /// The entity of a mention.
    pub fn entity(&self, m: &Mention<'_>) -> &DocEntity {
        &self.entities[m.entity]
    }

    /// The mentions of an entity.
    pub fn mentions_of<'a>(
        &'a self,
        e: &'a DocEntity,
    ) -> impl Iterator<Item = &'a Mention<'t>> + 'a {
        e.mentions.iter().map(move |&i| &self.mentions[i])
    }

    /// The entity a speaker resolves to.
    pub fn speaker_entity(&self, q: &Quote<'_>) -> Option<&DocEntity> {
        q.speaker.and_then(|s| s.entity).map(|e| &self.entities[e])
    }

    /// The entity that spoke together with a quote's speaker, in a joint
    /// statement ([`Speaker::with`]).
    ///
    /// # Example
    /// ```
    /// let doc = pressroom::extract("Olaf Scholz and Emmanuel Macron said Europe must act.");
    /// let q = &doc.quotes()[0];
    /// assert_eq!(doc.speaker_entity(q).unwrap().name, "Emmanuel Macron");
    /// assert_eq!(doc.joint_entity(q).unwrap().name, "Olaf Scholz");
    /// ```
    pub fn joint_entity(&self, q: &Quote<'_>) -> Option<&DocEntity> {
        q.speaker.and_then(|s| s.with).map(|e| &self.entities[e])
    }

    /// Direct quotes and reported speech, in text order of their rule's
    /// sentence.
    pub fn quotes(&self) -> &[Quote<'t>] {
        &self.quotes
    }

    /// The dateline, when the story has one.
    pub fn dateline(&self) -> Option<&Dateline<'t>> {
        self.dateline.as_ref()
    }

    /// The publication date: the header line's, else a labelled line's
    /// under the headline ("Published: 14 July 2026"), else the one given
    /// to [`Extractor::extract_with_date`].
    pub fn published(&self) -> Option<Date> {
        self.published
    }

    /// The story's date: the dateline's, else the publication date.
    pub fn date(&self) -> Option<Date> {
        self.dateline.as_ref().and_then(|d| d.date).or(self.published)
    }
}

/// Whether a word is a listed given name, written in capitals or not
/// ("SHARON").
fn given_name(kb: &Knowledge, w: &str) -> bool {
    kb.given_names.contains_key(w)
        || (!w.chars().any(char::is_lowercase)
            && kb.given_names.contains_key(dateline::title_case(w).as_str()))
}
