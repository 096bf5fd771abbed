//! The start screen: what the tool is and is not, and one start button.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    pub on_start: Callback<()>,
}

#[component]
pub fn WelcomePage(props: &WelcomeProps) -> Html {
    let on_click = props.on_start.reform(|_: MouseEvent| ());
    html! {
        <section class="welcome" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ "Check your back or hip pain" }</h1>
            <p>{ "Answer a few questions about your pain. You will get advice on what to do next, how soon, and what may be causing it." }</p>
            <ul class="welcome-facts">
                <li>{ "It takes about 5 minutes." }</li>
                <li>{ "Nothing you enter leaves this device." }</li>
                <li>{ "This is not a diagnosis. In an emergency, call your local emergency number." }</li>
            </ul>
            <button class="button primary" onclick={on_click}>{ "Start" }</button>
        </section>
    }
}
