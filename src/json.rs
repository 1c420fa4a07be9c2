//! The JSON shape of an [`Extraction`] (the `serde` feature): one code path
//! for the library and the `extract` example.
//!
//! ```text
//! {
//!   "published": "2021-11-26" | null,
//!   "dateline": {"start", "end", "place", "date", "agency"} | null,
//!   "mentions": [{"start", "end", "text", "kind", "entity", "name", "source",
//!                 "title"?, "title_start"?, "title_end"?}],
//!   "quotes": [{"kind", "start", "end", "content_start", "content_end",
//!               "cue": {"start", "end", "text"} | null,
//!               "speaker": {"entity", "name", "start", "end", "text",
//!                           "with": {"entity", "name"} | null} | null,
//!               "rule"}],
//!   "entities": [{"id", "name", "kind", "label", "wikidata", "mentions",
//!                 "alternatives"}]
//! }
//! ```
//! Offsets are bytes unless the view asks for chars or UTF-16 units;
//! `entities[].mentions` are indexes into `mentions`.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::extractor::{Extraction, Mention, Quote};
use crate::span::{CharOffsets, Span};

/// The unit of the offsets in serialized output.
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub enum OffsetUnit {
    /// UTF-8 bytes, as Rust indexes strings.
    #[default]
    Bytes,
    /// Unicode scalar values, as Python indexes strings.
    Chars,
    /// UTF-16 code units, as JavaScript indexes strings.
    Utf16,
}

/// A serializable view of an [`Extraction`] with offsets in a chosen unit;
/// see [`Extraction::json`].
pub struct JsonView<'a, 't> {
    doc: &'a Extraction<'t>,
    unit: OffsetUnit,
    offsets: Option<CharOffsets>,
}

impl<'t> Extraction<'t> {
    /// A view that serializes to the JSON of the `extract` example, with
    /// offsets in `unit`.
    ///
    /// # Example
    /// ```
    /// use pressroom::OffsetUnit;
    /// let doc = pressroom::extract("Путин met Xi Jinping.");
    /// let json = serde_json::to_value(doc.json(OffsetUnit::Chars)).unwrap();
    /// assert_eq!(json["mentions"][0]["name"], "Xi Jinping");
    /// assert_eq!(json["mentions"][0]["start"], 10);
    /// ```
    pub fn json(&self, unit: OffsetUnit) -> JsonView<'_, 't> {
        let offsets = (unit != OffsetUnit::Bytes).then(|| CharOffsets::new(self.text()));
        JsonView { doc: self, unit, offsets }
    }
}

impl JsonView<'_, '_> {
    fn at(&self, byte: usize) -> usize {
        match (&self.offsets, self.unit) {
            (Some(o), OffsetUnit::Chars) => o.char_offset(byte),
            (Some(o), OffsetUnit::Utf16) => o.utf16_offset(byte),
            _ => byte,
        }
    }
}

#[derive(serde::Serialize)]
struct SpanOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(serde::Serialize)]
struct DatelineOut<'a> {
    start: usize,
    end: usize,
    place: &'a str,
    date: Option<String>,
    agency: Option<&'a str>,
}

#[derive(serde::Serialize)]
struct MentionOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    kind: &'static str,
    entity: &'a str,
    name: &'a str,
    source: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title_start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title_end: Option<usize>,
}

#[derive(serde::Serialize)]
struct SpeakerOut<'a> {
    entity: Option<&'a str>,
    name: Option<&'a str>,
    start: usize,
    end: usize,
    text: &'a str,
    with: Option<WithOut<'a>>,
}

/// The other speaker of a joint statement.
#[derive(serde::Serialize)]
struct WithOut<'a> {
    entity: &'a str,
    name: &'a str,
}

#[derive(serde::Serialize)]
struct QuoteOut<'a> {
    kind: &'static str,
    start: usize,
    end: usize,
    content_start: usize,
    content_end: usize,
    cue: Option<SpanOut<'a>>,
    speaker: Option<SpeakerOut<'a>>,
    rule: &'static str,
}

#[derive(serde::Serialize)]
struct EntityOut<'a> {
    id: &'a str,
    name: &'a str,
    kind: &'static str,
    label: Option<&'a str>,
    wikidata: Option<&'a str>,
    mentions: &'a [usize],
    alternatives: &'a [String],
}

impl Serialize for JsonView<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let doc = self.doc;
        let text = doc.text();
        let span = |sp: Span| (self.at(sp.start), self.at(sp.end));
        let dateline = doc.dateline().map(|d| {
            let (start, end) = span(d.span);
            DatelineOut {
                start,
                end,
                place: &d.place_name,
                date: d.date.map(|x| x.to_string()),
                agency: d.agency,
            }
        });
        let mentions: Vec<MentionOut<'_>> = doc
            .mentions()
            .iter()
            .map(|m| {
                let e = doc.entity(m);
                let (start, end) = span(m.span);
                let title = m.title.map(span);
                MentionOut {
                    start,
                    end,
                    text: m.as_str(),
                    kind: m.kind.as_str(),
                    entity: &e.id,
                    name: &e.name,
                    source: m.source.as_str(),
                    title: m.title_str(),
                    title_start: title.map(|t| t.0),
                    title_end: title.map(|t| t.1),
                }
            })
            .collect();
        let quotes: Vec<QuoteOut<'_>> = doc
            .quotes()
            .iter()
            .map(|q| {
                let (start, end) = span(q.span);
                let (content_start, content_end) = span(q.content);
                let cue = q.cue.map(|c| {
                    let (start, end) = span(c);
                    SpanOut { start, end, text: &text[c] }
                });
                let speaker = q.speaker.map(|sp| {
                    let (start, end) = span(sp.span);
                    let e = doc.speaker_entity(q);
                    let with = sp.with.map(|w| &doc.entities()[w]);
                    SpeakerOut {
                        entity: e.map(|e| e.id.as_str()),
                        name: e.map(|e| e.name.as_str()),
                        start,
                        end,
                        text: &text[sp.span],
                        with: with.map(|w| WithOut { entity: &w.id, name: &w.name }),
                    }
                });
                QuoteOut {
                    kind: q.kind.as_str(),
                    start,
                    end,
                    content_start,
                    content_end,
                    cue,
                    speaker,
                    rule: q.rule.as_str(),
                }
            })
            .collect();
        let entities: Vec<EntityOut<'_>> = doc
            .entities()
            .iter()
            .map(|e| EntityOut {
                id: &e.id,
                name: &e.name,
                kind: e.kind.as_str(),
                label: e.label.as_deref(),
                wikidata: e.wikidata.as_deref(),
                mentions: &e.mentions,
                alternatives: &e.alternatives,
            })
            .collect();
        let mut st = s.serialize_struct("Extraction", 5)?;
        st.serialize_field("published", &doc.published().map(|d| d.to_string()))?;
        st.serialize_field("dateline", &dateline)?;
        st.serialize_field("mentions", &mentions)?;
        st.serialize_field("quotes", &quotes)?;
        st.serialize_field("entities", &entities)?;
        st.end()
    }
}

/// Serializes as [`Extraction::json`] with byte offsets.
impl Serialize for Extraction<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.json(OffsetUnit::Bytes).serialize(s)
    }
}

/// A mention alone: its span, words, kind, source, title span and the
/// index of its entity in the extraction (never the whole input).
impl Serialize for Mention<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Mention", 6)?;
        st.serialize_field("span", &self.span)?;
        st.serialize_field("text", self.as_str())?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("entity", &self.entity)?;
        st.serialize_field("source", &self.source)?;
        st.serialize_field("title", &self.title)?;
        st.end()
    }
}

/// A quote alone: spans, words, kind, rule, and the speaker's span and
/// entity index.
impl Serialize for Quote<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Quote", 7)?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("span", &self.span)?;
        st.serialize_field("content", &self.content)?;
        st.serialize_field("text", self.content_str())?;
        st.serialize_field("cue", &self.cue)?;
        st.serialize_field("speaker", &self.speaker)?;
        st.serialize_field("rule", &self.rule)?;
        st.end()
    }
}

/// A dateline alone: its span, the place's span and name, date and agency.
impl Serialize for crate::dateline::Dateline<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Dateline", 6)?;
        st.serialize_field("span", &self.span)?;
        st.serialize_field("text", self.as_str())?;
        st.serialize_field("place", &self.place)?;
        st.serialize_field("place_name", &self.place_name)?;
        st.serialize_field("date", &self.date)?;
        st.serialize_field("agency", &self.agency)?;
        st.end()
    }
}
