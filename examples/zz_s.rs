fn main() {
    let t = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    for s in pressroom::sentences(&t) {
        println!("[{}]", s.as_str());
    }
}
