//! Byte spans into the caller's text, and their conversion to char offsets.

use std::fmt;
use std::ops::{Index, Range};

/// A half-open range of **byte** offsets into the text given to
/// [`Extractor::extract`](crate::Extractor::extract).
///
/// Both ends always fall on `char` boundaries, so `&text[span]` never panics
/// for spans that pressroom returns for that text.
///
/// # Example
/// ```
/// use pressroom::Span;
/// let text = "Vladimir Putin";
/// let span = Span::new(9, 14);
/// assert_eq!(&text[span], "Putin");
/// assert_eq!(span, 9..14);
/// ```
#[derive(Clone, Copy, Default, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// The first byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (half-open). An inverted pair is
    /// clamped to an empty span at `start`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end: end.max(start) }
    }

    /// The span as a `Range`, for slicing.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span in Unicode scalar values (as Python and JavaScript strings
    /// index), computed by one scan of `text`. For many spans of one text,
    /// build a [`CharOffsets`] once instead.
    ///
    /// # Panics
    /// Never; offsets past the end of `text` are clamped to its length.
    pub fn char_range(self, text: &str) -> Range<usize> {
        let end = self.end.min(text.len());
        let start = self.start.min(end);
        let before = count_chars(text.as_bytes(), 0, start);
        before..before + count_chars(text.as_bytes(), start, end)
    }
}

fn count_chars(bytes: &[u8], start: usize, end: usize) -> usize {
    // A char starts at every byte that is not a UTF-8 continuation byte.
    bytes[start..end].iter().filter(|&&b| (b as i8) >= -0x40).count()
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.range()
    }
}

impl PartialEq<Range<usize>> for Span {
    fn eq(&self, r: &Range<usize>) -> bool {
        self.start == r.start && self.end == r.end
    }
}

impl Index<Span> for str {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

/// Converts byte offsets of one text to char offsets (Unicode scalar
/// values, as Python counts) or UTF-16 code units (as JavaScript counts),
/// in `O(log n)` each after one `O(n)` pass.
///
/// # Example
/// ```
/// use pressroom::CharOffsets;
/// let text = "Путин 😀 said";
/// let offsets = CharOffsets::new(text);
/// assert_eq!(offsets.char_offset(10), 5);
/// assert_eq!(offsets.char_offset(text.len()), 12);
/// assert_eq!(offsets.utf16_offset(text.len()), 13);
/// ```
#[derive(Clone, Debug)]
pub struct CharOffsets {
    /// For every non-ASCII char, in order: the byte offset just past it,
    /// and the bytes it and the ones before it have beyond one char, and
    /// beyond their UTF-16 length. ASCII-only text stores nothing.
    wide: Vec<(usize, usize, usize)>,
    len: usize,
}

impl CharOffsets {
    /// Indexes `text`.
    pub fn new(text: &str) -> CharOffsets {
        let mut wide = Vec::new();
        let (mut extra, mut extra16) = (0, 0);
        for (i, c) in text.char_indices() {
            let n = c.len_utf8();
            if n > 1 {
                extra += n - 1;
                extra16 += n - c.len_utf16();
                wide.push((i + n, extra, extra16));
            }
        }
        CharOffsets { wide, len: text.len() }
    }

    fn extras(&self, byte: usize) -> (usize, usize, usize) {
        let byte = byte.min(self.len);
        let i = self.wide.partition_point(|&(end, _, _)| end <= byte);
        let (e, e16) = if i == 0 { (0, 0) } else { (self.wide[i - 1].1, self.wide[i - 1].2) };
        (byte, e, e16)
    }

    /// The char offset of byte offset `byte` (clamped to the text's
    /// length; meant for offsets on char boundaries).
    pub fn char_offset(&self, byte: usize) -> usize {
        let (b, e, _) = self.extras(byte);
        b - e
    }

    /// The UTF-16 offset of byte offset `byte`, as JavaScript strings index.
    pub fn utf16_offset(&self, byte: usize) -> usize {
        let (b, _, e16) = self.extras(byte);
        b - e16
    }

    /// The span in char offsets.
    pub fn char_range(&self, span: Span) -> Range<usize> {
        self.char_offset(span.start)..self.char_offset(span.end)
    }

    /// The span in UTF-16 offsets.
    pub fn utf16_range(&self, span: Span) -> Range<usize> {
        self.utf16_offset(span.start)..self.utf16_offset(span.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_agree_with_a_naive_count() {
        let text = "a«б»c — 日本 😀 end";
        let offsets = CharOffsets::new(text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let naive = text[..byte].chars().count();
            assert_eq!(offsets.char_offset(byte), naive, "byte {byte}");
            assert_eq!(offsets.utf16_offset(byte), text[..byte].encode_utf16().count());
            assert_eq!(Span::new(0, byte).char_range(text), 0..naive);
        }
    }

    #[test]
    fn span_helpers() {
        let s = Span::new(3, 7);
        assert!(s.contains(Span::new(3, 5)));
        assert!(!s.contains(Span::new(2, 5)));
        assert!(s.overlaps(Span::new(6, 9)));
        assert!(!s.overlaps(Span::new(7, 9)));
        assert_eq!(format!("{s:?}"), "3..7");
        assert_eq!(Span::new(5, 2), 5..5);
    }
}
