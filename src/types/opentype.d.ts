/** The part of opentype.js (2.x, shipped without types) that Réso uses: glyph advance widths. */
declare module "opentype.js" {
  export interface Glyph {
    readonly advanceWidth?: number;
  }
  export interface Font {
    readonly unitsPerEm: number;
    charToGlyph(character: string): Glyph;
  }
  export function parse(buffer: ArrayBuffer, options?: { lowMemory?: boolean }): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
