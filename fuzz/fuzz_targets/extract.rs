#![no_main]
//! `extract` on arbitrary text: never panics, and every span it returns lies
//! on char boundaries inside the text.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = pressroom::extract(&text);
    let ok = |s: pressroom::Span| s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end);
    let mut last = 0;
    for m in doc.mentions() {
        assert!(ok(m.span) && m.span.start >= last);
        last = m.span.end;
    }
    for q in doc.quotes() {
        assert!(ok(q.span) && ok(q.content) && q.span.contains(q.content));
        if let Some(s) = q.speaker {
            assert!(ok(s.span));
        }
    }
});
