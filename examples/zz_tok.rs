fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    for t in pressroom::tokenize(&text) {
        if !t.is_space() {
            print!("[{}|{:?}] ", t.as_str(), t.kind);
        }
    }
    println!();
    for s in pressroom::sentences(&text) {
        println!("S: {:?}", s.as_str());
    }
}
