//! The embedded default gazetteer: lists written for this crate, one file
//! per kind under `src/gazetteer/data/`, parsed once on first use.

use once_cell::sync::Lazy;

use super::Gazetteer;

/// The embedded lists, in the order they are merged. Places come first so
/// that roles and `in=` columns of later files can name them.
pub(crate) const SOURCES: &[(&str, &str)] = &[
    ("places.tsv", include_str!("data/places.tsv")),
    ("people.tsv", include_str!("data/people.tsv")),
    ("institutions.tsv", include_str!("data/institutions.tsv")),
    ("programs.tsv", include_str!("data/programs.tsv")),
];

static DEFAULT: Lazy<Gazetteer> = Lazy::new(|| {
    let mut g = Gazetteer::new();
    for (file, tsv) in SOURCES {
        // The lists are ours and a unit test parses each of them, so a
        // failure here is a bug in this crate, not in the caller's input.
        let part = Gazetteer::from_tsv_str(tsv)
            .unwrap_or_else(|e| panic!("embedded gazetteer {file}: {e}"));
        g.extend(part).unwrap_or_else(|e| panic!("embedded gazetteer {file}: {e}"));
    }
    g
});

pub(crate) fn default_gazetteer() -> &'static Gazetteer {
    &DEFAULT
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::EntityKind;

    #[test]
    fn every_embedded_list_parses_and_merges() {
        let mut g = Gazetteer::new();
        for (file, tsv) in SOURCES {
            let part = Gazetteer::from_tsv_str(tsv).unwrap_or_else(|e| panic!("{file}: {e}"));
            assert!(!part.is_empty(), "{file} is empty");
            g.extend(part).unwrap_or_else(|e| panic!("{file}: {e}"));
        }
        assert_eq!(g.len(), default_gazetteer().len());
    }

    #[test]
    fn floor_counts_per_kind() {
        let g = default_gazetteer();
        let count = |k| g.entities().iter().filter(|e| e.kind == k).count();
        assert!(count(EntityKind::Place) >= 250, "places {}", count(EntityKind::Place));
        assert!(count(EntityKind::Person) >= 180, "people {}", count(EntityKind::Person));
        assert!(
            count(EntityKind::Institution) >= 200,
            "institutions {}",
            count(EntityKind::Institution)
        );
        assert!(count(EntityKind::Program) >= 40, "programs {}", count(EntityKind::Program));
    }

    #[test]
    fn roles_name_known_entities_or_plain_titles() {
        // Every `of` of a role that names a country must be a place we hold,
        // so that "the Russian president" can find the office.
        let g = default_gazetteer();
        let putin = g.get("vladimir-putin").unwrap();
        assert!(putin.roles.iter().any(|r| r.of.as_deref() == Some("Russia")));
        assert!(g.get("russia").unwrap().demonyms.contains(&"Russian".to_string()));
    }
}
