import { Resvg } from "@resvg/resvg-js";
import { View } from "vega";
import type { TopLevelSpec } from "vega-lite";
import { FONT_PATHS, fontFilesFor, latinFontFiles } from "./fonts.js";
import { encodePng } from "./pngEncoder.js";
import { prepareChart } from "./specCache.js";
import { measureTextWithFonts } from "./textWidth.js";
import { colours, FONT_FAMILY } from "./theme.js";

measureTextWithFonts(FONT_PATHS);

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/**
 * A Vega-Lite spec drawn as SVG by Vega (no canvas: Vega estimates text widths itself), fitted into exactly
 * `size` (scaled to fit, centred), then rasterised by resvg with the bundled font only.
 */
export async function renderChartSvg(spec: TopLevelSpec, size: ChartSize): Promise<string> {
  const { runtime, datasets, signals } = prepareChart(spec);
  const view = new View(runtime, { renderer: "none", logLevel: 0 });
  try {
    // Vega tags the objects it is given: copies, so a spec drawn twice at once never shares them.
    for (const [name, values] of Object.entries(datasets))
      view.data(
        name,
        values.map((value) => ({ ...value })),
      );
    for (const [name, value] of Object.entries(signals)) view.signal(name, value);
    return fitSvg(await view.toSVG(), size);
  } finally {
    view.finalize();
  }
}

/** The SVG as a PNG of its own size: resvg draws the pixels, with the Latin subset of the fonts when it suffices. */
export async function rasterise(svg: string): Promise<Buffer> {
  const fontFiles = fontFilesFor(svg, await latinFontFiles());
  const image = new Resvg(svg, {
    background: colours.background,
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  }).render();
  return encodePng(image.pixels, image.width, image.height);
}

export async function renderChartPng(spec: TopLevelSpec, size: ChartSize): Promise<Buffer> {
  return rasterise(await renderChartSvg(spec, size));
}

/** Vega sizes its SVG to its content: the root's width and height become `size`, its viewBox kept, so it scales. */
export function fitSvg(svg: string, size: ChartSize): string {
  return svg.replace(
    /^<svg([^>]*?) width="[\d.]+" height="[\d.]+"/,
    `<svg$1 width="${size.width}" height="${size.height}"`,
  );
}
