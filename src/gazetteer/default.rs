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
        let kind = |k| g.entities().iter().filter(|e| e.kind == k).count();
        let labelled = |labels: &[&str]| {
            g.entities()
                .iter()
                .filter(|e| e.label.as_deref().is_some_and(|l| labels.contains(&l)))
                .count()
        };
        let names: usize = g.entities().iter().map(|e| e.names().count()).sum();
        let floors = [
            ("entities", g.len(), 2_000),
            ("names", names, 5_000),
            ("places", kind(EntityKind::Place), 400),
            ("people", kind(EntityKind::Person), 600),
            ("programs", kind(EntityKind::Program), 150),
            ("universities and academies", labelled(&["university", "academy"]), 300),
            ("international organisations", labelled(&["intl_org"]), 200),
            ("news agencies and wires", labelled(&["news_agency", "newswire"]), 60),
            ("countries", labelled(&["country"]), 195),
            ("ministries", labelled(&["ministry"]), 100),
            ("parliaments", labelled(&["parliament"]), 40),
            ("central banks", labelled(&["central_bank"]), 30),
        ];
        for (what, count, floor) in floors {
            assert!(count >= floor, "{what}: {count} < {floor}");
        }
    }

    #[test]
    fn member_and_observer_states_of_every_region_are_countries() {
        // A sample across continents and sizes, by id.
        let g = default_gazetteer();
        for id in [
            "tuvalu",
            "eswatini",
            "cabo-verde",
            "timor-leste",
            "saint-lucia",
            "andorra",
            "south-sudan",
            "palestine",
            "vatican",
            "cote-d-ivoire",
        ] {
            let e = g.get(id).unwrap_or_else(|| panic!("{id} missing"));
            assert_eq!(e.label.as_deref(), Some("country"), "{id}");
        }
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
