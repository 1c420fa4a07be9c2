//! Entities, their names and roles, and the lists that hold them.

mod default;
mod parse;

use crate::hash::FastMap;
use std::fmt;
use std::io::BufRead;
use std::path::Path;

use crate::date::Date;
use crate::error::Error;

pub(crate) use default::default_gazetteer;

/// The coarse kind of an entity.
///
/// # Example
/// ```
/// use pressroom::EntityKind;
/// assert_eq!(EntityKind::parse("organisation"), Some(EntityKind::Institution));
/// assert_eq!(EntityKind::Place.as_str(), "place");
/// ```
#[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation: a university, ministry, agency, company, the
    /// Kremlin.
    Institution,
    /// A named program, project, facility or series of events.
    Program,
    /// A country, region or city.
    Place,
    /// Anything else a list names.
    Other,
}

impl EntityKind {
    /// The lowercase name used in gazetteer files and JSON (`person`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Institution => "institution",
            EntityKind::Program => "program",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        }
    }

    /// Parses the lowercase name (`person`, `institution`, `program`,
    /// `place`, `other`; `organisation`/`organization`/`org` and
    /// `location` are accepted too).
    pub fn parse(s: &str) -> Option<EntityKind> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "person" | "per" => EntityKind::Person,
            "institution" | "organisation" | "organization" | "org" => EntityKind::Institution,
            "program" | "programme" | "project" => EntityKind::Program,
            "place" | "location" | "loc" | "gpe" => EntityKind::Place,
            "other" | "misc" => EntityKind::Other,
            _ => return None,
        })
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The index of an entity in its [`Gazetteer`].
#[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct EntityId(pub(crate) u32);

impl EntityId {
    /// The index as a `usize`.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// An office held for a time: "President of Russia from 2012-05-07".
///
/// # Example
/// ```
/// use pressroom::Role;
/// let role: Role = "President of Russia 2012-05-07..".parse()?;
/// assert_eq!(role.title, "President");
/// assert_eq!(role.of.as_deref(), Some("Russia"));
/// assert!(role.holds_on("2021-11-26".parse()?));
/// assert!(!role.holds_on("2009-06-01".parse()?));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Eq, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Role {
    /// The office, as a title: "President", "Foreign Minister".
    pub title: String,
    /// The country or organisation, by name or id: "Russia", "united-nations".
    pub of: Option<String>,
    /// The first day in office, when known.
    pub from: Option<Date>,
    /// The last day in office; `None` while the office is held.
    pub to: Option<Date>,
}

impl Role {
    /// Whether the role was held on `date` (an open end holds).
    pub fn holds_on(&self, date: Date) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }

    /// Whether the role is held now, that is, has no end date.
    pub fn is_current(&self) -> bool {
        self.to.is_none()
    }
}

/// The error of parsing a [`Role`].
#[derive(Clone, Debug, Eq, PartialEq, thiserror::Error)]
#[error("invalid role {0:?}: expected \"TITLE [of WHOM] [FROM..[TO]]\" or \"TITLE @ WHOM ...\"")]
pub struct RoleError(pub String);

impl std::str::FromStr for Role {
    type Err = RoleError;

    /// `TITLE [of WHOM] [FROM..[TO]]`, dates as `YYYY-MM-DD`: "President of
    /// Russia 2012-05-07..", "Prime Minister of Russia 2008-05-08..2012-05-07".
    fn from_str(s: &str) -> Result<Role, RoleError> {
        let err = || RoleError(s.to_string());
        let mut rest = s.trim();
        let (mut from, mut to) = (None, None);
        if let Some((head, last)) = rest.rsplit_once(' ').filter(|(_, l)| l.contains("..")) {
            let (f, t) = last.split_once("..").ok_or_else(err)?;
            from = if f.is_empty() { None } else { Some(f.parse().map_err(|_| err())?) };
            to = if t.is_empty() { None } else { Some(t.parse().map_err(|_| err())?) };
            rest = head.trim();
        }
        // "TITLE @ WHOM" when the title itself holds an "of" ("Secretary of
        // State @ United States"); otherwise the first " of " splits.
        let split = rest.split_once(" @ ").or_else(|| rest.split_once(" of "));
        let (title, of) = match split {
            Some((t, o)) => (t.trim(), Some(o.trim().to_string())),
            None => (rest, None),
        };
        if title.is_empty() || title.starts_with("of ") || of.as_deref() == Some("") {
            return Err(err());
        }
        Ok(Role { title: title.to_string(), of, from, to })
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.title)?;
        if let Some(of) = &self.of {
            let sep = if self.title.contains(" of ") { "@" } else { "of" };
            write!(f, " {sep} {of}")?;
        }
        if self.from.is_some() || self.to.is_some() {
            f.write_str(" ")?;
            if let Some(d) = self.from {
                write!(f, "{d}")?;
            }
            f.write_str("..")?;
            if let Some(d) = self.to {
                write!(f, "{d}")?;
            }
        }
        Ok(())
    }
}

/// Grammatical gender of a person, when a list gives it; used to resolve
/// "he" and "she".
#[derive(Clone, Copy, Debug, Eq, Hash, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Gender {
    /// He.
    Male,
    /// She.
    Female,
}

/// One entity of a gazetteer: a stable id, a kind, a canonical name, other
/// names, and what else the list knows.
///
/// # Example
/// ```
/// use pressroom::{Entity, EntityKind};
/// let e = Entity::new("jinr", EntityKind::Institution, "Joint Institute for Nuclear Research")
///     .with_alias("JINR")
///     .with_label("research_institute");
/// assert_eq!(e.names().collect::<Vec<_>>(), ["Joint Institute for Nuclear Research", "JINR"]);
/// ```
#[derive(Clone, Debug, Eq, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Entity {
    /// The stable id: a slug, or the id of the list it came from.
    pub id: String,
    /// The coarse kind.
    pub kind: EntityKind,
    /// The canonical name.
    pub name: String,
    /// Other names: short forms, acronyms, other spellings.
    pub aliases: Vec<String>,
    /// A free, finer type label ("head_of_state", "university").
    pub label: Option<String>,
    /// Offices held, with dates.
    pub roles: Vec<Role>,
    /// The Wikidata QID ("Q7747"), when known for certain.
    pub wikidata: Option<String>,
    /// For places: the adjectives that qualify roles ("Russian").
    pub demonyms: Vec<String>,
    /// For places: the id or name of the country or region it lies in.
    pub within: Option<String>,
    /// For people: gender, when known.
    pub gender: Option<Gender>,
    /// Short forms that stand for the entity only in a story that names it
    /// in full ("Wang" for Wang Yi); a person's last name is one already.
    pub short: Vec<String>,
}

impl Entity {
    /// An entity with an id, a kind and a canonical name.
    pub fn new(id: impl Into<String>, kind: EntityKind, name: impl Into<String>) -> Entity {
        Entity {
            id: id.into(),
            kind,
            name: name.into(),
            aliases: Vec::new(),
            label: None,
            roles: Vec::new(),
            wikidata: None,
            demonyms: Vec::new(),
            within: None,
            gender: None,
            short: Vec::new(),
        }
    }

    /// Adds another name.
    pub fn with_alias(mut self, alias: impl Into<String>) -> Entity {
        self.aliases.push(alias.into());
        self
    }

    /// Sets the type label.
    pub fn with_label(mut self, label: impl Into<String>) -> Entity {
        self.label = Some(label.into());
        self
    }

    /// Adds a role.
    pub fn with_role(mut self, role: Role) -> Entity {
        self.roles.push(role);
        self
    }

    /// Adds a demonym ("Russian" for Russia).
    pub fn with_demonym(mut self, demonym: impl Into<String>) -> Entity {
        self.demonyms.push(demonym.into());
        self
    }

    /// The canonical name, then the aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    /// The roles held on `date`.
    pub fn roles_on(&self, date: Date) -> impl Iterator<Item = &Role> {
        self.roles.iter().filter(move |r| r.holds_on(date))
    }

    fn merge(&mut self, other: Entity) -> Result<(), String> {
        if other.kind != self.kind {
            return Err(format!(
                "entity {:?} is of kind {} here but of kind {} before",
                self.id, other.kind, self.kind
            ));
        }
        for n in other.names() {
            if !self.names().any(|m| m == n) {
                self.aliases.push(n.to_string());
            }
        }
        self.label = self.label.take().or(other.label);
        self.wikidata = self.wikidata.take().or(other.wikidata);
        self.within = self.within.take().or(other.within);
        self.gender = self.gender.or(other.gender);
        for r in other.roles {
            if !self.roles.contains(&r) {
                self.roles.push(r);
            }
        }
        for d in other.short {
            if !self.short.contains(&d) {
                self.short.push(d);
            }
        }
        for d in other.demonyms {
            if !self.demonyms.contains(&d) {
                self.demonyms.push(d);
            }
        }
        Ok(())
    }
}

/// A list of entities, to compile into an [`Extractor`](crate::Extractor).
///
/// Entities that share an id are one entity: their names are merged, the
/// first name is the canonical one, and a later row of another kind is an
/// error.
///
/// # Example
/// ```
/// use pressroom::{EntityKind, Gazetteer};
/// let tsv = "name\tkind\tid\n\
///            Joint Institute for Nuclear Research\tinstitution\tjinr\n\
///            JINR\tinstitution\tjinr\n";
/// let g = Gazetteer::from_tsv_str(tsv)?;
/// assert_eq!(g.len(), 1);
/// let e = g.get("jinr").unwrap();
/// assert_eq!(e.kind, EntityKind::Institution);
/// assert_eq!(e.aliases, ["JINR"]);
///
/// let bad = Gazetteer::from_tsv_str("JINR\tinstitute\tjinr\n").unwrap_err();
/// assert_eq!(bad.line(), Some(1));
/// # Ok::<(), pressroom::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    by_id: FastMap<String, EntityId>,
}

impl Gazetteer {
    /// An empty gazetteer.
    pub fn new() -> Gazetteer {
        Gazetteer::default()
    }

    /// The embedded default: the people, institutions, programs and places
    /// written into this crate. [`crate::extract`] uses it.
    pub fn embedded() -> Gazetteer {
        default_gazetteer().clone()
    }

    /// Adds an entity, or merges it into the entity with the same id.
    ///
    /// # Errors
    /// [`Error::Entity`] when the entity has an empty id or name, or a name
    /// with no letter or digit, or when its id is already taken by an
    /// entity of another kind.
    pub fn add(&mut self, entity: Entity) -> Result<EntityId, Error> {
        let bad = |message: String| Error::Entity { id: entity.id.clone(), message };
        if entity.id.trim().is_empty() {
            return Err(bad("empty id".into()));
        }
        for n in entity.names() {
            if let Some(m) = name_problem(n) {
                return Err(bad(m));
            }
        }
        if let Some(&id) = self.by_id.get(&entity.id) {
            let id_str = entity.id.clone();
            self.entities[id.index()]
                .merge(entity)
                .map_err(|message| Error::Entity { id: id_str, message })?;
            return Ok(id);
        }
        let id = EntityId(self.entities.len() as u32);
        self.by_id.insert(entity.id.clone(), id);
        self.entities.push(entity);
        Ok(id)
    }

    /// Makes room for `more` entities.
    pub(crate) fn reserve(&mut self, more: usize) {
        self.entities.reserve(more);
        self.by_id.reserve(more);
    }

    /// Adds every entity of `other`, merging those whose ids are taken.
    ///
    /// # Errors
    /// As [`Gazetteer::add`].
    pub fn extend(&mut self, other: Gazetteer) -> Result<(), Error> {
        for e in other.entities {
            self.add(e)?;
        }
        Ok(())
    }

    /// Reads a gazetteer in the TSV format (see the crate docs).
    ///
    /// # Errors
    /// [`Error::Gazetteer`] with the 1-based line of the first bad line:
    /// too few columns, an unknown kind, an empty name, invalid UTF-8, a
    /// bad extra column, or a kind that contradicts an earlier row of the
    /// same id. [`Error::Io`] is never returned here (there is no path);
    /// read errors become [`Error::Gazetteer`] at the line they hit.
    pub fn from_tsv_reader<R: BufRead>(reader: R) -> Result<Gazetteer, Error> {
        parse::parse_tsv(reader)
    }

    /// Reads a gazetteer from TSV text.
    ///
    /// # Errors
    /// As [`Gazetteer::from_tsv_reader`].
    pub fn from_tsv_str(tsv: &str) -> Result<Gazetteer, Error> {
        parse::parse_tsv(tsv.as_bytes())
    }

    /// Reads a gazetteer from a TSV file.
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be opened; [`Error::Gazetteer`],
    /// naming the file and the line, when a line is bad.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Gazetteer, Error> {
        let path = path.as_ref();
        let file = std::fs::File::open(path)
            .map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
        parse::parse_tsv(std::io::BufReader::new(file)).map_err(|e| e.with_file(path))
    }

    /// The number of entities.
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    /// Whether there are no entities.
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    /// The entity with this id string.
    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&i| &self.entities[i.index()])
    }

    /// The id of the entity with this id string.
    pub fn id_of(&self, id: &str) -> Option<EntityId> {
        self.by_id.get(id).copied()
    }

    /// The entity at an index.
    ///
    /// # Panics
    /// When `id` does not come from this gazetteer.
    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id.index()]
    }

    /// Every entity, in the order they were added.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The number of names (canonical names and aliases) of all entities.
    pub fn name_count(&self) -> usize {
        self.entities.iter().map(|e| 1 + e.aliases.len()).sum()
    }
}

/// What is wrong with a name, if anything.
pub(crate) fn name_problem(name: &str) -> Option<String> {
    if name.trim().is_empty() {
        return Some("empty name".into());
    }
    if !name.chars().any(char::is_alphanumeric) {
        return Some(format!("name {name:?} has no letter or digit"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_parse_and_print() {
        for s in [
            "President of Russia 2012-05-07..",
            "Prime Minister of Russia 2008-05-08..2012-05-07",
            "Spokesperson",
            "Chancellor of Germany ..2021-12-08",
            "Secretary of State @ United States 2021-01-26..2025-01-20",
        ] {
            let r: Role = s.parse().unwrap();
            assert_eq!(r.to_string(), s);
        }
        assert!("of Russia".parse::<Role>().is_err());
        assert!("President 2012-13-01..".parse::<Role>().is_err());
    }

    #[test]
    fn same_id_merges_and_kind_conflict_fails() {
        let mut g = Gazetteer::new();
        g.add(Entity::new("x", EntityKind::Place, "Xland")).unwrap();
        g.add(Entity::new("x", EntityKind::Place, "Republic of X")).unwrap();
        assert_eq!(g.len(), 1);
        assert_eq!(g.get("x").unwrap().aliases, ["Republic of X"]);
        let err = g.add(Entity::new("x", EntityKind::Person, "X")).unwrap_err();
        assert!(err.to_string().contains("place"), "{err}");
        assert!(g.add(Entity::new("y", EntityKind::Place, "--")).is_err());
    }
}
