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
        for (e, dim) in raw.dimensions.0.iter().zip(dims.iter_mut()) {
            let (id, rd) = (&e.key, &e.value);
            if let Some(code) = &rd.code
                && (code.is_empty() || code.chars().any(char::is_control))
            {
                self.error_at(code.pos, "bad-code", diag!("diag-bad-code"));
            }
            let Some(outcome) = &rd.outcome else { continue };
            dim.outcome = ids.iter().position(|o| *o == outcome.as_str());
            if dim.outcome.is_none() {
                let help = suggest(outcome, ids.iter().copied());
                self.error(
                    outcome.pos,
                    outcome.chars().count(),
                    "unknown-outcome",
                    diag!("diag-unknown-outcome", outcome = outcome.value.as_str()),
                )
                .help = help;
            }
            if raw.decision.policy.value != RawPolicy::Top {
                let pos = self.key_pos(outcome.pos, "outcome");
                self.error(
                    pos,
                    7,
                    "outcome-without-top",
                    diag!("diag-outcome-without-top", id = id.as_str()),
                )
                .help = Some(diag!("diag-outcome-without-top-help"));
            }
        }
    }

    /// The `top` block of `policy: top`.
    pub(super) fn top(&mut self, raw: &RawQuestionnaire, names: &Names<'_>) -> Option<Top> {
        let is_top = raw.decision.policy.value == RawPolicy::Top;
        let Some(t) = &raw.decision.top else {
            if is_top {
                self.error_at(
                    raw.decision.policy.pos,
                    "missing-top",
                    diag!("diag-missing-top"),
                )
                .help = Some(diag!("diag-missing-top-help"));
            }
            return None;
        };
        if !is_top {
            let pos = self.key_pos(t.pos, "top");
            self.error(
                pos,
                3,
                "top-without-policy",
                diag!("diag-top-without-policy"),
            );
            return None;
        }
        let n = raw.dimensions.0.len();
        let count = t.count.as_ref().map_or(1, |c| c.value) as usize;
        if count == 0 || count > n {
            self.error_at(
                t.count.as_ref().map_or(t.pos, |c| c.pos),
                "bad-range",
                diag!(
                    "diag-bad-range-count",
                    n = n.to_string(),
                    found = count.to_string()
                ),
            );
        }
        let min_spread = t.min_spread.as_ref().map_or(0.0, |m| m.value);
        if let Some(m) = t
            .min_spread
            .as_ref()
            .filter(|_| !min_spread.is_finite() || min_spread < 0.0)
        {
            self.error_at(m.pos, "bad-range", diag!("diag-bad-range-min-spread"));
        }
        let extra: Vec<String> = names
            .extra
            .iter()
            .cloned()
            .chain(["dimension".to_owned()])
            .collect();
        let because = self.template(
            &t.because,
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
