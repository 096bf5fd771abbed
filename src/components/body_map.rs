//! The body map: a back view and a front view of the lower body with a shape to tap
//! for every answer of the `location` question. Each shape is a checkbox for keyboard
//! and screen reader users, named after its option, and a short live summary under the
//! map says what is chosen.
//!
//! Left and right are the person's own: in the back view their left is on the viewer's
//! left, in the front view it is on the viewer's right. Shapes are drawn once, for the
//! viewer's left half of a figure, and mirrored for the right half.

use crate::engine::knowledge::Question;
use crate::engine::texts::Text;
use crate::engine::QuestionId;
use crate::i18n::{self, t, tf, ui};
use yew::prelude::*;

/// The map: both views side by side (stacked on narrow screens) and the summary.
/// `selected` has bit i set for option i of the `location` question; `on_change` gets
/// the new mask when a region is toggled.
pub fn body_map(selected: u64, on_change: &Callback<u64>) -> Html {
    let toggle = on_change.reform(move |bit: u64| selected ^ bit);
    let names = region_names(selected);
    let summary = if names.is_empty() {
        t(ui::bodymap::NONE).to_string()
    } else {
        tf(ui::bodymap::CHOSEN, &[("list", &names.join("; "))])
    };
    html! {
        <div class="body-map">
            <div class="body-map-views">
                { figure(&BACK_VIEW, selected, &toggle) }
                { figure(&FRONT_VIEW, selected, &toggle) }
            </div>
            <p class="body-map-summary" aria-live="polite">{ summary }</p>
        </div>
    }
}

/// The texts of the chosen options of the `location` question, in question order.
pub fn region_names(selected: u64) -> Vec<&'static str> {
    location()
        .options
        .iter()
        .enumerate()
        .filter(|(i, _)| *i < 64 && selected & (1 << i) != 0)
        .map(|(_, option)| i18n::text(option.text))
        .collect()
}

/// The question whose options the map shows.
fn location() -> &'static Question {
    QuestionId::by_id("location")
        .expect("the knowledge base has a location question")
        .get()
}

/// One way of looking at the body.
struct View {
    /// Text keys (i18n): the title, where the viewer stands, the figure's accessible
    /// name, and the side words at the top: viewer's left, viewer's right.
    title: Text,
    seen_from: Text,
    label: Text,
    sides: (Text, Text),
    /// Anatomical landmarks drawn under the regions (spine, kneecaps…).
    landmarks: &'static [&'static str],
    regions: &'static [Region],
}

/// A shape to tap for one option.
struct Region {
    /// The option id in the `location` question.
    option: &'static str,
    /// SVG path data, on the viewer's left half of the figure (or across the middle).
    shape: &'static str,
    /// Drawn mirrored onto the viewer's right half.
    mirrored: bool,
    /// A second drawing of a region that is a checkbox in the other view (the shin for
    /// "below the knee", the heel for "foot"): it answers taps, but keyboard and screen
    /// reader users meet each option once only.
    pointer_only: bool,
}

impl Region {
    const fn control(option: &'static str, shape: &'static str, mirrored: bool) -> Region {
        Region {
            option,
            shape,
            mirrored,
            pointer_only: false,
        }
    }
    const fn pointer_only(option: &'static str, shape: &'static str, mirrored: bool) -> Region {
        Region {
            option,
            shape,
            mirrored,
            pointer_only: true,
        }
    }
}

/// Both figures use this coordinate system: the body's midline is at x = 100.
const VIEW_BOX: &str = "10 0 180 400";
/// Reflects a shape across the midline.
const MIRROR: &str = "matrix(-1 0 0 1 200 0)";

/// The body from the middle of the back down to the feet, the same from both sides.
const BODY_OUTLINE: &str = "M 53 -6 C 51.8 30, 54.1 70, 57.4 96 C 59.7 115, 48.5 130, 44 152 \
    C 40.6 175, 42.9 200, 46.2 222 C 49.6 255, 55.2 280, 56.3 300 \
    C 51.8 318, 50.7 345, 63 368 C 59.7 376, 54.1 384, 55.2 390 \
    C 56.3 398, 94.4 398, 94.4 390 C 94.4 382, 91 376, 89.9 368 \
    C 95.5 345, 96.6 320, 94.4 300 C 96.6 270, 97.8 240, 98.9 224 \
    C 99.4 220, 100 218, 100 218 C 100 218, 100.6 220, 101.1 224 \
    C 102.2 240, 103.4 270, 105.6 300 C 103.4 320, 104.5 345, 110.1 368 \
    C 109 376, 105.6 382, 105.6 390 C 105.6 398, 143.7 398, 144.8 390 \
    C 145.9 384, 140.3 376, 137 368 C 149.3 345, 148.2 318, 143.7 300 \
    C 144.8 280, 150.4 255, 153.8 222 C 157.1 200, 159.4 175, 156 152 \
    C 151.5 130, 140.3 115, 142.6 96 C 145.9 70, 148.2 30, 147 -6 Z";

// Shapes on the viewer's left half, top to bottom.
const FLANK: &str = "M 66.4 28 H 75.4 Q 84.3 28, 84.3 36 V 74 Q 84.3 82, 75.4 82 \
    H 66.4 Q 57.4 82, 57.4 74 V 36 Q 57.4 28, 66.4 28 Z";
const LOWER_BACK_SIDE: &str = "M 69.8 88 H 75.4 Q 84.3 88, 84.3 96 V 120 Q 84.3 128, 75.4 128 \
    H 69.8 Q 60.8 128, 60.8 120 V 96 Q 60.8 88, 69.8 88 Z";
const LOWER_BACK_MIDDLE: &str = "M 100 36 Q 112.3 36, 112.3 47 V 117 Q 112.3 128, 100 128 \
    Q 87.7 128, 87.7 117 V 47 Q 87.7 36, 100 36 Z";
const SI_DIMPLE: &str = "M 73.1 146 A 12.3 11 0 1 0 97.8 146 A 12.3 11 0 1 0 73.1 146 Z";
const BUTTOCK: &str = "M 50.7 156 \
    C 53 144, 61.9 140, 69.8 146 A 15.7 14 0 0 0 93.3 158 L 97.8 163 V 204 \
    C 88.8 214, 61.9 214, 50.7 204 C 46.2 190, 46.2 170, 50.7 156 Z";
const THIGH_BACK: &str =
    "M 49.6 212 C 61.9 220, 88.8 221, 96.6 214 C 95.5 240, 94.4 265, 92.2 290 \
    C 84.3 295, 66.4 295, 58.6 290 C 56.3 268, 53 240, 49.6 212 Z";
const BELOW_KNEE: &str =
    "M 58.6 308 C 66.4 304, 84.3 304, 92.2 308 C 93.3 325, 92.2 345, 86.6 364 \
    C 79.8 368, 69.8 368, 64.2 364 C 57.4 345, 55.2 325, 58.6 308 Z";
const HEEL: &str = "M 64.2 374 H 87.7 C 91 380, 92.2 386, 89.9 391 H 59.7 \
    C 57.4 386, 59.7 380, 64.2 374 Z";
const OUTER_HIP: &str =
    "M 55.2 134 C 60.8 132, 67.5 134, 68.6 140 V 186 C 66.4 193, 55.2 194, 49.6 190 \
    C 46.2 172, 47.4 150, 55.2 134 Z";
const GROIN: &str = "M 73.1 142 C 77.6 136, 86.6 140, 89.9 150 C 94.4 165, 97.8 185, 97.8 206 \
    C 92.2 210, 83.2 206, 79.8 198 C 75.4 182, 73.1 162, 73.1 142 Z";
const THIGH_OUTER: &str = "M 48.5 200 C 53 197, 62 197, 66 200 L 70 285 \
    C 67 290, 61.9 290, 58.6 286 C 55.2 260, 51.8 230, 48.5 200 Z";
const THIGH_FRONT: &str = "M 71 203 C 78 210, 88.8 215, 96.6 218 \
    C 95.5 240, 94.4 262, 92.2 288 C 87.7 293, 79 293, 75 289 Z";
// Tall enough to be a 24 px target when the figure is drawn at its smallest.
const FOOT: &str = "M 63 370 H 88.8 C 92.2 376, 93.3 384, 92.4 391.5 H 58.4 \
    C 57.4 384, 58.6 376, 63 370 Z";

/// Seen from behind: the person's left is on the viewer's left.
const BACK_VIEW: View = View {
    title: ui::bodymap::BACK_TITLE,
    seen_from: ui::bodymap::BACK_SEEN_FROM,
    label: ui::bodymap::BACK_LABEL,
    sides: (ui::bodymap::LEFT, ui::bodymap::RIGHT),
    landmarks: &[
        // spine, cleft between the buttocks, knee creases
        "M 100 4 V 132",
        "M 100 150 V 206",
        "M 64.2 300 Q 75.4 304, 86.6 300",
        "M 113.4 300 Q 124.6 304, 135.8 300",
    ],
    regions: &[
        Region::control("flank_left", FLANK, false),
        Region::control("flank_right", FLANK, true),
        Region::control("lower_back_left", LOWER_BACK_SIDE, false),
        Region::control("lower_back_centre", LOWER_BACK_MIDDLE, false),
        Region::control("lower_back_right", LOWER_BACK_SIDE, true),
        Region::control("si_dimple_left", SI_DIMPLE, false),
        Region::control("si_dimple_right", SI_DIMPLE, true),
        Region::control("buttock_left", BUTTOCK, false),
        Region::control("buttock_right", BUTTOCK, true),
        Region::control("thigh_back_left", THIGH_BACK, false),
        Region::control("thigh_back_right", THIGH_BACK, true),
        Region::control("below_knee_left", BELOW_KNEE, false),
        Region::control("below_knee_right", BELOW_KNEE, true),
        Region::pointer_only("foot_left", HEEL, false),
        Region::pointer_only("foot_right", HEEL, true),
    ],
};

/// Facing the viewer: the person's left is on the viewer's right.
const FRONT_VIEW: View = View {
    title: ui::bodymap::FRONT_TITLE,
    seen_from: ui::bodymap::FRONT_SEEN_FROM,
    label: ui::bodymap::FRONT_LABEL,
    sides: (ui::bodymap::RIGHT, ui::bodymap::LEFT),
    landmarks: &[
        // navel, kneecaps
        "M 97 80 a 3 3 0 1 0 6 0 a 3 3 0 1 0 -6 0",
        "M 67 299 Q 75.4 291, 84 299",
        "M 116 299 Q 124.6 291, 133 299",
    ],
    regions: &[
        Region::control("outer_hip_right", OUTER_HIP, false),
        Region::control("groin_right", GROIN, false),
        Region::control("groin_left", GROIN, true),
        Region::control("outer_hip_left", OUTER_HIP, true),
        Region::control("thigh_outer_right", THIGH_OUTER, false),
        Region::control("thigh_front_right", THIGH_FRONT, false),
        Region::control("thigh_front_left", THIGH_FRONT, true),
        Region::control("thigh_outer_left", THIGH_OUTER, true),
        Region::pointer_only("below_knee_right", BELOW_KNEE, false),
        Region::pointer_only("below_knee_left", BELOW_KNEE, true),
        Region::control("foot_right", FOOT, false),
        Region::control("foot_left", FOOT, true),
    ],
};

/// One labelled figure with its regions.
fn figure(view: &View, selected: u64, toggle: &Callback<u64>) -> Html {
    let landmarks = view.landmarks.iter().map(|d| html! { <path d={*d} /> });
    let regions = view
        .regions
        .iter()
        .filter_map(|r| region(r, selected, toggle));
    html! {
        <div class="body-map-view">
            // The figure's accessible name says the same, so this is for the eyes only.
            <p class="body-map-view-title" aria-hidden="true">
                <strong>{ t(view.title) }</strong>
                <span>{ t(view.seen_from) }</span>
            </p>
            <svg class="body-map-figure" viewBox={VIEW_BOX} role="group" aria-label={t(view.label)}>
                <path class="body-outline" d={BODY_OUTLINE} aria-hidden="true" />
                <g class="body-landmarks" aria-hidden="true">{ for landmarks }</g>
                { for regions }
                <text class="body-side" x="14" y="15" aria-hidden="true">{ t(view.sides.0) }</text>
                <text class="body-side" x="186" y="15" text-anchor="end" aria-hidden="true">{ t(view.sides.1) }</text>
            </svg>
        </div>
    }
}

/// A region as a checkbox (or, for a pointer-only copy, a plain shape); `None` if the
/// knowledge base has no such option.
fn region(region: &Region, selected: u64, toggle: &Callback<u64>) -> Option<Html> {
    let question = location();
    let index = question.option_index(region.option).filter(|&i| i < 64)?;
    let bit = 1u64 << index;
    let chosen = selected & bit != 0;
    let class = match (chosen, region.pointer_only) {
        (false, false) => "body-region",
        (true, false) => "body-region chosen",
        (false, true) => "body-region pointer-only",
        (true, true) => "body-region chosen pointer-only",
    };
    let transform = region.mirrored.then_some(MIRROR);
    let onclick = toggle.reform(move |_: MouseEvent| bit);
    if region.pointer_only {
        return Some(html! {
            <path {class} d={region.shape} {transform} data-option={region.option}
                aria-hidden="true" {onclick} />
        });
    }
    let onkeydown = {
        let toggle = toggle.clone();
        Callback::from(move |e: KeyboardEvent| {
            if matches!(e.key().as_str(), " " | "Enter" | "Spacebar") {
                // Space would scroll the page.
                e.prevent_default();
                if !e.repeat() {
                    toggle.emit(bit);
                }
            }
        })
    };
    Some(html! {
        <path {class} d={region.shape} {transform} data-option={region.option}
            role="checkbox" aria-checked={chosen.to_string()}
            aria-label={i18n::text(question.options[index].text)} tabindex="0"
            {onclick} {onkeydown} />
    })
}
