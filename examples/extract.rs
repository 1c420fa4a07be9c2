//! The `extract` command line: stories in, entities, datelines and quotes
//! out, as a readable report, JSON or JSON lines. The contract is
//! `../shared/CLI.md`; run with `--help` for the options.

use std::error::Error;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::Path;
use std::process::ExitCode;

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
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        format: Format::Text,
        unit: OffsetUnit::Bytes,
        gazetteers: Vec::new(),
        default: true,
        files: Vec::new(),
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

/// JSON lines in, JSON lines out, one for one.
fn jsonl(
    ex: &Extractor,
    opts: &Options,
    file: &str,
    out: &mut impl Write,
) -> Result<bool, Box<dyn Error>> {
    let name = if file == "-" { "standard input" } else { file };
    let reader: Box<dyn BufRead> = if file == "-" {
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
    let mut ok = true;
    for (n, line) in reader.split(b'\n').enumerate() {
        let line = line?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match jsonl::process_line(ex, &line, opts.unit) {
            Ok(v) => serde_json::to_writer(&mut *out, &v)?,
            Err((id, e)) => {
                eprintln!("extract: {name}: line {}: {e}", n + 1);
                serde_json::to_writer(&mut *out, &json!({"id": id, "error": e}))?;
                ok = false;
            }
        }
        writeln!(out)?;
    }
    Ok(ok)
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
        let who = match (q.speaker_str(), doc.speaker_entity(q)) {
            (Some(w), Some(e)) => format!("{} (\"{w}\")", e.name),
            (Some(w), None) => format!("? (\"{w}\")"),
            _ => "?".into(),
        };
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
