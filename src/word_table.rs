//! A map from words (byte strings) to small values, laid out for lookups that miss the cache.
//!
//! The word lists are looked up for most tokens of every article, and the table of 70,000
//! words is larger than a core's cache: in a `HashMap<Box<[u8]>, _>` each lookup read three
//! places one after the other (the control bytes, the bucket, the word's bytes on the heap),
//! each a likely cache miss. Here a word of at most 16 bytes is its own key, packed into one or
//! two `u64`s and stored inline with its value in an open-addressing table, so a lookup reads
//! one slot (and usually its neighbours, in the same cache line). Longer words, and words
//! holding a NUL byte (which packing could not tell from a shorter word), go to a `HashMap`.

use rustc_hash::FxHashMap as HashMap;

/// Fibonacci hashing: the high bits of the key times 2^64 / φ.
const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

/// How a word is stored: packed (little-endian, zero-padded) when it fits, else by its bytes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Key {
    Short(u64),
    Mid([u64; 2]),
    Long,
}

fn key(w: &[u8]) -> Key {
    if w.is_empty() || w.len() > 16 || w.contains(&0) {
        return Key::Long;
    }
    let mut buf = [0u8; 16];
    buf[..w.len()].copy_from_slice(w);
    let [a, b] = [0, 8].map(|at| {
        let mut word = [0u8; 8];
        word.copy_from_slice(&buf[at..at + 8]);
        u64::from_le_bytes(word)
    });
    if w.len() <= 8 {
        Key::Short(a)
    } else {
        Key::Mid([a, b])
    }
}

/// The bytes of a packed key (the padding's zeros dropped).
#[cfg(test)]
fn unpack(words: &[u64]) -> Vec<u8> {
    let mut v: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    while v.last() == Some(&0) {
        v.pop();
    }
    v
}

/// An open-addressing table with linear probing; a zero key is an empty slot (no packed word
/// is zero: words are not empty and hold no NUL byte).
#[derive(Debug, Clone)]
struct Slots<K, V> {
    slots: Vec<(K, V)>,
    shift: u32,
}

trait PackedKey: Copy + Eq + Default {
    fn hash(self) -> u64;
}

impl PackedKey for u64 {
    fn hash(self) -> u64 {
        self.wrapping_mul(MIX)
    }
}

impl PackedKey for [u64; 2] {
    fn hash(self) -> u64 {
        (self[0] ^ self[1].rotate_left(29).wrapping_mul(MIX)).wrapping_mul(MIX)
    }
}

impl<K: PackedKey, V: Copy + Default> Slots<K, V> {
    /// Room for `n` keys at most half full.
    fn with_room(n: usize) -> Self {
        let size = (2 * n).next_power_of_two().max(8);
        Self {
            slots: vec![(K::default(), V::default()); size],
            shift: 64 - size.trailing_zeros(),
        }
    }

    fn start(&self, k: K) -> usize {
        usize::try_from(k.hash() >> self.shift).unwrap_or(0)
    }

    fn get(&self, k: K) -> Option<V> {
        let mask = self.slots.len() - 1;
        let mut i = self.start(k);
        loop {
            let (sk, v) = self.slots[i];
            if sk == k {
                return Some(v);
            }
            if sk == K::default() {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// The slot of key `k`, or the empty slot where it goes.
    fn slot(&mut self, k: K) -> &mut (K, V) {
        let mask = self.slots.len() - 1;
        let mut i = self.start(k);
        while self.slots[i].0 != K::default() && self.slots[i].0 != k {
            i = (i + 1) & mask;
        }
        &mut self.slots[i]
    }

    /// Set the value of `k` to `f` of its value (`V::default()` when absent); returns whether
    /// `k` is new. The caller keeps the table at most half full ([`Self::grown`]).
    fn update(&mut self, k: K, f: impl FnOnce(V) -> V) -> bool {
        let slot = self.slot(k);
        let new = slot.0 == K::default();
        *slot = (k, f(slot.1));
        new
    }

    /// The same entries in a table of twice the size.
    fn grown(&self) -> Self {
        let mut t = Self::with_room(self.slots.len());
        for &(k, v) in &self.slots {
            if k != K::default() {
                *t.slot(k) = (k, v);
            }
        }
        t
    }

    #[cfg(test)]
    fn keys(&self) -> impl Iterator<Item = K> + '_ {
        self.slots
            .iter()
            .map(|&(k, _)| k)
            .filter(|&k| k != K::default())
    }
}

/// Words → values: see the module documentation.
#[derive(Debug, Clone)]
pub struct WordTable<V> {
    short: Slots<u64, V>,
    mid: Slots<[u64; 2], V>,
    long: HashMap<Box<[u8]>, V>,
    /// Words in `short` and in `mid`.
    counts: [usize; 2],
}

impl<V: Copy + Default> Default for WordTable<V> {
    fn default() -> Self {
        Self::with_capacity(0)
    }
}

impl<V: Copy + Default> WordTable<V> {
    /// An empty table with room for about `n` words before it grows.
    #[must_use]
    pub fn with_capacity(n: usize) -> Self {
        Self {
            short: Slots::with_room(n / 2),
            mid: Slots::with_room(n / 2),
            long: HashMap::default(),
            counts: [0, 0],
        }
    }

    /// The table of every (word, value) of `entries` (a word given twice keeps the last value).
    #[cfg(test)]
    pub fn new<'a>(entries: impl IntoIterator<Item = (&'a [u8], V)>) -> Self {
        let mut t = Self::with_capacity(0);
        for (w, v) in entries {
            t.update(w, |_| v);
        }
        t
    }

    /// Set the value of word `w` to `f` of its value (`V::default()` when absent).
    pub fn update(&mut self, w: &[u8], f: impl FnOnce(V) -> V) {
        match key(w) {
            Key::Short(k) => {
                if self.short.update(k, f) {
                    self.counts[0] += 1;
                    if 2 * self.counts[0] > self.short.slots.len() {
                        self.short = self.short.grown();
                    }
                }
            }
            Key::Mid(k) => {
                if self.mid.update(k, f) {
                    self.counts[1] += 1;
                    if 2 * self.counts[1] > self.mid.slots.len() {
                        self.mid = self.mid.grown();
                    }
                }
            }
            Key::Long => {
                let v = self.long.entry(w.into()).or_default();
                *v = f(*v);
            }
        }
    }

    /// The value of word `w`, if it is in the table.
    #[inline]
    pub fn get(&self, w: &[u8]) -> Option<V> {
        match key(w) {
            Key::Short(k) => self.short.get(k),
            Key::Mid(k) => self.mid.get(k),
            Key::Long => self.long.get(w).copied(),
        }
    }

    /// Every word of the table, in no particular order.
    #[cfg(test)]
    pub fn words(&self) -> impl Iterator<Item = Vec<u8>> + '_ {
        self.short
            .keys()
            .map(|k| unpack(&[k]))
            .chain(self.mid.keys().map(|k| unpack(&k)))
            .chain(self.long.keys().map(|k| k.to_vec()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn words_of_every_length_and_awkward_bytes_are_found() {
        let words: Vec<Vec<u8>> = vec![
            b"a".to_vec(),
            b"abcdefgh".to_vec(),
            b"abcdefghi".to_vec(),
            b"abcdefghijklmnop".to_vec(),
            b"abcdefghijklmnopq".to_vec(),
            b"a\0".to_vec(),
            vec![0xc3, 0xa9],
            b"".to_vec(),
        ];
        let t = WordTable::new(words.iter().enumerate().map(|(i, w)| (w.as_slice(), i)));
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(w), Some(i), "{w:?}");
        }
        // "a" and "a\0" are two words; "ab", "abcdefg" and a 17-byte prefix are none.
        for w in [
            &b"ab"[..],
            b"abcdefg",
            b"abcdefghijklmnopqr",
            b"\0",
            b"abcdefgh\0",
        ] {
            assert_eq!(t.get(w), None, "{w:?}");
        }
        let mut all: Vec<Vec<u8>> = t.words().collect();
        all.sort();
        let mut want = words.clone();
        want.sort();
        assert_eq!(all, want);
    }

    proptest! {
        /// The table answers as a `HashMap` of the same entries, for words in it and not.
        #[test]
        fn answers_as_a_hash_map(
            entries in proptest::collection::vec(
                (proptest::collection::vec(prop_oneof![Just(0u8), Just(b'a'), Just(b'b'), any::<u8>()], 0..20), any::<u16>()),
                0..200,
            ),
            probes in proptest::collection::vec(proptest::collection::vec(prop_oneof![Just(0u8), Just(b'a'), Just(b'b'), any::<u8>()], 0..20), 0..50),
        ) {
            let t = WordTable::new(entries.iter().map(|(w, v)| (w.as_slice(), *v)));
            let m: std::collections::HashMap<&[u8], u16> =
                entries.iter().map(|(w, v)| (w.as_slice(), *v)).collect();
            for w in entries.iter().map(|(w, _)| w).chain(&probes) {
                prop_assert_eq!(t.get(w), m.get(w.as_slice()).copied(), "{:?}", w);
            }
            prop_assert_eq!(t.words().count(), m.len());
        }
    }
}
