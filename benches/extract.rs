//! How fast is pressroom's matching core next to a plain aho-corasick
//! automaton over the same names, and how fast are tokenizing and full
//! extraction? Groups are stages (`tokenize`, `match`, `extract`),
//! functions are implementations (pressroom beside its baseline), and
//! parameters are corpora: our sample story (always there), the seed story
//! and about 1 MB of Reuters wire stories (read from ../shared/data when
//! present; skipped with a note when not).

use std::hint::black_box;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use pressroom::Extractor;
use unicode_segmentation::UnicodeSegmentation;

#[path = "../examples/common/lists.rs"]
mod lists;

/// The corpora: a name and the stories in it.
fn corpora() -> Vec<(&'static str, Vec<String>)> {
    let mut out = vec![("sample", vec![include_str!("../examples/sample.txt").to_string()])];
    match std::fs::read_to_string("../shared/data/seed/tass-2021-11-26.txt") {
        Ok(seed) => out.push(("seed", vec![seed])),
        Err(_) => eprintln!("bench: ../shared/data/seed absent, skipping the seed corpus"),
    }
    match std::fs::read_to_string("../shared/data/raw/reuters21578.jsonl") {
        Ok(data) => {
            let mut docs = Vec::new();
            let mut total = 0;
            for line in data.lines() {
                let v: serde_json::Value = serde_json::from_str(line).expect("reuters JSON line");
                let text = v["text"].as_str().unwrap_or_default().to_string();
                total += text.len();
                docs.push(text);
                if total >= 1 << 20 {
                    break;
                }
            }
            out.push(("reuters-1mb", docs));
        }
        Err(_) => eprintln!("bench: ../shared/data/raw absent, skipping the Reuters corpus"),
    }
    out
}

fn bytes(docs: &[String]) -> u64 {
    docs.iter().map(|d| d.len() as u64).sum()
}

fn benches(c: &mut Criterion) {
    let ex = Extractor::new();
    // Warm the lazy statics so that no measurement pays for compiling the
    // default gazetteer.
    black_box(pressroom::extract("Warm up, Putin said."));
    let names: Vec<&str> = ex.gazetteer().entities().iter().flat_map(|e| e.names()).collect();
    let baseline = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(&names)
        .expect("the default names compile");
    let corpora = corpora();

    let mut g = c.benchmark_group("tokenize");
    for (name, docs) in &corpora {
        g.throughput(Throughput::Bytes(bytes(docs)));
        g.bench_with_input(BenchmarkId::new("baseline-unicode-words", name), docs, |b, docs| {
            b.iter(|| docs.iter().map(|d| d.split_word_bounds().count()).sum::<usize>())
        });
        g.bench_with_input(BenchmarkId::new("pressroom", name), docs, |b, docs| {
            b.iter(|| docs.iter().map(|d| pressroom::tokenize(d).count()).sum::<usize>())
        });
        g.bench_with_input(BenchmarkId::new("pressroom-sentences", name), docs, |b, docs| {
            b.iter(|| docs.iter().map(|d| pressroom::sentences(d).count()).sum::<usize>())
        });
    }
    g.finish();

    let mut g = c.benchmark_group("match");
    for (name, docs) in &corpora {
        g.throughput(Throughput::Bytes(bytes(docs)));
        g.bench_with_input(BenchmarkId::new("baseline-aho-corasick", name), docs, |b, docs| {
            b.iter(|| docs.iter().map(|d| baseline.find_iter(d.as_str()).count()).sum::<usize>())
        });
        g.bench_with_input(BenchmarkId::new("pressroom", name), docs, |b, docs| {
            b.iter(|| docs.iter().map(|d| ex.match_names(d).len()).sum::<usize>())
        });
    }
    g.finish();

    let mut g = c.benchmark_group("extract");
    for (name, docs) in &corpora {
        g.throughput(Throughput::Bytes(bytes(docs)));
        g.bench_with_input(BenchmarkId::new("pressroom", name), docs, |b, docs| {
            b.iter(|| docs.iter().map(|d| ex.extract(d).mentions().len()).sum::<usize>())
        });
    }
    g.finish();
}

/// How long does compiling a gazetteer take, and how much memory does it
/// hold, next to building a plain automaton over the same names? Rows: all
/// of ../shared/data/gazetteers/*.tsv with the default (about 14k names,
/// when present), 100k and 1M generated names.
fn build(c: &mut Criterion) {
    let mut gazetteers: Vec<(String, pressroom::Gazetteer)> = Vec::new();
    match lists::shared_lists() {
        Ok(all) => gazetteers.push(("shared-lists".into(), all)),
        Err(e) => eprintln!("bench: skipping the shared lists: {e}"),
    }
    for n in [100_000, 1_000_000] {
        gazetteers.push((format!("{}k-generated", n / 1000), lists::generated(n)));
    }
    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    for (name, g) in &gazetteers {
        let names: Vec<&str> = g.entities().iter().flat_map(|e| e.names()).collect();
        let ex = Extractor::builder().gazetteer(g.clone()).build().expect("the list compiles");
        eprintln!(
            "bench: {name}: {} names, {} patterns with the default, matcher memory {:.1} MB",
            names.len(),
            ex.name_count(),
            ex.matcher_memory() as f64 / 1e6
        );
        group.bench_with_input(
            BenchmarkId::new("baseline-aho-corasick", name),
            &names,
            |b, names| {
                b.iter(|| {
                    AhoCorasick::builder()
                        .match_kind(MatchKind::LeftmostLongest)
                        .ascii_case_insensitive(true)
                        .build(names)
                        .expect("the names compile")
                })
            },
        );
        group.bench_with_input(BenchmarkId::new("pressroom", name), g, |b, g| {
            b.iter(|| Extractor::builder().gazetteer(g.clone()).build().expect("the list compiles"))
        });
    }
    group.finish();
}

criterion_group!(extract, benches, build);
criterion_main!(extract);
