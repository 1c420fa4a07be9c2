//! What an extractor knows, compiled once from its gazetteer: the name
//! automaton, and indexes of roles, demonyms and containment for
//! resolution.

use crate::hash::FastMap as HashMap;

use crate::date::Date;
use crate::error::Error;
use crate::gazetteer::{EntityId, EntityKind, Gazetteer, Gender};
use crate::lexicon::title_key;
use crate::matcher::Matcher;
use crate::normalize::normalize_name;

/// A role with its title folded to a key and its `of` resolved.
#[derive(Clone, Debug)]
pub(crate) struct CRole {
    pub(crate) key: String,
    pub(crate) of: Option<EntityId>,
    pub(crate) from: Option<Date>,
    pub(crate) to: Option<Date>,
}

impl CRole {
    /// Whether the role holds on the story's date; a story without a date
    /// is read as current, so only open-ended roles hold.
    pub(crate) fn holds(&self, date: Option<Date>) -> bool {
        match date {
            Some(d) => self.from.is_none_or(|f| f <= d) && self.to.is_none_or(|t| d <= t),
            None => self.to.is_none(),
        }
    }
}

#[derive(Debug)]
pub(crate) struct Knowledge {
    pub(crate) gazetteer: Gazetteer,
    pub(crate) matcher: Matcher,
    pub(crate) roles: HashMap<EntityId, Vec<CRole>>,
    /// Role key -> the people who held an office of that key.
    pub(crate) holders: HashMap<String, Vec<EntityId>>,
    /// Lowercase demonym ("russian") -> place.
    pub(crate) demonyms: HashMap<String, EntityId>,
    /// Entity -> the place or body it lies in or belongs to.
    pub(crate) within: HashMap<EntityId, EntityId>,
    /// `(generic name, country)` -> the country's body of that name:
    /// ("defence ministry", Russia) -> the Russian Defence Ministry, from
    /// names that add a demonym or "of COUNTRY" to a generic name.
    pub(crate) national: HashMap<(String, EntityId), EntityId>,
    /// Normalized names of countries -> the country, for "Ukraine's" in a
    /// name found by pattern.
    pub(crate) countries: HashMap<String, EntityId>,
    /// Given name -> the gender of every listed person of that first name
    /// ("Maria" -> female), for people found by pattern: none for a name
    /// that people of both genders bear.
    pub(crate) given_names: HashMap<String, Option<Gender>>,
    /// The one-word names of listed clubs without their affixes ("Chelsea"
    /// of "Chelsea FC", "Porto" of "FC Porto") -> the club, for stories of
    /// sport (see `patterns::club_short_names`).
    pub(crate) club_words: HashMap<String, EntityId>,
    /// How many entities, from the first, come from the embedded default
    /// (0 when it is not used): the caller's entities follow them.
    pub(crate) default_len: usize,
    /// The first three letters of the last word of listed people's names
    /// -> the people, made the first time a story asks (see
    /// [`Knowledge::spelling_of`]).
    surnames: once_cell::sync::OnceCell<HashMap<String, Vec<EntityId>>>,
}

impl Knowledge {
    pub(crate) fn build(gazetteer: Gazetteer, default_len: usize) -> Result<Knowledge, Error> {
        let count = gazetteer.entities().iter().map(|e| 1 + e.aliases.len()).sum();
        let matcher = Matcher::build(
            gazetteer.entities().iter().enumerate().flat_map(|(i, e)| {
                let strict = e.kind == EntityKind::Institution;
                e.names().map(move |n| (EntityId(i as u32), n, strict))
            }),
            count,
        )?;
        // Normalized names of countries.
        let mut countries: HashMap<String, EntityId> = HashMap::default();
        for (i, e) in gazetteer.entities().iter().enumerate() {
            if e.kind == EntityKind::Place && e.label.as_deref() == Some("country") {
                for n in e.names() {
                    countries.entry(normalize_name(n)).or_insert(EntityId(i as u32));
                }
            }
        }
        // `of` and `in=` columns name a place or body by id or by one of
        // its names; names are looked up in the matcher rather than in an
        // index of every name (which cost as much to build as the rest).
        let resolve = |s: &str| -> Option<EntityId> {
            gazetteer.id_of(s).or_else(|| {
                matcher.exact(s).find(|&id| {
                    matches!(gazetteer.entity(id).kind, EntityKind::Place | EntityKind::Institution)
                })
            })
        };
        let mut roles: HashMap<EntityId, Vec<CRole>> = HashMap::default();
        let mut holders: HashMap<String, Vec<EntityId>> = HashMap::default();
        let mut demonyms = HashMap::default();
        let mut within = HashMap::default();
        for (i, e) in gazetteer.entities().iter().enumerate() {
            let id = EntityId(i as u32);
            for r in &e.roles {
                let key = title_key(&r.title);
                let c = CRole {
                    key: key.clone(),
                    of: r.of.as_deref().and_then(resolve),
                    from: r.from,
                    to: r.to,
                };
                roles.entry(id).or_default().push(c);
                let h = holders.entry(key).or_default();
                if !h.contains(&id) {
                    h.push(id);
                }
            }
            for d in &e.demonyms {
                demonyms.entry(d.to_lowercase()).or_insert(id);
            }
            if let Some(w) = e.within.as_deref().and_then(resolve) {
                within.insert(id, w);
            }
        }
        let given_names = given_names(&gazetteer);
        let club_words = club_words(&gazetteer);
        let mut kb = Knowledge {
            given_names,
            club_words,
            gazetteer,
            matcher,
            roles,
            holders,
            demonyms,
            within,
            national: HashMap::default(),
            countries,
            default_len,
            surnames: once_cell::sync::OnceCell::new(),
        };
        kb.national = kb.national_bodies();
        Ok(kb)
    }

    /// The listed person a name found by pattern spells another way
    /// ("Volodymyr Zelenskiy" for Volodymyr Zelensky, "Alan Greespan" for
    /// Alan Greenspan): a listed name of as many words, each the same or
    /// one letter apart and one word at most not the same, the surname of
    /// six letters or more when not the same. "George Bush" is not George
    /// W. Bush, nor "Ferdinand Marcos"
    /// Ferdinand Marcos Jr. None when two listed people fit.
    pub(crate) fn spelling_of(&self, name: &str) -> Option<EntityId> {
        // (Middle initials count: "William D. Burns" is not William Burns.)
        let words: Vec<&str> = name.split_whitespace().collect();
        let surname = *words.last()?;
        if words.len() < 2 {
            return None;
        }
        let key = |w: &str| -> String { normalize_name(w).chars().take(3).collect() };
        let index = self.surnames.get_or_init(|| {
            let mut index: HashMap<String, Vec<EntityId>> = HashMap::default();
            for (i, e) in self.gazetteer.entities().iter().enumerate() {
                if e.kind != EntityKind::Person {
                    continue;
                }
                for n in e.names() {
                    let Some(last) = n.split_whitespace().last().filter(|_| n.contains(' ')) else {
                        continue;
                    };
                    let ids = index.entry(key(last)).or_default();
                    if ids.last() != Some(&EntityId(i as u32)) {
                        ids.push(EntityId(i as u32));
                    }
                }
            }
            index
        });
        let mut found = None;
        for &id in index.get(&key(surname))? {
            let fits = self.gazetteer.entity(id).names().any(|n| {
                let listed: Vec<&str> = n.split_whitespace().collect();
                let last = listed.last().copied().unwrap_or("");
                // (One word misspelt at most: "Sean Casten" is not Jean
                // Castex.)
                let differ =
                    listed.iter().zip(&words).filter(|(a, b)| !a.eq_ignore_ascii_case(b)).count();
                listed.len() == words.len()
                    && (last.eq_ignore_ascii_case(surname) || surname.chars().count() >= 6)
                    && listed.iter().zip(&words).all(|(a, b)| crate::resolve::spelt_alike(a, b))
                    && differ <= 1
            });
            if fits {
                if found.is_some_and(|f| f != id) {
                    return None;
                }
                found = Some(id);
            }
        }
        found
    }

    /// The gender a person found by pattern has by the first word of their
    /// name, when the listed people of that first name agree on one.
    pub(crate) fn gender_of_name(&self, name: &str) -> Option<Gender> {
        let first = name.split_whitespace().next()?;
        if first == name.trim() {
            return None;
        }
        self.given_names.get(first).copied().flatten()
    }

    /// The country a place or body lies in (itself for a country), by the
    /// `in=` chain.
    pub(crate) fn country_of(&self, mut id: EntityId) -> Option<EntityId> {
        for _ in 0..5 {
            let e = self.gazetteer.entity(id);
            if e.kind == EntityKind::Place && e.label.as_deref() == Some("country") {
                return Some(id);
            }
            id = *self.within.get(&id)?;
        }
        None
    }

    /// The index behind [`Knowledge::national`].
    fn national_bodies(&self) -> HashMap<(String, EntityId), EntityId> {
        let mut out: HashMap<(String, EntityId), EntityId> = HashMap::default();
        // Per country, once: its demonyms as prefixes and "of NAME" as
        // suffixes, normalized.
        let mut affixes: HashMap<EntityId, (Vec<String>, Vec<String>)> = HashMap::default();
        for (i, e) in self.gazetteer.entities().iter().enumerate() {
            if e.kind != EntityKind::Institution {
                continue;
            }
            let id = EntityId(i as u32);
            let Some(country) = self.within.get(&id).and_then(|&w| self.country_of(w)) else {
                continue;
            };
            let (demonyms, suffixes) = affixes.entry(country).or_insert_with(|| {
                let c = self.gazetteer.entity(country);
                let prefixes =
                    c.demonyms.iter().map(|d| format!("{} ", normalize_name(d))).collect();
                let suffixes = c
                    .names()
                    .flat_map(|n| {
                        let n = normalize_name(n);
                        [format!(" of {n}"), format!(" of the {n}")]
                    })
                    .collect();
                (prefixes, suffixes)
            });
            for name in e.names() {
                let n = normalize_name(name);
                let generic = demonyms
                    .iter()
                    .find_map(|d| n.strip_prefix(d.as_str()))
                    .or_else(|| suffixes.iter().find_map(|s| n.strip_suffix(s.as_str())));
                if let Some(g) = generic.filter(|g| !g.is_empty()) {
                    out.entry((g.to_string(), country)).or_insert(id);
                }
            }
        }
        out
    }

    /// Whether a role `of` fits the qualifier the story used: the same
    /// entity, or one that lies in the other ("Kremlin" for Russia).
    pub(crate) fn of_fits(&self, of: Option<EntityId>, qualifier: Option<EntityId>) -> bool {
        match (of, qualifier) {
            (_, None) => true,
            (None, Some(_)) => false,
            (Some(o), Some(q)) => {
                o == q || self.within.get(&q) == Some(&o) || self.within.get(&o) == Some(&q)
            }
        }
    }
}

/// The first names of the gazetteer's people whose gender it gives, with
/// that gender, none for a first name that people of both genders bear.
/// The common given names the crate embeds ([`crate::names`]) fill in the
/// names the gazetteer says nothing of.
fn given_names(gazetteer: &Gazetteer) -> HashMap<String, Option<Gender>> {
    let mut seen: HashMap<String, Option<Gender>> = HashMap::default();
    for e in gazetteer.entities() {
        let (EntityKind::Person, Some(g)) = (e.kind, e.gender) else { continue };
        let mut words = e.name.split_whitespace();
        let (Some(first), Some(_)) = (words.next(), words.next()) else { continue };
        // Initials ("V. Putin") name no gender; an English function word
        // ("To" of "To Lam") opens no name elsewhere.
        if first.chars().count() < 2
            || first.ends_with('.')
            || crate::matcher::is_function_word(first)
        {
            continue;
        }
        seen.entry(first.to_string())
            .and_modify(|known| {
                if *known != Some(g) {
                    *known = None;
                }
            })
            .or_insert(Some(g));
    }
    for (name, g) in crate::names::embedded() {
        seen.entry(name.to_string()).or_insert(g);
    }
    seen
}

/// The one-word names of listed clubs without their affixes: "Chelsea" of
/// "Chelsea FC", "Celtic" of "Celtic FC", "Porto" of "FC Porto",
/// "Leverkusen" of "Bayer Leverkusen", "Betis" of "Real Betis" (a word two
/// clubs share names neither: not "Madrid").
fn club_words(gazetteer: &Gazetteer) -> HashMap<String, EntityId> {
    const AFFIXES: &[&str] = &[
        "FC",
        "F.C.",
        "CF",
        "AFC",
        "SC",
        "AC",
        "AS",
        "CP",
        "SS",
        "ACF",
        "RSC",
        "OSC",
        "VfB",
        "VfL",
        "TSG",
        "RB",
        "PSV",
        "Bayer",
        "Borussia",
        "Eintracht",
        "Werder",
        "Real",
        "Club",
        "Olympique",
    ];
    let mut words: HashMap<String, Option<EntityId>> = HashMap::default();
    for (i, e) in gazetteer.entities().iter().enumerate() {
        if e.label.as_deref() != Some("club") {
            continue;
        }
        for name in e.names() {
            let parts: Vec<&str> = name.split(' ').collect();
            let word = match parts.as_slice() {
                [w, affix] | [affix, w] if AFFIXES.contains(affix) => *w,
                _ => continue,
            };
            let id = EntityId(i as u32);
            words
                .entry(word.to_string())
                .and_modify(|x| {
                    if *x != Some(id) {
                        *x = None;
                    }
                })
                .or_insert(Some(id));
        }
    }
    words.into_iter().filter_map(|(w, id)| Some((w, id?))).collect()
}
