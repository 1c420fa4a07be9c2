/*!
pressroom reads press releases and news-agency wire stories and says, with
exact spans, who and what is named (people, institutions, programs, places),
who said which quote, and where and when the story was filed.

# Overview

* [`extract`] runs the embedded default gazetteer over a text and returns an
  [`Extraction`]: [`Mention`]s of entities, [`Quote`]s with their
  [`Speaker`]s, and the story's [`Dateline`].
* [`Extractor`] (built by [`ExtractorBuilder`]) does the same with your own
  [`Gazetteer`]s, in addition to or instead of the default.
* [`Gazetteer`] holds [`Entity`]s: an id, a kind, names, and [`Role`]s in
  time; it loads from TSV with line-numbered [`Error`]s.
* [`tokenize`] and [`sentences`] expose the tokenizer and the sentence
  splitter the pipeline runs on.

# Example: a wire story

```
let text = "date 2021-11-26\n\
    MOSCOW, November 26. /TASS/. Russian President Vladimir Putin met students. \
    \"We will build it,\" the head of state said.";
let doc = pressroom::extract(text);

let d = doc.dateline().unwrap();
assert_eq!((d.place_name.as_str(), d.agency), ("Moscow", Some("TASS")));
assert_eq!(doc.date().unwrap().to_string(), "2021-11-26");

let putin = doc.entities().iter().find(|e| e.name == "Vladimir Putin").unwrap();
let names: Vec<&str> = doc.mentions_of(putin).map(|m| m.as_str()).collect();
assert_eq!(names, ["Vladimir Putin", "the head of state"]);

let q = &doc.quotes()[0];
assert_eq!(q.content_str(), "We will build it,");
assert_eq!(doc.speaker_entity(q).unwrap().name, "Vladimir Putin");
```

# Example: your own gazetteer

```
use pressroom::{Extractor, Gazetteer, EntityKind};
let tsv = "name\tkind\tid\n\
           Joint Institute for Nuclear Research\tinstitution\tjinr\n\
           JINR\tinstitution\tjinr\n";
let ex = Extractor::builder().gazetteer(Gazetteer::from_tsv_str(tsv)?).build()?;
let doc = ex.extract("JINR in Dubna builds NICA.");
let kinds: Vec<(&str, EntityKind)> = doc.mentions().iter().map(|m| (m.as_str(), m.kind)).collect();
assert_eq!(
    kinds,
    [("JINR", EntityKind::Institution), ("Dubna", EntityKind::Place), ("NICA", EntityKind::Program)]
);
# Ok::<(), pressroom::Error>(())
```

# Offsets

Every [`Span`] is a half-open range of **byte** offsets into the `&str` given
to [`extract`], and both ends always fall on `char` boundaries, so
`&text[span]` never panics. For consumers that count in Unicode scalar values
(Python, JavaScript's code points), [`Span::char_range`] converts one span
and [`CharOffsets`] converts many.

# Gazetteer files

UTF-8 TSV, one name a line: `name<TAB>kind<TAB>id`, then an optional type
label, then optional `key=value` columns: `role=President of Russia
2012-05-07..` (a [`Role`]: `TITLE [of WHOM] [FROM..[TO]]`, or `TITLE @ WHOM
...` when the title holds an "of"), `demonym=Russian`, `in=russia` (the
place or body an entity lies in), `wikidata=Q159`, `gender=m|f`,
`alias=...`, `short=...` (a short form that counts only in a story that
gave the full name: `short=Wang` for Wang Yi). Lines starting with `#` and blank lines are skipped; a first
line `name<TAB>kind<TAB>id...` is a header. Rows that share an id are one
entity; the first row's name is canonical.

# Names of several entities

A name may stand for several entities ("Georgia" the country and the US
state; "Washington" is only the city here, the state is "Washington State").
The caller's gazetteers beat the embedded default; then the story decides, by
the places it names without doubt and its dateline (a story datelined
TBILISI takes the country, one datelined ATLANTA the state); when nothing
decides, the list's first entity is taken and [`DocEntity::alternatives`]
names the others. Places that are also first names ("Chad", "Jordan") are not
places when a capitalised word follows ("Chad Smith").

# Exports

[`Extraction::to_brat`] (BRAT standoff), [`Extraction::to_conll`] (IOB tags)
and [`Extraction::to_html`] (a self-contained page) need no feature.

# Crate features

* `serde` (on by default): `Serialize` for [`Extraction`] and its parts, with
  the JSON shape of the `extract` example (`Extraction::json` chooses byte,
  char or UTF-16 offsets); `Serialize`/`Deserialize` for [`Span`], [`Date`],
  [`EntityKind`], [`Entity`], [`Role`] and the other plain data types. The
  schema:

```text
{
  "published": "2021-11-26" | null,
  "dateline": {"start", "end", "place", "date", "agency"} | null,
  "mentions": [{"start", "end", "text", "kind", "entity", "name", "source",
                "title"?, "title_start"?, "title_end"?}],
  "quotes": [{"kind", "start", "end", "content_start", "content_end",
              "cue": {"start", "end", "text"} | null,
              "speaker": {"entity", "name", "start", "end", "text"} | null,
              "rule"}],
  "entities": [{"id", "name", "kind", "label", "wikidata", "mentions",
                "alternatives"}]
}
```
*/

#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod ambiguity;
mod date;
mod dateline;
mod doc;
mod error;
mod export;
mod extractor;
mod gazetteer;
mod hash;
#[cfg(feature = "serde")]
mod json;
mod kb;
mod lexicon;
mod matcher;
mod names;
mod normalize;
mod patterns;
mod quote;
mod resolve;
mod span;
mod token;
mod wordtable;

pub use crate::date::{Date, DateError};
pub use crate::dateline::Dateline;
pub use crate::doc::Source;
pub use crate::error::Error;
pub use crate::extractor::{
    DocEntity, Extraction, Extractor, ExtractorBuilder, Mention, Quote, Speaker,
};
pub use crate::gazetteer::{Entity, EntityId, EntityKind, Gazetteer, Gender, Role, RoleError};
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub use crate::json::{JsonView, OffsetUnit};
pub use crate::quote::{QuoteKind, QuoteRule};
pub use crate::span::{CharOffsets, Span};
pub use crate::token::{
    QuoteSide, Sentence, Sentences, Token, TokenKind, Tokens, sentences, tokenize,
};

use once_cell::sync::Lazy;

static DEFAULT: Lazy<Extractor> = Lazy::new(|| {
    // The embedded gazetteer is ours; the unit test
    // `default_extractor_builds` backs this expect.
    Extractor::builder().build().expect("the embedded default gazetteer compiles")
});

pub(crate) fn default_extractor() -> &'static Extractor {
    &DEFAULT
}

/// Extracts entities, quotes and the dateline from `text` with the embedded
/// default gazetteer, compiled once on first use.
///
/// Never panics and never fails, whatever the text.
///
/// # Example
/// ```
/// let doc = pressroom::extract("Putin met Xi Jinping in Beijing.");
/// let found: Vec<&str> = doc.mentions().iter().map(|m| m.as_str()).collect();
/// assert_eq!(found, ["Putin", "Xi Jinping", "Beijing"]);
/// ```
pub fn extract(text: &str) -> Extraction<'_> {
    DEFAULT.extract(text)
}

/// Like [`extract`], with the feed's publication date.
pub fn extract_with_date(text: &str, published: Option<Date>) -> Extraction<'_> {
    DEFAULT.extract_with_date(text, published)
}

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

#[cfg(test)]
mod tests {
    #[test]
    fn default_extractor_builds() {
        let ex = super::Extractor::builder().build().unwrap();
        assert!(ex.gazetteer().len() > 500);
    }
}
