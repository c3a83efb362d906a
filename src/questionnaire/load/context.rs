//! The loading context: the file being loaded, its positions and the errors so far;
//! recording diagnostics and checking ids and expressions against a scope.

use foldhash::{HashMap, HashSet};

use crate::expr::{Expr, ExprError, Scope, Type, VarInfo};
use crate::yaml::Lines;

use super::super::raw::QuestionType;
use super::super::{Diagnostic, Pos, did_you_mean};

/// What loading one file needs at hand: its text, and the errors so far.
pub(super) struct Cx<'a> {
    pub name: &'a str,
    pub lines: Lines<'a>,
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
    /// Its answers have labels a template may show (`{id.label}`): choices, or a scale's
    /// per-point `labels`.
    pub labelled: bool,
}

/// `[A-Za-z_][A-Za-z0-9_-]*`
/// What an id may be made of, the help of every `bad-id` error.
pub(super) fn id_rule() -> String {
    diag!("diag-bad-id-rule")
}

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
        let d = Diagnostic::error(self.name, pos, code, msg).with_snippet(self.lines.text(), len);
        let i = self.diags.len();
        self.diags.push(d);
        &mut self.diags[i]
    }

    /// A `what` with this `id` defined a second time at `pos`; `first` is where it first was.
    /// `what` selects the noun in `diag-duplicate-id` (`rule`, `note`, `section`, `question`).
    pub fn duplicate(&mut self, pos: Pos, what: &'static str, id: &str, first: Pos) {
        self.error(
            pos,
            id.chars().count(),
            "duplicate-id",
            diag!("diag-duplicate-id", what = what, id = id),
        )
        .help = Some(diag!("diag-duplicate-id-first", line = first.line));
    }

    /// An error about the value written at `pos`, with a one-character caret.
    pub fn error_at(&mut self, pos: Pos, code: &'static str, msg: String) -> &mut Diagnostic {
        self.error(pos, 1, code, msg)
    }

    /// Where the key `key` of the value written at `value` is.
    pub fn key_pos(&self, value: Pos, key: &str) -> Pos {
        self.lines.key_pos(value, key)
    }

    /// Checks id syntax; `pos` locates the id (a value, or a map key if `key`). The error,
    /// when there is one, for a caller with a better help to give. `what` selects the noun
    /// in `diag-bad-id` (`outcome`, `rule`, `note`, `question`, `derived`, `section`,
    /// `choice`, `dimension`).
    pub fn check_id(
        &mut self,
        id: &str,
        pos: Pos,
        key: bool,
        what: &'static str,
    ) -> Option<&mut Diagnostic> {
        if is_id(id) {
            return None;
        }
        let msg = diag!("diag-bad-id", id = id, what = what);
        let len = if key { id.chars().count() } else { 1 };
        let d = self.error(pos, len, "bad-id", msg);
        d.help = Some(id_rule());
        Some(d)
    }

    /// An error inside the expression or template `src` written at `at`, at its character
    /// `offset`.
    pub fn error_in(
        &mut self,
        at: Pos,
        src: &str,
        offset: usize,
        len: usize,
        code: &'static str,
        msg: String,
    ) -> &mut Diagnostic {
        let pos = self.lines.char_pos(at, src, offset);
        self.error(pos, len, code, msg)
    }

    pub(super) fn expr_error(&mut self, at: Pos, src: &str, e: &ExprError, code: &'static str) {
        let len = e.span.end.saturating_sub(e.span.start);
        let help = e.help.clone();
        self.error_in(at, src, e.span.start, len, code, e.message.clone())
            .help = help;
    }

    /// Parses and checks an expression; `want` is the type it must have (conditions are Bool).
    pub fn expr(
        &mut self,
        src: &str,
        at: Pos,
        scope: &Scope,
        want: Option<Type>,
    ) -> Option<(Expr, Type)> {
        // `when: ! answered(x)`: YAML took the `!` as a tag, and the "not" with it.
        if let Some((pos, tag)) = self.lines.tag_before(at) {
            let msg = diag!("diag-yaml-tag-expr", tag = tag);
            self.error(pos, tag.chars().count(), "yaml-tag", msg).help =
                Some(diag!("diag-yaml-tag-expr-help", tag = tag, expr = src));
            return None;
        }
        let expr = match Expr::parse(src) {
            Ok(e) => e,
            Err(e) => {
                self.expr_error(at, src, &e, "expr-syntax");
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
                "score"
            } else {
                "derived"
            };
            self.error_in(
                at,
                src,
                offset,
                name.chars().count(),
                "expr-check",
                diag!("diag-expr-check-computed", name = name, what = what),
            )
            .help = Some(diag!("diag-expr-check-computed-help"));
            return None;
        }
        let ty = match expr.check(scope) {
            Ok(t) => t,
            Err(e) => {
                self.expr_error(at, src, &e, "expr-check");
                return None;
            }
        };
        if let Some(want) = want.filter(|w| *w != ty) {
            let (want_name, found) = (type_name(&want), type_name(&ty));
            let msg = if want == Type::Bool {
                diag!("diag-expr-type-condition", want = want_name, found = found)
            } else {
                diag!("diag-expr-type", want = want_name, found = found)
            };
            let len = src.chars().count();
            self.error_in(at, src, 0, len, "expr-type", msg);
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
}

/// A type as a diagnostic names it: "a boolean", "a list of numbers".
pub(super) fn type_name(t: &Type) -> String {
    match t {
        Type::Bool => diag!("diag-type-bool"),
        Type::Number => diag!("diag-type-number"),
        Type::Str => diag!("diag-type-text"),
        Type::List(inner) => diag!("diag-type-list", of = plural_type(inner)),
    }
}

/// The type of a list's items, as "a list of …" names them.
fn plural_type(t: &Type) -> String {
    match t {
        Type::Bool => diag!("diag-type-bools"),
        Type::Number => diag!("diag-type-numbers"),
        Type::Str => diag!("diag-type-texts"),
        Type::List(inner) => diag!("diag-type-lists", of = plural_type(inner)),
    }
}

/// Suggests one of `candidates` for a misspelt `word`, as a help line.
pub(super) fn suggest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    did_you_mean(word, candidates).map(|s| diag!("diag-did-you-mean", name = s))
}
