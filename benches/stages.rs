//! Stage-by-stage timings of a build of the Shizuoka declaration (divan):
//! load, check, localize, render, lay out, export to PDF, each on its own
//! input prepared outside the timing; then what `sengen watch` does after a
//! one-paragraph edit. Typst's cache is emptied before each cold layout.
//!
//!   cargo bench --bench stages
//!
//! Figures are only comparable within one run: the machine is shared.

use std::path::{Path, PathBuf};

use divan::Bencher;
use sengen::check::Checked;
use sengen::diagnostic::Sources;
use sengen::fingerprint::Fingerprint;
use sengen::localize::Localized;
use sengen::options::BuildOptions;
use sengen::pipeline::Builder;
use sengen::render::{Layout, Rendered, Renderer};
use sengen::typeset::Typesetter;
use sengen::{check, load, localize};

fn main() {
    divan::main();
}

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/shizuoka-2024")
}

fn draft() -> load::Draft {
    load::load(&fixture(), &mut Sources::default()).unwrap_or_else(|_| panic!("the fixture loads"))
}

fn checked() -> Checked {
    check::check(draft()).expect("the fixture checks")
}

fn localized() -> Localized {
    localize::localize(&checked().declaration).expect("the fixture localizes")
}

/// The three outputs: French, Japanese, and both side by side.
const LAYOUTS: [Layout; 3] = [Layout::Single(0), Layout::Single(1), Layout::Columns(0, 1)];
const NAMES: [&str; 3] = ["fr", "ja", "fr-ja"];

fn rendered(layout: Layout) -> Rendered {
    Renderer::new()
        .expect("templates")
        .render(&localized(), layout, &Fingerprint::of(&[]), &[])
        .expect("the fixture renders")
}

#[divan::bench]
fn load() -> load::Draft {
    load::load(&fixture(), &mut Sources::default()).expect("the fixture loads")
}

#[divan::bench]
fn check(bencher: Bencher) {
    bencher
        .with_inputs(draft)
        .bench_values(|draft| check::check(draft).is_ok());
}

#[divan::bench]
fn localize(bencher: Bencher) {
    let checked = checked();
    bencher.bench(|| localize::localize(&checked.declaration).is_ok());
}

#[divan::bench]
fn render_all_three(bencher: Bencher) {
    let localized = localized();
    let renderer = Renderer::new().expect("templates");
    let fingerprint = Fingerprint::of(&[]);
    bencher.bench(|| {
        LAYOUTS.map(|layout| {
            renderer
                .render(&localized, layout, &fingerprint, &[])
                .is_ok()
        })
    });
}

/// Typst's layout from an empty cache (as a one-shot `sengen build`).
#[divan::bench(args = [0, 1, 2])]
fn lay_out_cold(bencher: Bencher, output: usize) {
    let rendered = rendered(LAYOUTS[output]);
    let typesetter = Typesetter::new();
    divan::black_box(NAMES[output]);
    bencher
        .with_inputs(|| typesetter.forget_unused(0))
        .bench_values(|()| typesetter.lay_out(&rendered).is_ok());
}

#[divan::bench(args = [0, 1, 2])]
fn export_pdf(bencher: Bencher, output: usize) {
    let rendered = rendered(LAYOUTS[output]);
    let typesetter = Typesetter::new();
    bencher
        .with_inputs(|| {
            typesetter
                .lay_out(&rendered)
                .unwrap_or_else(|_| panic!("lays out"))
        })
        .bench_values(|laid_out| typesetter.export(laid_out, &rendered, None).is_ok());
}

/// The whole pipeline, one `Builder::build` of the three PDFs, as `sengen
/// build` does after start-up.
#[divan::bench(sample_count = 20)]
fn build_all_three_cold(bencher: Bencher) {
    let out = tempfile::tempdir().expect("a temporary folder");
    let dir = fixture();
    let options = BuildOptions::new(out.path());
    bencher
        .with_inputs(|| {
            comemo::evict(0);
            Builder::new().unwrap_or_else(|_| panic!("a builder"))
        })
        .bench_values(|builder| {
            builder
                .build(&dir, &options, &mut Sources::default())
                .is_ok()
        });
}

/// What `sengen watch` does when one paragraph was edited: rebuild the three
/// PDFs in the session that built the previous version.
#[divan::bench(sample_count = 40)]
fn rebuild_after_editing_one_paragraph(bencher: Bencher) {
    let copy = tempfile::tempdir().expect("a temporary folder");
    for entry in std::fs::read_dir(fixture()).expect("the fixture") {
        let entry = entry.expect("an entry");
        std::fs::copy(entry.path(), copy.path().join(entry.file_name())).expect("copied");
    }
    let text = std::fs::read_to_string(copy.path().join("fr.ftl")).expect("fr.ftl");
    let out = tempfile::tempdir().expect("a temporary folder");
    let options = BuildOptions::new(out.path());
    let builder = Builder::new().unwrap_or_else(|_| panic!("a builder"));
    builder
        .build(copy.path(), &options, &mut Sources::default())
        .unwrap_or_else(|_| panic!("the fixture builds"));
    let edits = std::sync::atomic::AtomicUsize::new(0);
    bencher
        .with_inputs(|| {
            let edit = edits.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let edited = text.replacen(
                "construire un dialogue politique",
                &format!("construire un dialogue politique n° {edit}"),
                1,
            );
            std::fs::write(copy.path().join("fr.ftl"), edited).expect("written");
        })
        .bench_values(|()| {
            builder
                .build(copy.path(), &options, &mut Sources::default())
                .is_ok()
        });
}
