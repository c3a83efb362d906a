//! Numbers as a person working them out on paper would have them.

/// A number with the binary fractions' noise taken off, as a person working it out on
/// paper would have it: ten items weighted 0.1 add up to 1, not 0.9999999999999999, and
/// `0.1 + 0.2 == 0.3` holds. It takes the value with 13 significant digits nearest it when
/// that is within its last few bits (64 units in the last place): a sum's rounding noise
/// goes, a real fraction such as 1/3 or 4e-10 stays as it is.
pub fn snap(n: f64) -> f64 {
    // Whole numbers this large, and numbers this small, have no decimal noise to take off.
    if !(1e-280..1e15).contains(&n.abs()) {
        return n;
    }
    let scale = 10f64.powi(12 - decimal_exponent(n.abs()));
    if !scale.is_finite() || scale == 0.0 {
        return n;
    }
    let round = (n * scale).round() / scale;
    if round.is_finite() && (round - n).abs() <= n.abs() * 64.0 * f64::EPSILON {
        round + 0.0
    } else {
        n
    }
}

/// The power of ten at or below `a` (positive and normal): `a.log10().floor()` without
/// libm. `log10` is the only function careerpath would take from libm, and linking libm
/// for it costs every start about 300 kB of resident memory (the terminal bench's peak).
fn decimal_exponent(a: f64) -> i32 {
    let binary = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut e = (f64::from(binary) * std::f64::consts::LOG10_2) as i32;
    while 10f64.powi(e + 1) <= a {
        e += 1;
    }
    while 10f64.powi(e) > a {
        e -= 1;
    }
    e
}

#[cfg(test)]
mod tests {
    use super::{decimal_exponent, snap};

    #[test]
    fn snap_takes_off_rounding_noise_and_nothing_else() {
        let tenths = (0..10).fold(0.0, |acc, _| acc + 0.1);
        for (n, want) in [
            (tenths, 1.0),
            (0.1 + 0.2, 0.3),
            (1.0 / 3.0, 1.0 / 3.0),
            (4e-10, 4e-10),
            (1e-10 + 3e-10, 4e-10),
            (35.55555555555556, 35.55555555555556),
            (-0.30000000000000004, -0.3),
            (0.0, 0.0),
            (1e300, 1e300),
        ] {
            assert_eq!(snap(n), want, "{n:e}");
        }
    }

    #[test]
    fn decimal_exponent_is_the_floor_of_log10() {
        let mut cases = vec![
            1e-280,
            9.999e-281 * 10.0,
            0.1,
            0.3,
            1.0,
            9.999_999_999_999_999,
            10.0,
        ];
        cases.extend((-280..15).flat_map(|e| {
            let p = 10f64.powi(e);
            [
                p,
                p * 0.999_999_999_999,
                p * 1.000_000_000_001,
                p * 3.7,
                p * 9.99,
            ]
        }));
        for a in cases.into_iter().filter(|a| (1e-280..1e15).contains(a)) {
            assert_eq!(decimal_exponent(a), a.log10().floor() as i32, "{a:e}");
        }
    }
}
