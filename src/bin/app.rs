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
        // index.html shows the start screen until the browser has painted it
        // (static/boot.js says when); then the app renders the same markup in its place
        // before the next paint (Yew renders in a microtask), so nothing flashes or moves,
        // and boot.js replays what the person did on it meanwhile.
        let start = move || {
            root.set_inner_html("");
            yew::Renderer::<backhip::app::App>::with_root(root).render();
        };
        // boot.js sets `backhipPainted` to false at once and to true when painted; when
        // it is missing (boot.js did not run) no signal will come, so start at once.
        let window = gloo::utils::window();
        let painted = js_sys::Reflect::get(&window, &"backhipPainted".into())
            .map_or(true, |v| v.is_undefined() || v.is_truthy());
        if painted {
            start();
        } else {
            gloo::events::EventListener::once(&window, "backhip:painted", move |_| start())
                .forget();
        }
    }
}

// Talc in place of the standard library's dlmalloc: 2.7 KB gzip less WebAssembly
// (docs/performance.md), and made for single-threaded WebAssembly like this app.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
