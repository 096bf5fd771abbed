//! The browser app: mounts the root component, and shows a friendly screen instead of a
//! dead page if anything panics.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        std::panic::set_hook(Box::new(|info| {
            gloo::console::error!(info.to_string());
            show_error_screen();
        }));
        let root = gloo::utils::document()
            .get_element_by_id("app")
            .expect("index.html has an #app element");
        // The loading message in index.html gives way to the app.
        root.set_inner_html("");
        yew::Renderer::<backhip::app::App>::with_root(root).render();
    }
}

/// Replaces the app with a plain message and a link that reloads it. Plain DOM, no
/// Yew: after a panic the app can no longer run.
#[cfg(target_arch = "wasm32")]
fn show_error_screen() {
    use backhip::i18n::t;
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id("app") else {
        return;
    };
    root.set_inner_html("");
    let main = document.create_element("main").unwrap();
    main.set_class_name("app-main error-screen");
    main.set_attribute("role", "alert").unwrap();
    let heading = document.create_element("h1").unwrap();
    heading.set_text_content(Some(t("error.title")));
    let text = document.create_element("p").unwrap();
    text.set_text_content(Some(t("error.text")));
    let emergency = document.create_element("p").unwrap();
    emergency.set_text_content(Some(t("welcome.emergency")));
    let again = document.create_element("a").unwrap();
    again.set_class_name("button primary");
    again.set_attribute("href", "./").unwrap();
    again.set_text_content(Some(t("error.start_again")));
    for child in [&heading, &text, &emergency, &again] {
        main.append_child(child).unwrap();
    }
    root.append_child(&main).unwrap();
}
