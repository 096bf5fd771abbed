//! The browser app: mounts the root component, and shows a friendly screen instead of a
//! dead page if anything panics.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        // Through Yew, which would otherwise put its own hook in place at render.
        yew::set_custom_panic_hook(Box::new(|info| {
            gloo::console::error!(info.to_string());
            backhip::services::page::show_error_screen();
        }));
        let root = gloo::utils::document()
            .get_element_by_id("app")
            .expect("index.html has an #app element");
        // The loading message in index.html gives way to the app.
        root.set_inner_html("");
        yew::Renderer::<backhip::app::App>::with_root(root).render();
    }
}
