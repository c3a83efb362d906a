//! Test-file text -> a checked [`Suite`]: the YAML layer the questionnaire uses for syntax,
//! keys and types, then every id checked against the questionnaire, every error collected.

use std::collections::HashMap;

use crate::questionnaire::{
    self, Diagnostic, LoadError, Pos, Questionnaire, check_answers, did_you_mean,
};
use crate::yaml::{self, PosIndex};

use super::raw::{RawCase, RawExpect, RawTestFile};
use super::{Case, Expect, Suite};

const SHAPE: &str =
    "a test file looks like `cases: [{name: ..., answers: {...}, expect: {outcomes: [...]}}]`";

/// A parsed test file whose ids are not yet checked against a questionnaire.
#[derive(Debug)]
pub struct TestFile {
    name: String,
    text: String,
    raw: RawTestFile,
    index: PosIndex,
}

impl TestFile {
    /// Parses test-file text; `name` is used in messages.
    pub fn parse(name: &str, text: &str) -> Result<TestFile, LoadError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let (raw, index): (RawTestFile, _) = yaml::load(name, text).map_err(|mut d| {
            // The parser's advice on an empty file describes a questionnaire.
            if d.code == "empty-file" {
                d.help = Some(SHAPE.to_owned());
            }
            LoadError::Invalid(vec![*d])
        })?;
        Ok(TestFile {
            name: name.to_owned(),
            text: text.to_owned(),
            raw,
            index,
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
            text: &self.text,
            index: &self.index,
            q,
            diags: Vec::new(),
        };
        if self.raw.cases.is_empty() {
            cx.error(
                "cases",
                1,
                "no-cases",
                "`cases` is empty; at least one case is needed".to_owned(),
                None,
            );
        }
        let mut names: HashMap<String, Pos> = HashMap::new();
        let mut cases = Vec::with_capacity(self.raw.cases.len());
        for (i, raw) in self.raw.cases.into_iter().enumerate() {
            let path = format!("cases[{i}]");
            let name_path = format!("{path}.name");
            let name = raw.name.trim().to_owned();
            if name.is_empty() {
                cx.error(
                    &name_path,
                    1,
                    "empty-name",
                    "a case needs a name".to_owned(),
                    Some("say in one line who this person is and why they get this result".into()),
                );
            } else if let Some(first) = names.get(&name) {
                let help = format!("the first is at line {}", first.line);
                cx.error(
                    &name_path,
                    name.chars().count(),
                    "duplicate-case",
                    format!("case `{name}` is defined twice"),
                    Some(help),
                );
            } else {
                names.insert(name.clone(), cx.index.pos(&name_path));
            }
            if let Some(case) = cx.case(&path, name, raw) {
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
    text: &'a str,
    index: &'a PosIndex,
    q: &'a Questionnaire,
    diags: Vec<Diagnostic>,
}

impl Cx<'_> {
    fn error(
        &mut self,
        path: &str,
        len: usize,
        code: &'static str,
        msg: String,
        help: Option<String>,
    ) {
        let pos = self.index.pos(path);
        self.diags.push(
            Diagnostic::error(self.name, pos, code, msg)
                .with_snippet(self.text, len)
                .with_help_opt(help),
        );
    }

    fn case(&mut self, path: &str, name: String, raw: RawCase) -> Option<Case> {
        let answers = match check_answers(
            self.q,
            self.name,
            self.text,
            self.index,
            &format!("{path}.answers"),
            raw.answers,
        ) {
            Ok(a) => Some(a),
            Err(d) => {
                self.diags.extend(d);
                None
            }
        };
        let expect = self.expect(&format!("{path}.expect"), raw.expect);
        Some(Case {
            name,
            pos: self.index.key_pos(path),
            answers: answers?,
            expect: expect?,
        })
    }

    fn expect(&mut self, path: &str, raw: RawExpect) -> Option<Expect> {
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
        let dims: Vec<&str> = q.dimensions.iter().map(|d| d.id.as_str()).collect();

        let evaluated = [
            ("outcomes", raw.outcomes.is_some()),
            ("rules", raw.rules.is_some()),
            ("notes", raw.notes.is_some()),
            ("no_notes", raw.no_notes.is_some()),
            ("scores", raw.scores.is_some()),
        ];
        let any = evaluated.iter().any(|(_, set)| *set)
            || raw.asked.is_some()
            || raw.not_asked.is_some()
            || raw.incomplete.is_some();
        if !any {
            self.error(
                path,
                1,
                "empty-expect",
                "`expect` checks nothing".to_owned(),
                Some("give at least one of `outcomes`, `rules`, `notes`, `no_notes`, `scores`, `asked`, `not_asked`, `incomplete`".into()),
            );
        }
        if raw.incomplete == Some(true) {
            for (key, _) in evaluated.iter().filter(|(_, set)| *set) {
                self.diags.push(
                    Diagnostic::error(
                        self.name,
                        self.index.key_pos(&format!("{path}.{key}")),
                        "incomplete-conflict",
                        format!("`{key}` cannot be checked on a case with `incomplete: true`"),
                    )
                    .with_snippet(self.text, key.len())
                    .with_help("an incomplete case is not evaluated; check it with `asked` or `not_asked`, or answer every required question"),
                );
            }
        }
        let outcomes = raw.outcomes.map(|list| {
            self.ids(
                &format!("{path}.outcomes"),
                list,
                &outcomes,
                "outcome",
                false,
            )
        });
        let rules = raw
            .rules
            .map(|list| self.ids(&format!("{path}.rules"), list, &rules, "rule", false));
        let notes_list = raw
            .notes
            .map(|list| self.ids(&format!("{path}.notes"), list, &notes, "note", true))
            .unwrap_or_default();
        let no_notes = raw
            .no_notes
            .map(|list| self.ids(&format!("{path}.no_notes"), list, &notes, "note", true))
            .unwrap_or_default();
        self.both(path, ("notes", &notes_list), ("no_notes", &no_notes));
        let asked = raw
            .asked
            .map(|list| self.ids(&format!("{path}.asked"), list, &questions, "question", true))
            .unwrap_or_default();
        let not_asked = raw
            .not_asked
            .map(|list| {
                self.ids(
                    &format!("{path}.not_asked"),
                    list,
                    &questions,
                    "question",
                    true,
                )
            })
            .unwrap_or_default();
        self.both(path, ("asked", &asked), ("not_asked", &not_asked));
        let mut scores = Vec::new();
        for (dim, value) in raw.scores.map(|m| m.0).unwrap_or_default() {
            let key = format!("{path}.scores.{dim}");
            if dims.contains(&dim.as_str()) {
                scores.push((dim, value));
            } else {
                let help = did_you_mean(&dim, dims.iter().copied())
                    .map(|s| format!("did you mean `{s}`?"))
                    .unwrap_or_else(|| format!("the dimensions are: {}", dims.join(", ")));
                self.diags.push(
                    Diagnostic::error(
                        self.name,
                        self.index.key_pos(&key),
                        "unknown-dimension",
                        format!("unknown dimension `{dim}`"),
                    )
                    .with_snippet(self.text, dim.chars().count())
                    .with_help(help),
                );
            }
        }
        (self.diags.len() == before).then_some(Expect {
            outcomes,
            rules,
            notes: notes_list,
            no_notes,
            scores,
            asked,
            not_asked,
            incomplete: raw.incomplete,
        })
    }

    /// Checks that every id in the list at `path` is one of `known`; an empty list is
    /// refused unless `may_be_empty`.
    fn ids(
        &mut self,
        path: &str,
        list: Vec<String>,
        known: &[&str],
        what: &str,
        may_be_empty: bool,
    ) -> Vec<String> {
        if list.is_empty() && !may_be_empty {
            self.error(
                path,
                1,
                "empty-list",
                format!("expected at least one {what}"),
                None,
            );
        }
        for (j, id) in list.iter().enumerate() {
            let at = format!("{path}[{j}]");
            if !known.contains(&id.as_str()) {
                let help =
                    did_you_mean(id, known.iter().copied()).map(|s| format!("did you mean `{s}`?"));
                self.error(
                    &at,
                    id.chars().count(),
                    "unknown-id",
                    format!("unknown {what} `{id}`"),
                    help,
                );
            } else if list[..j].contains(id) {
                self.error(
                    &at,
                    id.chars().count(),
                    "duplicate-id",
                    format!("{what} `{id}` is listed twice"),
                    None,
                );
            }
        }
        list
    }

    /// An id both in `a` and in `b` (`asked` and `not_asked`) can never pass.
    fn both(&mut self, path: &str, a: (&str, &[String]), b: (&str, &[String])) {
        for (j, id) in b.1.iter().enumerate() {
            if a.1.contains(id) {
                self.error(
                    &format!("{path}.{}[{j}]", b.0),
                    id.chars().count(),
                    "contradiction",
                    format!("`{id}` is in both `{}` and `{}`", a.0, b.0),
                    None,
                );
            }
        }
    }
}
