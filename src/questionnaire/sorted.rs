//! A small map kept as one sorted slice: a text's translations, a choice's points per
//! dimension. These maps hold one to three entries, and there are thousands of them; a
//! `BTreeMap` allocates a node with room for eleven for each, which made them the largest
//! part of a loaded questionnaire. It reads and writes as a map, as a `BTreeMap` does.
//! Keys (language codes, dimension ids) are short: a `CompactString` keeps up to 24 bytes
//! inline, so they cost no allocation of their own.

use std::fmt;
use std::marker::PhantomData;

use compact_str::CompactString;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortedMap<V>(Box<[(CompactString, V)]>);

impl<V> Default for SortedMap<V> {
    fn default() -> Self {
        SortedMap(Box::default())
    }
}

impl<V> SortedMap<V> {
    pub fn get(&self, key: &str) -> Option<&V> {
        let i = self.0.binary_search_by(|(k, _)| k.as_str().cmp(key)).ok()?;
        Some(&self.0[i].1)
    }

    /// Each key and value, in key order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&str, &V)> + ExactSizeIterator {
        self.into_iter()
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &str> + ExactSizeIterator {
        self.0.iter().map(|(k, _)| k.as_str())
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator {
        self.0.iter().map(|(_, v)| v)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// As a `BTreeMap` collects: in key order, and of a key given twice the last value.
impl<K: Into<CompactString>, V> FromIterator<(K, V)> for SortedMap<V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut entries: Vec<(CompactString, V)> =
            iter.into_iter().map(|(k, v)| (k.into(), v)).collect();
        // Stable, so equal keys keep their order; of each run the last given is kept.
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        entries.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                std::mem::swap(later, kept);
            }
            same
        });
        SortedMap(entries.into_boxed_slice())
    }
}

impl<'a, V> IntoIterator for &'a SortedMap<V> {
    type Item = (&'a str, &'a V);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (CompactString, V)>,
        fn(&(CompactString, V)) -> (&str, &V),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }
}

impl<V: Serialize> Serialize for SortedMap<V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.iter() {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for SortedMap<V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(MapVisitor(PhantomData))
    }
}

/// Reads a map's entries into a [`SortedMap`]; also what a `Text` given as a map reads with.
pub(super) struct MapVisitor<V>(pub(super) PhantomData<V>);

impl<'de, V: Deserialize<'de>> Visitor<'de> for MapVisitor<V> {
    type Value = SortedMap<V>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&diag!("diag-a-map"))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(16));
        while let Some(entry) = map.next_entry::<CompactString, V>()? {
            entries.push(entry);
        }
        Ok(entries.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::SortedMap;

    /// Reads, writes, looks up and collects as a `BTreeMap` does, duplicates included.
    #[test]
    fn behaves_as_a_btreemap() {
        let cases: &[&[(&str, i32)]] = &[
            &[],
            &[("en", 1)],
            &[("es", 2), ("en", 1)],
            &[("b", 1), ("a", 2), ("b", 3), ("c", 4), ("a", 5)],
        ];
        for entries in cases {
            let owned = || entries.iter().map(|(k, v)| ((*k).to_owned(), *v));
            let ours: SortedMap<i32> = owned().collect();
            let theirs: BTreeMap<String, i32> = owned().collect();
            assert!(
                ours.iter().eq(theirs.iter().map(|(k, v)| (k.as_str(), v))),
                "{entries:?}"
            );
            assert_eq!(ours.len(), theirs.len());
            for key in ["a", "b", "c", "en", "es", "zz", ""] {
                assert_eq!(ours.get(key), theirs.get(key), "{entries:?} {key}");
            }
            let json = serde_json::to_string(&ours).unwrap_or_default();
            assert_eq!(json, serde_json::to_string(&theirs).unwrap_or_default());
            let back: Result<SortedMap<i32>, _> = serde_json::from_str(&json);
            assert_eq!(back.ok().as_ref(), Some(&ours));
        }
        let dup: Result<SortedMap<i32>, _> = serde_json::from_str(r#"{"a": 1, "a": 2}"#);
        let dup_btree: Result<BTreeMap<String, i32>, _> =
            serde_json::from_str(r#"{"a": 1, "a": 2}"#);
        assert_eq!(
            dup.ok().and_then(|m| m.get("a").copied()),
            dup_btree.ok().and_then(|m| m.get("a").copied())
        );
    }
}
