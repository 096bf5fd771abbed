//! Orders by position: the one place the standard sort is instantiated. Each kind of
//! list sorted with its own `sort_by` would put another copy of the sort into the
//! browser build (about 4 KB each); here every list is sorted as positions, compared
//! through one kind of closure.

use std::cmp::Ordering;

/// The positions `0..n`, ordered by `compare`, stable among equals.
pub fn order_by(n: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_positions_and_keeps_equals_in_place() {
        let words = ["pear", "fig", "apple", "fig", "date"];
        let order = order_by(words.len(), &|a, b| words[a].cmp(words[b]));
        assert_eq!(order, [2, 4, 1, 3, 0]);
        let lengths = order_by(words.len(), &|a, b| words[a].len().cmp(&words[b].len()));
        // fig (1) before fig (3): equals keep their order.
        assert_eq!(lengths, [1, 3, 0, 4, 2]);
    }
}
