//! The interface's phrases with numbers and names, and its messages after something the
//! user did: small functions that fill in message ids of [`crate::words`].

mod key_names;
mod messages;
mod phrases;

pub use key_names::key_name;
pub use messages::{Msg, message};
pub use phrases::{
    NumberPart, change_line, characters, choose_range, chosen, confirm_delete, marked,
    more_choices, more_lines, number_part, number_rule, question_of, resume, too_small,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_names() {
        for (lang, keys, want) in [
            ("en", "Shift-Tab", "Shift-Tab"),
            ("es", "Shift-Tab", "Mayús-Tab"),
            ("es", "PgUp PgDn  g G", "RePág AvPág  g G"),
            ("es", "0-9 . -", "0-9 . -"),
            ("es", "Ctrl-W  Alt-Backspace", "Ctrl-W  Alt-Retroceso"),
            ("es", "type or paste", "escribir o pegar"),
        ] {
            assert_eq!(key_name(lang, keys), want, "{lang} {keys}");
        }
    }

    #[test]
    fn formatted_strings() {
        assert_eq!(question_of("es", 3, 10, false), "Pregunta 3 de unas 10");
        assert_eq!(question_of("es", 3, 10, true), "Pregunta 3 de 10");
        assert_eq!(question_of("en", 3, 10, false), "Question 3 of about 10");
        assert_eq!(question_of("en", 3, 10, true), "Question 3 of 10");
        assert_eq!(chosen("es", 1), "1 elegida");
        assert_eq!(chosen("en", 1), "1 chosen");
        assert_eq!(
            format!(
                "{} · {}",
                choose_range("es", Some(1), Some(4)),
                chosen("es", 0)
            ),
            "Elige de 1 a 4 · 0 elegidas"
        );
        assert_eq!(
            too_small("es", (40, 12), (20, 5)),
            "terminal demasiado pequeña: se necesitan 40x12, hay 20x5"
        );
        assert_eq!(
            too_small("en", (40, 12), (20, 5)),
            "terminal too small: need 40x12, have 20x5"
        );
    }
}
