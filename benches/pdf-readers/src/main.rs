//! One candidate PDF text reader run on one file: `pdf-readers READER FILE`
//! prints the text it reads, in its order. measure.py runs each reader in
//! its own process, with a time limit, so a hang or a panic is counted, not
//! suffered.

use std::process::ExitCode;

use hayro_interpret::font::Glyph;
use hayro_interpret::hayro_cmap::BfString;
use hayro_interpret::{
    BlendMode, ClipPath, Context, Device, GlyphDrawMode, Image, InterpreterCache,
    InterpreterSettings, Paint, PathDrawMode, SoftMask, interpret_page,
};
use hayro_syntax::Pdf;
use kurbo::{Affine, BezPath, Point, Rect};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (reader, file) = (args[1].as_str(), &args[2]);
    let bytes = std::fs::read(file).expect("readable file");
    let text = match reader {
        "hayro" => hayro(bytes),
        "pdf-extract" => pdf_extract::extract_text_from_mem(&bytes).map_err(|e| e.to_string()),
        "lopdf" => lopdf_text(&bytes),
        _ => Err(format!("no reader {reader}")),
    };
    match text {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}

fn lopdf_text(bytes: &[u8]) -> Result<String, String> {
    let document = lopdf::Document::load_mem(bytes).map_err(|e| e.to_string())?;
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    document.extract_text(&pages).map_err(|e| e.to_string())
}

/// hayro-interpret: the glyphs in the content's order, a line break where
/// the baseline moves, a space where a gap is wider than a quarter em.
fn hayro(bytes: Vec<u8>) -> Result<String, String> {
    let pdf = Pdf::new(bytes).map_err(|e| format!("{e:?}"))?;
    let cache = InterpreterCache::new();
    let mut text = String::new();
    for page in pdf.pages().iter() {
        let mut context = Context::new(
            Affine::IDENTITY,
            Rect::new(0.0, 0.0, 1.0, 1.0),
            &cache,
            pdf.xref(),
            InterpreterSettings::default(),
        );
        let mut glyphs = Glyphs::default();
        interpret_page(page, &mut context, &mut glyphs);
        text.push_str(&glyphs.text);
        text.push('\n');
    }
    Ok(text)
}

#[derive(Default)]
struct Glyphs {
    text: String,
    last: Option<(Point, f64)>,
}

impl Device<'_> for Glyphs {
    fn set_soft_mask(&mut self, _: Option<SoftMask<'_>>) {}
    fn set_blend_mode(&mut self, _: BlendMode) {}
    fn draw_path(&mut self, _: &BezPath, _: Affine, _: &Paint<'_>, _: &PathDrawMode) {}
    fn push_clip_path(&mut self, _: &ClipPath) {}
    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'_>>, _: BlendMode) {}
    fn draw_glyph(&mut self, glyph: &Glyph<'_>, transform: Affine, glyph_transform: Affine, _: &Paint<'_>, _: &GlyphDrawMode) {
        let whole = transform * glyph_transform;
        let origin = whole * Point::ZERO;
        let size = (whole * Point::new(0.0, 1000.0) - origin).hypot().max(0.1);
        if let Some((last, last_size)) = self.last {
            if (origin.y - last.y).abs() > last_size * 0.5 {
                self.text.push('\n');
            } else if origin.x - last.x > last_size * 0.9 {
                self.text.push(' ');
            }
        }
        let advance = match glyph {
            Glyph::Outline(g) => g.advance_width().unwrap_or(500.0) as f64 / 1000.0 * size,
            _ => size * 0.5,
        };
        self.last = Some((Point::new(origin.x + advance, origin.y), size));
        match glyph.as_unicode() {
            Some(BfString::Char(c)) => self.text.push(c),
            Some(BfString::String(s)) => self.text.push_str(&s),
            None => self.text.push('\u{fffd}'),
        }
    }
    fn draw_image(&mut self, _: Image<'_, '_>, _: Affine) {}
    fn pop_clip_path(&mut self) {}
    fn pop_transparency_group(&mut self) {}
}
