//! The fonts sengen typesets with, compiled into the binary from `fonts/`.
//! No system font is ever consulted, so the same input gives the same PDF on
//! every machine. Each face is parsed on first use and then shared by every
//! document of the process.

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
