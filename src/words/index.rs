//! Where each message of a Fluent file is, so a message can be parsed alone. build.rs finds
//! them in the program's own files, so a start does not scan the files for them; this same
//! code runs there and in the tests.

/// One message: its id is `ftl[start..start + id_len]`, its entry `ftl[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub start: u32,
    pub id_len: u32,
    pub end: u32,
}

impl Entry {
    fn id<'a>(&self, ftl: &'a str) -> &'a str {
        ftl.get(self.start as usize..(self.start + self.id_len) as usize)
            .unwrap_or_default()
    }
}

/// Every message of `ftl`, sorted by id. An entry starts with its id at the start of a line
/// and runs until the next line that starts an entry or a comment (a letter, `-` or `#`; a
/// value's own lines are indented or close a placeable with `}`). The program's files have
/// no terms or message references, so a message parses alone. A repeated id keeps its first
/// text, as a bundle would.
// Run by build.rs and the tests; the program reads what build.rs wrote.
#[allow(dead_code)]
pub fn entries(ftl: &str) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut at = 0;
    let close = |open: Option<(usize, usize)>, end: usize, out: &mut Vec<Entry>| {
        if let Some((start, id_len)) = open {
            let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
            out.push(Entry {
                start: to_u32(start),
                id_len: to_u32(id_len),
                end: to_u32(end),
            });
        }
    };
    for line in ftl.split_inclusive('\n') {
        if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '#') {
            close(open.take(), at, &mut out);
            if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
                let id = line.split(['=', ' ']).next().unwrap_or_default();
                open = Some((at, id.len()));
            }
        }
        at += line.len();
    }
    close(open, at, &mut out);
    // Stable: of a repeated id the first stays first, and is the one kept.
    out.sort_by(|a, b| a.id(ftl).cmp(b.id(ftl)));
    out.dedup_by(|later, first| later.id(ftl) == first.id(ftl));
    out
}

/// Where message `id`'s entry is in `ftl`, given `ftl`'s [`entries`].
pub fn find(ftl: &str, entries: &[Entry], id: &str) -> Option<std::ops::Range<usize>> {
    let i = entries.binary_search_by(|e| e.id(ftl).cmp(id)).ok()?;
    let e = entries[i];
    Some(e.start as usize..e.end as usize)
}
