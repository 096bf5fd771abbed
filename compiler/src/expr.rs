//! Expressions over answers (`question.option`), findings (`@finding`) and instrument
//! results (`instrument.result`), with `!`, `&`, `|` and brackets: parsed once into a
//! tree that the checks read and the code generator writes out.

/// A parsed expression.
#[derive(Debug, PartialEq)]
pub enum Ast {
    /// `head.tail` or `@finding`, as written.
    Ref(String),
    Not(Box<Ast>),
    All(Vec<Ast>),
    Any(Vec<Ast>),
}

#[derive(Debug, PartialEq)]
enum Token {
    Ref(String),
    Not,
    And,
    Or,
    Open,
    Close,
}

impl Ast {
    /// Parses `text`; `!` binds tightest, then `&`, then `|`.
    pub fn parse(text: &str) -> Result<Ast, String> {
        let tokens = tokenize(text)?;
        let mut parser = Parser { tokens, pos: 0 };
        let ast = parser.or()?;
        match parser.tokens.get(parser.pos) {
            None => Ok(ast),
            Some(t) => Err(format!("unexpected {t:?}")),
        }
    }

    /// Every reference in the expression, in order.
    pub fn refs(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect(&mut out);
        out
    }

    fn collect<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Ast::Ref(r) => out.push(r),
            Ast::Not(e) => e.collect(out),
            Ast::All(parts) | Ast::Any(parts) => parts.iter().for_each(|p| p.collect(out)),
        }
    }

    /// Rust code that builds the engine's `Expr`, with each reference written by
    /// `reference` (which may fail: an unknown id).
    pub fn to_rust(
        &self,
        reference: &impl Fn(&str) -> Result<String, String>,
    ) -> Result<String, String> {
        let list = |parts: &[Ast]| -> Result<String, String> {
            let code: Result<Vec<String>, String> =
                parts.iter().map(|p| p.to_rust(reference)).collect();
            Ok(code?.join(", "))
        };
        Ok(match self {
            Ast::Ref(r) => reference(r)?,
            Ast::Not(e) => format!("Expr::Not(&{})", e.to_rust(reference)?),
            Ast::All(parts) => format!("Expr::All(&[{}])", list(parts)?),
            Ast::Any(parts) => format!("Expr::Any(&[{}])", list(parts)?),
        })
    }
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn or(&mut self) -> Result<Ast, String> {
        self.chain(Token::Or, Parser::and, Ast::Any)
    }

    fn and(&mut self) -> Result<Ast, String> {
        self.chain(Token::And, Parser::unary, Ast::All)
    }

    /// `part (op part)*`, one part alone stays as it is.
    fn chain(
        &mut self,
        op: Token,
        part: fn(&mut Parser) -> Result<Ast, String>,
        group: fn(Vec<Ast>) -> Ast,
    ) -> Result<Ast, String> {
        let mut parts = vec![part(self)?];
        while self.tokens.get(self.pos) == Some(&op) {
            self.pos += 1;
            parts.push(part(self)?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            group(parts)
        })
    }

    fn unary(&mut self) -> Result<Ast, String> {
        let token = self.tokens.get(self.pos);
        self.pos += 1;
        match token {
            Some(Token::Not) => Ok(Ast::Not(Box::new(self.unary()?))),
            Some(Token::Open) => {
                let inner = self.or()?;
                if self.tokens.get(self.pos) != Some(&Token::Close) {
                    return Err("missing `)`".into());
                }
                self.pos += 1;
                Ok(inner)
            }
            Some(Token::Ref(r)) => Ok(Ast::Ref(r.clone())),
            other => Err(format!("expected a reference, found {other:?}")),
        }
    }
}

fn tokenize(text: &str) -> Result<Vec<Token>, String> {
    let word_char = |c: char| c == '@' || c == '_' || c.is_ascii_alphanumeric();
    let mut tokens = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let token = match c {
            ' ' | '\t' | '\n' => continue,
            '!' => Token::Not,
            '&' => Token::And,
            '|' => Token::Or,
            '(' => Token::Open,
            ')' => Token::Close,
            c if word_char(c) => {
                let mut word = String::from(c);
                while let Some(&c) = chars
                    .peek()
                    .filter(|&&c| word_char(c) || c == '.' || c == '-')
                {
                    word.push(c);
                    chars.next();
                }
                Token::Ref(word)
            }
            other => return Err(format!("unexpected character `{other}`")),
        };
        tokens.push(token);
    }
    Ok(tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(s: &str) -> Ast {
        Ast::Ref(s.into())
    }

    #[test]
    fn not_binds_tighter_than_and_and_and_tighter_than_or() {
        assert_eq!(
            Ast::parse("!a.x & b.y | @c").unwrap(),
            Ast::Any(vec![
                Ast::All(vec![Ast::Not(Box::new(r("a.x"))), r("b.y")]),
                r("@c")
            ])
        );
        assert_eq!(
            Ast::parse("a.x & (b.y | c.z)").unwrap(),
            Ast::All(vec![r("a.x"), Ast::Any(vec![r("b.y"), r("c.z")])])
        );
    }

    #[test]
    fn malformed_expressions_are_refused() {
        for bad in ["a.x &", "(a.x", "a.x b.y", "a.x ; b.y", "", "a.x)"] {
            assert!(Ast::parse(bad).is_err(), "`{bad}` should be refused");
        }
    }

    #[test]
    fn refs_lists_every_reference_in_order() {
        let ast = Ast::parse("@a | !(b.x & @c)").unwrap();
        assert_eq!(ast.refs(), vec!["@a", "b.x", "@c"]);
    }
}
