//! Three-valued truth: what an expression is when an answer may be unknown.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Truth {
    True,
    False,
    Unknown,
}

impl std::ops::Not for Truth {
    type Output = Truth;
    fn not(self) -> Truth {
        match self {
            Truth::True => Truth::False,
            Truth::False => Truth::True,
            Truth::Unknown => Truth::Unknown,
        }
    }
}

impl Truth {
    pub fn from_bool(b: bool) -> Truth {
        if b {
            Truth::True
        } else {
            Truth::False
        }
    }
    pub fn is_true(self) -> bool {
        self == Truth::True
    }

    /// `&` of `parts` when `dominant` is false, `|` when it is true, in three-valued
    /// logic: one dominant part decides (the rest are not worked out); else any
    /// unknown part leaves it unknown.
    pub fn combine(parts: impl IntoIterator<Item = Truth>, dominant: Truth) -> Truth {
        let mut result = !dominant;
        for part in parts {
            match part {
                Truth::Unknown => result = Truth::Unknown,
                t if t == dominant => return t,
                _ => {}
            }
        }
        result
    }
}
