//! Who said what: one line per quote, direct or reported, with the speaker
//! the sieve settled on and the rule that decided.
//!
//! cargo run --example quotes_only -- story.txt   (or the story on stdin)

use std::error::Error;
use std::io::Read;

fn main() -> Result<(), Box<dyn Error>> {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(path) => text = std::fs::read_to_string(path)?,
        None => {
            std::io::stdin().read_to_string(&mut text)?;
        }
    }
    let doc = pressroom::extract(&text);
    for q in doc.quotes() {
        let speaker = doc.speaker_entity(q).map_or("(unknown)", |e| e.name.as_str());
        println!(
            "{:<8} {:<24} {:<12} {:<14} {}",
            q.kind.as_str(),
            speaker,
            q.cue_str().unwrap_or("-"),
            q.rule.as_str(),
            q.content_str().replace('\n', " ")
        );
    }
    Ok(())
}
