//! The sentences of a sized, honest result, built once for every face (text, Markdown,
//! the TUI): how clear the call was, the plan for the user's week with the month each stage
//! ends, and the sources. Words come from [`crate::words`], so every face speaks es too.

use jiff::civil::Date;

use super::sanitize;
use crate::evaluate::{Clarity, Confidence, OutcomePlan, Plan, StagePlan, date_after};
use crate::flow::{format_number, places_apart};
use crate::questionnaire::{Source, Text};
use crate::words::{self, Value};

/// The calendar day of `ts` in the system's time zone: where a plan starts.
pub fn day_of(ts: jiff::Timestamp) -> Date {
    ts.to_zoned_datetime(crate::session::local_zone()).date()
}

/// The part of `plan` that sizes outcome `id`, with the plan it belongs to: what every face
/// needs to print that outcome's plan line and stage sizes.
pub fn sized<'a>(plan: Option<&'a Plan>, id: &str) -> Option<(&'a Plan, &'a OutcomePlan)> {
    let p = plan?;
    Some((p, p.outcomes.iter().find(|x| x.outcome == id)?))
}

/// "3 points", "1 hour", "2.5 weeks": message `id` (`points`, `hours`, `weeks`) for `n`.
fn count(lang: &str, id: &str, n: f64) -> Value<'static> {
    words::t_args(lang, id, &[("n", words::num(n))]).into()
}

/// "April", or "April 2027" when the year is not the start's.
pub fn month(lang: &str, start: Date, date: Date) -> String {
    if date.year() == start.year() {
        words::t_args(lang, "month", &[("month", date.month().into())])
    } else {
        month_year(lang, date)
    }
}

/// "April 2027": where a plan ends always says its year, so a plan read again a year or
/// two later does not seem to end this coming April, and its stages' months read in it.
pub fn month_year(lang: &str, date: Date) -> String {
    let name = words::t_args(lang, "month", &[("month", date.month().into())]);
    words::t_args(
        lang,
        "month_year",
        &[
            ("month", name.into()),
            // As text: a year is no amount.
            ("year", date.year().to_string().into()),
        ],
    )
}

/// "Close: your answers favour this by only 2 points." and its tie and against forms.
/// `cutoffs` are the margins where the wording changes (`leaning`, `clear`): the margin is
/// shown apart from them, so 0.2999 under a `leaning` of 0.3 never reads "0.3".
pub fn confidence_line(lang: &str, c: &Confidence, cutoffs: &[f64]) -> String {
    let id = if c.clarity == Clarity::Tie {
        "clarity_level"
    } else if c.margin < 0.0 {
        "clarity_against"
    } else {
        "clarity_for"
    };
    words::t_args(
        lang,
        id,
        &[
            ("label", words::t(lang, c.clarity.key()).into()),
            ("margin", {
                let m = c.margin.abs();
                let places = cutoffs.iter().map(|&t| places_apart(m, t)).max();
                let n = words::num_to(m, places.unwrap_or(2));
                words::t_args(lang, "points", &[("n", n)]).into()
            }),
        ],
    )
}

/// "With 5 hours a week the required stages take about 40 weeks, until about October 2027." or
/// the sentence that says the plan does not fit.
pub fn plan_line(lang: &str, plan: &Plan, o: &OutcomePlan, start: Date) -> String {
    let id = if o.fits { "plan_fits" } else { "plan_too_long" };
    let end = date_after(start, o.required_weeks);
    words::t_args(
        lang,
        id,
        &[
            ("hours", count(lang, "hours", plan.hours_per_week)),
            ("weeks", count(lang, "weeks", f64::from(o.required_weeks))),
            ("date", month_year(lang, end).into()),
            ("horizon", count(lang, "weeks", plan.horizon_weeks)),
        ],
    )
}

/// "about 30 h, 6 weeks, done by about March" for one stage.
pub fn stage_size(lang: &str, s: &StagePlan, start: Date) -> String {
    words::t_args(
        lang,
        "stage_size",
        &[
            ("hours", format_number(s.hours).into()),
            ("weeks", count(lang, "weeks", f64::from(s.weeks))),
            (
                "date",
                month(lang, start, date_after(start, s.ends_after_weeks)).into(),
            ),
        ],
    )
}

/// "Title, Author (2025) <url>", sanitized; `t` picks the title's language.
pub fn source_line<'a>(s: &'a Source, t: impl Fn(&'a Text) -> &'a str) -> String {
    let mut line = sanitize(t(&s.title), false);
    if let Some(author) = &s.author {
        line.push_str(", ");
        line.push_str(&sanitize(author, false));
    }
    if let Some(year) = s.year {
        line.push_str(&format!(" ({year})"));
    }
    if let Some(url) = &s.url {
        line.push_str(&format!(" <{}>", sanitize(url, false)));
    }
    line
}

impl<'a> super::Report<'a> {
    pub fn confidence(&self) -> Option<Confidence> {
        crate::evaluate::confidence(self.questionnaire, self.answers, self.evaluation)
    }

    pub fn plan(&self) -> Option<Plan> {
        crate::evaluate::plan(self.questionnaire, self.answers, self.evaluation)
    }

    /// The confidence sentence, then the change most likely to overturn the result.
    pub fn confidence_lines(&self) -> Vec<String> {
        let Some(c) = self.confidence() else {
            return Vec::new();
        };
        let q = self.questionnaire;
        let cutoffs = q
            .confidence
            .map(|s| [s.leaning, s.clear])
            .unwrap_or_default();
        let mut lines = vec![confidence_line(self.lang, &c, &cutoffs)];
        if let Some(change) = crate::evaluate::most_likely_change(q, self.evaluation, self.changes)
        {
            lines.push(words::t_args(
                self.lang,
                "most_likely_change",
                &[("change", self.change_line(change).into())],
            ));
        }
        lines.push(words::t(self.lang, "starting_point").to_owned());
        lines
    }

    /// Each recommended outcome's sources, without repeats, as lines.
    pub fn source_lines(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for o in self.outcomes() {
            for s in &o.sources {
                let line = source_line(s, |t| self.t(t));
                if !out.contains(&line) {
                    out.push(line);
                }
            }
        }
        out
    }

    /// Whether a recommended outcome links documentation under its stages.
    pub fn stages_link_docs(&self) -> bool {
        self.outcomes()
            .iter()
            .any(|o| o.roadmap.iter().any(|s| !s.resources.is_empty()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn months_name_the_year_only_when_it_changes() {
        let start = date(2026, 12, 2);
        assert_eq!(month("en", start, date(2026, 12, 30)), "December");
        assert_eq!(month("en", start, date(2027, 4, 1)), "April 2027");
        assert_eq!(month("es", start, date(2027, 4, 1)), "abril de 2027");
        assert_eq!(month("es", start, date(2026, 12, 9)), "diciembre");
    }

    #[test]
    fn confidence_reads_ties_as_ties() {
        let c = |margin, clarity| Confidence {
            outcome: "x".into(),
            margin,
            clarity,
        };
        assert_eq!(
            confidence_line("en", &c(0.0, Clarity::Tie), &[]),
            "Tie: on points your answers come out level; the reasons below say what decided it."
        );
        assert_eq!(
            confidence_line("en", &c(1.0, Clarity::Close), &[]),
            "Close: your answers favour this by 1 point."
        );
        assert_eq!(
            confidence_line("es", &c(-4.5, Clarity::Against), &[]),
            "En contra de los puntos: por puntos tus respuestas favorecen otro resultado por 4.5 puntos; los motivos de abajo dicen qué lo decidió."
        );
    }
}
