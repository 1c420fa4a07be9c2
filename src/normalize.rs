//! The normalized view of a text that the matcher searches: case folded,
//! Latin diacritics removed, typographic apostrophes and dashes unified,
//! whitespace runs collapsed to one space, invisible characters dropped;
//! with a map back to the caller's byte offsets.

/// A normalized copy of a text and, for each of its bytes, the offset in
/// the original text of the char that produced it.
#[derive(Clone, Debug, Default)]
pub(crate) struct Normalized {
    pub(crate) text: String,
    /// `map[i]` is the original offset of the char that produced byte `i`;
    /// one more entry, the original length, closes the map.
    pub(crate) map: Vec<u32>,
}

impl Normalized {
    /// Normalizes `text`, reusing this value's buffers.
    pub(crate) fn fill(&mut self, text: &str) {
        // Bytes, turned back into a string at the end (a check that runs a
        // word at a time over ASCII): pushing whole runs of bytes is several
        // times cheaper than pushing chars.
        let mut out = std::mem::take(&mut self.text).into_bytes();
        out.clear();
        self.map.clear();
        out.reserve(text.len());
        self.map.reserve(text.len() + 1);
        let bytes = text.as_bytes();
        let mut in_space = false;
        let mut folded = String::new();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            // ASCII, the bulk of most stories, needs no decoding: a run of
            // it is written in place, without a push per byte.
            if b < 0x80 {
                let j = bytes[i..].iter().position(|&c| c >= 0x80).map_or(bytes.len(), |n| i + n);
                in_space = self.ascii_run(&mut out, &bytes[i..j], i, in_space);
                i = j;
                continue;
            }
            let c = text[i..].chars().next().unwrap_or(' ');
            let before = out.len();
            if c.is_whitespace() {
                if !in_space {
                    out.push(b' ');
                }
                in_space = true;
            } else {
                in_space = false;
                folded.clear();
                fold(c, &mut folded);
                out.extend_from_slice(folded.as_bytes());
            }
            for _ in before..out.len() {
                self.map.push(i as u32);
            }
            i += c.len_utf8();
        }
        self.map.push(text.len() as u32);
        // Only whole chars were pushed, so this cannot fail; an empty text
        // would be the answer if it ever did.
        self.text = String::from_utf8(out).unwrap_or_default();
    }

    /// Appends the normalized form of `run`, ASCII found at `offset` of the
    /// text, to `out` and the map; gives whether it ended in whitespace.
    fn ascii_run(
        &mut self,
        out: &mut Vec<u8>,
        run: &[u8],
        offset: usize,
        mut in_space: bool,
    ) -> bool {
        // Whitespace collapses, so the run's form is never longer than it.
        let base = out.len();
        out.resize(base + run.len(), 0);
        self.map.resize(base + run.len(), 0);
        let (text, map) = (&mut out[base..], &mut self.map[base..]);
        let mut o = 0;
        for (k, &b) in run.iter().enumerate() {
            let folded = ASCII_FOLD[usize::from(b & 0x7f)];
            let space = folded == SPACE;
            text[o] = if space { b' ' } else { folded };
            map[o] = (offset + k) as u32;
            // A space after a space is written over.
            o += usize::from(!(space && in_space));
            in_space = space;
        }
        out.truncate(base + o);
        self.map.truncate(base + o);
        in_space
    }

    /// The original span of the normalized range `start..end`, if both ends
    /// fall on boundaries of original chars.
    pub(crate) fn original(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let at_char_start = |i: usize| i == 0 || self.map[i] != self.map[i - 1];
        if start >= end || !at_char_start(start) || !at_char_start(end) {
            return None;
        }
        Some((self.map[start] as usize, self.map[end] as usize))
    }
}

/// Normalizes a name the way [`Normalized::fill`] normalizes text, trimmed.
pub(crate) fn normalize_name(name: &str) -> String {
    let mut n = Normalized::default();
    n.fill(name.trim());
    n.text
}

/// What [`ASCII_FOLD`] gives for whitespace: no ASCII byte (a NUL in the
/// text stays a NUL).
const SPACE: u8 = 0xff;

/// Each ASCII byte lowercased, or [`SPACE`] for whitespace: one load per
/// byte on the hot path.
static ASCII_FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = if is_space(b as u8) { SPACE } else { (b as u8).to_ascii_lowercase() };
        b += 1;
    }
    t
};

/// Whether an ASCII byte is whitespace for normalization (vertical tab
/// included).
#[inline]
const fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Appends the folded form of one non-whitespace char.
pub(crate) fn fold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let simple = match c {
        '’' | '‘' | '`' | '´' | 'ʼ' | '′' | '‛' => '\'',
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' | '﹘' | '﹣' | '－' => '-',
        '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' => return,
        'À'..='Å' | 'à'..='å' | 'Ā'..='ą' => 'a',
        'Ç' | 'ç' | 'Ć'..='č' => 'c',
        'Ď'..='đ' | 'Ð' | 'ð' => 'd',
        'È'..='Ë' | 'è'..='ë' | 'Ē'..='ě' => 'e',
        'Ĝ'..='ģ' => 'g',
        'Ĥ'..='ħ' => 'h',
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ'..='ı' => 'i',
        'Ĵ' | 'ĵ' => 'j',
        'Ķ' | 'ķ' => 'k',
        'Ĺ'..='ł' => 'l',
        'Ñ' | 'ñ' | 'Ń'..='ŉ' => 'n',
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō'..='ő' => 'o',
        'Ŕ'..='ř' => 'r',
        'Ś'..='š' | 'Ș' | 'ș' => 's',
        'Ţ'..='ŧ' | 'Ț' | 'ț' => 't',
        'Ù'..='Ü' | 'ù'..='ü' | 'Ũ'..='ų' => 'u',
        'Ŵ' | 'ŵ' => 'w',
        'Ý' | 'ý' | 'ÿ' | 'Ŷ' | 'ŷ' | 'Ÿ' => 'y',
        'Ź'..='ž' => 'z',
        'ß' => {
            out.push_str("ss");
            return;
        }
        'Æ' | 'æ' => {
            out.push_str("ae");
            return;
        }
        'Œ' | 'œ' => {
            out.push_str("oe");
            return;
        }
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push(simple);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_maps_back() {
        let text = "Erdoğan’s\u{a0}\n  Türkiye — CO";
        let mut n = Normalized::default();
        n.fill(text);
        assert_eq!(n.text, "erdogan's turkiye - co");
        // "turkiye" maps back to "Türkiye".
        let at = n.text.find("turkiye").unwrap();
        let (s, e) = n.original(at, at + "turkiye".len()).unwrap();
        assert_eq!(&text[s..e], "Türkiye");
        assert_eq!(n.map.len(), n.text.len() + 1);
    }

    #[test]
    fn ascii_whitespace_collapses_and_control_chars_stay() {
        let mut n = Normalized::default();
        n.fill("A\t\n \x0bB\0c\x0cD");
        assert_eq!(n.text, "a b\0c d");
        assert_eq!(n.map, [0, 1, 5, 6, 7, 8, 9, 10]);
    }

    #[test]
    fn names_normalize_like_text() {
        assert_eq!(normalize_name("  Ban  Ki-moon "), "ban ki-moon");
        assert_eq!(normalize_name("Chang’e"), "chang'e");
        assert_eq!(normalize_name("Straße"), "strasse");
    }

    #[test]
    fn expansions_reject_inner_boundaries() {
        let mut n = Normalized::default();
        n.fill("aßb");
        // "as" would end inside the expansion of ß.
        assert_eq!(n.original(0, 2), None);
        assert_eq!(n.original(0, 3), Some((0, 3)));
    }
}
