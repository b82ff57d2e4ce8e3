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
        DRAWABLE.contains(c)
    }
}

/// Every character the embedded fonts draw, as a bit per code point: the
/// glyph check asks once per character of the text, and a font's own
/// coverage is a list of runs to scan (it was most of `sengen check`'s time).
static DRAWABLE: LazyLock<CharSet> = LazyLock::new(|| {
    let latin = coverage("Libertinus Serif");
    let mincho = coverage("BIZ UDMincho");
    let gothic = coverage("BIZ UDGothic");
    let mut drawable = latin.clone();
    for word in 0..drawable.0.len() {
        drawable.0[word] |= mincho.0[word] & gothic.0[word];
    }
    drawable
});

/// A set of characters, a bit per code point.
#[derive(Clone)]
struct CharSet(Vec<u64>);

impl CharSet {
    fn contains(&self, c: char) -> bool {
        let c = c as usize;
        self.0
            .get(c / 64)
            .is_some_and(|word| word & (1 << (c % 64)) != 0)
    }
}

/// What the first face of a family (its regular or only weight) has a glyph for.
fn coverage(family: &str) -> CharSet {
    let mut set = CharSet(vec![0; (char::MAX as usize + 1).div_ceil(64)]);
    let book = FONTS.book();
    if let Some(info) = book
        .select_family(&family.to_lowercase())
        .next()
        .and_then(|index| book.info(index))
    {
        for c in info.coverage.iter() {
            if let Some(word) = set.0.get_mut(c as usize / 64) {
                *word |= 1 << (c % 64);
            }
        }
    }
    set
}
