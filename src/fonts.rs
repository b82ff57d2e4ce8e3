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

use crate::language::Script;

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

/// An embedded font file by its name (`LibertinusSerif-Regular.otf`), for
/// `sengen serve` to give the browser the faces of the PDFs. Only the
/// embedded files answer: a name is never a path.
pub fn file(name: &str) -> Option<&'static [u8]> {
    embedded_files()
        .into_iter()
        .find(|f| f.path().file_name().and_then(|n| n.to_str()) == Some(name))
        .map(|f| f.contents())
}

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

/// One face of a script's list, as the templates name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Face {
    pub family: &'static str,
    /// Set when the face serves only some characters (Typst's `covers`):
    /// Libertinus sets the Latin letters and digits inside Japanese text.
    pub covers: Option<&'static str>,
}

/// The faces that set a script's text, in order of preference: body text,
/// and headings. The one place the family names are written; the templates
/// read them from their context.
pub struct Faces {
    pub body: &'static [Face],
    pub heading: &'static [Face],
}

const LIBERTINUS: Face = Face {
    family: "Libertinus Serif",
    covers: None,
};
const MINCHO: Face = Face {
    family: "BIZ UDMincho",
    covers: None,
};
const GOTHIC: Face = Face {
    family: "BIZ UDGothic",
    covers: None,
};

/// Latin text in Libertinus Serif (a Japanese name quoted in it falls back to
/// the Japanese faces); Japanese in BIZ UDMincho, headings in BIZ UDGothic,
/// Latin letters and digits inside it in Libertinus.
pub fn faces(script: Script) -> Faces {
    match script {
        Script::Latin => Faces {
            body: &[LIBERTINUS, MINCHO],
            heading: &[LIBERTINUS, GOTHIC],
        },
        Script::Cjk => Faces {
            body: &[
                Face {
                    covers: Some("latin-in-cjk"),
                    ..LIBERTINUS
                },
                MINCHO,
            ],
            heading: &[GOTHIC],
        },
    }
}

/// The families that may draw a script's text, for messages: first those
/// that draw any character, then those restricted to some.
pub fn families(script: Script) -> Vec<&'static str> {
    let faces = faces(script);
    let all: Vec<&Face> = faces.body.iter().chain(faces.heading).collect();
    let mut families: Vec<&str> = Vec::new();
    for face in all
        .iter()
        .filter(|f| f.covers.is_none())
        .chain(all.iter().filter(|f| f.covers.is_some()))
    {
        if !families.contains(&face.family) {
            families.push(face.family);
        }
    }
    families
}

/// Whether the embedded fonts draw `c`: Libertinus, or else both Japanese
/// faces (body text and headings use different ones). Every script falls
/// back the same way; scripts differ in which face comes first.
pub fn draws(c: char) -> bool {
    DRAWABLE.contains(c)
}

/// Every character the embedded fonts draw, as a bit per code point: the
/// glyph check asks once per character of the text, and a font's own
/// coverage is a list of runs to scan (it was most of `sengen check`'s time).
static DRAWABLE: LazyLock<CharSet> = LazyLock::new(|| {
    let latin = coverage(LIBERTINUS.family);
    let mincho = coverage(MINCHO.family);
    let gothic = coverage(GOTHIC.family);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_script_names_its_faces_body_first() {
        assert_eq!(
            families(Script::Latin),
            ["Libertinus Serif", "BIZ UDMincho", "BIZ UDGothic"]
        );
        assert_eq!(
            families(Script::Cjk),
            ["BIZ UDMincho", "BIZ UDGothic", "Libertinus Serif"]
        );
    }

    #[test]
    fn every_face_named_is_embedded() {
        let book = FONTS.book();
        for script in [Script::Latin, Script::Cjk] {
            for family in families(script) {
                assert!(
                    book.select_family(&family.to_lowercase()).next().is_some(),
                    "{family}"
                );
            }
        }
        assert!(draws('é') && draws('静') && !draws('\u{20BB7}'));
    }
}
