//! A fast, non-cryptographic hasher for the crate's own maps: keys are short
//! names, words and ids, where SipHash's set-up dominates the lookup. It
//! mixes eight bytes at a time (the multiply-rotate scheme of Firefox's and
//! rustc's hashers). The maps hold the caller's gazetteer names, but a
//! colliding gazetteer only slows its own build; stories are never keys of
//! a map that lives longer than one extraction.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The hasher; see the module docs.
#[derive(Clone, Copy, Default)]
pub(crate) struct Fast(u64);

const K: u64 = 0x517c_c1b7_2722_0a95;

impl Fast {
    #[inline]
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl Hasher for Fast {
    /// Ends with a full avalanche (murmur3's finaliser): the mixing above
    /// leaves the low bits, which pick the bucket, weak.
    #[inline]
    fn finish(&self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.mix(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The tail's length in the byte it cannot fill, so that "a" and
            // "a\0" differ.
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            w[7] = rest.len() as u8;
            self.mix(u64::from_le_bytes(w));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.mix(u64::from(n));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.mix(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.mix(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.mix(n as u64);
    }
}

pub(crate) type FastBuild = BuildHasherDefault<Fast>;
pub(crate) type FastMap<K, V> = HashMap<K, V, FastBuild>;
pub(crate) type FastSet<K> = HashSet<K, FastBuild>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn equal_keys_hash_equal_and_near_keys_apart() {
        let b = FastBuild::default();
        assert_eq!(b.hash_one("moscow state university"), b.hash_one("moscow state university"));
        // Keys that differ in one byte, in the tail or in a full word.
        assert_ne!(b.hash_one("putin"), b.hash_one("putim"));
        assert_ne!(b.hash_one("abcdefgh1"), b.hash_one("abcdefgh2"));
        assert_ne!(b.hash_one("1bcdefgh"), b.hash_one("2bcdefgh"));
        // Zero padding of the tail does not collide.
        assert_ne!(b.hash_one("a"), b.hash_one("a\0"));
    }

    #[test]
    fn maps_work_with_many_keys() {
        let mut m: FastMap<String, usize> = FastMap::default();
        for i in 0..10_000 {
            m.insert(format!("name {i}"), i);
        }
        assert_eq!(m.len(), 10_000);
        assert!((0..10_000).all(|i| m[&format!("name {i}")] == i));
    }
}
