//! Compiles the knowledge base (`knowledge/*.toml`, `i18n/en.toml`) into the Rust
//! tables `src/knowledge.rs` includes; the work is the `knowledge-compiler` crate's.

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    knowledge_compiler::build(&root, std::path::Path::new(&out_dir));
}
