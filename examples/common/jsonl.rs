//! The JSON side of the `extract` example, shared with the fuzz target
//! that exercises its JSON-lines handling.

use pressroom::{CharOffsets, Date, Extraction, Extractor, Span};
use serde_json::{Value, json};

/// One JSON line in, one JSON object out; a bad line gives its id (if any)
/// and a message.
pub fn process_line(ex: &Extractor, line: &[u8], chars: bool) -> Result<Value, (Value, String)> {
    let v: Value =
        serde_json::from_slice(line).map_err(|e| (Value::Null, format!("bad JSON: {e}")))?;
    let id = v.get("id").cloned().unwrap_or(Value::Null);
    let text = v
        .get("text")
        .and_then(Value::as_str)
        .ok_or_else(|| (id.clone(), "no \"text\" string".to_string()))?;
    let published = match v.get("published").or_else(|| v.get("date")) {
        Some(Value::String(s)) => Some(
            s.get(..10).unwrap_or(s).parse::<Date>().map_err(|e| (id.clone(), e.to_string()))?,
        ),
        _ => None,
    };
    let doc = ex.extract_with_date(text, published);
    let mut obj = to_json(&doc, None, chars);
    obj["id"] = id;
    Ok(obj)
}

/// The JSON object of ../shared/CLI.md for one document.
pub fn to_json(doc: &Extraction<'_>, id: Option<&str>, chars: bool) -> Value {
    let offsets = chars.then(|| CharOffsets::new(doc.text()));
    let at = |b: usize| offsets.as_ref().map_or(b, |o| o.char_offset(b));
    let span = |s: Span| (at(s.start), at(s.end));
    let mentions: Vec<Value> = doc
        .mentions()
        .iter()
        .map(|m| {
            let e = doc.entity(m);
            let (s, t) = span(m.span);
            let mut v = json!({"start": s, "end": t, "text": m.as_str(), "kind": m.kind.as_str(),
                "entity": e.id, "name": e.name, "source": m.source.as_str()});
            if let Some(title) = m.title {
                let (ts, te) = span(title);
                v["title"] = json!(m.title_str());
                v["title_start"] = json!(ts);
                v["title_end"] = json!(te);
            }
            v
        })
        .collect();
    let quotes: Vec<Value> = doc
        .quotes()
        .iter()
        .map(|q| {
            let (s, e) = span(q.span);
            let (cs, ce) = span(q.content);
            let cue = q.cue.map(|c| {
                let (a, b) = span(c);
                json!({"start": a, "end": b, "text": &doc.text()[c]})
            });
            let speaker = q.speaker.map(|sp| {
                let (a, b) = span(sp.span);
                let ent = doc.speaker_entity(q);
                json!({"entity": ent.map(|e| &e.id), "name": ent.map(|e| &e.name), "start": a, "end": b,
                    "text": &doc.text()[sp.span]})
            });
            json!({"kind": q.kind.as_str(), "start": s, "end": e, "content_start": cs, "content_end": ce,
                "cue": cue, "speaker": speaker, "rule": q.rule.as_str()})
        })
        .collect();
    let dateline = doc.dateline().map(|d| {
        let (s, e) = span(d.span);
        json!({"start": s, "end": e, "place": d.place_name, "date": d.date.map(|x| x.to_string()), "agency": d.agency})
    });
    json!({
        "id": id,
        "published": doc.published().map(|d| d.to_string()),
        "dateline": dateline,
        "mentions": mentions,
        "quotes": quotes,
    })
}
