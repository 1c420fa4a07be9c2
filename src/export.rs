//! Exports of an [`Extraction`] for the tools people already use: BRAT
//! standoff, CoNLL-style IOB tags, and a self-contained HTML page.

use std::fmt::Write as _;

use crate::extractor::{Extraction, Quote};
use crate::gazetteer::EntityKind;
use crate::quote::QuoteKind;
use crate::span::{CharOffsets, Span};
use crate::token::{TokenKind, split_sentences, tokenize};

fn brat_type(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "Person",
        EntityKind::Institution => "Institution",
        EntityKind::Program => "Program",
        EntityKind::Place => "Place",
        EntityKind::Other => "Other",
    }
}

fn conll_tag(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "PER",
        EntityKind::Institution => "ORG",
        EntityKind::Place => "LOC",
        EntityKind::Program | EntityKind::Other => "MISC",
    }
}

impl<'t> Extraction<'t> {
    /// The BRAT standoff annotation (`.ann`) of the text, which goes beside
    /// it as the `.txt`. Offsets are in chars, as BRAT counts. Mentions are
    /// `T` lines typed Person, Institution, Program, Place or Other, with
    /// the entity in an `AnnotatorNotes` line; quotes are `Quote` or
    /// `ReportedSpeech`, cues `Cue`, and a `Speaker` relation links a quote
    /// to the mention or words that denote its speaker. A span across line
    /// breaks is written as fragments.
    ///
    /// # Example
    /// ```
    /// let doc = pressroom::extract("“We agree,” Putin said.");
    /// let ann = doc.to_brat();
    /// assert!(ann.contains("Person 12 17\tPutin"));
    /// assert!(ann.contains("Speaker Arg1:"));
    /// ```
    pub fn to_brat(&self) -> String {
        let text = self.text();
        let offsets = CharOffsets::new(text);
        let mut out = String::new();
        let mut t = 0;
        let mut notes = 0;
        let mut rel = 0;
        let mut span_ids: std::collections::HashMap<Span, usize> = std::collections::HashMap::new();
        let mut add = |out: &mut String, ty: &str, span: Span| -> usize {
            t += 1;
            let _ = writeln!(
                out,
                "T{t}\t{ty} {}\t{}",
                fragments(text, &offsets, span),
                flat(&text[span])
            );
            t
        };
        for m in self.mentions() {
            let id = add(&mut out, brat_type(m.kind), m.span);
            span_ids.insert(m.span, id);
            let e = self.entity(m);
            notes += 1;
            let _ = writeln!(
                out,
                "#{notes}\tAnnotatorNotes T{id}\t{} ({}) {}",
                e.name,
                e.id,
                m.source.as_str()
            );
        }
        for q in self.quotes() {
            let ty = if q.kind == QuoteKind::Direct { "Quote" } else { "ReportedSpeech" };
            let qid = add(&mut out, ty, q.content);
            notes += 1;
            let _ = writeln!(out, "#{notes}\tAnnotatorNotes T{qid}\trule {}", q.rule.as_str());
            if let Some(c) = q.cue {
                let cid = add(&mut out, "Cue", c);
                rel += 1;
                let _ = writeln!(out, "R{rel}\tCue Arg1:T{qid} Arg2:T{cid}");
            }
            if let Some(sp) = q.speaker {
                let sid = match span_ids.get(&sp.span) {
                    Some(&id) => id,
                    None => {
                        let id = add(&mut out, "SpeakerWords", sp.span);
                        span_ids.insert(sp.span, id);
                        id
                    }
                };
                rel += 1;
                let _ = writeln!(out, "R{rel}\tSpeaker Arg1:T{qid} Arg2:T{sid}");
            }
        }
        out
    }

    /// The tokens of the text with CoNLL-style IOB tags, one `token<TAB>tag`
    /// line each and a blank line between sentences. Tags are `PER`, `ORG`
    /// (institutions), `LOC` (places) and `MISC` (programs and others); a
    /// token that holds the start of a mention is `B-`, one inside it `I-`.
    ///
    /// # Example
    /// ```
    /// let doc = pressroom::extract("Vladimir Putin visited Beijing.");
    /// assert_eq!(
    ///     doc.to_conll(),
    ///     "Vladimir\tB-PER\nPutin\tI-PER\nvisited\tO\nBeijing\tB-LOC\n.\tO\n"
    /// );
    /// ```
    pub fn to_conll(&self) -> String {
        let text = self.text();
        let tokens: Vec<_> = tokenize(text).collect();
        let sentences = split_sentences(&tokens);
        let mentions = self.mentions();
        let mut out = String::new();
        let mut m = 0;
        for (n, (sentence, _)) in sentences.iter().enumerate() {
            if n > 0 {
                out.push('\n');
            }
            let first = tokens.partition_point(|t| t.span.end <= sentence.start);
            for tok in tokens[first..].iter().take_while(|t| t.span.start < sentence.end) {
                if matches!(tok.kind, TokenKind::Space | TokenKind::LineBreak) {
                    continue;
                }
                while m < mentions.len() && mentions[m].span.end <= tok.span.start {
                    m += 1;
                }
                let tag = match mentions.get(m).filter(|x| x.span.start < tok.span.end) {
                    Some(x) if x.span.start >= tok.span.start => format!("B-{}", conll_tag(x.kind)),
                    Some(x) => format!("I-{}", conll_tag(x.kind)),
                    None => "O".to_string(),
                };
                let _ = writeln!(out, "{}\t{tag}", flat(tok.as_str()));
            }
        }
        out
    }

    /// One self-contained HTML page (no network) that shows the story with
    /// its mentions highlighted by kind, each quote with its speaker and
    /// cue linked (hovering a quote lights up both; hovering a mention
    /// shows the entity's name, id and how it was found), the dateline, and
    /// a table of the entities with their mention counts.
    ///
    /// # Example
    /// ```
    /// let html = pressroom::extract("“We agree,” Putin said.").to_html();
    /// assert!(html.starts_with("<!DOCTYPE html>"));
    /// assert!(html.contains("class=\"m person\""));
    /// ```
    pub fn to_html(&self) -> String {
        crate::export::html(self)
    }
}

/// The words of a span on one line (BRAT and CoNLL are line-based).
fn flat(s: &str) -> String {
    s.chars().map(|c| if c == '\n' || c == '\r' || c == '\t' { ' ' } else { c }).collect()
}

/// BRAT offsets of a span, split into fragments at line breaks.
fn fragments(text: &str, offsets: &CharOffsets, span: Span) -> String {
    let mut parts = Vec::new();
    let mut start = span.start;
    for (i, c) in text[span].char_indices() {
        if c == '\n' || c == '\r' {
            let at = span.start + i;
            if at > start {
                parts.push((start, at));
            }
            start = at + c.len_utf8();
        }
    }
    if span.end > start {
        parts.push((start, span.end));
    }
    if parts.is_empty() {
        parts.push((span.start, span.end));
    }
    parts
        .iter()
        .map(|&(a, b)| format!("{} {}", offsets.char_offset(a), offsets.char_offset(b)))
        .collect::<Vec<_>>()
        .join(";")
}

fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

const STYLE: &str = "
body{font:16px/1.6 Georgia,serif;max-width:58rem;margin:2rem auto;padding:0 1rem;color:#222;background:#fdfdfb}
h1{font:600 1.3rem system-ui,sans-serif}h2{font:600 1.05rem system-ui,sans-serif;margin-top:2rem}
.story{white-space:pre-wrap;background:#fff;border:1px solid #ddd;border-radius:6px;padding:1.2rem 1.5rem}
.m{border-radius:3px;padding:0 2px;cursor:help}
.m::after{font:600 .6rem system-ui,sans-serif;margin-left:3px;vertical-align:super;opacity:.7}
.person{background:#ffe3a3}.person::after{content:'PER'}
.institution{background:#c8e6ff}.institution::after{content:'ORG'}
.program{background:#e4d4ff}.program::after{content:'PRG'}
.place{background:#c9f2cf}.place::after{content:'LOC'}
.other{background:#eee}.other::after{content:'MISC'}
.q{border-bottom:2px solid #d9534f}.q.reported{border-bottom:2px dashed #e39a2d}
.cue{font-style:italic;text-decoration:underline wavy #d9534f}
.sp{outline:2px solid transparent;border-radius:3px}
.lit{background:#ffd0cc !important;outline:2px solid #d9534f}
.dl{background:#f2f2f2;border-radius:3px}
table{border-collapse:collapse;font:14px system-ui,sans-serif}td,th{border-bottom:1px solid #e5e5e5;padding:.25rem .6rem;text-align:left}
.legend span{margin-right:.8rem}
";

const SCRIPT: &str = "
document.querySelectorAll('[data-q]').forEach(function(el){
  var q=el.getAttribute('data-q');
  function lit(on){document.querySelectorAll('[data-q=\"'+q+'\"]').forEach(function(x){x.classList.toggle('lit',on)})}
  el.addEventListener('mouseenter',function(){lit(true)});
  el.addEventListener('mouseleave',function(){lit(false)});
});
";

/// Writes `text` with each span wrapped in its tags, nested properly: a
/// span that would cross one already open is left unwrapped.
fn nest(text: &str, mut items: Vec<(Span, String, &'static str)>) -> String {
    items.sort_by_key(|(s, _, _)| (s.start, std::cmp::Reverse(s.end)));
    let mut out = String::with_capacity(text.len() * 2);
    let mut at = 0;
    let mut stack: Vec<(usize, &'static str)> = Vec::new();
    let close_until =
        |pos: usize, out: &mut String, at: &mut usize, stack: &mut Vec<(usize, &'static str)>| {
            while let Some(&(end, close)) = stack.last() {
                if end > pos {
                    break;
                }
                escape(&text[*at..end], out);
                *at = end;
                out.push_str(close);
                stack.pop();
            }
        };
    for (span, open, close) in items {
        close_until(span.start, &mut out, &mut at, &mut stack);
        if stack.last().is_some_and(|&(end, _)| end < span.end) || span.start < at {
            continue;
        }
        escape(&text[at..span.start], &mut out);
        at = span.start;
        out.push_str(&open);
        stack.push((span.end, close));
    }
    close_until(usize::MAX, &mut out, &mut at, &mut stack);
    escape(&text[at..], &mut out);
    out
}

/// Who said a quote, for a reader: the speaker's entity, else its words,
/// else `none`; and the one who spoke with it ("X with Y").
fn speaker_label(doc: &Extraction<'_>, q: &Quote<'_>, none: &str) -> String {
    let who = doc
        .speaker_entity(q)
        .map_or_else(|| q.speaker_str().unwrap_or(none).to_string(), |e| e.name.clone());
    match doc.joint_entity(q) {
        Some(w) => format!("{who} with {}", w.name),
        None => who,
    }
}

fn html(doc: &Extraction<'_>) -> String {
    let text = doc.text();
    let mut items: Vec<(Span, String, &'static str)> = Vec::new();
    let mut push = |span: Span, open: String, close: &'static str| items.push((span, open, close));
    // Quote contents, cues and speaker words, tagged with their quote.
    let mut quote_spans = Vec::new();
    for (i, q) in doc.quotes().iter().enumerate() {
        let who = speaker_label(doc, q, "unknown");
        let mut title = String::new();
        escape(
            &format!("{} quote · speaker: {who} · rule: {}", q.kind.as_str(), q.rule.as_str()),
            &mut title,
        );
        let class = if q.kind == QuoteKind::Direct { "q direct" } else { "q reported" };
        push(
            q.content,
            format!("<span class=\"{class}\" data-q=\"{i}\" title=\"{title}\">"),
            "</span>",
        );
        quote_spans.push(q.content);
        if let Some(c) = q.cue.filter(|c| !c.overlaps(q.content)) {
            push(c, format!("<span class=\"cue\" data-q=\"{i}\">"), "</span>");
        }
        if let Some(sp) = q.speaker.filter(|s| !s.span.overlaps(q.content)) {
            push(sp.span, format!("<span class=\"sp\" data-q=\"{i}\">"), "</span>");
        }
    }
    // Mentions, unless one would cross a quote's edge and break nesting.
    for m in doc.mentions() {
        let crosses = quote_spans.iter().any(|q| q.overlaps(m.span) && !q.contains(m.span));
        if crosses {
            continue;
        }
        let e = doc.entity(m);
        let mut title = String::new();
        escape(&format!("{} · {} · {} · {}", e.name, e.id, m.kind, m.source.as_str()), &mut title);
        if let Some(t) = m.title_str() {
            title.push_str(" · title: ");
            escape(t, &mut title);
        }
        push(
            m.span,
            format!("<mark class=\"m {}\" title=\"{title}\">", m.kind.as_str()),
            "</mark>",
        );
    }
    if let Some(d) = doc.dateline() {
        push(d.span, "<span class=\"dl\" title=\"dateline\">".into(), "</span>");
    }
    let body = nest(text, items);

    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>pressroom</title><style>");
    out.push_str(STYLE);
    out.push_str("</style></head><body>\n<h1>pressroom</h1>\n");
    out.push_str("<p class=\"legend\"><mark class=\"m person\">person</mark> <mark class=\"m institution\">institution</mark> <mark class=\"m program\">program</mark> <mark class=\"m place\">place</mark> <span class=\"q direct\">direct quote</span> <span class=\"q reported\">reported speech</span> <span class=\"cue\">cue</span></p>\n");
    if let Some(d) = doc.dateline() {
        let mut line = String::new();
        escape(
            &format!(
                "{} · {} · {}",
                d.place_name,
                d.date.map_or("-".into(), |x| x.to_string()),
                d.agency.unwrap_or("-")
            ),
            &mut line,
        );
        let _ = writeln!(out, "<p><b>Dateline:</b> {line}</p>");
    }
    let _ = writeln!(out, "<div class=\"story\">{body}</div>");
    out.push_str("<h2>Entities</h2>\n<table><tr><th>name</th><th>kind</th><th>id</th><th>mentions</th></tr>\n");
    for e in doc.entities().iter().filter(|e| !e.mentions.is_empty()) {
        let mut row = String::new();
        row.push_str("<tr><td>");
        escape(&e.name, &mut row);
        let _ = write!(row, "</td><td>{}</td><td>", e.kind);
        escape(&e.id, &mut row);
        let _ = writeln!(row, "</td><td>{}</td></tr>", e.mentions.len());
        out.push_str(&row);
    }
    out.push_str("</table>\n<h2>Quotes</h2>\n<table><tr><th>#</th><th>kind</th><th>speaker</th><th>cue</th><th>rule</th><th>words</th></tr>\n");
    for (i, q) in doc.quotes().iter().enumerate() {
        let who = speaker_label(doc, q, "-");
        let mut row = format!("<tr data-q=\"{i}\"><td>{i}</td><td>{}</td><td>", q.kind.as_str());
        escape(&who, &mut row);
        row.push_str("</td><td>");
        escape(q.cue_str().unwrap_or("-"), &mut row);
        let _ = write!(row, "</td><td>{}</td><td>", q.rule.as_str());
        let words: String = q.content_str().chars().take(120).collect();
        escape(&words, &mut row);
        row.push_str("</td></tr>\n");
        out.push_str(&row);
    }
    out.push_str("</table>\n<script>");
    out.push_str(SCRIPT);
    out.push_str("</script>\n</body></html>\n");
    out
}
