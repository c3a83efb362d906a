//! Session ids as people type them: the shortest prefixes that tell them apart.

use std::fs;

use super::{Store, codec};

/// The shortest prefix of each id, at least `min` characters, that no other id in `ids`
/// shares (ids made in the same minute share their first eight characters).
pub fn unique_prefixes(ids: &[&str], min: usize) -> Vec<String> {
    let mut sorted: Vec<&str> = ids.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let common = |a: &str, b: &str| a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    ids.iter()
        .map(|id| {
            let at = sorted.binary_search(id).unwrap_or(0);
            let before = at
                .checked_sub(1)
                .and_then(|i| sorted.get(i))
                .map_or(0, |o| common(id, o));
            let after = sorted.get(at + 1).map_or(0, |o| common(id, o));
            let n = (before.max(after) + 1).max(min).min(id.len());
            id.get(..n).unwrap_or(id).to_owned()
        })
        .collect()
}

/// A UUID v7's creation time in milliseconds, in hex: its first 12 characters.
pub const SHORT_ID: usize = 12;

impl Store {
    /// The shortest unique prefix of `id` among the saved sessions, for messages such as
    /// "continue with `careerpath resume <prefix>`": at least [`SHORT_ID`] characters,
    /// the id's whole creation time, so a session made later (in another millisecond)
    /// never shares it and the prefix printed today still names one session tomorrow.
    pub fn short_id(&self, id: &str) -> String {
        let mut ids: Vec<String> = fs::read_dir(&self.dir)
            .map(|entries| {
                entries
                    .flatten()
                    .filter_map(|e| codec::id_of_any(&e.path()))
                    .collect()
            })
            .unwrap_or_default();
        ids.push(id.to_owned());
        let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        unique_prefixes(&refs, SHORT_ID)
            .pop()
            .unwrap_or_else(|| id.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::unique_prefixes;

    #[test]
    fn prefixes_are_as_short_as_uniqueness_allows() {
        let ids = [
            "01a2b3c4d5e6aaaa",
            "01a2b3c4d5e6aabb",
            "01a2ffff00000000",
            "9",
        ];
        assert_eq!(
            unique_prefixes(&ids, 8),
            ["01a2b3c4d5e6aaa", "01a2b3c4d5e6aab", "01a2ffff", "9"]
        );
        assert_eq!(unique_prefixes(&["abc", "abc"], 2), ["ab", "ab"]);
        assert!(unique_prefixes(&[], 8).is_empty());
    }
}
