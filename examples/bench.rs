//! Speed, side by side, in one run: for each gazetteer (the embedded
//! default; all of ../shared/data/gazetteers/*.tsv with it; 100k and 1M
//! generated names with it), a plain aho-corasick automaton over the same
//! names (the baseline, on one thread and on every core), pressroom's
//! matcher, the tokenizer alone and full extraction on one thread and on
//! every core, over the texts of
//! ../shared/data/raw/reuters21578.jsonl. Then the per-byte cost at 1, 10
//! and 100 MB, and on hostile shapes next to normal text.
//!
//! ```text
//! cargo run --release --features rayon --example bench -- [OPTIONS]
//!   --corpus FILE     JSON lines with a "text" (default: the Reuters file)
//!   --only SECTIONS   comma-separated: speed, linear, hostile (default: all),
//!                     or extract (full extraction, once) and build (the
//!                     gazetteers alone), for a profiler
//!   --sizes LISTS     comma-separated: default, shared, 100k, 1m (default: all)
//!   --threads N       threads for the parallel rows (default: every core)
//!   --max-mb N        cap of 100 on the linear section's largest size
//! ```
//!
//! Timings are the best of several runs (at least three, and at least a
//! second in all), so that a noisy neighbour costs less; compare the
//! ratios, which are measured in the same run, rather than the absolutes.

use std::error::Error;
use std::hint::black_box;
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, MatchKind};
use lists::{generated, shared_lists};
use pressroom::Extractor;
use serde_json::Value;

#[path = "common/lists.rs"]
mod lists;

struct Options {
    corpus: String,
    sections: Vec<String>,
    sizes: Vec<String>,
    threads: usize,
    max_mb: usize,
}

fn parse_args() -> Result<Options, String> {
    let mut o = Options {
        corpus: "../shared/data/raw/reuters21578.jsonl".into(),
        sections: vec!["speed".into(), "linear".into(), "hostile".into()],
        sizes: vec!["default".into(), "shared".into(), "100k".into(), "1m".into()],
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        max_mb: 100,
    };
    let mut it = std::env::args().skip(1);
    let list = |s: String| s.split(',').map(str::to_string).collect::<Vec<_>>();
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--corpus" => o.corpus = value()?,
            "--only" => o.sections = list(value()?),
            "--sizes" => o.sizes = list(value()?),
            "--threads" => o.threads = value()?.parse().map_err(|e| format!("--threads: {e}"))?,
            "--max-mb" => o.max_mb = value()?.parse().map_err(|e| format!("--max-mb: {e}"))?,
            "-h" | "--help" => {
                return Err("see the comment at the top of examples/bench.rs".into());
            }
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok(o)
}

fn main() -> Result<(), Box<dyn Error>> {
    let opts = parse_args()?;
    let docs = read_corpus(&opts.corpus)?;
    let mb = docs.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    println!(
        "corpus: {} ({} stories, {mb:.1} MB); {} threads",
        opts.corpus,
        docs.len(),
        opts.threads
    );
    rayon::ThreadPoolBuilder::new().num_threads(opts.threads).build_global()?;
    if opts.sections.iter().any(|s| s == "extract") {
        let ex = Extractor::new();
        let t = Instant::now();
        let n: usize = docs.iter().map(|d| ex.extract(d).mentions().len()).sum();
        println!("extract: {n} mentions, {:.1} MB/s", mb / t.elapsed().as_secs_f64());
    }
    if opts.sections.iter().any(|s| s == "build") {
        for (size, ex, build, grown) in build_sizes(&opts)? {
            println!(
                "build {size}: {} names, {:.0} ms, tables {:.1} MB, resident {:.1} MB",
                ex.name_count(),
                build.as_secs_f64() * 1e3,
                ex.matcher_memory() as f64 / 1e6,
                grown as f64 / 1e6
            );
        }
    }
    if opts.sections.iter().any(|s| s == "speed") {
        speed(&opts, &docs)?;
    }
    if opts.sections.iter().any(|s| s == "linear") {
        linear(&opts, &docs);
    }
    if opts.sections.iter().any(|s| s == "hostile") {
        hostile(&docs);
    }
    Ok(())
}

fn read_corpus(path: &str) -> Result<Vec<String>, Box<dyn Error>> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut docs = Vec::new();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value =
            serde_json::from_str(line).map_err(|e| format!("{path}: line {}: {e}", n + 1))?;
        if let Some(t) = v["text"].as_str() {
            docs.push(t.to_string());
        }
    }
    Ok(docs)
}

/// The best time of `f` over at least `runs` runs and at least `total` in
/// all (the best, as for every row: noise only adds).
fn best_of<R>(runs: usize, total: Duration, mut f: impl FnMut() -> R) -> Duration {
    let (mut best, mut spent, mut done) = (Duration::MAX, Duration::ZERO, 0);
    while done < runs.max(1) || spent < total {
        let t = Instant::now();
        black_box(f());
        let d = t.elapsed();
        best = best.min(d);
        spent += d;
        done += 1;
    }
    best
}

/// The best time over at least three runs and a second.
fn best<R>(f: impl FnMut() -> R) -> Duration {
    best_of(3, Duration::from_secs(1), f)
}

/// The resident memory of the process, in bytes (Linux; 0 elsewhere).
fn rss() -> usize {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<usize>().ok())
        .map_or(0, |pages| pages * 4096)
}

/// A row of the speed table: its name, the best time over the corpus, and
/// for the gazetteer rows the build time and the memory.
type Row<'a> = (&'a str, Duration, Option<(Duration, usize)>);

/// A gazetteer of `--sizes`, built: its name, the extractor, the build
/// time (the best of three builds), and the growth of resident memory
/// while building the first.
type Built = (String, Extractor, Duration, usize);

fn build_sizes(opts: &Options) -> Result<Vec<Built>, Box<dyn Error>> {
    let mut out = Vec::new();
    let mut builders = Vec::new();
    for size in &opts.sizes {
        let extra = match size.as_str() {
            "default" => None,
            "shared" => match shared_lists() {
                Ok(g) => Some(g),
                Err(e) => {
                    println!("{size:<9} skipped: {e}");
                    continue;
                }
            },
            "100k" => Some(generated(100_000)),
            "1m" => Some(generated(1_000_000)),
            other => return Err(format!("unknown size {other:?}").into()),
        };
        let mut b = Extractor::builder();
        if let Some(g) = extra {
            b.gazetteer(g);
        }
        let before = rss();
        let t = Instant::now();
        let ex = b.build()?;
        black_box(ex.extract("Warm up, Putin said."));
        let build = t.elapsed();
        out.push((size.clone(), ex, build, rss().saturating_sub(before)));
        builders.push(b);
    }
    // Two more builds of each, once every first build has been measured
    // (freed memory would hide the growth of the next): one build is a
    // single short measurement, at the mercy of a noisy neighbour.
    for ((_, _, build, _), b) in out.iter_mut().zip(&builders) {
        for _ in 0..2 {
            let t = Instant::now();
            let again = b.build()?;
            black_box(again.extract("Warm up, Putin said."));
            *build = (*build).min(t.elapsed());
        }
    }
    Ok(out)
}

fn speed(opts: &Options, docs: &[String]) -> Result<(), Box<dyn Error>> {
    let mb = docs.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let stories: Vec<(&str, Option<pressroom::Date>)> =
        docs.iter().map(|d| (d.as_str(), None)).collect();
    println!(
        "\n{:<9} {:>9} {:<22} {:>8} {:>8} {:>10} {:>9} {:>11}",
        "gazetteer", "names", "row", "MB/s", "ratio", "build ms", "tables MB", "resident MB"
    );
    for (size, ex, build, grown) in build_sizes(opts)? {
        let names: Vec<&str> = ex.gazetteer().entities().iter().flat_map(|e| e.names()).collect();
        let t = Instant::now();
        let baseline = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&names)?;
        let base_build = t.elapsed();

        let base =
            best(|| docs.iter().map(|d| baseline.find_iter(d.as_str()).count()).sum::<usize>());
        // The same scan on every core: how far this machine's cores scale
        // on work that shares nothing, the ceiling for the parallel
        // extraction row.
        let base_par = best(|| {
            use rayon::prelude::*;
            docs.par_iter().map(|d| baseline.find_iter(d.as_str()).count()).sum::<usize>()
        });
        let rows: Vec<Row<'_>> = vec![
            ("aho-corasick baseline", base, Some((base_build, baseline.memory_usage()))),
            ("baseline, all threads", base_par, None),
            (
                "pressroom matcher",
                best(|| docs.iter().map(|d| ex.match_names(d).len()).sum::<usize>()),
                Some((build, ex.matcher_memory())),
            ),
            (
                "tokenize",
                best(|| docs.iter().map(|d| pressroom::tokenize(d).count()).sum::<usize>()),
                None,
            ),
            (
                "extract, 1 thread",
                best(|| docs.iter().map(|d| ex.extract(d).mentions().len()).sum::<usize>()),
                None,
            ),
            (
                "extract, all threads",
                best(|| {
                    ex.extract_batch(&stories).iter().map(|d| d.mentions().len()).sum::<usize>()
                }),
                None,
            ),
        ];
        for (i, (row, d, build)) in rows.iter().enumerate() {
            let (gaz, n) =
                if i == 0 { (size.as_str(), names.len().to_string()) } else { ("", String::new()) };
            let resident =
                if i == 2 { format!("{:.1}", grown as f64 / 1e6) } else { String::new() };
            let (b, m) = build.map_or((String::new(), String::new()), |(b, m)| {
                (format!("{:.0}", b.as_secs_f64() * 1e3), format!("{:.1}", m as f64 / 1e6))
            });
            println!(
                "{gaz:<9} {n:>9} {row:<22} {:>8.1} {:>8.2} {b:>10} {m:>9} {resident:>11}",
                mb / d.as_secs_f64(),
                base.as_secs_f64() / d.as_secs_f64(),
            );
        }
    }
    println!(
        "ratio: the baseline's time over the row's (above 1 is faster than plain aho-corasick).\n\
         build: compiling the gazetteer (pressroom: the whole extractor with the default).\n\
         tables: the automaton's tables; resident: what building added to the process's resident\n\
         memory (the gazetteer's records, indexes and automaton, with the allocator's slack)."
    );
    Ok(())
}

/// Extracts from `docs` `runs` times and gives the best time per megabyte,
/// in milliseconds (the best, as for every row: noise only adds).
fn ms_per_mb(ex: &Extractor, docs: &[String], runs: usize) -> f64 {
    let bytes = docs.iter().map(String::len).sum::<usize>() as f64;
    let time = best_of(runs, Duration::ZERO, || {
        docs.iter().map(|d| ex.extract(d).mentions().len()).sum::<usize>()
    });
    time.as_secs_f64() * 1e3 / (bytes / 1e6)
}

/// The corpus repeated until it reaches `bytes`.
fn repeated(docs: &[String], bytes: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut total = 0;
    while total < bytes {
        for d in docs {
            if total >= bytes {
                break;
            }
            total += d.len();
            out.push(d.clone());
        }
    }
    out
}

/// Per-byte cost as the input grows. Two views:
/// - stories: the corpus's first MB passed over 1, 10 and 100 times, the
///   same stories each pass and none copied, so that the rows show the
///   extractor's own cost (nothing carried from story to story) rather than
///   how far the machine's caches reach;
/// - one story: that MB joined into one story of 1, 10 and 100 MB, where a
///   look-back over the whole story would show as growth.
///
/// A long run of this machine slows down by itself (shared cores; the
/// first seconds are up to a third faster than later ones), so each size
/// is compared with a 1 MB measurement taken right before it.
fn linear(opts: &Options, docs: &[String]) {
    let ex = Extractor::new();
    println!("\nlinear cost: the corpus's first MB, one thread");
    println!("{:>8} {:<14} {:>10} {:>14}", "MB", "as", "ms per MB", "vs 1 MB before");
    let base = repeated(docs, 1 << 20);
    let bytes = base.iter().map(String::len).sum::<usize>() as f64;
    let stories = |passes: usize, runs: usize| {
        let time = best_of(runs, Duration::ZERO, || {
            let mut n = 0;
            for _ in 0..passes {
                n += base.iter().map(|d| ex.extract(d).mentions().len()).sum::<usize>();
            }
            n
        });
        time.as_secs_f64() * 1e3 / (bytes * passes as f64 / 1e6)
    };
    for passes in [1usize, 10, 100].into_iter().filter(|&m| m <= opts.max_mb) {
        let before = stories(1, 3);
        let per = if passes == 1 { before } else { stories(passes, 2) };
        println!("{passes:>8} {:<14} {per:>10.2} {:>14.2}", "stories", per / before);
    }
    let one_mb: String = base.join("\n\n");
    for mb in [1usize, 10, 100].into_iter().filter(|&m| m <= opts.max_mb) {
        let before = ms_per_mb(&ex, std::slice::from_ref(&one_mb), 3);
        let per = if mb == 1 {
            before
        } else {
            let one: String = repeated(&base, mb << 20).join("\n\n");
            ms_per_mb(&ex, std::slice::from_ref(&one), 2)
        };
        println!("{mb:>8} {:<14} {per:>10.2} {:>14.2}", "one story", per / before);
    }
}

/// Hostile shapes, 10 MB each as one story, each compared with 2 MB of
/// normal text (the corpus as one story) measured right before it.
fn hostile(docs: &[String]) {
    let ex = Extractor::new();
    const SIZE: usize = 10 << 20;
    let normal: String = repeated(docs, 2 << 20).join("\n\n");
    let fill = |unit: &str| unit.repeat(SIZE / unit.len());
    let shapes: Vec<(&str, String)> = vec![
        ("normal text, 10 MB", repeated(docs, SIZE).join("\n\n")),
        ("quote marks", fill("\" ")),
        ("curly quote marks", fill("\u{201c}a\u{201d} ")),
        ("one sentence", fill("the minister said that the plan, ")),
        ("capitalised words", fill("Minister Alpha ")),
        ("apostrophes", fill("' ")),
        ("titles and names", fill("President Ivanov said ")),
        ("parentheses", fill("(A) ")),
        ("attributions, no content", fill("Anna Petrova, said Friday, as ")),
        ("attributions with that", fill("she said that Anna Petrova told him that ")),
    ];
    println!("\nhostile shapes, 10 MB each as one story, one thread");
    println!("{:<24} {:>10} {:>12}", "shape", "ms per MB", "vs normal");
    for (name, text) in &shapes {
        let before = ms_per_mb(&ex, std::slice::from_ref(&normal), 2);
        let per = ms_per_mb(&ex, std::slice::from_ref(text), 2);
        println!("{name:<24} {per:>10.2} {:>12.2}", per / before);
    }
}
