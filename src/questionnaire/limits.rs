//! How large the numbers that feed a score or a derived value may be, and why.
//!
//! A score is a sum of contributions: a choice's or a `score_if`'s points, or a scored
//! answer, `(answer + offset) × weight`. Each contribution is kept within [`MAX_POINTS`]
//! (points as written; a scored answer at both ends of its question's range, as it is
//! linear in the answer). Every contribution is written in the file or replayed by an
//! alias: a file has at most 4 MiB = 2^22 bytes, and aliases replay at most 100 000 events,
//! so a score sums fewer than 2^23 contributions, even counting one per byte. The largest
//! sum is then below 2^23 × 10^6 ≈ 8.4 × 10^12, a thousand times under 2^53 ≈ 9.0 × 10^15,
//! the largest magnitude up to which an `f64` holds every whole number: no score
//! overflows or loses a whole point.
//!
//! Every other number an answer or an expression reads (a `number` question's `min`,
//! `max`, `step` and answers, a scale's bounds, an `offset`) is kept within
//! [`MAX_NUMBER`]: one answer per question, at most 2^22 questions, so even a sum of every
//! answer stays below 2^22 × 10^9 ≈ 4.2 × 10^15 < 2^53. Products in a derived expression
//! can still pass any bound; arithmetic without a finite result there is `null`.

/// The most points one contribution may give a dimension.
pub const MAX_POINTS: f64 = 1e6;

/// The largest magnitude of a bound, an offset or an answer of a `number` or `scale`.
pub const MAX_NUMBER: f64 = 1e9;
