//! `policy: top`: each dimension's `outcome` and `code`, and the `top` block (count,
//! tie rule, minimum spread, the per-dimension reason).

use super::super::raw::{RawPolicy, RawQuestionnaire};
use super::super::{Dimension, Outcome, Top};
use super::context::{Cx, suggest};
use super::decision::Names;

impl Cx<'_> {
    /// Resolves each dimension's `outcome` (used by `policy: top`).
    pub(super) fn dimension_outcomes(
        &mut self,
        raw: &RawQuestionnaire,
        dims: &mut [Dimension],
        outcomes: &[Outcome],
    ) {
        let ids: Vec<&str> = outcomes.iter().map(|o| o.id.as_str()).collect();
        for ((id, rd), dim) in raw.dimensions.0.iter().zip(dims.iter_mut()) {
            let path = format!("dimensions.{id}");
            if let Some(code) = &rd.code
                && (code.is_empty() || code.chars().any(char::is_control))
            {
                self.error_at(
                    &format!("{path}.code"),
                    "bad-code",
                    "a profile code is one or more printable characters".to_owned(),
                );
            }
            let Some(outcome) = &rd.outcome else { continue };
            dim.outcome = ids.iter().position(|o| o == outcome);
            if dim.outcome.is_none() {
                let opath = format!("{path}.outcome");
                let help = suggest(outcome, ids.iter().copied());
                self.error(
                    self.index.pos(&opath),
                    outcome.chars().count(),
                    "unknown-outcome",
                    format!("unknown outcome `{outcome}`"),
                )
                .help = help;
            }
            if raw.decision.policy != RawPolicy::Top {
                self.error_key(
                    &format!("{path}.outcome"),
                    7,
                    "outcome-without-top",
                    format!("dimension `{id}` has an `outcome`, which only `policy: top` uses"),
                )
                .help = Some("set `decision.policy: top`, or remove the `outcome`".to_owned());
            }
        }
    }

    /// The `top` block of `policy: top`.
    pub(super) fn top(&mut self, raw: &RawQuestionnaire, names: &Names<'_>) -> Option<Top> {
        let is_top = raw.decision.policy == RawPolicy::Top;
        let Some(t) = &raw.decision.top else {
            if is_top {
                self.error_at(
                    "decision.policy",
                    "missing-top",
                    "`policy: top` needs a `top` block".to_owned(),
                )
                .help = Some(
                    "add `top: {count: 1, ties: order, because: ...}` under `decision`".to_owned(),
                );
            }
            return None;
        };
        if !is_top {
            self.error_key(
                "decision.top",
                3,
                "top-without-policy",
                "`top` is only used with `policy: top`".to_owned(),
            );
            return None;
        }
        let n = raw.dimensions.0.len();
        let count = t.count.unwrap_or(1) as usize;
        if count == 0 || count > n {
            self.error_at(
                "decision.top.count",
                "bad-range",
                format!("`count` must be from 1 to {n} (the number of dimensions), found {count}"),
            );
        }
        let min_spread = t.min_spread.unwrap_or(0.0);
        if !min_spread.is_finite() || min_spread < 0.0 {
            self.error_at(
                "decision.top.min_spread",
                "bad-range",
                "`min_spread` must be a number of 0 or more".to_owned(),
            );
        }
        let extra: Vec<String> = names
            .extra
            .iter()
            .cloned()
            .chain(["dimension".to_owned()])
            .collect();
        let because = self.template(
            &t.because.0,
            "decision.top.because",
            &Names {
                extra: &extra,
                ..*names
            },
        );
        Some(Top {
            count: count.clamp(1, n.max(1)),
            ties: t.ties,
            min_spread,
            because,
        })
    }
}
