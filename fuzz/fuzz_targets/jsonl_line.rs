#![no_main]
//! The `extract` example's JSON-lines handling on arbitrary lines: a line
//! yields a result object or an error object, never a panic.

use libfuzzer_sys::fuzz_target;

#[path = "../../examples/common/jsonl.rs"]
mod jsonl;

fuzz_target!(|data: &[u8]| {
    let ex = pressroom::Extractor::new();
    for unit in [pressroom::OffsetUnit::Bytes, pressroom::OffsetUnit::Chars, pressroom::OffsetUnit::Utf16] {
        let v = match jsonl::process_line(&ex, data, unit) {
            Ok(v) => v,
            Err((id, e)) => serde_json::json!({"id": id, "error": e}),
        };
        assert!(v.is_object());
        let _ = serde_json::to_string(&v).unwrap();
    }
});
