//! Builds the tree from tokens by recursive descent, refusing anything that
//! nests deeper than `MAX_DEPTH` before the stack could suffer from it.

use std::ops::Range;

use super::ast::{BinOp, Func, Kind, ListLit, Node, PREC_AND, PREC_OR, UnOp};
use super::lex::{Lexer, Tok, Token};
use super::{ExprError, MAX_DEPTH, suggest};

pub(crate) fn parse(src: &str) -> Result<Node, ExprError> {
    let mut p = Parser::new(src)?;
    let (node, _) = p.expr(0)?;
    if p.tok.tok != Tok::End {
        let help = (p.tok.tok == Tok::RParen).then(|| diag!("diag-expr-extra-paren-help"));
        return Err(p.error(
            diag!("diag-expr-expected-operator", found = p.tok.describe()),
            help,
        ));
    }
    Ok(node)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Infix {
    Or,
    And,
    Bin(BinOp),
}

impl Infix {
    fn of(tok: &Tok<'_>) -> Option<Infix> {
        Some(match tok {
            Tok::OrOr => Infix::Or,
            Tok::AndAnd => Infix::And,
            Tok::EqEq => Infix::Bin(BinOp::Eq),
            Tok::Ne => Infix::Bin(BinOp::Ne),
            Tok::Lt => Infix::Bin(BinOp::Lt),
            Tok::Le => Infix::Bin(BinOp::Le),
            Tok::Gt => Infix::Bin(BinOp::Gt),
            Tok::Ge => Infix::Bin(BinOp::Ge),
            Tok::In => Infix::Bin(BinOp::In),
            Tok::Plus => Infix::Bin(BinOp::Add),
            Tok::Minus => Infix::Bin(BinOp::Sub),
            Tok::Star => Infix::Bin(BinOp::Mul),
            Tok::Slash => Infix::Bin(BinOp::Div),
            Tok::Percent => Infix::Bin(BinOp::Rem),
            _ => return None,
        })
    }

    fn precedence(self) -> u8 {
        match self {
            Infix::Or => PREC_OR,
            Infix::And => PREC_AND,
            Infix::Bin(op) => op.precedence(),
        }
    }
}

/// A node and its height (a leaf is 0), which the depth limit bounds.
type Parsed = (Node, usize);

struct Parser<'s> {
    lex: Lexer<'s>,
    tok: Token<'s>,
    /// End of the last token consumed, in characters.
    prev_end: usize,
}

fn depth_error(span: Range<usize>) -> ExprError {
    ExprError {
        message: diag!("diag-expr-too-deep", max = MAX_DEPTH),
        span,
        help: Some(diag!("diag-expr-too-deep-help")),
    }
}

impl<'s> Parser<'s> {
    fn new(src: &'s str) -> Result<Parser<'s>, ExprError> {
        let mut lex = Lexer::new(src);
        let tok = lex.next_token()?;
        Ok(Parser {
            lex,
            tok,
            prev_end: 0,
        })
    }

    fn advance(&mut self) -> Result<Token<'s>, ExprError> {
        let next = self.lex.next_token()?;
        let tok = std::mem::replace(&mut self.tok, next);
        self.prev_end = tok.span.end;
        Ok(tok)
    }

    fn error(&self, message: String, help: Option<String>) -> ExprError {
        ExprError {
            message,
            span: self.tok.span.clone(),
            help,
        }
    }

    /// Refuses a node taller than the limit; `at` is the token that made it so.
    fn node(
        &self,
        kind: Kind,
        start: usize,
        height: usize,
        at: &Range<usize>,
    ) -> Result<Parsed, ExprError> {
        if height > MAX_DEPTH {
            let mut e = depth_error(at.clone());
            // A long `a + b + c + ...` is the usual way here: each `+` is a level.
            if matches!(kind, Kind::Binary(BinOp::Add, ..)) {
                e.help = Some(diag!("diag-expr-too-deep-sum-help"));
            }
            return Err(e);
        }
        Ok((
            Node {
                kind,
                span: start..self.prev_end,
            },
            height,
        ))
    }

    /// A full expression: an operator chain, then optionally `? a : b` (right-associative).
    fn expr(&mut self, depth: usize) -> Result<Parsed, ExprError> {
        let start = self.tok.span.start;
        let (cond, h0) = self.climb(depth, 0)?;
        if self.tok.tok != Tok::Question {
            return Ok((cond, h0));
        }
        if depth >= MAX_DEPTH {
            return Err(depth_error(self.tok.span.clone()));
        }
        let q = self.advance()?;
        let (then, h1) = self.expr(depth + 1)?;
        if self.tok.tok != Tok::Colon {
            // Which `?`, by the condition before it: a column here would count from the
            // start of the expression, not of the line the file shows.
            let before = self.lex.text(cond.span.clone());
            return Err(self.error(
                diag!(
                    "diag-expr-expected-colon",
                    cond = crate::sanitize::echo(before.trim()),
                    found = self.tok.describe()
                ),
                Some(diag!("diag-expr-expected-colon-help")),
            ));
        }
        self.advance()?;
        let (otherwise, h2) = self.expr(depth + 1)?;
        let height = h0.max(h1).max(h2) + 1;
        self.node(
            Kind::Cond(Box::new([cond, then, otherwise])),
            start,
            height,
            &q.span,
        )
    }

    /// Precedence climbing: parses operands joined by operators binding at
    /// least as tightly as `min_prec`. Chains stay loops, so a long one does
    /// not deepen the stack.
    fn climb(&mut self, depth: usize, min_prec: u8) -> Result<Parsed, ExprError> {
        let start = self.tok.span.start;
        let (mut left, mut height) = self.unary(depth)?;
        while let Some(op) = Infix::of(&self.tok.tok) {
            let prec = op.precedence();
            if prec < min_prec {
                break;
            }
            let mut op_span = self.advance()?.span;
            let kind = match op {
                Infix::Bin(op) => {
                    let (right, h) = self.climb(depth, prec + 1)?;
                    height = height.max(h);
                    Kind::Binary(op, Box::new(left), Box::new(right))
                }
                Infix::And | Infix::Or => {
                    let sep = if op == Infix::And {
                        Tok::AndAnd
                    } else {
                        Tok::OrOr
                    };
                    let mut items = Vec::with_capacity(4);
                    items.push(left);
                    loop {
                        let (item, h) = self.climb(depth, prec + 1)?;
                        height = height.max(h);
                        items.push(item);
                        if self.tok.tok != sep {
                            break;
                        }
                        op_span = self.advance()?.span;
                    }
                    if op == Infix::And {
                        Kind::And(items)
                    } else {
                        Kind::Or(items)
                    }
                }
            };
            (left, height) = self.node(kind, start, height + 1, &op_span)?;
        }
        Ok((left, height))
    }

    fn unary(&mut self, depth: usize) -> Result<Parsed, ExprError> {
        let op = match self.tok.tok {
            Tok::Not => UnOp::Not,
            Tok::Minus => UnOp::Neg,
            _ => return self.primary(depth),
        };
        if depth >= MAX_DEPTH {
            return Err(depth_error(self.tok.span.clone()));
        }
        let op_tok = self.advance()?;
        let (operand, h) = self.unary(depth + 1)?;
        self.node(
            Kind::Unary(op, Box::new(operand)),
            op_tok.span.start,
            h + 1,
            &op_tok.span,
        )
    }

    fn primary(&mut self, depth: usize) -> Result<Parsed, ExprError> {
        match &self.tok.tok {
            Tok::Number(_) | Tok::Str(_) | Tok::True | Tok::False | Tok::Null => {
                let t = self.advance()?;
                let kind = match t.tok {
                    Tok::Number(n) => Kind::Number(n),
                    Tok::Str(s) => Kind::Str(s),
                    Tok::True => Kind::Bool(true),
                    Tok::False => Kind::Bool(false),
                    _ => Kind::Null,
                };
                Ok((Node { kind, span: t.span }, 0))
            }
            Tok::Ident(_) => {
                let name_tok = self.advance()?;
                if self.tok.tok == Tok::LParen {
                    return self.call(depth, name_tok);
                }
                let kind = Kind::Name(name_tok.text.to_owned());
                Ok((
                    Node {
                        kind,
                        span: name_tok.span,
                    },
                    0,
                ))
            }
            Tok::LParen => {
                if depth >= MAX_DEPTH {
                    return Err(depth_error(self.tok.span.clone()));
                }
                let open = self.advance()?;
                let inner = self.expr(depth + 1)?;
                self.close(Tok::RParen, &open, false)?;
                Ok(inner)
            }
            Tok::LBracket => self.list(depth),
            _ => Err(self.error(
                diag!("diag-expr-expected-operand", found = self.tok.describe()),
                None,
            )),
        }
    }

    /// Consumes the closing bracket of `open`, or explains what is missing (`comma`: a
    /// `,` would do too, as between a list's items or a call's arguments).
    fn close(
        &mut self,
        want: Tok<'static>,
        open: &Token<'_>,
        comma: bool,
    ) -> Result<(), ExprError> {
        if self.tok.tok == want {
            self.advance()?;
            return Ok(());
        }
        let closer = if want == Tok::RParen { ")" } else { "]" };
        Err(self.error(
            diag!(
                "diag-expr-unclosed",
                comma = if comma { "yes" } else { "no" },
                closer = closer,
                open = open.text,
                col = open.span.start + 1,
                found = self.tok.describe()
            ),
            None,
        ))
    }

    fn list(&mut self, depth: usize) -> Result<Parsed, ExprError> {
        if depth >= MAX_DEPTH {
            return Err(depth_error(self.tok.span.clone()));
        }
        let open = self.advance()?;
        let mut items = Vec::new();
        let mut height = 0;
        while self.tok.tok != Tok::RBracket {
            let (item, h) = self.expr(depth + 1)?;
            height = height.max(h);
            items.push(item);
            if self.tok.tok == Tok::Comma {
                self.advance()?;
            } else {
                break;
            }
        }
        self.close(Tok::RBracket, &open, true)?;
        self.node(
            Kind::List(Box::new(ListLit::new(items))),
            open.span.start,
            height + 1,
            &open.span,
        )
    }

    fn call(&mut self, depth: usize, name: Token<'s>) -> Result<Parsed, ExprError> {
        let Some(func) = Func::from_name(name.text) else {
            let names = Func::ALL.map(Func::name);
            let help = match suggest(name.text, names) {
                Some(s) => diag!("diag-did-you-mean", name = s),
                None => diag!("diag-expr-functions", names = names.join(", ")),
            };
            return Err(ExprError {
                message: diag!("diag-expr-unknown-function", name = name.text),
                span: name.span,
                help: Some(help),
            });
        };
        if depth >= MAX_DEPTH {
            return Err(depth_error(name.span.start..self.tok.span.end));
        }
        let open = self.advance()?;
        let mut args = Vec::new();
        let mut height = 0;
        if self.tok.tok != Tok::RParen {
            loop {
                let (arg, h) = self.expr(depth + 1)?;
                height = height.max(h);
                args.push(arg);
                if self.tok.tok != Tok::Comma {
                    break;
                }
                self.advance()?;
            }
        }
        self.close(Tok::RParen, &open, true)?;
        let span = name.span.start..self.prev_end;
        let arity_ok = if func.variadic() {
            !args.is_empty()
        } else {
            args.len() == 1
        };
        if !arity_ok {
            return Err(ExprError {
                message: diag!(
                    "diag-expr-arity",
                    func = func.name(),
                    variadic = if func.variadic() { "yes" } else { "no" },
                    found = args.len()
                ),
                span,
                help: None,
            });
        }
        if func == Func::Answered && !matches!(args[0].kind, Kind::Name(_)) {
            return Err(ExprError {
                message: diag!("diag-expr-answered-arg", found = args[0].to_string()),
                span: args[0].span.clone(),
                help: None,
            });
        }
        self.node(
            Kind::Call(func, args),
            name.span.start,
            height + 1,
            &name.span,
        )
    }
}

#[cfg(test)]
mod tests;
