//! Test-file text -> a checked [`Suite`]: the YAML layer the questionnaire uses for syntax,
//! keys and types, then every id checked against the questionnaire, every error collected.

use foldhash::HashMap;

use crate::questionnaire::{
    self, Diagnostic, LoadError, Pos, Questionnaire, check_answers, did_you_mean,
};
use crate::yaml::{self, At, Lines};

use super::raw::{RawCase, RawExpect, RawTestFile};
use super::{Case, Expect, Suite};

/// A parsed test file whose ids are not yet checked against a questionnaire.
#[derive(Debug)]
pub struct TestFile {
    name: String,
    text: String,
    raw: RawTestFile,
}

impl TestFile {
    /// Parses test-file text; `name` is used in messages.
    pub fn parse(name: &str, text: &str) -> Result<TestFile, LoadError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let raw: RawTestFile = yaml::load(name, text, yaml::Repeats::Type).map_err(|mut d| {
            // The parser's advice on an empty file describes a questionnaire.
            if d.code == "empty-file" {
                d.help = Some(diag!("diag-test-file-shape"));
            }
            LoadError::Invalid(vec![*d])
        })?;
        Ok(TestFile {
            name: name.to_owned(),
            text: text.to_owned(),
            raw,
        })
    }

    /// The `questionnaire` key, as written.
    pub fn questionnaire(&self) -> Option<&str> {
        self.raw.questionnaire.as_deref()
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Checks every case against `q`: answers like an answers file, every id named in
    /// `expect`, and expectations that contradict each other.
    pub fn check(self, q: &Questionnaire) -> Result<Suite, LoadError> {
        let mut cx = Cx {
            name: &self.name,
            lines: Lines::new(&self.text),
            q,
            diags: Vec::new(),
        };
        if self.raw.cases.is_empty() {
            cx.error(
                self.raw.cases.pos,
                1,
                "no-cases",
                diag!("diag-no-cases"),
                None,
            );
        }
        let mut names: HashMap<String, Pos> = HashMap::default();
        let mut cases = Vec::with_capacity(self.raw.cases.len());
        for raw in self.raw.cases.value {
            let name_pos = raw.name.pos;
            let name = raw.name.trim().to_owned();
            if name.is_empty() {
                cx.error(
                    name_pos,
                    1,
                    "empty-name",
                    diag!("diag-empty-name"),
                    Some(diag!("diag-empty-name-help")),
                );
            } else if let Some(first) = names.get(&name) {
                let help = diag!("diag-duplicate-id-first", line = first.line);
                cx.error(
                    name_pos,
                    name.chars().count(),
                    "duplicate-case",
                    diag!("diag-duplicate-case", name = name.as_str()),
                    Some(help),
                );
            } else {
                names.insert(name.clone(), name_pos);
            }
            if let Some(case) = cx.case(name, raw) {
                cases.push(case);
            }
        }
        if cx.diags.is_empty() {
            Ok(Suite {
                file: self.name,
                cases,
            })
        } else {
            questionnaire::sort_diagnostics(&mut cx.diags);
            Err(LoadError::Invalid(cx.diags))
        }
    }
}

struct Cx<'a> {
    name: &'a str,
    lines: Lines<'a>,
    q: &'a Questionnaire,
    diags: Vec<Diagnostic>,
}

impl Cx<'_> {
    fn error(
        &mut self,
        pos: Pos,
        len: usize,
        code: &'static str,
        msg: String,
        help: Option<String>,
    ) {
        self.diags.push(
            Diagnostic::error(self.name, pos, code, msg)
                .with_snippet(self.lines.text(), len)
                .with_help_opt(help),
        );
    }

    fn case(&mut self, name: String, raw: At<RawCase>) -> Option<Case> {
        let pos = raw.pos;
        let RawCase {
            answers,
            expect,
            partial,
            ..
        } = raw.value;
        let partial = partial.is_some_and(|p| p.value);
        let answers = match check_answers(self.q, self.name, self.lines.text(), answers) {
            Ok(a) => Some(a),
            Err(d) => {
                self.diags.extend(d);
                None
            }
        };
        let expect = self.expect(expect, partial);
        Some(Case {
            name,
            pos,
            answers: answers?,
            expect: expect?,
            partial,
        })
    }

    /// `partial`: the case is evaluated even when incomplete, so `incomplete: true` goes
    /// with the keys that check a result.
    fn expect(&mut self, raw: At<RawExpect>, partial: bool) -> Option<Expect> {
        let (at, raw) = (raw.pos, raw.value);
        let before = self.diags.len();
        let q = self.q;
        let outcomes: Vec<&str> = q.outcomes.iter().map(|o| o.id.as_str()).collect();
        let rules: Vec<&str> = q
            .decision
            .rules
            .iter()
            .chain([&q.decision.default])
            .map(|r| r.id.as_str())
            .collect();
        let notes: Vec<&str> = q.decision.notes.iter().map(|n| n.id.as_str()).collect();
        let questions: Vec<&str> = q.questions.iter().map(|x| x.id.as_str()).collect();
        // A score is a dimension's, or a derived value's (a total, an index).
        let dims: Vec<&str> = q
            .dimensions
            .iter()
            .map(|d| d.id.as_str())
            .chain(q.derived.iter().map(|d| d.name.as_str()))
            .collect();

        let list_pos = |l: &Option<At<Vec<At<String>>>>| l.as_ref().map(|l| l.pos);
        let evaluated = [
            ("outcomes", list_pos(&raw.outcomes)),
            ("rules", list_pos(&raw.rules)),
            ("notes", list_pos(&raw.notes)),
            ("no_notes", list_pos(&raw.no_notes)),
            ("scores", raw.scores.as_ref().map(|s| s.pos)),
        ];
        let any = evaluated.iter().any(|(_, set)| set.is_some())
            || raw.asked.is_some()
            || raw.not_asked.is_some()
            || raw.incomplete.is_some();
        if !any {
            self.error(
                at,
                1,
                "empty-expect",
                diag!("diag-empty-expect"),
                Some(diag!("diag-empty-expect-help")),
            );
        }
        let keys: Vec<(&'static str, Pos)> = evaluated
            .iter()
            .copied()
            .chain([
                ("asked", list_pos(&raw.asked)),
                ("not_asked", list_pos(&raw.not_asked)),
                ("incomplete", raw.incomplete.as_ref().map(|i| i.pos)),
            ])
            .filter_map(|(key, value)| Some((key, self.lines.key_pos(value?, key))))
            .collect();
        let incomplete = raw.incomplete.map(|i| i.value);
        if incomplete == Some(true) && !partial {
            for (key, value) in evaluated {
                let Some(value) = value else { continue };
                self.diags.push(
                    Diagnostic::error(
                        self.name,
                        self.lines.key_pos(value, key),
                        "incomplete-conflict",
                        diag!("diag-incomplete-conflict", key = key),
                    )
                    .with_snippet(self.lines.text(), key.len())
                    .with_help(diag!("diag-incomplete-conflict-help")),
                );
            }
        }
        let outcomes = raw
            .outcomes
            .map(|list| self.ids(list, &outcomes, "outcome", "outcomes"));
        let rules = raw
            .rules
            .map(|list| self.ids(list, &rules, "rule", "rules"));
        let notes_list = raw
            .notes
            .map(|list| self.ids(list, &notes, "note", "notes"))
            .unwrap_or_default();
        let no_notes = raw
            .no_notes
            .map(|list| self.ids(list, &notes, "note", "no_notes"))
            .unwrap_or_default();
        self.both(("notes", &notes_list), ("no_notes", &no_notes));
        let asked = raw
            .asked
            .map(|list| self.ids(list, &questions, "question", "asked"))
            .unwrap_or_default();
        let not_asked = raw
            .not_asked
            .map(|list| self.ids(list, &questions, "question", "not_asked"))
            .unwrap_or_default();
        self.both(("asked", &asked), ("not_asked", &not_asked));
        let mut scores = Vec::new();
        if let Some(m) = raw.scores.as_ref().filter(|m| m.0.is_empty()) {
            self.empty(m.pos, "score", "scores");
        }
        for e in raw.scores.map(|m| m.value.0).unwrap_or_default() {
            let (dim, value) = (e.key, e.value.0);
            if dims.contains(&dim.as_str()) {
                scores.push((dim, value, e.key_pos));
            } else {
                let help = did_you_mean(&dim, dims.iter().copied())
                    .map(|s| diag!("diag-did-you-mean", name = s))
                    .unwrap_or_else(|| diag!("diag-test-dimensions", names = dims.join(", ")));
                self.diags.push(
                    Diagnostic::error(
                        self.name,
                        e.key_pos,
                        "unknown-dimension",
                        diag!("diag-unknown-dimension", dim = dim.as_str()),
                    )
                    .with_snippet(self.lines.text(), dim.chars().count())
                    .with_help(help),
                );
            }
        }
        (self.diags.len() == before).then(|| Expect {
            outcomes: outcomes.map(values),
            rules: rules.map(values),
            notes: values(notes_list),
            no_notes: values(no_notes),
            scores,
            asked: values(asked),
            not_asked: values(not_asked),
            incomplete,
            keys,
        })
    }

    /// An empty list or map under `key`, which would check nothing (`notes: []` passes
    /// whatever the notes are): `empty-list`. `what` selects the noun.
    fn empty(&mut self, pos: Pos, what: &'static str, key: &'static str) {
        self.error(
            pos,
            1,
            "empty-list",
            diag!("diag-empty-list", what = what),
            Some(diag!("diag-empty-list-help", key = key)),
        );
    }

    /// Checks that every id in `list` (under `key`) is one of `known`, and that there is one.
    /// `what` selects the noun (`outcome`, `rule`, `note`, `question`).
    fn ids(
        &mut self,
        list: At<Vec<At<String>>>,
        known: &[&str],
        what: &'static str,
        key: &'static str,
    ) -> Vec<At<String>> {
        if list.is_empty() {
            self.empty(list.pos, what, key);
        }
        for (j, id) in list.iter().enumerate() {
            let at = id.pos;
            if !known.contains(&id.as_str()) {
                let help = did_you_mean(id, known.iter().copied())
                    .map(|s| diag!("diag-did-you-mean", name = s));
                self.error(
                    at,
                    id.chars().count(),
                    "unknown-id",
                    diag!("diag-unknown-id", what = what, id = id.value.as_str()),
                    help,
                );
            } else if list[..j].iter().any(|x| x.value == id.value) {
                self.error(
                    at,
                    id.chars().count(),
                    "duplicate-id",
                    diag!("diag-listed-twice", what = what, id = id.value.as_str()),
                    None,
                );
            }
        }
        list.value
    }

    /// An id both in `a` and in `b` (`asked` and `not_asked`) can never pass.
    fn both(&mut self, a: (&str, &[At<String>]), b: (&str, &[At<String>])) {
        for id in b.1 {
            if a.1.iter().any(|x| x.value == id.value) {
                self.error(
                    id.pos,
                    id.chars().count(),
                    "contradiction",
                    diag!(
                        "diag-contradiction",
                        id = id.value.as_str(),
                        a = a.0,
                        b = b.0
                    ),
                    None,
                );
            }
        }
    }
}

fn values(list: Vec<At<String>>) -> Vec<String> {
    list.into_iter().map(|id| id.value).collect()
}
