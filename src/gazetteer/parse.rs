//! The TSV gazetteer format, read line by line with line-numbered errors.
//!
//! ```text
//! # comment
//! name<TAB>kind<TAB>id[<TAB>label[<TAB>key=value ...]]
//! ```
//! A first line that starts with `name<TAB>kind<TAB>id` is a header. Extra
//! columns are `key=value`: `role=President of Russia 2012-05-07..`,
//! `demonym=Russian`, `wikidata=Q159`, `in=russia`, `gender=m` (or `f`),
//! `alias=...`, `short=Wang` (a short form used only once the story gave the
//! full name).

use std::io::BufRead;

use super::{Entity, EntityKind, Gazetteer, Gender, name_problem};
use crate::error::Error;

fn line_error(line: usize, message: impl Into<String>) -> Error {
    Error::Gazetteer { file: None, line, message: message.into() }
}

pub(super) fn parse_tsv<R: BufRead>(mut reader: R) -> Result<Gazetteer, Error> {
    let mut g = Gazetteer::new();
    let mut buf = Vec::new();
    let mut line_no = 0;
    let mut seen_content = false;
    loop {
        buf.clear();
        line_no += 1;
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| line_error(line_no, format!("read error: {e}")))?;
        if n == 0 {
            break;
        }
        let line = std::str::from_utf8(&buf).map_err(|e| {
            line_error(line_no, format!("invalid UTF-8 at byte {}", e.valid_up_to()))
        })?;
        let line = line.trim_end_matches(['\n', '\r']);
        let line = if line_no == 1 { line.trim_start_matches('\u{feff}') } else { line };
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !seen_content {
            seen_content = true;
            if line.starts_with("name\tkind\tid") {
                continue;
            }
        }
        let entity = parse_row(line).map_err(|m| line_error(line_no, m))?;
        let id = entity.id.clone();
        g.add(entity).map_err(|e| match e {
            Error::Entity { message, .. } => line_error(line_no, format!("{id:?}: {message}")),
            other => other,
        })?;
    }
    Ok(g)
}

fn parse_row(line: &str) -> Result<Entity, String> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() < 3 {
        return Err(format!(
            "expected at least 3 tab-separated columns (name, kind, id), found {}",
            cols.len()
        ));
    }
    let name = cols[0].trim();
    if let Some(m) = name_problem(name) {
        return Err(m);
    }
    let kind = EntityKind::parse(cols[1]).ok_or_else(|| {
        format!(
            "unknown kind {:?} (expected person, institution, program, place or other)",
            cols[1]
        )
    })?;
    let id = cols[2].trim();
    if id.is_empty() {
        return Err("empty id".into());
    }
    let mut e = Entity::new(id, kind, name);
    if let Some(label) = cols.get(3).map(|l| l.trim()).filter(|l| !l.is_empty()) {
        e.label = Some(label.to_string());
    }
    for col in cols.iter().skip(4).map(|c| c.trim()).filter(|c| !c.is_empty()) {
        let (key, value) =
            col.split_once('=').ok_or_else(|| format!("extra column {col:?} is not key=value"))?;
        let value = value.trim();
        if value.is_empty() {
            return Err(format!("extra column {col:?} has an empty value"));
        }
        match key.trim() {
            "role" => e.roles.push(value.parse().map_err(|err| format!("{err}"))?),
            "demonym" => e.demonyms.push(value.to_string()),
            "wikidata" => {
                let ok = value.starts_with('Q')
                    && value.len() > 1
                    && value[1..].bytes().all(|b| b.is_ascii_digit());
                if !ok {
                    return Err(format!("wikidata id {value:?} is not of the form Q123"));
                }
                e.wikidata = Some(value.to_string());
            }
            "in" => e.within = Some(value.to_string()),
            "gender" => {
                e.gender = Some(match value {
                    "m" | "male" => Gender::Male,
                    "f" | "female" => Gender::Female,
                    _ => return Err(format!("gender {value:?} is not m or f")),
                })
            }
            "alias" => e.aliases.push(value.to_string()),
            "short" => e.short.push(value.to_string()),
            other => return Err(format!("unknown extra column key {other:?}")),
        }
    }
    Ok(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_merge_and_extras_parse() {
        let tsv = "name\tkind\tid\ttype\n# a comment\n\n\
            Vladimir Putin\tperson\tputin\thead_of_state\trole=President of Russia 2012-05-07..\tgender=m\n\
            Putin\tperson\tputin\n";
        let g = parse_tsv(tsv.as_bytes()).unwrap();
        let e = g.get("putin").unwrap();
        assert_eq!(e.name, "Vladimir Putin");
        assert_eq!(e.aliases, ["Putin"]);
        assert_eq!(e.label.as_deref(), Some("head_of_state"));
        assert_eq!(e.roles.len(), 1);
        assert_eq!(e.gender, Some(Gender::Male));
    }

    #[test]
    fn bad_lines_name_their_line() {
        let cases: &[(&[u8], usize, &str)] = &[
            (b"a\tplace\n", 1, "columns"),
            (b"# c\nname\tkind\tid\nA\tplanet\ta\n", 3, "unknown kind"),
            (b"A\tplace\ta\n \tplace\tb\n", 2, "empty name"),
            (b"A\tplace\ta\nB\xff\tplace\tb\n", 2, "UTF-8"),
            (b"A\tplace\ta\nA\tperson\ta\n", 2, "place"),
            (b"A\tplace\ta\t\tcolour=red\n", 1, "unknown extra"),
            (b"A\tperson\ta\t\trole=of X\n", 1, "invalid role"),
            (b"...\tplace\ta\n", 1, "no letter"),
            (b"A\tplace\t \n", 1, "empty id"),
        ];
        for (input, line, needle) in cases {
            let err = parse_tsv(*input).unwrap_err();
            assert_eq!(err.line(), Some(*line), "{err}");
            assert!(err.to_string().contains(needle), "{err} lacks {needle:?}");
        }
    }
}
