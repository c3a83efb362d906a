//! Builds the tree from tokens by recursive descent, refusing anything that
//! nests deeper than `MAX_DEPTH` before the stack could suffer from it.

use std::ops::Range;

use super::ast::{BinOp, Func, Kind, ListLit, Node, UnOp};
use super::lex::{Lexer, Tok, Token};
use super::{ExprError, MAX_DEPTH, suggest};

pub(crate) fn parse(src: &str) -> Result<Node, ExprError> {
    let mut p = Parser::new(src)?;
    let (node, _) = p.expr(0)?;
    if p.tok.tok != Tok::End {
        let help = (p.tok.tok == Tok::RParen).then(|| "this `)` closes no `(`".to_owned());
        return Err(p.error(
            format!("expected an operator, found {}", p.tok.describe()),
            help,
        ));
    }
    Ok(node)
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
        message: format!("expression nests deeper than {MAX_DEPTH} levels"),
        span,
        help: Some(
            "each parenthesis, operator and function call is a level; split the expression with derived values"
                .to_owned(),
        ),
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
            return Err(depth_error(at.clone()));
        }
        Ok((
            Node {
                kind,
                span: start..self.prev_end,
            },
            height,
        ))
    }

    fn expr(&mut self, depth: usize) -> Result<Parsed, ExprError> {
        self.or(depth)
    }

    fn or(&mut self, depth: usize) -> Result<Parsed, ExprError> {
        self.chain(depth, Tok::OrOr, Self::and, Kind::Or)
    }

    fn and(&mut self, depth: usize) -> Result<Parsed, ExprError> {
        self.chain(depth, Tok::AndAnd, Self::comparison, Kind::And)
    }

    /// A flat `a op b op c` for `&&` and `||`.
    fn chain(
        &mut self,
        depth: usize,
        sep: Tok<'static>,
        operand: fn(&mut Self, usize) -> Result<Parsed, ExprError>,
        make: fn(Vec<Node>) -> Kind,
    ) -> Result<Parsed, ExprError> {
        let start = self.tok.span.start;
        let (first, mut height) = operand(self, depth)?;
        if self.tok.tok != sep {
            return Ok((first, height));
        }
        let mut items = vec![first];
        let mut op_span = self.tok.span.clone();
        while self.tok.tok == sep {
            op_span = self.advance()?.span;
            let (item, h) = operand(self, depth)?;
            height = height.max(h);
            items.push(item);
        }
        self.node(make(items), start, height + 1, &op_span)
    }

    fn comparison(&mut self, depth: usize) -> Result<Parsed, ExprError> {
        self.binary(depth, Self::additive, |t| match t {
            Tok::EqEq => Some(BinOp::Eq),
            Tok::Ne => Some(BinOp::Ne),
            Tok::Lt => Some(BinOp::Lt),
            Tok::Le => Some(BinOp::Le),
            Tok::Gt => Some(BinOp::Gt),
            Tok::Ge => Some(BinOp::Ge),
            Tok::In => Some(BinOp::In),
            _ => None,
        })
    }

    fn additive(&mut self, depth: usize) -> Result<Parsed, ExprError> {
        self.binary(depth, Self::multiplicative, |t| match t {
            Tok::Plus => Some(BinOp::Add),
            Tok::Minus => Some(BinOp::Sub),
            _ => None,
        })
    }

    fn multiplicative(&mut self, depth: usize) -> Result<Parsed, ExprError> {
        self.binary(depth, Self::unary, |t| match t {
            Tok::Star => Some(BinOp::Mul),
            Tok::Slash => Some(BinOp::Div),
            Tok::Percent => Some(BinOp::Rem),
            _ => None,
        })
    }

    /// A left-associative run of operators of one precedence.
    fn binary(
        &mut self,
        depth: usize,
        operand: fn(&mut Self, usize) -> Result<Parsed, ExprError>,
        op_of: fn(&Tok<'_>) -> Option<BinOp>,
    ) -> Result<Parsed, ExprError> {
        let start = self.tok.span.start;
        let (mut left, mut height) = operand(self, depth)?;
        while let Some(op) = op_of(&self.tok.tok) {
            let op_span = self.advance()?.span;
            let (right, h) = operand(self, depth)?;
            let kind = Kind::Binary(op, Box::new(left), Box::new(right));
            (left, height) = self.node(kind, start, height.max(h) + 1, &op_span)?;
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
                self.close(Tok::RParen, &open, "")?;
                Ok(inner)
            }
            Tok::LBracket => self.list(depth),
            _ => Err(self.error(
                format!("expected an operand, found {}", self.tok.describe()),
                None,
            )),
        }
    }

    /// Consumes the closing bracket of `open`, or explains what is missing.
    fn close(
        &mut self,
        want: Tok<'static>,
        open: &Token<'_>,
        alternative: &str,
    ) -> Result<(), ExprError> {
        if self.tok.tok == want {
            self.advance()?;
            return Ok(());
        }
        let closer = if want == Tok::RParen { "`)`" } else { "`]`" };
        Err(self.error(
            format!(
                "expected {alternative}{closer} to close the `{}` at column {}, found {}",
                open.text,
                open.span.start + 1,
                self.tok.describe()
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
        self.close(Tok::RBracket, &open, "`,` or ")?;
        self.node(
            Kind::List(ListLit::new(items)),
            open.span.start,
            height + 1,
            &open.span,
        )
    }

    fn call(&mut self, depth: usize, name: Token<'s>) -> Result<Parsed, ExprError> {
        let Some(func) = Func::from_name(name.text) else {
            let names = Func::ALL.map(Func::name);
            let help = match suggest(name.text, names) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("the functions are {}", names.join(", ")),
            };
            return Err(ExprError {
                message: format!("unknown function `{}`", name.text),
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
        self.close(Tok::RParen, &open, "`,` or ")?;
        let span = name.span.start..self.prev_end;
        if args.len() != func.arity() {
            let plural = if func.arity() == 1 { "" } else { "s" };
            return Err(ExprError {
                message: format!(
                    "`{}()` takes {} argument{plural}, found {}",
                    func.name(),
                    func.arity(),
                    args.len()
                ),
                span,
                help: None,
            });
        }
        if func == Func::Answered && !matches!(args[0].kind, Kind::Name(_)) {
            return Err(ExprError {
                message: format!("`answered()` takes a question id, found `{}`", args[0]),
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
