//! Numbers as the file writes them, and the bound on numbers that feed a score or a
//! derived value ([`MAX_NUMBER`]).

use super::super::raw::{OrderedMap, RawQuestion};
use super::super::{MAX_NUMBER, MAX_POINTS, Points, Pos, fmt_num};
use super::context::Cx;
use crate::yaml::At;

/// The longest number echoed as written; past it the exponent form reads better.
const WRITTEN_MAX: usize = 30;

impl Cx<'_> {
    /// `n`, read at `pos`, as the file writes it: `-9223372036854775808`, not the nearest
    /// `f64` (`-9223372036854776000`). Where the text there is not that number (an alias,
    /// `.inf`, a very long literal), the number as [`fmt_num`] writes it.
    pub(super) fn written(&self, pos: Pos, n: f64) -> String {
        let line = self
            .lines
            .text()
            .lines()
            .nth((pos.line as usize).wrapping_sub(1));
        let token: String = line
            .unwrap_or("")
            .chars()
            .skip((pos.col as usize).saturating_sub(1))
            .take_while(|c| !matches!(c, ',' | '}' | ']' | '#' | '\r') && !c.is_whitespace())
            .collect();
        let same = token.parse::<f64>().is_ok_and(|t| t == n);
        if same && token.len() <= WRITTEN_MAX {
            token
        } else {
            fmt_num(n)
        }
    }

    /// Whether `v`, the value of `key`, is a finite number within [`MAX_NUMBER`]; if not,
    /// an error at it that names the limit.
    pub(super) fn within_limit(&mut self, key: &str, v: &At<f64>) -> bool {
        if v.is_finite() && v.abs() <= MAX_NUMBER {
            return true;
        }
        let found = self.written(v.pos, v.value);
        self.error_at(
            v.pos,
            "bad-range",
            diag!(
                "diag-number-limit",
                key = key,
                max = fmt_num(MAX_NUMBER),
                found = found
            ),
        );
        false
    }

    /// Checks that a scored answer gives each dimension at most [`MAX_POINTS`], as a
    /// choice may: `keyed` is the lowest and highest answer with `offset` added (`reverse`
    /// keeps that range), `weights` the valid entries of `raw`. None after an error.
    pub(super) fn answer_points(
        &mut self,
        rq: &At<RawQuestion>,
        raw: &At<OrderedMap<f64>>,
        keyed: (f64, f64),
        weights: &Points,
    ) -> Option<()> {
        // Bounds past the limit were reported where they are written.
        if !(keyed.0.abs() <= 2.0 * MAX_NUMBER && keyed.1.abs() <= 2.0 * MAX_NUMBER) {
            return Some(());
        }
        let mut ok = true;
        for e in &raw.0 {
            if weights.get(&e.key).is_none() {
                continue;
            }
            let most = keyed.0.abs().max(keyed.1.abs()) * e.value.abs();
            if most > MAX_POINTS {
                ok = false;
                self.error_at(
                    e.pos,
                    "bad-score",
                    diag!(
                        "diag-answer-points-limit",
                        id = rq.id.value.as_str(),
                        dim = e.key.as_str(),
                        found = fmt_num(most),
                        max = fmt_num(MAX_POINTS)
                    ),
                )
                .help = Some(diag!("diag-answer-points-limit-help"));
            }
        }
        ok.then_some(())
    }
}
