//! Writes every translation compiled for the app (`i18n/<code>.txt`, see
//! `knowledge_compiler::texts::compiled`) into the folder given, or, run as Trunk's
//! pre-build hook, into the build's `i18n/` folder.
//!   cargo run -p knowledge-compiler --bin languages [folder]

use std::path::{Path, PathBuf};

fn main() {
    let out = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(|d| Path::new(&d).join("i18n")))
        .unwrap_or_else(|| fail("name a folder, or run as Trunk's hook".into()));
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let languages = knowledge_compiler::Files::read(&root)
        .map_err(|e| vec![e])
        .and_then(|files| knowledge_compiler::compile_languages(&files))
        .unwrap_or_else(|errors| fail(errors.join("\n")));
    std::fs::create_dir_all(&out).unwrap_or_else(|e| fail(format!("{}: {e}", out.display())));
    for (code, text) in languages {
        let path = out.join(format!("{code}.txt"));
        std::fs::write(&path, text).unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
    }
}

fn fail(message: String) -> ! {
    eprintln!("languages: {message}");
    std::process::exit(1);
}
