//! A simple line drawing of each exercise of the self-care plan, by its id in
//! knowledge/advice.toml. Drawn here (no image files, nothing from elsewhere); colours
//! and line widths come from the `exercise-picture` class in the style sheet.

use yew::prelude::*;

/// A figure: the head's centre, then lines as SVG path data (on a 120 × 60 grid, the
/// floor at y = 56).
struct Figure {
    head: (u8, u8),
    lines: &'static str,
}

fn figure(id: &str) -> Option<Figure> {
    let (head, lines) = match id {
        // On the back, one knee held to the chest, the other leg bent.
        "knee_to_chest" => (
            (16, 48),
            "M22 50H60M60 50L78 34L90 54M60 50L46 30L58 26M30 49L48 30",
        ),
        // On the back, knees bent; the arrow: press the small of the back down.
        "pelvic_tilt" => (
            (16, 48),
            "M22 50H60M60 50L76 32L88 54M40 38V46M36 42L40 46L44 42",
        ),
        // Hips lifted in a line from knees to shoulders.
        "bridge" => (
            (14, 50),
            "M20 52L58 36L76 30L86 54M26 53H44M58 26V20M54 24L58 20L62 24",
        ),
        // On all fours, the back rounded up.
        "cat_cow" => ((18, 28), "M24 30Q52 8 80 30M30 30V56M80 30L82 56H104"),
        // On one side, knees bent, the top knee lifted.
        "clamshell" => ((14, 46), "M20 48L58 50L80 42L94 52M58 50L76 26L94 50"),
        // Sitting, one ankle on the other knee, leaning forward a little.
        "figure_four" => (
            (44, 12),
            "M46 18L54 40H78V56M54 40L72 30L84 38M30 42H58M34 42V56M58 42V56M48 24L66 34",
        ),
        // Sitting at the edge of a chair, one leg straight out.
        "hamstring_stretch" => (
            (34, 14),
            "M38 20L48 40L100 54M48 40H64V56M24 42H52M28 42V56M40 26L62 40",
        ),
        // Walking.
        "walking" => (
            (60, 10),
            "M60 16V36L50 56M60 36L70 56M60 22L50 32M60 22L70 30",
        ),
        _ => return None,
    };
    Some(Figure { head, lines })
}

/// The drawing of exercise `id`, hidden from screen readers (the text says it all);
/// nothing for an id without one.
pub fn exercise_picture(id: &str) -> Html {
    let Some(f) = figure(id) else {
        return Html::default();
    };
    html! {
        <svg class="exercise-picture" viewBox="0 0 120 60" aria-hidden="true" focusable="false">
            <path class="floor" d="M4 57H116" />
            <circle cx={f.head.0.to_string()} cy={f.head.1.to_string()} r="6" />
            <path d={f.lines} />
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::figure;

    #[test]
    fn every_exercise_has_a_drawing() {
        for x in engine::knowledge::EXERCISES {
            assert!(figure(x.id).is_some(), "no drawing for exercise `{}`", x.id);
        }
    }
}
