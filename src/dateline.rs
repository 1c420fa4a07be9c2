//! Header lines and datelines: where and when a story was filed, and by
//! which wire.

use crate::date::{Date, month_number};
use crate::span::Span;

/// The dateline of a story: "MOSCOW, November 26. /TASS/.", "WASHINGTON
/// (Reuters) -", "NEW YORK, Nov. 26, 2021 /PRNewswire/ --", or a place in
/// capitals and a dash alone ("WASHINGTON —") when no dated dateline
/// follows in the first lines.
///
/// # Example
/// ```
/// let text = "BEIJING, Nov. 26 (Xinhua) -- China said on Friday ...";
/// let ex = pressroom::Extractor::new().extract_with_date(text, "2021-11-26".parse().ok());
/// let d = ex.dateline().unwrap();
/// assert_eq!(d.as_str(), "BEIJING, Nov. 26 (Xinhua) --");
/// assert_eq!(d.place_name, "Beijing");
/// assert_eq!(d.date.unwrap().to_string(), "2021-11-26");
/// assert_eq!(d.agency, Some("Xinhua"));
/// ```
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Dateline<'t> {
    pub(crate) text: &'t str,
    /// The whole dateline, through the agency marker or the dash.
    pub span: Span,
    /// The place as written ("MOSCOW").
    pub place: Span,
    /// The place's name: the gazetteer's canonical name when it knows the
    /// place, else the written name in title case ("Moscow").
    pub place_name: String,
    /// The date, its year taken from the publication date when the
    /// dateline has none.
    pub date: Option<Date>,
    /// The wire or agency ("TASS", "Reuters", "PR Newswire"), when named.
    pub agency: Option<&'static str>,
    /// Whether the dateline stands only if the gazetteer knows its place
    /// ("Tokyo, Japan – Sony today announced", in title case, undated).
    pub(crate) needs_known_place: bool,
}

impl<'t> Dateline<'t> {
    /// The dateline's text.
    pub fn as_str(&self) -> &'t str {
        &self.text[self.span]
    }
}

/// Agency markers, as written (lowercased, inner spaces single), and the
/// agency's name.
const AGENCIES: &[(&str, &str)] = &[
    ("tass", "TASS"),
    ("itar-tass", "TASS"),
    ("reuters", "Reuters"),
    ("ap", "AP"),
    ("afp", "AFP"),
    ("xinhua", "Xinhua"),
    ("interfax", "Interfax"),
    ("prnewswire", "PR Newswire"),
    ("pr newswire", "PR Newswire"),
    ("business wire", "Business Wire"),
    ("businesswire", "Business Wire"),
    ("globe newswire", "GlobeNewswire"),
    ("globenewswire", "GlobeNewswire"),
    ("ria novosti", "RIA Novosti"),
    ("sputnik", "Sputnik"),
    ("upi", "UPI"),
    ("kyodo", "Kyodo"),
    ("yonhap", "Yonhap"),
    ("bloomberg", "Bloomberg"),
    ("anadolu", "Anadolu"),
    ("efe", "EFE"),
    ("dpa", "dpa"),
    ("ansa", "ANSA"),
    ("belta", "BelTA"),
    ("kazinform", "Kazinform"),
    ("cna", "CNA"),
    ("ians", "IANS"),
    ("pti", "PTI"),
    ("accesswire", "ACCESSWIRE"),
    ("cnw", "CNW"),
    ("aa", "Anadolu"),
    ("anadolu agency", "Anadolu"),
    ("canada newswire", "CNW"),
    ("newswire", "Newswire"),
    // National news agencies.
    ("bernama", "Bernama"),
    ("antara", "Antara"),
    ("vna", "VNA"),
    ("bss", "BSS"),
    ("mena", "MENA"),
    ("wam", "WAM"),
    ("app", "APP"),
    ("irna", "IRNA"),
    ("spa", "SPA"),
    ("qna", "QNA"),
    ("kuna", "KUNA"),
    ("petra", "Petra"),
    ("sana", "SANA"),
    ("pna", "PNA"),
    ("prensa latina", "Prensa Latina"),
    ("lusa", "Lusa"),
    ("agerpres", "Agerpres"),
    ("mti", "MTI"),
    ("pap", "PAP"),
    ("ctk", "CTK"),
    ("tasr", "TASR"),
    ("hina", "HINA"),
    ("tanjug", "Tanjug"),
    ("bta", "BTA"),
    ("ukrinform", "Ukrinform"),
    ("azertac", "AzerTac"),
    ("armenpress", "Armenpress"),
    ("kabar", "Kabar"),
    ("kcna", "KCNA"),
    ("jiji", "Jiji"),
    ("jiji press", "Jiji"),
    ("aap", "AAP"),
    ("ani", "ANI"),
    ("uni", "UNI"),
    ("nna", "NNA"),
    ("map", "MAP"),
    ("ena", "ENA"),
    ("nan", "NAN"),
    ("gna", "GNA"),
    ("xinhua news agency", "Xinhua"),
    ("wafa", "WAFA"),
    ("tap", "TAP"),
    ("aps", "APS"),
    ("ina", "INA"),
    ("ria", "RIA Novosti"),
    ("cp", "The Canadian Press"),
    ("canadian press", "The Canadian Press"),
    ("the canadian press", "The Canadian Press"),
    ("pa", "PA Media"),
    ("pa media", "PA Media"),
    ("ips", "IPS"),
    ("apa", "APA"),
    ("belga", "Belga"),
    ("anp", "ANP"),
    ("ritzau", "Ritzau"),
    ("ntb", "NTB"),
    ("stt", "STT"),
    ("leta", "LETA"),
    ("elta", "ELTA"),
    ("bns", "BNS"),
    ("ana-mpa", "ANA-MPA"),
    ("cyna", "CNA"),
    ("efe news", "EFE"),
    // Government release services that stand in datelines as agencies do.
    ("pib", "PIB"),
];

fn agency(marker: &str) -> Option<&'static str> {
    let m = marker.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    AGENCIES.iter().find(|(k, _)| *k == m).map(|(_, v)| *v)
}

/// A header line `date YYYY-MM-DD` at the start of the text (the first
/// non-blank line, or its first words): its span and date.
pub(crate) fn header_date(text: &str) -> Option<(Span, Date)> {
    let start = text.len() - text.trim_start().len();
    let rest = &text[start..];
    let word_end = rest.find(|c: char| c.is_whitespace() || c == ':')?;
    if !rest[..word_end].eq_ignore_ascii_case("date") {
        return None;
    }
    let after = &rest[word_end..];
    let skip = after.len() - after.trim_start_matches([' ', '\t', ':']).len();
    let d = after.get(skip..skip + 10)?;
    let date: Date = d.parse().ok()?;
    let end = start + word_end + skip + 10;
    if text[end..].chars().next().is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    Some((Span::new(start, end), date))
}

/// The date of a labelled line among the story's first lines, as many
/// sites set it under the headline: "Published: 14 July 2026", "Posted on
/// March 3, 2026", "Date: Monday, 2 March 2026", "Issued 12 May 2026"; or
/// of a line that holds a date alone ("Thursday, 5 March 2026") or opens
/// with one and a dash. The date must have its year.
pub(crate) fn labelled_date(text: &str) -> Option<Date> {
    const LABELS: &[&str] = &["Published", "Posted", "Date", "Issued", "Released", "Release date"];
    let mut lines = 0;
    let mut at = 0;
    while lines < 8 && at < text.len().min(2_000) {
        let end = text[at..].find('\n').map_or(text.len(), |n| at + n);
        let mut c = Cur { text: &text[..end], at };
        c.spaces();
        if c.at < end {
            lines += 1;
            let label = LABELS.iter().find(|l| {
                c.rest().get(..l.len()).is_some_and(|w| w.eq_ignore_ascii_case(l))
                    && !c.rest()[l.len()..].starts_with(char::is_alphanumeric)
            });
            if let Some(l) = label {
                c.at += l.len();
                c.spaces();
                let _ = c.eat(":") || c.eat("on") || c.eat("On");
                c.spaces();
            }
            // ("Monday, 2 March 2026": a weekday first.)
            let mark = c.at;
            let day = c.take(char::is_alphabetic);
            if crate::lexicon::is_weekday(day) {
                let _ = c.eat(",");
                c.spaces();
            } else {
                c.at = mark;
            }
            // A line that is a date and nothing more needs no label; nor
            // does a date that opens the story's first paragraph before a
            // dash, with no place ("March 3, 2026 — Acme Corp announced").
            if let Some((Some(y), m, d)) = month_day_year(&mut c) {
                let rest = c.rest().trim_start_matches([' ', '\u{a0}']);
                let dash = opens_with_dash(rest);
                if label.is_some() || rest.trim().is_empty() || dash {
                    return Date::new(y, m, d);
                }
            }
        }
        at = end + 1;
    }
    None
}

/// Whether `s` opens with a dateline's dash: "—", "–", "--" or "- ".
fn opens_with_dash(s: &str) -> bool {
    ["—", "–", "--", "- "].iter().any(|d| s.starts_with(d))
}

/// A cursor over the text for the dateline grammar.
struct Cur<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Cur<'t> {
    fn rest(&self) -> &'t str {
        &self.text[self.at..]
    }
    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }
    fn eat(&mut self, s: &str) -> bool {
        if self.rest().starts_with(s) {
            self.at += s.len();
            true
        } else {
            false
        }
    }
    fn spaces(&mut self) -> usize {
        let n = self.rest().len() - self.rest().trim_start_matches([' ', '\t', '\u{a0}']).len();
        self.at += n;
        n
    }
    /// A run of chars that satisfy `f`.
    fn take(&mut self, f: impl Fn(char) -> bool) -> &'t str {
        let r = self.rest();
        let n = r.find(|c: char| !f(c)).unwrap_or(r.len());
        self.at += n;
        &r[..n]
    }
}

/// Finds a dateline at the start of one of the first paragraphs (after a
/// header line or a title).
pub(crate) fn find(text: &str, published: Option<Date>, after: usize) -> Option<Dateline<'_>> {
    let mut starts = vec![after];
    let mut pos = after;
    // The dateline may follow a title line or a few ("FOR IMMEDIATE
    // RELEASE", a date, a headline); blank lines do not count.
    // A paragraph of running text is the story's first: no dateline
    // after it (a statement's place and date at its foot are a signature).
    let mut lines = 0;
    while lines < 5 && starts.len() < 12 {
        let Some(nl) = text[pos..].find('\n') else { break };
        if nl > 150 {
            break;
        }
        pos += nl + 1;
        if pos >= text.len() || pos > after + 2_000 {
            break;
        }
        if !text[pos..].starts_with(['\n', '\r']) {
            lines += 1;
        }
        starts.push(pos);
    }
    // A dateline with a date or an agency anywhere in the first lines wins
    // over a bare "PLACE —" before it (a kicker: "ECONOMIC SPOTLIGHT -").
    // A line with a weekday and a date ("Thursday, June 11, 2026") names no
    // place: its date goes to the dateline that follows without one.
    let mut bare = None;
    let mut day_line = None;
    for s in starts {
        if let Some(d) = posted_on(text, s).or_else(|| piped(text, s)) {
            return Some(d);
        }
        match parse_at(text, s, published) {
            // (So does a release label with a date: "FOR IMMEDIATE RELEASE
            // – March 2, 2026 –".)
            Some((d, _))
                if crate::lexicon::is_weekday(&text[d.place]) || release_label(&text[d.place]) =>
            {
                day_line = day_line.or(d.date);
            }
            Some((d, true)) => return Some(d),
            Some((d, false)) => {
                bare.get_or_insert(d);
            }
            None => {}
        }
    }
    bare.map(|mut d| {
        d.date = d.date.or(day_line);
        d
    })
}

/// The dateline at `start`, and whether it is a strong one: with a date or
/// an agency, not only a place and a dash.
fn parse_at(text: &str, start: usize, published: Option<Date>) -> Option<(Dateline<'_>, bool)> {
    let mut c = Cur { text, at: start };
    c.take(char::is_whitespace);
    let line_start = c.at;
    // "(Beirut, May 3, 2026) –", as Human Rights Watch sets it.
    let paren = c.eat("(");
    let place_start = c.at;
    // The place: up to five words, capitalised, joined by spaces, hyphens
    // or periods ("NEW YORK", "ST. PETERSBURG", "RIO DE JANEIRO").
    let mut words = 0;
    let mut all_caps = true;
    let mut place_end = c.at;
    loop {
        let w =
            c.take(|ch| ch.is_alphabetic() || ch == '.' || ch == '\'' || ch == '’' || ch == '-');
        // A trailing hyphen is the dateline's dash ("SAN FRANCISCO--").
        let mut trimmed = w.trim_end_matches('-');
        // A period ends an abbreviation ("ST.", "D.C.") but not a full
        // word ("MOSCOW. Nov 26").
        if let Some(stem) = trimmed.strip_suffix('.') {
            if stem.chars().count() > 3 && !stem.contains('.') {
                trimmed = stem;
            }
        }
        c.at -= w.len() - trimmed.len();
        let w = trimmed;
        if w.is_empty() {
            break;
        }
        let first_upper = w.chars().next().is_some_and(char::is_uppercase);
        let particle = matches!(w, "de" | "da" | "del" | "do" | "la" | "le" | "am" | "an" | "on");
        if !first_upper && !particle {
            c.at -= w.len();
            break;
        }
        if w.chars().any(char::is_lowercase) {
            all_caps = false;
        }
        words += 1;
        place_end = c.at;
        if words == 5 || !c.eat(" ") {
            break;
        }
        if !c.peek().is_some_and(char::is_alphabetic) {
            break;
        }
    }
    if words == 0 {
        return None;
    }
    c.at = place_end;
    let place = Span::new(place_start, place_end);
    // "MILAN/FRANKFURT, Oct 2 (Reuters)": more places after slashes, the
    // first one the dateline's.
    while c.text[c.at..].starts_with('/') {
        let rest = &c.text[c.at + 1..];
        let len = rest
            .find(|ch: char| !(ch.is_alphabetic() || matches!(ch, ' ' | '.' | '-' | '\'')))
            .unwrap_or(rest.len());
        let other = rest[..len].trim_end();
        let next = rest[len..].chars().next();
        let placelike = !other.is_empty()
            && other.len() <= 30
            && other.chars().next().is_some_and(char::is_uppercase)
            && other.split(' ').all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && matches!(next, Some(',' | '/' | '('));
        if !placelike {
            break;
        }
        c.at += 1 + len;
    }
    // TASS: " /Leningrad Region/"
    let save = c.at;
    c.spaces();
    if c.eat("/") {
        let region = c.take(|ch| ch != '/' && ch != '\n');
        if !(c.eat("/") && region.len() < 60 && !region.is_empty()) {
            c.at = save;
        }
    } else {
        c.at = save;
    }
    // "OSLO and BOSTON, April 14, 2026": a second place, in capitals.
    if all_caps {
        second_place(&mut c);
    }
    // Wire copy names the region or country after the city when a date
    // or an agency follows: "LEONIA, N.J., March 3 -", "KIEL, West Germany,
    // March 5 -", "AUSTIN, Texas--(BUSINESS WIRE)--".
    let save = c.at;
    let mut titled_region = false;
    if c.eat(",") {
        c.spaces();
        let mut region = 0;
        while region < 3 {
            let w = c.take(|ch| ch.is_alphabetic() || ch == '.');
            if !w.chars().next().is_some_and(char::is_uppercase) {
                c.at -= w.len();
                break;
            }
            region += 1;
            if !(c.peek() == Some(' ')
                && text[c.at + 1..].chars().next().is_some_and(char::is_uppercase))
            {
                break;
            }
            c.eat(" ");
        }
        // "OSLO, Norway and BOSTON, April 14, 2026": a second place after
        // the first one's country, and its own region.
        if region > 0 && all_caps && second_place(&mut c) {
            let at = c.at;
            if c.eat(",") {
                c.spaces();
                let w = c.take(|ch| ch.is_alphabetic() || ch == '.');
                let month = crate::date::month_number(w.trim_end_matches('.')).is_some();
                if !w.starts_with(char::is_uppercase) || month {
                    c.at = at;
                }
            }
        }
        let before_comma = c.at;
        // ("AUSTIN, Texas--(BUSINESS WIRE)--", "OTTAWA, Ontario (AP) —":
        // or the agency's marker.)
        let marked = region > 0 && (c.rest().starts_with("--(") || c.rest().starts_with(" ("));
        let dated = marked
            || (region > 0 && {
                let at = c.at;
                let dated = dash_date(&mut c).is_some()
                    || (c.eat(",") && {
                        c.spaces();
                        month_day_year(&mut c).is_some()
                    });
                c.at = at;
                dated
            });
        // "ITHACA, N.Y. – Corals ...": a region and the dash, undated; in
        // title case too ("Tokyo, Japan – Sony today announced"), where the
        // caller checks the place is a known one.
        let dashed_region = region > 0 && (all_caps || (region <= 2 && words <= 3)) && {
            let r = c.rest().trim_start_matches([' ', '\t', '\u{a0}']);
            opens_with_dash(r)
        };
        titled_region = dashed_region && !all_caps && !dated;
        c.at = if dated || dashed_region { before_comma } else { save };
    }
    // The date: ", November 26" / ". Nov 26" / ", Nov. 26, 2021" / " — Oct.
    // 15, 2026 —".
    let save = c.at;
    let mut date = if c.eat(",") || c.eat(".") {
        c.spaces();
        month_day_year(&mut c)
    } else {
        dash_date(&mut c)
    };
    if date.is_none() {
        c.at = save;
    }
    // "GENEVA (12 March 2026) –", as United Nations offices set it: the
    // date in parentheses after the place, with its year.
    if date.is_none() && !paren {
        c.spaces();
        date = c.eat("(").then(|| month_day_year(&mut c)).flatten().filter(|(y, ..)| y.is_some());
        if date.is_none() || !c.eat(")") {
            date = None;
            c.at = save;
        }
    }
    // TASS puts a period after the date.
    let before_dot = c.at;
    if date.is_some() && !c.eat(".") {
        c.at = before_dot;
    }
    if paren && !(date.is_some() && c.eat(")")) {
        return None;
    }
    // The agency marker.
    let mut agency_name = None;
    let save = c.at;
    c.spaces();
    let mut dashes_before = false;
    if c.eat("--") || c.eat("—") {
        dashes_before = true;
    }
    let mut issuer = false;
    let mut in_parens = false;
    if c.eat("/") {
        let m = c.take(|ch| ch != '/' && ch != '\n');
        if c.eat("/") {
            agency_name = agency(m);
            c.eat(".");
        }
    } else if c.eat("(") {
        let m = c.take(|ch| ch != ')' && ch != '\n');
        if c.eat(")") {
            agency_name = agency(m);
            in_parens = agency_name.is_some();
            // "GENEVA, 4 June 2026 (WHO) —": after a date, the acronym of
            // the body that issues the release, which is no agency.
            issuer = agency_name.is_none()
                && date.is_some()
                && (2..=10).contains(&m.len())
                && m.chars().all(|ch| ch.is_ascii_uppercase() || ch == '&');
        }
    }
    // "ASTANA. KAZINFORM –": the agency after a period, in capitals.
    if agency_name.is_none() && !issuer && date.is_none() {
        let back = c.at;
        c.at = save;
        if c.eat(".") {
            c.spaces();
            let m = c.take(|ch| ch.is_ascii_uppercase() || ch == '-');
            let name = (m.len() >= 2).then(|| agency(m)).flatten();
            let before_dash = c.at;
            c.spaces();
            let dash_follows = ["—", "–", "--", "-"].iter().any(|d| c.rest().starts_with(d));
            c.at = before_dash;
            if let (Some(n), true) = (name, dash_follows) {
                agency_name = Some(n);
            } else {
                c.at = back;
            }
        } else {
            c.at = back;
        }
    }
    if agency_name.is_none() && !issuer {
        c.at = save;
    } else if dashes_before && !issuer {
        // "--(BUSINESS WIRE)--", and the date after it:
        // "WASHINGTON--(BUSINESS WIRE)--Nov. 23, 2026--".
        c.eat("--");
        let save = c.at;
        if date.is_none() {
            date = month_day_year(&mut c);
            if !(date.is_some() && c.rest().trim_start().starts_with("--")) {
                date = None;
                c.at = save;
            }
        }
    }
    // The dash that ends the dateline ("ISLAMABAD, Mar 3 (APP):" sets a
    // colon after the agency).
    let before_dash = c.at;
    c.spaces();
    // (EFE sets a period before its dash: "(EFE) .-".)
    let double = c.eat("--") || c.eat(".-");
    // ("Dubai, UAE – 30 November 2026: Emirates ...": a colon after a
    // date, as Gulf releases set it. Not after a word in capitals alone:
    // "HUFFPOLLSTER: Indiana's ..." is a column's label as often as
    // "ISLAMABAD: ..." a town.)
    let dashed = double
        || c.eat("—")
        || c.eat("–")
        || c.eat("―")
        || c.eat("-")
        || ((agency_name.is_some() || date.is_some()) && c.eat(":"));
    if !dashed {
        c.at = before_dash;
    } else if !double && !c.peek().is_some_and(char::is_whitespace) {
        // "-" glued to a word is a hyphen, not the dateline's dash; Business
        // Wire glues its "--" ("2026--The").
        c.at = before_dash;
    }
    let dashed = c.at != before_dash;
    // "WASHINGTON —": a place in capitals and a dash, without date or
    // agency, when the words are no label ("BREAKING —") and a sentence
    // follows, not more capitals ("ECONOMIC SPOTLIGHT - BANKAMERICA").
    // (An acronym may open it when a lowercase word follows: "WASHINGTON
    // -- NASA has selected", "PASADENA, Calif. — NASA's Europa Clipper".)
    let sentence_follows = {
        let rest = text[c.at..].trim_start();
        let mut words = rest.split(|ch: char| !ch.is_alphabetic());
        let word = words.next().unwrap_or("");
        let mut words = words.filter(|w| !w.is_empty());
        let lower = |w: &str| w.chars().skip(1).any(char::is_lowercase);
        word.chars().next().is_some_and(char::is_uppercase)
            && (lower(word)
                || (rest.starts_with(word)
                    && [" ", "'s ", "’s "].iter().any(|next| rest[word.len()..].starts_with(next))
                    && words.next().is_some_and(|n| n.chars().all(char::is_lowercase))))
            && month_number(word).is_none()
    };
    let bare = dashed
        && all_caps
        && words <= 3
        && sentence_follows
        && !matches!(
            text[place].to_ascii_lowercase().as_str(),
            "breaking"
                | "update"
                | "updated"
                | "exclusive"
                | "watch"
                | "opinion"
                | "analysis"
                | "editor's note"
                | "note"
                | "correction"
                | "live"
                | "video"
                | "photos"
                | "read more"
                | "warning"
                | "alert"
                | "notice"
                | "advisory"
                | "media advisory"
                | "attention"
                | "statement"
                | "summary"
                | "background"
                | "contact"
                | "source"
                | "q"
                | "a"
        );
    // "CANBERRA, 3 February 2026" on a line of its own, as government
    // releases set it.
    // (At most three words: "REUTER BUSINESS NEWS HIGHLIGHTS, APRIL 7" is
    // a headline.)
    let own_line = !dashed && date.is_some() && words <= 3 && {
        let rest = text[c.at..].trim_start_matches([' ', '\t']);
        rest.is_empty() || rest.starts_with('\n') || rest.starts_with("\r\n")
    };
    // "Brussels, 14 March 2026", as the European Commission sets it: in
    // title case only with the year, which a headline seldom ends with.
    // So too before the dash: "Zurich, 4 June 2026 – FIFA has confirmed".
    let with_year = date.is_some_and(|(y, ..)| y.is_some());
    let own_line_titled = (own_line || (dashed && words <= 3)) && with_year;
    // (In parentheses, before the dash: with the year too.)
    let own_line_titled = own_line_titled || (paren && dashed && with_year);
    // (An agency in parentheses is a dateline's only before its dash, or
    // a colon, or the line's end: not "the state-run Philippine News\n
    // Agency (PNA) said".)
    let line_ends = text[c.at..].trim_start_matches([' ', '\t']).starts_with(['\n', '\r']);
    // (PTI sets no dash after a date: "New Delhi, Jan 9 (PTI) Union
    // Agriculture Minister ...".)
    let titled_region =
        titled_region && dashed && date.is_none() && agency_name.is_none() && sentence_follows;
    let valid = (agency_name.is_some()
        && (!in_parens
            || dashed
            || dashes_before
            || line_ends
            || (date.is_some() && sentence_follows)))
        || (all_caps && ((dashed && (date.is_some() || bare)) || own_line))
        || own_line_titled
        || titled_region;
    if !valid || (!all_caps && agency_name.is_none() && !own_line_titled && !titled_region) {
        return None;
    }
    if !all_caps && words > 3 {
        return None;
    }
    let date = date.and_then(|(y, m, d)| {
        let year = y.or_else(|| published.map(|p| p.year))?;
        let mut date = Date::new(year, m, d)?;
        if y.is_none() {
            // A dateline after the publication date (December on a story
            // published in January) belongs to the year before.
            if let Some(p) = published {
                if date.days() - p.days() > 2 {
                    date = Date::new(year - 1, m, d)?;
                }
            }
        }
        Some(date)
    });
    let place_text = &text[place];
    let strong = agency_name.is_some() || date.is_some();
    Some((
        Dateline {
            text,
            span: Span::new(line_start, c.at),
            place,
            place_name: title_case(place_text),
            date,
            agency: agency_name,
            needs_known_place: titled_region,
        },
        strong,
    ))
}

/// Whether a dateline's place is a release's label: "FOR IMMEDIATE
/// RELEASE", "MEDIA RELEASE", "EMBARGOED".
fn release_label(place: &str) -> bool {
    crate::lexicon::lower_in(
        place,
        &[
            "for immediate release",
            "immediate release",
            "press release",
            "media release",
            "news release",
            "embargoed",
            "media advisory",
            "joint statement",
            "statement",
        ],
    )
}

/// The line the World Health Organization and other agencies set under a
/// release's headline: "24 May 2026 | News release | Geneva", a date, the
/// release's kind and the place, between bars, in any order; the place is
/// one to three capitalised words.
fn piped(text: &str, start: usize) -> Option<Dateline<'_>> {
    let line_end = text[start..].find('\n').map_or(text.len(), |n| start + n);
    let line = &text[start..line_end];
    if !line.contains(" | ") || line.len() > 120 {
        return None;
    }
    let (mut date, mut place) = (None, None);
    let mut at = start;
    for part in line.split('|') {
        let lead = part.len() - part.trim_start().len();
        let seg = Span::new(at + lead, at + lead + part.trim().len());
        at += part.len() + 1;
        let words = text[seg].split(' ').collect::<Vec<_>>();
        let mut c = Cur { text, at: seg.start };
        if let Some((Some(y), m, d)) = month_day_year(&mut c).filter(|_| date.is_none()) {
            if c.at == seg.end {
                date = Date::new(y, m, d);
                continue;
            }
        }
        // (Not the release's kind: "News release", "Statement".)
        let placelike = (1..=3).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
            && !release_label(&text[seg])
            && !crate::lexicon::lower_in(
                &text[seg],
                &["news", "departmental news", "feature", "speech", "notes for the media"],
            );
        if placelike && place.is_none() {
            place = Some(seg);
        }
    }
    let (date, place) = (date?, place?);
    Some(Dateline {
        text,
        span: Span::new(start, line_end),
        place,
        place_name: title_case(&text[place]),
        date: Some(date),
        agency: None,
        needs_known_place: false,
    })
}

/// The line India's Press Information Bureau sets under a release's
/// headline: "Posted On: 12 MAR 2026 4:15PM by PIB Delhi", the date, the
/// time and the bureau's office.
fn posted_on(text: &str, start: usize) -> Option<Dateline<'_>> {
    let mut c = Cur { text, at: start };
    c.take(|ch| ch == ' ' || ch == '\t');
    let line_start = c.at;
    if !(c.eat("Posted On:") || c.eat("Posted on:")) {
        return None;
    }
    c.spaces();
    let (y, m, d) = month_day_year(&mut c)?;
    let date = y.and_then(|y| Date::new(y, m, d));
    c.spaces();
    // The time: "4:15PM", "10:05 AM".
    c.take(|ch| ch.is_ascii_digit() || ch == ':');
    c.spaces();
    c.take(|ch| matches!(ch, 'A' | 'P' | 'M' | 'a' | 'p' | 'm'));
    c.spaces();
    if !(c.eat("by PIB ") || c.eat("by PIB\u{a0}")) {
        return None;
    }
    c.spaces();
    let place_start = c.at;
    let mut place_end = c.at;
    for _ in 0..3 {
        let w = c.take(|ch| ch.is_alphabetic() || ch == '-');
        if !w.starts_with(char::is_uppercase) {
            break;
        }
        place_end = c.at;
        if !c.eat(" ") {
            break;
        }
    }
    if place_end == place_start {
        return None;
    }
    let place = Span::new(place_start, place_end);
    Some(Dateline {
        text,
        span: Span::new(line_start, place_end),
        place,
        place_name: title_case(&text[place]),
        date,
        agency: Some("PIB"),
        needs_known_place: false,
    })
}

/// A second place after " and " at the cursor, in capitals as the first
/// ("OSLO and BOSTON", "OSLO, Norway and BOSTON"): the cursor moves past
/// it, or stays where it was.
fn second_place(c: &mut Cur<'_>) -> bool {
    let at = c.at;
    if !c.eat(" and ") {
        return false;
    }
    let mut words = 0;
    loop {
        let w = c.take(|ch| ch.is_alphabetic() || ch == '.' || ch == '-');
        if w.is_empty() || w.chars().any(char::is_lowercase) {
            c.at -= w.len();
            break;
        }
        words += 1;
        if words == 4 || c.peek() != Some(' ') {
            break;
        }
        if !c.text[c.at + 1..].starts_with(|ch: char| ch.is_uppercase()) {
            break;
        }
        c.eat(" ");
    }
    if words == 0 {
        c.at = at;
    }
    words > 0
}

/// A date between dashes at the cursor, as some companies set their
/// datelines ("REDMOND, Wash. — Oct. 15, 2026 — Contoso"): the date, with
/// the cursor after it and before the closing dash; none (the cursor
/// anywhere) when the words are not so.
fn dash_date(c: &mut Cur<'_>) -> Option<(Option<u16>, u8, u8)> {
    c.spaces();
    if !(c.eat("—") || c.eat("–") || c.eat("--")) {
        return None;
    }
    c.spaces();
    // ("WASHINGTON, D.C. – (Nov. 30, 2025) –": in parentheses, as US
    // government releases set it.)
    let paren = c.eat("(");
    let date = month_day_year(c)?;
    if paren && !c.eat(")") {
        return None;
    }
    let rest = c.rest().trim_start_matches(' ');
    // (Or a colon after the year: "Dubai, UAE – 30 November 2026:".)
    let colon = date.0.is_some() && rest.starts_with(':');
    (rest.starts_with('—') || rest.starts_with('–') || rest.starts_with("--") || colon)
        .then_some(date)
}

/// A date at the cursor, "Nov. 26", "November 26, 2021", or day first as
/// British and European releases write it, "12 March 2026": the month,
/// the day and the year if it follows; the cursor moves past it, or stays
/// where it was when no date stands there.
fn month_day_year(c: &mut Cur<'_>) -> Option<(Option<u16>, u8, u8)> {
    let start = c.at;
    if let Some(date) = numeric_date(c) {
        return Some(date);
    }
    let day_first = c.take(|ch| ch.is_ascii_digit());
    if !day_first.is_empty() {
        let d = day_first.parse::<u8>().ok().filter(|_| day_first.len() <= 2);
        // "3rd March, 2026": an ordinal's ending.
        for ending in ["st", "nd", "rd", "th"] {
            if c.rest().starts_with(ending) && c.rest()[2..].starts_with(' ') {
                c.at += 2;
                break;
            }
        }
        // "30. November 2025": German releases set a period after the day.
        let at_period = c.at;
        if !(c.eat(".") && c.rest().starts_with(' ')) {
            c.at = at_period;
        }
        let spaced = c.spaces() > 0;
        let m = month_number(c.take(char::is_alphabetic));
        c.eat(".");
        let (Some(d), Some(m), true) = (d, m, spaced) else {
            c.at = start;
            return None;
        };
        return Some((year(c, false).or_else(|| year(c, true)), m, d));
    }
    let m = month_number(c.take(char::is_alphabetic));
    c.eat(".");
    c.spaces();
    let day = c.take(|ch| ch.is_ascii_digit());
    let (Some(m), Ok(d)) = (m, day.parse::<u8>()) else {
        c.at = start;
        return None;
    };
    if day.len() > 2 {
        c.at = start;
        return None;
    }
    Some((year(c, true), m, d))
}

/// A date in digits at the cursor, day first with periods as European
/// releases write it ("12.03.2024") or ISO ("2024-03-12"); the cursor
/// stays where it was without one. (Slashes are left alone: "03/12/2024"
/// is March in one country and December in another.)
fn numeric_date(c: &mut Cur<'_>) -> Option<(Option<u16>, u8, u8)> {
    let start = c.at;
    let first = c.take(|ch| ch.is_ascii_digit());
    let mut part = |sep: &str, len: std::ops::RangeInclusive<usize>| {
        if !c.eat(sep) {
            return None;
        }
        let d = c.take(|ch| ch.is_ascii_digit());
        len.contains(&d.len()).then(|| d.parse::<u16>().ok()).flatten()
    };
    let date = match first.len() {
        4 => part("-", 2..=2).zip(part("-", 2..=2)).map(|(m, d)| (first.parse::<u16>().ok(), m, d)),
        1 | 2 => part(".", 1..=2)
            .zip(part(".", 4..=4))
            .map(|(m, y)| (Some(y), m, first.parse::<u16>().unwrap_or(0))),
        _ => None,
    };
    // (Not a time or a version: a digit glued after the date.)
    let glued = c.peek().is_some_and(|ch| {
        ch.is_ascii_digit() || ch == '.' && c.rest()[1..].starts_with(|d: char| d.is_ascii_digit())
    });
    let valid = date.filter(|&(y, m, d)| {
        y.is_some() && (1..=12).contains(&m) && (1..=31).contains(&d) && !glued
    });
    match valid {
        Some((y, m, d)) => Some((y, m as u8, d as u8)),
        None => {
            c.at = start;
            None
        }
    }
}

/// A four-digit year at the cursor, after spaces and, when `comma`, a
/// comma ("Nov. 26, 2021"); the cursor stays where it was without one.
fn year(c: &mut Cur<'_>, comma: bool) -> Option<u16> {
    let save = c.at;
    if comma {
        c.eat(",");
    }
    c.spaces();
    let digits = c.take(|ch| ch.is_ascii_digit());
    let year = (digits.len() == 4).then(|| digits.parse::<u16>().ok()).flatten();
    if year.is_none() {
        c.at = save;
    }
    year
}

pub(crate) fn title_case(s: &str) -> String {
    if s.chars().any(char::is_lowercase) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for ch in s.chars() {
        if start {
            out.push(ch);
        } else {
            out.extend(ch.to_lowercase());
        }
        start = !ch.is_alphabetic() && ch != '\'' && ch != '’';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<Date> {
        s.parse().ok()
    }

    #[test]
    fn wire_datelines() {
        let p = d("2021-11-26");
        // Each: text, dateline, place, date, agency. Written for this test.
        type Case<'a> = (&'a str, &'a str, &'a str, Option<&'a str>, Option<&'a str>);
        let cases: &[Case<'_>] = &[
            (
                "MOSCOW, November 26. /TASS/. Text",
                "MOSCOW, November 26. /TASS/.",
                "Moscow",
                Some("2021-11-26"),
                Some("TASS"),
            ),
            (
                "IGORA /Leningrad Region/, December 26. /TASS/. X",
                "IGORA /Leningrad Region/, December 26. /TASS/.",
                "Igora",
                Some("2020-12-26"),
                Some("TASS"),
            ),
            (
                "Mexico City, Oct 3 (EFE) .- Mexican President said",
                "Mexico City, Oct 3 (EFE) .-",
                "Mexico City",
                Some("2021-10-03"),
                Some("EFE"),
            ),
            // Digits, day first with periods, or ISO; not with slashes.
            (
                "Brussels, 12.03.2024 — The Commission approved",
                "Brussels, 12.03.2024 —",
                "Brussels",
                Some("2024-03-12"),
                None,
            ),
            (
                "BERLIN, 2024-03-12 - The ministry said",
                "BERLIN, 2024-03-12 -",
                "Berlin",
                Some("2024-03-12"),
                None,
            ),
            (
                "OSLO, Norway and BOSTON, April 14, 2026 (GLOBE NEWSWIRE) -- Two firms",
                "OSLO, Norway and BOSTON, April 14, 2026 (GLOBE NEWSWIRE) --",
                "Oslo",
                Some("2026-04-14"),
                Some("GlobeNewswire"),
            ),
            (
                "OSLO and BOSTON, Mass., April 14, 2026 /PRNewswire/ -- Two firms",
                "OSLO and BOSTON, Mass., April 14, 2026 /PRNewswire/ --",
                "Oslo",
                Some("2026-04-14"),
                Some("PR Newswire"),
            ),
            (
                "WASHINGTON (Reuters) - The",
                "WASHINGTON (Reuters) -",
                "Washington",
                None,
                Some("Reuters"),
            ),
            (
                "BEIJING, Nov. 26 (Xinhua) -- China",
                "BEIJING, Nov. 26 (Xinhua) --",
                "Beijing",
                Some("2021-11-26"),
                Some("Xinhua"),
            ),
            (
                "NEW YORK, Nov. 26, 2021 /PRNewswire/ -- Acme",
                "NEW YORK, Nov. 26, 2021 /PRNewswire/ --",
                "New York",
                Some("2021-11-26"),
                Some("PR Newswire"),
            ),
            (
                "SAN FRANCISCO--(BUSINESS WIRE)--Acme",
                "SAN FRANCISCO--(BUSINESS WIRE)--",
                "San Francisco",
                None,
                Some("Business Wire"),
            ),
            (
                "WASHINGTON--(BUSINESS WIRE)--Nov. 23, 2026--The Department",
                "WASHINGTON--(BUSINESS WIRE)--Nov. 23, 2026--",
                "Washington",
                Some("2026-11-23"),
                Some("Business Wire"),
            ),
            (
                "AUSTIN, Texas--(BUSINESS WIRE)--March 3, 2026-- Acme",
                "AUSTIN, Texas--(BUSINESS WIRE)--March 3, 2026--",
                "Austin",
                Some("2026-03-03"),
                Some("Business Wire"),
            ),
            (
                "LEEDS, England, 12 March 2026 – Researchers",
                "LEEDS, England, 12 March 2026 –",
                "Leeds",
                Some("2026-03-12"),
                None,
            ),
            (
                "GENEVA, 4 June 2026 (WHO) — The",
                "GENEVA, 4 June 2026 (WHO) —",
                "Geneva",
                Some("2026-06-04"),
                None,
            ),
            ("PARIS, 5 Nov - The", "PARIS, 5 Nov -", "Paris", Some("2021-11-05"), None),
            (
                "OTTAWA, Ontario (AP) — Canada's",
                "OTTAWA, Ontario (AP) —",
                "Ottawa",
                None,
                Some("AP"),
            ),
            (
                "REDMOND, Wash. — Oct. 15, 2026 — Contoso Ltd. today announced",
                "REDMOND, Wash. — Oct. 15, 2026 —",
                "Redmond",
                Some("2026-10-15"),
                None,
            ),
            (
                "WASHINGTON -- NASA has selected three companies",
                "WASHINGTON --",
                "Washington",
                None,
                None,
            ),
            (
                "Brussels, 14 March 2026\n\nThe Commission",
                "Brussels, 14 March 2026",
                "Brussels",
                Some("2026-03-14"),
                None,
            ),
            (
                "CANBERRA, 3 February 2026\n\nThe Minister",
                "CANBERRA, 3 February 2026",
                "Canberra",
                Some("2026-02-03"),
                None,
            ),
            (
                "DALLAS--(BUSINESS WIRE)--May 4 sales rose",
                "DALLAS--(BUSINESS WIRE)--",
                "Dallas",
                None,
                Some("Business Wire"),
            ),
            (
                "OTTAWA (CP) — The Supreme Court",
                "OTTAWA (CP) —",
                "Ottawa",
                None,
                Some("The Canadian Press"),
            ),
            ("LONDON (PA) - Police said", "LONDON (PA) -", "London", None, Some("PA Media")),
            (
                "TORONTO, Nov. 26, 2021 (GLOBE NEWSWIRE) -- Acme",
                "TORONTO, Nov. 26, 2021 (GLOBE NEWSWIRE) --",
                "Toronto",
                Some("2021-11-26"),
                Some("GlobeNewswire"),
            ),
            (
                "MOSCOW. Nov 26 (Interfax) - Russia",
                "MOSCOW. Nov 26 (Interfax) -",
                "Moscow",
                Some("2021-11-26"),
                Some("Interfax"),
            ),
            ("PARIS (AP) — French", "PARIS (AP) —", "Paris", None, Some("AP")),
            (
                "New Delhi, Jan 9 (PTI) Union Agriculture Minister",
                "New Delhi, Jan 9 (PTI)",
                "New Delhi",
                Some("2021-01-09"),
                Some("PTI"),
            ),
            (
                "NEW DELHI, 12 JAN 2026 (PIB) - The Union Minister",
                "NEW DELHI, 12 JAN 2026 (PIB) -",
                "New Delhi",
                Some("2026-01-12"),
                Some("PIB"),
            ),
            (
                "MILAN/FRANKFURT, Oct 2 (Reuters) - UniCredit",
                "MILAN/FRANKFURT, Oct 2 (Reuters) -",
                "Milan",
                Some("2021-10-02"),
                Some("Reuters"),
            ),
            (
                "LONDON/NEW YORK (Reuters) - Oil",
                "LONDON/NEW YORK (Reuters) -",
                "London",
                None,
                Some("Reuters"),
            ),
            (
                "SALVADOR, Feb 26 - Showers",
                "SALVADOR, Feb 26 -",
                "Salvador",
                Some("2021-02-26"),
                None,
            ),
            ("WASHINGTON — The Senate", "WASHINGTON —", "Washington", None, None),
            ("Title\n\nDES MOINES ― Voters", "DES MOINES ―", "Des Moines", None, None),
            // A region or country between the city and the date.
            (
                "LEONIA, N.J., March 3 - Jaguar",
                "LEONIA, N.J., March 3 -",
                "Leonia",
                Some("2021-03-03"),
                None,
            ),
            (
                "KIEL, West Germany, March 5 - The",
                "KIEL, West Germany, March 5 -",
                "Kiel",
                Some("2021-03-05"),
                None,
            ),
            // Canada Newswire, after a province.
            (
                "OTTAWA, ON, Jan. 12, 2026 /CNW/ - Young people",
                "OTTAWA, ON, Jan. 12, 2026 /CNW/ -",
                "Ottawa",
                Some("2026-01-12"),
                Some("CNW"),
            ),
            // The agency after a period, in capitals.
            (
                "ASTANA. KAZINFORM – President",
                "ASTANA. KAZINFORM –",
                "Astana",
                None,
                Some("Kazinform"),
            ),
            ("ANKARA (AA) - Turkish", "ANKARA (AA) -", "Ankara", None, Some("Anadolu")),
            // In parentheses, with the year, before the dash.
            (
                "Title\n\n(Beirut, May 3, 2026) – Lebanese authorities",
                "(Beirut, May 3, 2026) –",
                "Beirut",
                Some("2026-05-03"),
                None,
            ),
            // A region and the dash, without a date.
            ("ITHACA, N.Y. – Corals", "ITHACA, N.Y. –", "Ithaca", None, None),
            // A day with a period, as German releases set it.
            (
                "Title\n\nBERLIN, 30. November 2025 /PRNewswire/ -- Acme GmbH announced",
                "BERLIN, 30. November 2025 /PRNewswire/ --",
                "Berlin",
                Some("2025-11-30"),
                Some("PR Newswire"),
            ),
            // A date in parentheses between dashes.
            (
                "Title\n\nWASHINGTON, D.C. – (Nov. 30, 2025) – The Department announced",
                "WASHINGTON, D.C. – (Nov. 30, 2025) –",
                "Washington",
                Some("2025-11-30"),
                None,
            ),
            // An acronym's possessive after the dash.
            (
                "Title\n\nPASADENA, Calif. — NASA's Europa Clipper flew past Mars",
                "PASADENA, Calif. —",
                "Pasadena",
                None,
                None,
            ),
            // National agencies; a colon after the agency; an ordinal day.
            (
                "KUALA LUMPUR, March 3 (Bernama) -- Prime Minister",
                "KUALA LUMPUR, March 3 (Bernama) --",
                "Kuala Lumpur",
                Some("2021-03-03"),
                Some("Bernama"),
            ),
            ("HANOI (VNA) – Prime Minister", "HANOI (VNA) –", "Hanoi", None, Some("VNA")),
            (
                "ISLAMABAD, Mar 3 (APP): Prime Minister",
                "ISLAMABAD, Mar 3 (APP):",
                "Islamabad",
                Some("2021-03-03"),
                Some("APP"),
            ),
            (
                "Dhaka, March 3 (BSS) - Bangladesh",
                "Dhaka, March 3 (BSS) -",
                "Dhaka",
                Some("2021-03-03"),
                Some("BSS"),
            ),
            (
                "ABU DHABI, 3rd March, 2026 (WAM) -- The UAE",
                "ABU DHABI, 3rd March, 2026 (WAM) --",
                "Abu Dhabi",
                Some("2026-03-03"),
                Some("WAM"),
            ),
            // India's Press Information Bureau, under the headline.
            (
                "Ministry of Ports\n\nMinister opens port\n\nPosted On: 12 MAR 2026 4:15PM by PIB Delhi\n\nThe Minister",
                "Posted On: 12 MAR 2026 4:15PM by PIB Delhi",
                "Delhi",
                Some("2026-03-12"),
                Some("PIB"),
            ),
            // A colon after the date, as Gulf releases set it.
            (
                "Dubai, UAE – 30 November 2026: Emirates Group announced",
                "Dubai, UAE – 30 November 2026:",
                "Dubai",
                Some("2026-11-30"),
                None,
            ),
            // Title case before the dash, with the year.
            (
                "Zurich, 4 June 2026 – FIFA has",
                "Zurich, 4 June 2026 –",
                "Zurich",
                Some("2026-06-04"),
                None,
            ),
            // A date, a kind and a place between bars, as the WHO sets
            // them under a headline.
            (
                "Title\n\n24 May 2026 | News release | Geneva\n\nMember States",
                "24 May 2026 | News release | Geneva",
                "Geneva",
                Some("2026-05-24"),
                None,
            ),
            // The date in parentheses after the place, as UN offices set
            // it.
            (
                "GENEVA (12 March 2026) – The number",
                "GENEVA (12 March 2026) –",
                "Geneva",
                Some("2026-03-12"),
                None,
            ),
            (
                "New York (5 May 2026) – The",
                "New York (5 May 2026) –",
                "New York",
                Some("2026-05-05"),
                None,
            ),
            // (A place and date at a statement's foot are no dateline: see
            // `not_datelines`.)
            // A weekday's line gives its date to the dateline after it,
            // past a release line and a headline.
            (
                "FOR IMMEDIATE RELEASE\nThursday, June 11, 2026\n\nJury Convicts Executive\n\nLOS ANGELES – A jury",
                "LOS ANGELES –",
                "Los Angeles",
                Some("2026-06-11"),
                None,
            ),
            // A kicker before a dateline with a date: the dated one wins.
            (
                "MARKET WATCH - OIL PRICES\n\nLONDON, March 2 - Oil rose",
                "LONDON, March 2 -",
                "London",
                Some("2021-03-02"),
                None,
            ),
        ];
        for (text, span, place, date, agency) in cases {
            let got = find(text, p, 0).unwrap_or_else(|| panic!("no dateline in {text:?}"));
            assert_eq!(got.as_str(), *span, "{text}");
            assert_eq!(got.place_name, *place, "{text}");
            assert_eq!(got.date, date.and_then(d), "{text}");
            assert_eq!(got.agency, *agency, "{text}");
        }
    }

    #[test]
    fn not_datelines() {
        for text in [
            "The President said (Reuters)",
            "Moscow, November 26 - the",
            "I went - home",
            "",
            "BREAKING — The Senate",
            "ECONOMIC SPOTLIGHT - BANKAMERICA SALE",
            "SPACE WATCH - NASA'S BUDGET CUT",
            // A comma after the place with no date after the region.
            "WASHINGTON, Smith said - no",
            "FINANCIAL ANALYSTS - March 3",
            // A number that is no day, a day with no dash, an acronym
            // with no date.
            "WASHINGTON, 12 people died - no",
            "LONDON, 5 May Smith said",
            "PARIS (UN) the",
            // A release's label with a date.
            "FOR IMMEDIATE RELEASE – March 2, 2026 – Greenfield Foods, Inc. is recalling spinach.",
            // An agency in parentheses inside a sentence's wrapped line.
            "Rebels bombed the academy, the state-run Philippine News\nAgency (PNA) said on Monday.",
            // A place and a date without its year on their own line, not
            // in capitals; a headline with a date.
            "Canberra, 3 February\n\nThe",
            "REUTER BUSINESS NEWS HIGHLIGHTS, APRIL 7\n\nStocks fell",
            // A column's label in capitals before a colon; a colon after a
            // date without its year.
            "HUFFPOLLSTER: Indiana's GOP Primary Will Be A Battle",
            "Dubai – 30 November: Emirates announced",
            // A weekday is no place; a title-case place before a dash needs
            // the year.
            "Monday, 16 March 2026\n\nThe Government",
            "Zurich, 4 June – FIFA has",
            "(Beirut) – Lebanese authorities",
            // A date in parentheses needs its year and its dash: not a
            // sentence's aside.
            "GENEVA (12 March) – The",
            // Bars with no date, or no place.
            "News release | Geneva\n\nText",
            "24 May 2026 | News release\n\nText",
            "Paris (12 March 2026) said the",
            "Statement\n\nThe Secretary-General is deeply saddened by the loss of life and the destruction caused by the earthquake that struck the region on 8 September, and sends his condolences.\n\nNew York, 9 September 2023",
            "(Beirut, May 3, 2026 – Lebanese",
        ] {
            assert_eq!(find(text, d("2021-11-26"), 0), None, "{text:?}");
        }
    }

    #[test]
    fn labelled_dates() {
        let date = |t: &str| labelled_date(t).map(|d| d.to_string());
        assert_eq!(
            date("Man charged\n\nPublished: 14 July 2026\n\nA man has been charged.").as_deref(),
            Some("2026-07-14")
        );
        assert_eq!(date("Posted on March 3, 2026\nText").as_deref(), Some("2026-03-03"));
        assert_eq!(date("Title\nDate: Monday, 2 March 2026\n").as_deref(), Some("2026-03-02"));
        assert_eq!(
            date("MEDIA RELEASE\n\nThursday, 5 March 2026\n\nHeadline").as_deref(),
            Some("2026-03-05")
        );
        // A date that opens a sentence is no date line, but one before a
        // dash opens the story.
        assert_eq!(date("5 March 2026 was a Thursday.\n"), None);
        assert_eq!(
            date("Acme Wins Award\n\nMarch 3, 2025 — Acme Corp announced a deal.").as_deref(),
            Some("2025-03-03")
        );
        // No year, no date; a label inside a word is none.
        assert_eq!(date("Published: 14 July\nText"), None);
        assert_eq!(date("Dated letters: 14 July 2026"), None);
        // Only the first lines.
        assert_eq!(date(&format!("{}Published: 14 July 2026", "Line\n".repeat(9))), None);
    }

    #[test]
    fn header_lines() {
        let (span, date) = header_date(" date 2021-11-26 MOSCOW").unwrap();
        assert_eq!(span, 1..16);
        assert_eq!(date.to_string(), "2021-11-26");
        assert!(header_date("date 2021-11-266").is_none());
        assert!(header_date("dated 2021-11-26").is_none());
    }
}
