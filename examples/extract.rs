//! The `extract` command line: stories in, entities, datelines and quotes
//! out, as a readable report, JSON or JSON lines. The contract is
//! `../shared/CLI.md`; run with `--help` for the options.

use std::collections::BTreeMap;
use std::error::Error;
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use pressroom::{Extraction, Extractor, Gazetteer, OffsetUnit};
use serde_json::{Value, json};

#[path = "common/jsonl.rs"]
mod jsonl;

const USAGE: &str = "\
usage: extract [OPTIONS] [FILE ...]
  FILE or -            a story (UTF-8 text); none: standard input
  --format text|json|jsonl|brat|conll|html
                       text: a readable report (default); json: one object per
                       file (an array for several); jsonl: input and output are
                       JSON lines, {\"text\", \"id\"?, \"published\"?} in;
                       brat: BRAT standoff (.ann); conll: IOB tags; html: a page
  --offsets bytes|chars|utf16
                       the unit of every start/end (default bytes)
  --gazetteer FILE     also load this TSV gazetteer (repeatable)
  --no-default-gazetteer
                       use only the gazetteers given
  --threads N          workers for --format jsonl (default: every core); the
                       output keeps the input's order, and a progress line
                       shows on standard error when it is a terminal
  -h, --help           this text";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Text,
    Json,
    Jsonl,
    Brat,
    Conll,
    Html,
}

struct Options {
    format: Format,
    unit: OffsetUnit,
    gazetteers: Vec<String>,
    default: bool,
    files: Vec<String>,
    threads: usize,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        format: Format::Text,
        unit: OffsetUnit::Bytes,
        gazetteers: Vec::new(),
        default: true,
        files: Vec::new(),
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value =
            |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value"));
        match a.as_str() {
            "--format" => {
                o.format = match value("--format")?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    "jsonl" => Format::Jsonl,
                    "brat" => Format::Brat,
                    "conll" => Format::Conll,
                    "html" => Format::Html,
                    other => return Err(format!("unknown format {other:?}")),
                }
            }
            "--offsets" => {
                o.unit = match value("--offsets")?.as_str() {
                    "bytes" => OffsetUnit::Bytes,
                    "chars" => OffsetUnit::Chars,
                    "utf16" => OffsetUnit::Utf16,
                    other => return Err(format!("unknown offsets {other:?}")),
                }
            }
            "--gazetteer" => o.gazetteers.push(value("--gazetteer")?),
            "--no-default-gazetteer" => o.default = false,
            "--threads" => {
                o.threads = match value("--threads")?.parse::<usize>() {
                    Ok(n) if n > 0 => n,
                    _ => return Err("--threads needs a positive number".into()),
                }
            }
            "-" => o.files.push(a.clone()),
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            _ => o.files.push(a.clone()),
        }
    }
    if o.files.is_empty() {
        o.files.push("-".into());
    }
    Ok(o)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let opts = match parse_args(&args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("extract: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&opts) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) if is_broken_pipe(e.as_ref()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: {e}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(e: &(dyn Error + 'static)) -> bool {
    let kind = e.downcast_ref::<io::Error>().map(io::Error::kind).or_else(|| {
        e.downcast_ref::<serde_json::Error>().and_then(serde_json::Error::io_error_kind)
    });
    kind == Some(io::ErrorKind::BrokenPipe)
}

/// Runs every input; `Ok(false)` when some input failed.
fn run(opts: &Options) -> Result<bool, Box<dyn Error>> {
    let mut builder = Extractor::builder();
    builder.default_gazetteer(opts.default);
    for path in &opts.gazetteers {
        builder.gazetteer(Gazetteer::from_path(path)?);
    }
    let ex = builder.build()?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut ok = true;
    let mut objects = Vec::new();
    for file in &opts.files {
        let name = if file == "-" { "standard input" } else { file.as_str() };
        if opts.format == Format::Jsonl {
            ok &= jsonl(&ex, opts, file, &mut out)?;
            continue;
        }
        let text = match read_input(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("extract: {name}: {e}");
                ok = false;
                continue;
            }
        };
        let doc = ex.extract(&text);
        let id =
            Path::new(file).file_stem().map_or("-".into(), |s| s.to_string_lossy().into_owned());
        match opts.format {
            Format::Text => report(&doc, name, &mut out)?,
            Format::Brat => out.write_all(doc.to_brat().as_bytes())?,
            Format::Conll => out.write_all(doc.to_conll().as_bytes())?,
            Format::Html => out.write_all(doc.to_html().as_bytes())?,
            Format::Json | Format::Jsonl => {
                objects.push(jsonl::to_json(&doc, Some(&id), opts.unit))
            }
        }
    }
    if opts.format == Format::Json {
        let v = if opts.files.len() == 1 {
            objects.pop().unwrap_or(Value::Null)
        } else {
            Value::Array(objects)
        };
        serde_json::to_writer_pretty(&mut out, &v)?;
        writeln!(out)?;
    }
    out.flush()?;
    Ok(ok)
}

fn read_input(file: &str) -> Result<String, Box<dyn Error>> {
    let mut bytes = Vec::new();
    if file == "-" {
        io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(file)?;
    }
    String::from_utf8(bytes)
        .map_err(|e| format!("not UTF-8 (byte {})", e.utf8_error().valid_up_to()).into())
}

/// Lines per batch handed to a worker: enough to amortise the hand-over,
/// few enough that memory stays small.
const BATCH_LINES: usize = 64;
/// Bytes per batch, for corpora of long stories.
const BATCH_BYTES: usize = 1 << 20;

/// One batch of input lines with their line numbers, in reading order.
struct Batch {
    seq: usize,
    lines: Vec<(usize, Vec<u8>)>,
}

/// A worker's output for one batch: the JSON lines, the messages for
/// standard error, and whether every line succeeded.
struct Done {
    seq: usize,
    out: Vec<u8>,
    errors: Vec<String>,
    ok: bool,
    docs: usize,
    bytes: usize,
}

/// JSON lines in, JSON lines out, one for one and in order, on
/// `opts.threads` workers. Memory stays bounded: the reader waits when the
/// workers are behind, and at most a few batches wait to be written.
fn jsonl(
    ex: &Extractor,
    opts: &Options,
    file: &str,
    out: &mut impl Write,
) -> Result<bool, Box<dyn Error>> {
    let name = if file == "-" { "standard input" } else { file };
    let reader: Box<dyn BufRead + Send> = if file == "-" {
        Box::new(io::BufReader::new(io::stdin()))
    } else {
        match std::fs::File::open(file) {
            Ok(f) => Box::new(io::BufReader::new(f)),
            Err(e) => {
                eprintln!("extract: {name}: {e}");
                return Ok(false);
            }
        }
    };
    let threads = opts.threads.max(1);
    let (work_tx, work_rx) = mpsc::sync_channel::<Batch>(threads * 2);
    // Owned by the workers alone, so that when they stop (the output
    // closed), the reader's next send fails instead of waiting forever.
    let work_rx = Arc::new(Mutex::new(work_rx));
    let (done_tx, done_rx) = mpsc::sync_channel::<Done>(threads * 2);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let done_tx = done_tx.clone();
            let work_rx = Arc::clone(&work_rx);
            scope.spawn(move || {
                loop {
                    // The lock is held only to take the next batch.
                    let next = work_rx.lock().map(|rx| rx.recv());
                    let Ok(Ok(batch)) = next else { break };
                    if done_tx.send(work(ex, opts, name, batch)).is_err() {
                        break;
                    }
                }
            });
        }
        drop((done_tx, work_rx));
        let reader = scope.spawn(move || read_batches(reader, &work_tx));
        // On an error (a closed output), dropping the receiver stops the
        // workers, and with them the reader.
        let written = write_in_order(done_rx, out);
        let read = reader.join().map_err(|_| "the reader stopped")?;
        let ok = written?;
        read?;
        Ok(ok)
    })
}

/// Reads `reader` into batches for the workers; stops early when they are
/// gone (the output closed).
fn read_batches(reader: Box<dyn BufRead + Send>, tx: &mpsc::SyncSender<Batch>) -> io::Result<()> {
    let mut batch = Batch { seq: 0, lines: Vec::new() };
    let mut bytes = 0;
    for (n, line) in reader.split(b'\n').enumerate() {
        let line = line?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        bytes += line.len();
        batch.lines.push((n + 1, line));
        if batch.lines.len() >= BATCH_LINES || bytes >= BATCH_BYTES {
            let seq = batch.seq + 1;
            if tx.send(std::mem::replace(&mut batch, Batch { seq, lines: Vec::new() })).is_err() {
                return Ok(());
            }
            bytes = 0;
        }
    }
    if !batch.lines.is_empty() {
        let _ = tx.send(batch);
    }
    Ok(())
}

/// Processes one batch.
fn work(ex: &Extractor, opts: &Options, name: &str, batch: Batch) -> Done {
    let mut done = Done {
        seq: batch.seq,
        out: Vec::new(),
        errors: Vec::new(),
        ok: true,
        docs: batch.lines.len(),
        bytes: 0,
    };
    for (n, line) in batch.lines {
        done.bytes += line.len() + 1;
        let v = match jsonl::process_line(ex, &line, opts.unit) {
            Ok(v) => v,
            Err((id, e)) => {
                done.errors.push(format!("extract: {name}: line {n}: {e}"));
                done.ok = false;
                json!({"id": id, "error": e})
            }
        };
        // Writing JSON into a Vec cannot fail.
        let _ = serde_json::to_writer(&mut done.out, &v);
        done.out.push(b'\n');
    }
    done
}

/// Writes the workers' batches in input order, with a progress line on
/// standard error when it is a terminal.
fn write_in_order(
    done: mpsc::Receiver<Done>,
    out: &mut impl Write,
) -> Result<bool, Box<dyn Error>> {
    let mut pending: BTreeMap<usize, Done> = BTreeMap::new();
    let mut next = 0;
    let mut ok = true;
    let mut progress = Progress::new();
    for d in done {
        pending.insert(d.seq, d);
        while let Some(d) = pending.remove(&next) {
            for e in &d.errors {
                progress.clear();
                eprintln!("{e}");
            }
            out.write_all(&d.out)?;
            ok &= d.ok;
            progress.add(d.docs, d.bytes);
            next += 1;
        }
    }
    progress.finish();
    Ok(ok)
}

/// Documents and megabytes per second on standard error, redrawn at most
/// five times a second; silent when standard error is not a terminal.
struct Progress {
    on: bool,
    start: Instant,
    last: Instant,
    docs: usize,
    bytes: usize,
    drawn: bool,
}

impl Progress {
    fn new() -> Progress {
        let now = Instant::now();
        Progress {
            on: io::stderr().is_terminal(),
            start: now,
            last: now,
            docs: 0,
            bytes: 0,
            drawn: false,
        }
    }

    fn add(&mut self, docs: usize, bytes: usize) {
        self.docs += docs;
        self.bytes += bytes;
        if self.on && self.last.elapsed() >= Duration::from_millis(200) {
            self.draw();
        }
    }

    fn draw(&mut self) {
        self.last = Instant::now();
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let mb = self.bytes as f64 / 1e6;
        eprint!("\r{} documents, {mb:.1} MB, {:.1} MB/s   ", self.docs, mb / secs);
        self.drawn = true;
    }

    fn clear(&mut self) {
        if self.drawn {
            eprint!("\r{:60}\r", "");
            self.drawn = false;
        }
    }

    fn finish(&mut self) {
        if self.on && self.docs > 0 {
            self.draw();
            eprintln!();
        }
    }
}

/// The readable report.
fn report(doc: &Extraction<'_>, name: &str, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "== {name}")?;
    if let Some(p) = doc.published() {
        writeln!(out, "published  {p}")?;
    }
    if let Some(d) = doc.dateline() {
        let date = d.date.map_or("-".into(), |x| x.to_string());
        writeln!(
            out,
            "dateline   {} | {} | {} | {:?}",
            d.place_name,
            date,
            d.agency.unwrap_or("-"),
            d.as_str()
        )?;
    }
    writeln!(out, "entities")?;
    for e in doc.entities() {
        if e.mentions.is_empty() {
            continue;
        }
        let names: Vec<String> = doc
            .mentions_of(e)
            .map(|m| {
                format!("{:?} {}..{} ({})", m.as_str(), m.span.start, m.span.end, m.source.as_str())
            })
            .collect();
        writeln!(out, "  {:<11} {} [{}]: {}", e.kind.as_str(), e.name, e.id, names.join(", "))?;
    }
    writeln!(out, "quotes")?;
    for q in doc.quotes() {
        let mut who = match (q.speaker_str(), doc.speaker_entity(q)) {
            (Some(w), Some(e)) => format!("{} (\"{w}\")", e.name),
            (Some(w), None) => format!("? (\"{w}\")"),
            _ => "?".into(),
        };
        // A joint statement's other speaker.
        if let Some(w) = doc.joint_entity(q) {
            who = format!("{who} with {}", w.name);
        }
        let content: String = q.content_str().chars().take(70).collect();
        writeln!(
            out,
            "  {:<8} {who} {} [{}]: {content:?}",
            q.kind.as_str(),
            q.cue_str().unwrap_or("-"),
            q.rule.as_str()
        )?;
    }
    Ok(())
}
