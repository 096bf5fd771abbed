//! A counter: one component, one state hook, one button.

use yew::prelude::*;

#[component]
fn App() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    html! {
        <main>
            <h1>{ "Counter" }</h1>
            <p>{ format!("Clicked {} times", *count) }</p>
            <button {onclick}>{ "Add one" }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
