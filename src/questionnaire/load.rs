//! Loading: YAML text -> raw serde types -> a validated [`Questionnaire`],
//! collecting every error with its position; and answers files.

mod answers;
mod decision;
mod question;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::expr::{Expr, ExprError, Scope, Type, VarInfo};
use crate::yaml::{self, PosIndex};

use super::raw::{QuestionType, RawQuestion, RawQuestionnaire, opt_text};
use super::scope::{number, score_name};
use super::{
    Diagnostic, Dimension, LoadError, Pos, Question, Questionnaire, Section, Text, did_you_mean,
};

pub use answers::{load_answers, load_answers_str};

/// The questionnaire compiled into the binary.
const BUILTIN: &str = include_str!("../../questions/career.yaml");

/// Loads and checks a questionnaire file.
pub fn load_file(path: &Path) -> Result<Questionnaire, LoadError> {
    let text = yaml::read_capped(path)?;
    load_str(&path.display().to_string(), &text)
}

/// The built-in questionnaire (named `<built-in>` in messages).
pub fn builtin() -> Result<Questionnaire, LoadError> {
    load_str("<built-in>", BUILTIN)
}

/// Loads and checks questionnaire text; `name` is used in messages.
pub fn load_str(name: &str, text: &str) -> Result<Questionnaire, LoadError> {
    if text.len() as u64 > yaml::MAX_BYTES {
        return Err(LoadError::Invalid(vec![Diagnostic::error(
            name,
            Pos::default(),
            "too-large",
            format!(
                "the file is larger than {} MiB",
                yaml::MAX_BYTES / (1024 * 1024)
            ),
        )]));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let hash = format!("{:x}", Sha256::digest(text.as_bytes()));
    let (raw, index): (RawQuestionnaire, _) =
        yaml::load(name, text).map_err(|d| LoadError::Invalid(vec![*d]))?;
    let mut cx = Cx {
        name,
        text,
        index,
        diags: Vec::new(),
        qinfo: Vec::new(),
        qindex: HashMap::new(),
        qscope: Scope::default(),
        failed: HashSet::new(),
        computed: HashSet::new(),
    };
    let q = cx.build(raw, hash);
    if cx.diags.is_empty() {
        Ok(q)
    } else {
        super::diagnostic::sort(&mut cx.diags);
        Err(LoadError::Invalid(cx.diags))
    }
}

/// What loading one file needs at hand: its text, positions, and the errors so far.
pub(super) struct Cx<'a> {
    pub name: &'a str,
    pub text: &'a str,
    pub index: PosIndex,
    pub diags: Vec<Diagnostic>,
    /// Every question in file order (first of each id), as expressions see it,
    /// even those that failed to load, so one mistake is reported once.
    pub qinfo: Vec<QInfo>,
    /// Question id -> index into `qinfo`.
    pub qindex: HashMap<String, usize>,
    /// Every question, for expressions that may read any answer.
    pub qscope: Scope,
    /// Derived values whose definition was reported as wrong: an expression that reads
    /// one is not checked, so one mistake does not surface again as a wrong type.
    pub failed: HashSet<String>,
    /// Scores and derived names: known, but computed after every question, so a
    /// question's own expressions cannot read them.
    pub computed: HashSet<String>,
}

pub(super) struct QInfo {
    pub id: String,
    pub var: VarInfo,
    pub kind: QuestionType,
    pub pos: Pos,
}

/// How a raw question's answer looks to expressions.
fn raw_var(rq: &RawQuestion) -> VarInfo {
    let choices = || {
        rq.choices
            .as_ref()
            .map(|c| c.iter().map(|c| c.value.clone()).collect())
    };
    let (ty, choices) = match rq.kind {
        QuestionType::Single => (Type::Str, choices()),
        QuestionType::Multi | QuestionType::Rank => (Type::List(Box::new(Type::Str)), choices()),
        QuestionType::Confirm => (Type::Bool, None),
        QuestionType::Scale | QuestionType::Number => (Type::Number, None),
        QuestionType::Text => (Type::Str, None),
    };
    VarInfo {
        ty,
        choices,
        question: true,
    }
}

/// `[A-Za-z_][A-Za-z0-9_-]*`
pub(super) fn is_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

impl Cx<'_> {
    /// Records an error at `pos` with a caret `len` characters wide; returns it for a help line.
    pub fn error(
        &mut self,
        pos: Pos,
        len: usize,
        code: &'static str,
        msg: String,
    ) -> &mut Diagnostic {
        let d = Diagnostic::error(self.name, pos, code, msg).with_snippet(self.text, len);
        let i = self.diags.len();
        self.diags.push(d);
        &mut self.diags[i]
    }

    /// An error about the value at `path`.
    pub fn error_at(&mut self, path: &str, code: &'static str, msg: String) -> &mut Diagnostic {
        let pos = self.index.pos(path);
        self.error(pos, 1, code, msg)
    }

    /// An error about the key of the map entry at `path`.
    pub fn error_key(
        &mut self,
        path: &str,
        len: usize,
        code: &'static str,
        msg: String,
    ) -> &mut Diagnostic {
        let pos = self.index.key_pos(path);
        self.error(pos, len, code, msg)
    }

    /// Checks id syntax; `path` locates the id (a value, or a map key if `key`).
    pub fn check_id(&mut self, id: &str, path: &str, key: bool, what: &str) {
        if is_id(id) {
            return;
        }
        let msg = format!("`{id}` is not a valid {what} id");
        let help = "ids start with an ASCII letter or `_`, then ASCII letters, digits, `_` or `-`";
        let len = id.chars().count();
        let d = if key {
            self.error_key(path, len, "bad-id", msg)
        } else {
            self.error_at(path, "bad-id", msg)
        };
        d.help = Some(help.to_owned());
    }

    /// An error inside the expression or template at `path`, at character `offset`.
    pub fn error_in(
        &mut self,
        path: &str,
        offset: usize,
        len: usize,
        code: &'static str,
        msg: String,
    ) -> &mut Diagnostic {
        let pos = self.index.char_pos(self.text, path, offset);
        self.error(pos, len, code, msg)
    }

    fn expr_error(&mut self, path: &str, e: &ExprError, code: &'static str) {
        let len = e.span.end.saturating_sub(e.span.start);
        let help = e.help.clone();
        self.error_in(path, e.span.start, len, code, e.message.clone())
            .help = help;
    }

    /// Parses and checks an expression; `want` is the type it must have (conditions are Bool).
    pub fn expr(
        &mut self,
        src: &str,
        path: &str,
        scope: &Scope,
        want: Option<Type>,
    ) -> Option<(Expr, Type)> {
        let expr = match Expr::parse(src) {
            Ok(e) => e,
            Err(e) => {
                self.expr_error(path, &e, "expr-syntax");
                return None;
            }
        };
        if expr.names().iter().any(|n| self.failed.contains(*n)) {
            return None;
        }
        // `score.rust` in a `visible_if` is a known name in the wrong place, not a typo.
        if let Some(name) = expr
            .names()
            .into_iter()
            .find(|n| !scope.vars.contains_key(*n) && self.computed.contains(*n))
        {
            let offset = Cx::name_offset(src, name);
            let what = if name.starts_with("score.") {
                "a score"
            } else {
                "a derived value"
            };
            self.error_in(
                path,
                offset,
                name.chars().count(),
                "expr-check",
                format!("`{name}` is {what}, which cannot be used here"),
            )
            .help = Some(
                "scores and derived values are computed once every question is answered, so a question's `visible_if`, `constraint` and `score_if` read answers only".to_owned(),
            );
            return None;
        }
        let ty = match expr.check(scope) {
            Ok(t) => t,
            Err(e) => {
                self.expr_error(path, &e, "expr-check");
                return None;
            }
        };
        if let Some(want) = want.filter(|w| *w != ty) {
            let msg = format!(
                "expected a condition ({}), found {}",
                type_name(&want),
                type_name(&ty)
            );
            let len = src.chars().count();
            self.error_in(path, 0, len, "expr-type", msg);
            return None;
        }
        Some((expr, ty))
    }

    /// The character offset of the first whole-word use of `name` in `src`.
    pub fn name_offset(src: &str, name: &str) -> usize {
        let word = |c: char| c.is_alphanumeric() || c == '_' || c == '.';
        let mut start = 0;
        while let Some(i) = src[start..].find(name).map(|i| i + start) {
            let before = src[..i].chars().next_back();
            let after = src[i + name.len()..].chars().next();
            if !before.is_some_and(word) && !after.is_some_and(|c| word(c) || c == '-') {
                return src[..i].chars().count();
            }
            start = i + name.len();
        }
        0
    }

    fn build(&mut self, raw: RawQuestionnaire, hash: String) -> Questionnaire {
        let qid_ok = !raw.id.is_empty()
            && raw
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        if !qid_ok {
            self.error_at(
                "id",
                "bad-id",
                format!("`{}` is not a valid questionnaire id", raw.id),
            )
            .help =
                Some("a questionnaire id uses lowercase letters, digits, `_` and `-`".to_owned());
        }
        if raw.version == 0 {
            self.error_at(
                "version",
                "bad-version",
                "the version must be 1 or more".to_owned(),
            );
        }
        let default_lang = raw.default_lang.clone().unwrap_or_else(|| "en".to_owned());

        let mut dimensions = Vec::new();
        for (id, d) in &raw.dimensions.0 {
            let path = format!("dimensions.{id}");
            self.check_id(id, &path, true, "dimension");
            dimensions.push(Dimension {
                id: id.clone(),
                label: d.label.text(),
                pos: self.index.key_pos(&path),
            });
        }
        if dimensions.is_empty() {
            self.error_at(
                "dimensions",
                "no-dimensions",
                "`dimensions` is empty; at least one is needed".to_owned(),
            );
        }
        let dim_ids: Vec<String> = dimensions.iter().map(|d| d.id.clone()).collect();
        self.computed = dim_ids
            .iter()
            .map(|d| score_name(d))
            .chain(raw.derived.0.iter().map(|(name, _)| name.clone()))
            .collect();

        let (sections, questions) = self.sections(&raw, &dim_ids);

        let mut scope = Scope::default();
        scope
            .vars
            .extend(self.qscope.vars.iter().map(|(k, v)| (k.clone(), v.clone())));
        for d in &dim_ids {
            scope.vars.insert(score_name(d), number());
        }
        let derived = self.derived(&raw, &questions, &mut scope);
        let outcomes = self.outcomes(&raw);
        let decision = self.decision(&raw, &scope, &dim_ids, &derived, &outcomes);

        let mut q = Questionnaire {
            id: raw.id,
            version: raw.version,
            title: raw.title.text(),
            description: opt_text(&raw.description),
            default_lang,
            languages: Vec::new(),
            dimensions,
            sections,
            questions,
            derived,
            decision,
            outcomes,
            hash,
            source: self.name.to_owned(),
        };
        q.languages = languages(&q);
        q
    }

    fn sections(
        &mut self,
        raw: &RawQuestionnaire,
        dims: &[String],
    ) -> (Vec<Section>, Vec<Question>) {
        let mut sections = Vec::new();
        let mut questions: Vec<Question> = Vec::new();
        let mut seen_sections: HashMap<&str, Pos> = HashMap::new();
        let mut seen_questions: HashSet<&str> = HashSet::new();
        let mut running = Scope::default();
        if raw.sections.is_empty() {
            self.error_at(
                "sections",
                "no-questions",
                "`sections` is empty; at least one question is needed".to_owned(),
            );
        }
        for (si, s) in raw.sections.iter().enumerate() {
            for (qi, rq) in s.questions.iter().enumerate() {
                let pos = self
                    .index
                    .pos(&format!("sections[{si}].questions[{qi}].id"));
                if !self.qindex.contains_key(&rq.id) {
                    let var = raw_var(rq);
                    self.qindex.insert(rq.id.clone(), self.qinfo.len());
                    self.qscope.vars.insert(rq.id.clone(), var.clone());
                    self.qinfo.push(QInfo {
                        id: rq.id.clone(),
                        var,
                        kind: rq.kind,
                        pos,
                    });
                }
            }
        }
        for (si, s) in raw.sections.iter().enumerate() {
            let path = format!("sections[{si}]");
            let id_path = format!("{path}.id");
            self.check_id(&s.id, &id_path, false, "section");
            let pos = self.index.pos(&id_path);
            if let Some(first) = seen_sections.insert(&s.id, pos) {
                self.error(
                    pos,
                    s.id.chars().count(),
                    "duplicate-id",
                    format!("section `{}` is defined twice", s.id),
                )
                .help = Some(format!("the first is at line {}", first.line));
            }
            sections.push(Section {
                id: s.id.clone(),
                title: s.title.text(),
                pos: self.index.key_pos(&format!("{path}.id")),
            });
            if s.questions.is_empty() {
                self.error_at(
                    &format!("{path}.questions"),
                    "empty-section",
                    format!("section `{}` has no questions", s.id),
                );
            }
            for (qi, rq) in s.questions.iter().enumerate() {
                let qpath = format!("{path}.questions[{qi}]");
                let id_path = format!("{qpath}.id");
                // The first definition is in `qinfo`; positions are looked up only for a repeat.
                if !seen_questions.insert(rq.id.as_str()) {
                    let pos = self.index.pos(&id_path);
                    let first = self.qindex.get(&rq.id).map_or(pos, |&i| self.qinfo[i].pos);
                    self.error(
                        pos,
                        rq.id.chars().count(),
                        "duplicate-id",
                        format!("question `{}` is defined twice", rq.id),
                    )
                    .help = Some(format!("the first is at line {}", first.line));
                }
                if let Some(q) = self.question(rq, &qpath, si, dims, &mut running) {
                    questions.push(q);
                }
            }
        }
        (sections, questions)
    }

    fn derived(
        &mut self,
        raw: &RawQuestionnaire,
        questions: &[Question],
        scope: &mut Scope,
    ) -> Vec<super::Derived> {
        let entries = &raw.derived.0;
        let names: HashSet<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
        let mut parsed: Vec<Option<Expr>> = Vec::new();
        for (name, src) in entries {
            let path = format!("derived.{name}");
            self.check_id(name, &path, true, "derived value");
            if name == "score" || questions.iter().any(|q| &q.id == name) {
                self.error_key(
                    &path,
                    name.chars().count(),
                    "duplicate-id",
                    format!("derived value `{name}` has the same name as a question"),
                );
            }
            match Expr::parse(src) {
                Ok(e) => parsed.push(Some(e)),
                Err(e) => {
                    self.expr_error(&path, &e, "expr-syntax");
                    parsed.push(None);
                }
            }
        }
        // Dependencies among derived values, then a depth-first order that reports cycles.
        let deps: Vec<Vec<usize>> = parsed
            .iter()
            .map(|e| {
                e.as_ref().map_or_else(Vec::new, |e| {
                    e.names()
                        .into_iter()
                        .filter(|n| names.contains(n))
                        .filter_map(|n| entries.iter().position(|(m, _)| m == n))
                        .collect()
                })
            })
            .collect();
        let order = self.topo(entries, &deps);
        let mut ordered = vec![false; entries.len()];
        for &i in &order {
            ordered[i] = true;
        }
        for (i, (name, _)) in entries.iter().enumerate() {
            if parsed[i].is_none() || !ordered[i] {
                self.failed.insert(name.clone());
            }
        }
        let mut out = Vec::new();
        for i in order {
            let (name, src) = &entries[i];
            let path = format!("derived.{name}");
            let Some(_) = &parsed[i] else { continue };
            let checked = self.expr(src, &path, scope, None);
            if checked.is_none() {
                self.failed.insert(name.clone());
            }
            if let Some((expr, ty)) = checked {
                scope.vars.insert(
                    name.clone(),
                    VarInfo {
                        ty,
                        choices: None,
                        question: false,
                    },
                );
                out.push(super::Derived {
                    name: name.clone(),
                    expr,
                    pos: self.index.key_pos(&path),
                });
            }
        }
        // Names left out (cycles, errors) still resolve, so they cause no second error.
        for (name, _) in entries {
            scope.vars.entry(name.clone()).or_insert_with(number);
        }
        out
    }

    /// Derived indices in dependency order; each cycle is reported once and left out.
    fn topo(&mut self, entries: &[(String, String)], deps: &[Vec<usize>]) -> Vec<usize> {
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            Active,
            Done,
            Cyclic,
        }
        let n = entries.len();
        let mut mark = vec![Mark::New; n];
        let mut order = Vec::new();
        for start in 0..n {
            if mark[start] != Mark::New {
                continue;
            }
            // Iterative DFS: (node, next dependency to visit).
            let mut stack = vec![(start, 0usize)];
            mark[start] = Mark::Active;
            while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                if let Some(&dep) = deps[node].get(*next) {
                    *next += 1;
                    match mark[dep] {
                        Mark::New => {
                            mark[dep] = Mark::Active;
                            stack.push((dep, 0));
                        }
                        Mark::Active => {
                            let from = stack.iter().position(|(m, _)| *m == dep).unwrap_or(0);
                            let cycle: Vec<usize> = stack[from..].iter().map(|(m, _)| *m).collect();
                            let mut names: Vec<&str> =
                                cycle.iter().map(|&m| entries[m].0.as_str()).collect();
                            names.push(&entries[dep].0);
                            let path = format!("derived.{}", entries[dep].0);
                            let msg = format!(
                                "derived value `{}` depends on itself: {}",
                                entries[dep].0,
                                names.join(" -> ")
                            );
                            self.error_key(
                                &path,
                                entries[dep].0.chars().count(),
                                "derived-cycle",
                                msg,
                            );
                            for m in cycle {
                                mark[m] = Mark::Cyclic;
                            }
                        }
                        Mark::Done | Mark::Cyclic => {}
                    }
                } else {
                    stack.pop();
                    if mark[node] == Mark::Active {
                        mark[node] = Mark::Done;
                        if deps[node].iter().all(|&d| mark[d] == Mark::Done) {
                            order.push(node);
                        } else {
                            mark[node] = Mark::Cyclic;
                        }
                    }
                }
            }
        }
        order
    }
}

pub(super) fn type_name(t: &Type) -> String {
    match t {
        Type::Bool => "a boolean".to_owned(),
        Type::Number => "a number".to_owned(),
        Type::Str => "a text".to_owned(),
        Type::List(inner) => format!("a list of {}", type_name(inner).trim_start_matches("a ")),
    }
}

/// Suggests one of `candidates` for a misspelt `word`, as a help line.
pub(super) fn suggest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    did_you_mean(word, candidates).map(|s| format!("did you mean `{s}`?"))
}

fn languages(q: &Questionnaire) -> Vec<String> {
    let mut langs: Vec<String> = Vec::new();
    let mut add = |t: &Text| {
        for l in t.languages() {
            if !langs.iter().any(|x| x == l) {
                langs.push(l.to_owned());
            }
        }
    };
    add(&q.title);
    q.description.iter().for_each(&mut add);
    q.dimensions.iter().for_each(|d| add(&d.label));
    q.sections.iter().for_each(|s| add(&s.title));
    for qu in &q.questions {
        add(&qu.prompt);
        qu.help.iter().for_each(&mut add);
        for c in qu.kind.choices() {
            add(&c.label);
            c.help.iter().for_each(&mut add);
        }
        if let Some(c) = &qu.constraint {
            add(&c.message);
        }
    }
    for r in q
        .decision
        .rules
        .iter()
        .chain(std::iter::once(&q.decision.default))
    {
        add(&r.because.text);
    }
    q.decision.notes.iter().for_each(|n| add(&n.text.text));
    for o in &q.outcomes {
        add(&o.title);
        add(&o.summary);
        o.leads_to.iter().for_each(&mut add);
        for s in &o.roadmap {
            add(&s.step);
            s.items.iter().for_each(&mut add);
            s.resources.iter().for_each(|r| add(&r.title));
        }
    }
    if !langs.contains(&q.default_lang) {
        langs.insert(0, q.default_lang.clone());
    }
    langs.sort();
    langs
}
