import type { Config } from "vega-lite";

/** The family of the TrueType files bundled with Réso (dejavu-fonts-ttf): the charts never use a system font. */
export const FONT_FAMILY = "DejaVu Sans";

/**
 * An opaque light card: Discord shows an image as it is, so text on a transparent background would vanish in
 * one of its two themes. Series colours are from the Okabe–Ito palette, told apart by every common form of
 * colour blindness; blue and orange never carry meaning by hue alone (a legend or a label names each).
 */
export const colours = {
  background: "#FFFFFF",
  text: "#1F2328",
  muted: "#57606A",
  grid: "#D8DEE4",
  blue: "#0072B2",
  orange: "#E69F00",
  vermillion: "#D55E00",
  empty: "#EAEEF2",
  heatLow: "#BFD9EE",
  heatHigh: "#08306B",
} as const;

/** Sizes are in the picture's pixels; a phone shows a 1200-pixel-wide picture at about a third. */
export function chartConfig(scale: number): Config {
  return {
    font: FONT_FAMILY,
    background: colours.background,
    padding: 28 * scale,
    view: { stroke: null },
    concat: { spacing: 44 * scale },
    title: {
      color: colours.text,
      fontSize: 36 * scale,
      fontWeight: "bold",
      subtitleColor: colours.muted,
      subtitleFontSize: 23 * scale,
      anchor: "start",
      offset: 18 * scale,
    },
    axis: {
      labelColor: colours.text,
      labelFontSize: 22 * scale,
      titleColor: colours.muted,
      domainColor: colours.grid,
      gridColor: colours.grid,
      tickColor: colours.grid,
      labelPadding: 8 * scale,
    },
    legend: {
      labelColor: colours.text,
      labelFontSize: 22 * scale,
      titleFontSize: 22 * scale,
      titleColor: colours.muted,
      symbolSize: 400 * scale * scale,
      symbolOpacity: 1,
      symbolType: "square",
      orient: "top",
      direction: "horizontal",
      title: null,
    },
    text: { font: FONT_FAMILY, fontSize: 22 * scale, fill: colours.text },
  } as Config;
}

/** A panel title, left-aligned above its chart. */
export function panelTitle(text: string, scale: number) {
  return { text, fontSize: 27 * scale, fontWeight: "bold" as const, color: colours.text, anchor: "start" as const };
}

/** "62 %" in French, "62%" in English: the percentage the text summary shows too. */
export function percentExpression(field: string, locale: "fr" | "en"): string {
  const formatted = `format(${field}, '.0%')`;
  return locale === "fr" ? `replace(${formatted}, '%', ' %')` : formatted;
}
