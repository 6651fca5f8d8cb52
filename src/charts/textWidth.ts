import { readFileSync } from "node:fs";
import opentype, { type Font } from "opentype.js";
import * as vega from "vega";

interface TextItem {
  readonly text?: unknown;
  readonly fontSize?: number;
  readonly fontWeight?: string | number;
}

/** vega-scenegraph's measure hook, re-exported by vega at run time but missing from its typings. */
const { textMetrics } = vega as unknown as { textMetrics: { width: (item: TextItem, text?: unknown) => number } };

type FontWeight = "normal" | "bold";

/**
 * Vega lays out labels (and cuts long ones with "…") from text widths. Without a canvas it guesses 0.8 em a
 * character, which cuts French labels a third too early; this measures them with the bundled font's own advance
 * widths instead, the way vl-convert plugs its own measure in. Installed once per process (the render worker).
 */
export function measureTextWithFonts(files: { readonly normal: string; readonly bold: string }): void {
  const fonts: Record<FontWeight, Font> = { normal: load(files.normal), bold: load(files.bold) };
  const cache = new Map<string, number>();
  const advance = (weight: FontWeight, character: string): number => {
    const key = weight + character;
    let width = cache.get(key);
    if (width === undefined) {
      const font = fonts[weight];
      width = (font.charToGlyph(character).advanceWidth ?? font.unitsPerEm * 0.6) / font.unitsPerEm;
      cache.set(key, width);
    }
    return width;
  };
  textMetrics.width = (item, text = item.text) => {
    const value = Array.isArray(text) ? text.join(" ") : String(text ?? "");
    const weight: FontWeight = item.fontWeight === "bold" || Number(item.fontWeight) >= 600 ? "bold" : "normal";
    let em = 0;
    for (const character of value) em += advance(weight, character);
    return em * (item.fontSize ?? 11);
  };
}

function load(path: string): Font {
  const bytes = readFileSync(path);
  // lowMemory reads glyphs as they are asked for: the whole font would take a second to parse.
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), { lowMemory: true });
}
