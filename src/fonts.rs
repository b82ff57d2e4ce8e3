//! The fonts sengen typesets with, compiled into the binary from `fonts/`.
//! No system font is ever consulted, so the same input gives the same PDF on
//! every machine. Each face is parsed on first use and then shared by every
//! document of the process. The check stage asks the same faces which
//! characters they can draw, so a missing glyph is an error, never tofu.

use std::sync::LazyLock;

use include_dir::{Dir, include_dir};
use typst::foundations::Bytes;
use typst::text::{Font, FontInfo};
use typst_kit::fonts::{FontSource, FontStore};

static FONT_FILES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/fonts");

/// Every embedded face, loaded once per process.
pub static FONTS: LazyLock<FontStore> = LazyLock::new(|| {
    let mut store = FontStore::new();
    for file in embedded_files() {
        let data = file.contents();
        for index in 0.. {
            let Some(info) = FontInfo::new(data, index) else {
                break;
            };
            store.push((EmbeddedFace { data, index }, info));
        }
    }
    store
});

/// The font files under `fonts/`, in a fixed order.
fn embedded_files() -> Vec<&'static include_dir::File<'static>> {
    let mut files = Vec::new();
    let mut dirs = vec![&FONT_FILES];
    while let Some(dir) = dirs.pop() {
        files.extend(dir.files().filter(|f| {
            f.path()
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| matches!(e, "otf" | "ttf" | "otc" | "ttc"))
        }));
        dirs.extend(dir.dirs());
    }
    files.sort_by_key(|f| f.path());
    files
}

/// One face of an embedded font file.
struct EmbeddedFace {
    data: &'static [u8],
    index: u32,
}

impl FontSource for EmbeddedFace {
    fn load(&self) -> Option<Font> {
        Font::new(Bytes::new(self.data), self.index)
    }
}

/// Which faces set a language's text: Latin (Libertinus Serif, with the
/// Japanese faces for any Japanese name quoted in it) or CJK (BIZ UDMincho and
/// BIZ UDGothic, with Libertinus for Latin letters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FontSet {
    Latin,
    Cjk,
}

/// Font families of each set, as the templates name them; the first is the body face.
impl FontSet {
    pub fn families(self) -> &'static [&'static str] {
        match self {
            FontSet::Latin => &["Libertinus Serif", "BIZ UDMincho", "BIZ UDGothic"],
            FontSet::Cjk => &["BIZ UDMincho", "BIZ UDGothic", "Libertinus Serif"],
        }
    }

    /// Whether the set draws `c`: Libertinus, or else both Japanese faces
    /// (body text and headings use different ones). Both sets fall back the
    /// same way; they differ in which face comes first.
    pub fn draws(self, c: char) -> bool {
        covers("Libertinus Serif", c) || (covers("BIZ UDMincho", c) && covers("BIZ UDGothic", c))
    }
}

/// Whether the first face of a family (its regular or only weight) has a glyph for `c`.
fn covers(family: &str, c: char) -> bool {
    let book = FONTS.book();
    book.select_family(&family.to_lowercase())
        .next()
        .and_then(|index| book.info(index))
        .is_some_and(|info| info.coverage.contains(c as u32))
}
