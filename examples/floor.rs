//! The floor for any full-screen questionnaire: a bare ratatui program that draws one line
//! per question and waits for Enter before the next, nothing else (no files, no parsing).
//! `benches/terminal.rs` runs it beside careerpath and prints careerpath's times and memory
//! as ratios to these.

use crossterm::event::{self, Event, KeyCode, KeyEventKind};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

/// As many questions as the built-in questionnaire asks at most.
const QUESTIONS: usize = 14;

fn main() -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    let mut shown = 1;
    let result = loop {
        let lines: Vec<Line> = (1..=shown)
            .map(|n| Line::from(format!("Question {n} of {QUESTIONS}: press Enter")))
            .collect();
        if let Err(e) = terminal.draw(|f| f.render_widget(Paragraph::new(lines), f.area())) {
            break Err(e);
        }
        match event::read() {
            Ok(Event::Key(k)) if k.kind == KeyEventKind::Press => match k.code {
                KeyCode::Enter if shown < QUESTIONS => shown += 1,
                KeyCode::Char('q') | KeyCode::Esc => break Ok(()),
                _ => {}
            },
            Ok(_) => {}
            Err(e) => break Err(e),
        }
    };
    ratatui::restore();
    result
}
