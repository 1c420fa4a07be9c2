//! Extraction with your own list: load a TSV gazetteer (path as the first
//! argument, or a small built-in one), add it to the default, and print one
//! line per mention of your entities.
//!
//! cargo run --example custom_gazetteer -- lists.tsv story.txt

use std::error::Error;
use std::io::Read;

use pressroom::{Extractor, Gazetteer, Source};

const BUILT_IN: &str = "\
name\tkind\tid\ttype
Acme Robotics Corporation\tinstitution\tacme\tcompany
Acme Robotics\tinstitution\tacme
Dana Whitfield\tperson\tdana-whitfield\texecutive\trole=Chief Executive Officer of Acme Robotics Corporation 2019-01-01..\tgender=f
";

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let gazetteer = match args.first() {
        Some(path) => Gazetteer::from_path(path)?,
        None => Gazetteer::from_tsv_str(BUILT_IN)?,
    };
    let ex = Extractor::builder().gazetteer(gazetteer).build()?;
    let mut text = String::new();
    match args.get(1) {
        Some(path) => text = std::fs::read_to_string(path)?,
        None => {
            std::io::stdin().read_to_string(&mut text)?;
        }
    }
    let doc = ex.extract(&text);
    for m in doc.mentions() {
        let e = doc.entity(m);
        let mark = if m.source == Source::Gazetteer { "" } else { " *" };
        println!("{}\t{}\t{}\t{}{mark}", m.span, m.kind, e.id, m.as_str());
    }
    Ok(())
}
