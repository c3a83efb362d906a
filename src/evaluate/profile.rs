//! `policy: top`: the dimensions ranked by score, the profile code, how a tie at the
//! last place was settled, and whether the lead is clear enough to name.

use serde::{Deserialize, Serialize};

use crate::questionnaire::{Questionnaire, Ties, Top};

/// The top of the ranking, as the result shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// Dimension ids in the profile, highest first; more than `count` when `ties: all`
    /// kept a tie at the last place.
    pub dimensions: Vec<String>,
    /// The dimensions' codes in rank order (`IAS`); dimensions tied at the last place
    /// under `ties: all` are joined with `/` (`IA` + `S/E`).
    pub code: String,
    /// The highest score minus the lowest.
    pub spread: f64,
    /// `false` when the spread is below `min_spread` or every score is equal: no clear
    /// lead, and the default rule decides.
    pub clear: bool,
    /// How equal scores at the last place were settled, if they were.
    pub tie: Option<String>,
    /// The dimensions tied at the last place, when the tie reached past it (shown, so a
    /// tie settled by file order is never read as a lead).
    #[serde(default)]
    pub tied: Vec<String>,
}

/// Ranks the dimensions by `totals`; returns the profile and the dimension indices in it.
pub(super) fn rank(q: &Questionnaire, top: &Top, totals: &[f64]) -> (Profile, Vec<usize>) {
    let mut order: Vec<usize> = (0..totals.len()).collect();
    // Stable: equal scores keep file order.
    order.sort_by(|&a, &b| totals[b].total_cmp(&totals[a]));
    let n = top.count.min(order.len());
    let hi = order.first().map_or(0.0, |&i| totals[i]);
    let lo = order.last().map_or(0.0, |&i| totals[i]);
    let spread = hi - lo;
    let cut = n.checked_sub(1).map_or(f64::NAN, |k| totals[order[k]]);
    let tied: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| totals[i] == cut)
        .collect();
    let tie_at_cut = order.get(n).is_some_and(|&i| totals[i] == cut);
    let kept: Vec<usize> = match top.ties {
        Ties::All => order
            .iter()
            .copied()
            .filter(|&i| totals[i] >= cut)
            .collect(),
        Ties::Order => order[..n].to_vec(),
    };
    let code_of = |i: usize| q.dimensions[i].code.as_str();
    let code = match top.ties {
        Ties::All if tie_at_cut => {
            let above: String = kept
                .iter()
                .filter(|&&i| totals[i] > cut)
                .map(|&i| code_of(i))
                .collect();
            let at: Vec<&str> = tied.iter().map(|&i| code_of(i)).collect();
            format!("{above}{}", at.join("/"))
        }
        _ => kept.iter().map(|&i| code_of(i)).collect(),
    };
    let tie = tie_at_cut.then(|| {
        let names: Vec<String> = tied
            .iter()
            .map(|&i| format!("`{}`", q.dimensions[i].id))
            .collect();
        let settled = match top.ties {
            Ties::All => "all are kept (`ties: all`)".to_owned(),
            Ties::Order => format!(
                "`{}` ranks higher because it is written first (`ties: order`)",
                q.dimensions[tied[0]].id
            ),
        };
        format!(
            "{} tie at {} for place {n}; {settled}",
            names.join(", "),
            crate::flow::format_number(cut)
        )
    });
    let clear = spread > 0.0 && spread >= top.min_spread;
    let profile = Profile {
        dimensions: kept.iter().map(|&i| q.dimensions[i].id.clone()).collect(),
        code,
        spread,
        clear,
        tied: if tie.is_some() {
            tied.iter().map(|&i| q.dimensions[i].id.clone()).collect()
        } else {
            Vec::new()
        },
        tie,
    };
    (profile, kept)
}

/// The outcomes the profile names, in rank order without repeats; empty when there is no
/// clear lead or no dimension in it leads to an outcome (the default rule decides).
pub(super) fn outcomes(q: &Questionnaire, profile: &Profile, kept: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    if !profile.clear {
        return out;
    }
    for o in kept.iter().filter_map(|&i| q.dimensions[i].outcome) {
        if !out.contains(&o) {
            out.push(o);
        }
    }
    out
}
