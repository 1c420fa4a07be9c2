//! A case-insensitive table of short words for the hot path: the word lists
//! of the lexicon (titles, heads of names, cues) are looked up for most
//! words of a story, several times each.
//!
//! A word of up to sixteen ASCII bytes is its own key: two machine words,
//! loaded without a copy and folded to lower case eight bytes at a time,
//! then one multiply and usually one probe. Longer and non-ASCII words go
//! to an ordinary map under their lowercase form.

use crate::hash::FastMap;

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = ONES * 0x80;

/// The bytes of `b` (at most eight) as a little-endian number, zero above
/// them. Overlapping loads instead of a copy into a buffer.
#[inline]
fn load(b: &[u8]) -> u64 {
    let n = b.len();
    if let Some(all) = b.first_chunk::<8>() {
        u64::from_le_bytes(*all)
    } else if let (Some(lo), Some(hi)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        u64::from(u32::from_le_bytes(*lo)) | u64::from(u32::from_le_bytes(*hi)) << (8 * (n - 4))
    } else if let (Some(&first), Some(&last)) = (b.first(), b.last()) {
        let mid = b.get(n / 2).copied().unwrap_or(0);
        u64::from(first) | u64::from(mid) << (8 * (n / 2)) | u64::from(last) << (8 * (n - 1))
    } else {
        0
    }
}

/// ASCII bytes (every byte below 0x80) with 'A'..='Z' folded to lower case.
#[inline]
fn fold(x: u64) -> u64 {
    // Bit 7 of each byte: set at or above 'A', and above 'Z'. No byte
    // carries into the next, since every byte is below 0x80.
    let at_least_a = x + ONES * u64::from(0x80 - b'A');
    let above_z = x + ONES * u64::from(0x80 - b'Z' - 1);
    x | ((at_least_a & !above_z & HIGH) >> 2)
}

/// The key of a word of 1 to 16 ASCII bytes, folded; `None` otherwise.
#[inline]
fn key(word: &[u8]) -> Option<(u64, u64)> {
    let n = word.len();
    if n == 0 || n > 16 {
        return None;
    }
    let (a, b) = match word.split_at_checked(8) {
        Some((head, tail)) => (load(head), load(tail)),
        None => (load(word), 0),
    };
    if (a | b) & HIGH != 0 {
        return None;
    }
    Some((fold(a), fold(b)))
}

#[derive(Clone, Copy)]
struct Slot<V> {
    a: u64,
    b: u64,
    /// The word's length; 0 marks an empty slot.
    len: u8,
    value: V,
}

/// Words (case-insensitive) to values.
pub(crate) struct WordTable<V: Copy + Default> {
    slots: Box<[Slot<V>]>,
    shift: u32,
    /// Words of more than 16 bytes or not ASCII, in lowercase.
    other: FastMap<Box<[u8]>, V>,
    longest: usize,
}

impl<V: Copy + Default> WordTable<V> {
    /// A table of `words`; a word given twice keeps what `merge` makes of
    /// its values (the old one first).
    pub(crate) fn build<'w>(
        words: impl IntoIterator<Item = (&'w str, V)>,
        merge: impl Fn(V, V) -> V,
    ) -> WordTable<V> {
        let words: Vec<(&str, V)> = words.into_iter().collect();
        // At most a quarter full: misses, the common case, end at once.
        let size = (words.len() * 4).next_power_of_two().max(16);
        let empty = Slot { a: 0, b: 0, len: 0, value: V::default() };
        let mut table = WordTable {
            slots: vec![empty; size].into_boxed_slice(),
            shift: 64 - size.trailing_zeros(),
            other: FastMap::default(),
            longest: 0,
        };
        for (w, v) in words {
            table.longest = table.longest.max(w.len());
            match key(w.as_bytes()) {
                Some((a, b)) => {
                    let len = w.len() as u8;
                    let mut i = table.home(a, b, len);
                    loop {
                        let s = &mut table.slots[i];
                        if s.len == 0 {
                            *s = Slot { a, b, len, value: v };
                            break;
                        }
                        if s.a == a && s.b == b && s.len == len {
                            s.value = merge(s.value, v);
                            break;
                        }
                        i = (i + 1) & (table.slots.len() - 1);
                    }
                }
                None => {
                    let k: Box<[u8]> = w.to_lowercase().into_bytes().into_boxed_slice();
                    let merged = match table.other.get(&k) {
                        Some(&old) => merge(old, v),
                        None => v,
                    };
                    table.other.insert(k, merged);
                }
            }
        }
        table
    }

    #[inline]
    fn home(&self, a: u64, b: u64, len: u8) -> usize {
        let h =
            (a ^ b.rotate_left(29) ^ (u64::from(len) << 56)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (h >> self.shift) as usize
    }

    /// The value of `word`, in any case.
    #[inline(always)]
    pub(crate) fn get(&self, word: &[u8]) -> Option<V> {
        if word.len() > self.longest || word.is_empty() {
            return None;
        }
        match key(word) {
            Some((a, b)) => {
                let len = word.len() as u8;
                let mut i = self.home(a, b, len);
                loop {
                    let s = &self.slots[i];
                    if s.len == 0 {
                        return None;
                    }
                    if s.a == a && s.b == b && s.len == len {
                        return Some(s.value);
                    }
                    i = (i + 1) & (self.slots.len() - 1);
                }
            }
            None if self.other.is_empty() => None,
            None => self.get_other(word),
        }
    }

    /// A word of more than 16 bytes or not ASCII: rare in running text.
    #[cold]
    #[inline(never)]
    fn get_other(&self, word: &[u8]) -> Option<V> {
        let w = std::str::from_utf8(word).ok()?;
        self.other.get(crate::lexicon::lower(w).as_bytes()).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_every_length_without_a_copy() {
        for n in 0..=8 {
            let bytes: Vec<u8> = (1..=n as u8).collect();
            let mut buf = [0u8; 8];
            buf[..n].copy_from_slice(&bytes);
            assert_eq!(load(&bytes), u64::from_le_bytes(buf), "length {n}");
        }
    }

    #[test]
    fn folds_only_capital_letters() {
        let all: Vec<u8> = (0u8..0x80).collect();
        for chunk in all.chunks(8) {
            let want: Vec<u8> = chunk.iter().map(u8::to_ascii_lowercase).collect();
            let got = fold(load(chunk)).to_le_bytes();
            assert_eq!(&got[..chunk.len()], &want[..]);
        }
    }

    #[test]
    fn finds_words_in_any_case_and_nothing_else() {
        let words = [
            "president",
            "minister",
            "secretary-general",
            "a",
            "chairwoman-in-chief of the board",
            "président",
            "Major",
            "spokesperson",
        ];
        let t = WordTable::build(words.iter().map(|w| (*w, 1u8)), |a, b| a + b);
        for w in words {
            assert_eq!(t.get(w.as_bytes()), Some(1), "{w}");
            assert_eq!(t.get(w.to_uppercase().as_bytes()), Some(1), "{w}");
        }
        for w in ["presiden", "presidents", "b", "", "PRÉSIDENTE", "minister ", "secretary_general"]
        {
            assert_eq!(t.get(w.as_bytes()), None, "{w}");
        }
        // Bytes that are no UTF-8 find nothing and do not panic.
        assert_eq!(t.get(&[0xff; 20]), None);
        assert_eq!(t.get(&[0xc3]), None);
    }

    #[test]
    fn merges_a_word_given_twice() {
        let t = WordTable::build(
            [("said", 1u8), ("SAID", 2), ("long word of many letters", 4)],
            |a, b| a | b,
        );
        assert_eq!(t.get(b"Said"), Some(3));
        assert_eq!(t.get(b"Long Word Of Many Letters"), Some(4));
    }
}
