import { PNG } from "pngjs";

export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  /** RGBA, row by row. */
  readonly data: Buffer;
}

/** Decodes a PNG with pngjs (throws on a broken file). */
export function decodePng(bytes: Buffer): DecodedPng {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: png.data };
}

/** How many distinct opaque colours the picture holds (a blank picture has one). */
export function colourCount(png: DecodedPng): number {
  const colours = new Set<number>();
  for (let offset = 0; offset < png.data.length; offset += 4) colours.add(png.data.readUInt32BE(offset));
  return colours.size;
}

/** Pixels that differ from the top-left one (the background). */
export function inkedPixels(png: DecodedPng): number {
  const background = png.data.readUInt32BE(0);
  let inked = 0;
  for (let offset = 0; offset < png.data.length; offset += 4)
    if (png.data.readUInt32BE(offset) !== background) inked += 1;
  return inked;
}
