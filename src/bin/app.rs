//! The browser app: mounts the root component.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        let root = gloo::utils::document()
            .get_element_by_id("app")
            .expect("index.html has an #app element");
        // The loading message in index.html gives way to the app.
        root.set_inner_html("");
        yew::Renderer::<backhip::app::App>::with_root(root).render();
    }
}
