import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { measureTextWithFonts } from "./textWidth.js";
import { colours, FONT_FAMILY } from "./theme.js";

const require = createRequire(import.meta.url);

/**
 * DejaVu Sans, regular and bold, from the dejavu-fonts-ttf package: every accent of French (and far beyond),
 * shipped with the code, so the picture is the same on a server with no font installed.
 */
export const FONT_PATHS = {
  normal: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
} as const;
const FONT_FILES = [FONT_PATHS.normal, FONT_PATHS.bold];

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
  const view = new View(parse(compile(spec).spec), { renderer: "none", logLevel: 0 });
  try {
    return fitSvg(await view.toSVG(), size);
  } finally {
    view.finalize();
  }
}

export function rasterise(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    background: colours.background,
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
  return resvg.render().asPng();
}

export async function renderChartPng(spec: TopLevelSpec, size: ChartSize): Promise<Buffer> {
  return rasterise(await renderChartSvg(spec, size));
}

/** Vega sizes its SVG to its content: the root's width and height become `size`, its viewBox kept, so it scales. */
function fitSvg(svg: string, size: ChartSize): string {
  return svg.replace(
    /^<svg([^>]*?) width="[\d.]+" height="[\d.]+"/,
    `<svg$1 width="${size.width}" height="${size.height}"`,
  );
}
