import type { TopLevelSpec } from "vega-lite";
import { chartConfig, colours, panelTitle, percentExpression } from "./theme.js";

/** Everything `/rapport`'s picture shows, already in the reader's language: plain numbers and labels. */
export interface ClassChartInput {
  readonly locale: "fr" | "en";
  readonly title: string;
  readonly subtitle: string;
  readonly masteryTitle: string;
  readonly meanLabel: string;
  readonly medianLabel: string;
  /** Per study question: the class's mean and median mastery (0–1). */
  readonly mastery: readonly { readonly label: string; readonly mean: number; readonly median: number }[];
  readonly activityTitle: string;
  /** Oldest day first; `tick` marks the days whose label the axis shows. */
  readonly days: readonly { readonly label: string; readonly members: number; readonly tick: boolean }[];
  readonly missedTitle: string;
  /** Most missed first: a short label, the share of attempts missed (0–1) and its text. */
  readonly missed: readonly { readonly label: string; readonly share: number; readonly value: string }[];
  readonly noMissed: string;
}

export const CLASS_CHART_SIZE = { width: 1200, height: 900 } as const;
/** Vega lines the three plots up on one left edge: labels take the column left of it, values the right margin. */
const LABEL_WIDTH = 400;
const PLOT_WIDTH = 700;
const VALUE_WIDTH = 190;

/**
 * Three panels stacked, read top to bottom on a phone: mastery, daily activity, most missed items. The figures
 * are `datasets` and the texts that change from one report to the next are `params`, so every report of a
 * language and size shares one compiled spec (see specCache.ts).
 */
export function classChartSpec(input: ClassChartInput): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: chartConfig(1),
    params: [
      { name: "subtitleText", value: input.subtitle },
      { name: "dayTicks", value: input.days.filter((day) => day.tick).map((day) => day.label) },
    ],
    // Vega-Lite types the subtitle as plain text, but hands a signal on to Vega as it is.
    title: { text: input.title, subtitle: { signal: "subtitleText" } as unknown as string },
    datasets: {
      mastery: input.mastery.map((entry) => ({ ...entry, end: Math.max(entry.mean, entry.median) })),
      days: input.days,
      missed: input.missed.length === 0 ? [{ text: input.noMissed }] : input.missed,
    },
    vconcat: [masteryPanel(input), activityPanel(input), missedPanel(input)],
  } as TopLevelSpec;
}

function masteryPanel(input: ClassChartInput) {
  // stack: null on every bar. Vega-Lite rounds the end of a stackable bar by drawing it in its own clipped group
  // (a subflow in Vega, a mask in resvg); these bars never stack, so the corner goes on the bar itself: the same
  // picture, half the SVG.
  const percent = { type: "quantitative", scale: { domain: [0, 1] }, stack: null } as const;
  const series = { domain: [input.meanLabel, input.medianLabel], range: [colours.blue, colours.vermillion] };
  return {
    title: panelTitle(input.masteryTitle, 1),
    width: PLOT_WIDTH - 60,
    height: 42 * input.mastery.length,
    data: { name: "mastery" },
    encoding: {
      y: { field: "label", type: "nominal", sort: null, title: null, axis: { labelLimit: LABEL_WIDTH } },
    },
    layer: [
      {
        mark: { type: "bar", cornerRadiusEnd: 4, height: { band: 0.7 } },
        encoding: {
          x: {
            field: "mean",
            ...percent,
            title: null,
            axis: { labelExpr: percentExpression("datum.value", input.locale), tickCount: 4 },
          },
          color: {
            datum: input.meanLabel,
            scale: series,
            legend: { orient: "none", legendX: PLOT_WIDTH - 330, legendY: -44 },
          },
        },
      },
      {
        mark: { type: "tick", thickness: 7, bandSize: 40, opacity: 1 },
        encoding: { x: { field: "median", ...percent }, color: { datum: input.medianLabel, scale: series } },
      },
      {
        mark: { type: "text", align: "left", dx: 10, fontWeight: "bold" },
        encoding: {
          x: { field: "end", ...percent },
          text: { value: { expr: percentExpression("datum.mean", input.locale) } },
        },
      },
    ],
  };
}

function activityPanel(input: ClassChartInput) {
  return {
    title: panelTitle(input.activityTitle, 1),
    width: PLOT_WIDTH,
    height: 150,
    data: { name: "days" },
    mark: { type: "bar", color: colours.blue, cornerRadiusEnd: 3 },
    encoding: {
      x: {
        field: "label",
        type: "ordinal",
        sort: null,
        title: null,
        axis: { labelAngle: 0, values: { expr: "dayTicks" }, ticks: false },
      },
      y: {
        field: "members",
        type: "quantitative",
        stack: null,
        title: null,
        axis: { tickMinStep: 1, format: "d", tickCount: 4 },
      },
    },
  };
}

function missedPanel(input: ClassChartInput) {
  if (input.missed.length === 0) {
    return {
      title: panelTitle(input.missedTitle, 1),
      width: PLOT_WIDTH,
      height: 60,
      data: { name: "missed" },
      mark: { type: "text", align: "left", x: 0, y: 30, fontSize: 24, color: colours.muted },
      encoding: { text: { field: "text" } },
    };
  }
  const share = { field: "share", type: "quantitative", scale: { domain: [0, 1] }, stack: null, title: null } as const;
  return {
    title: panelTitle(input.missedTitle, 1),
    width: PLOT_WIDTH - VALUE_WIDTH,
    height: 38 * input.missed.length,
    data: { name: "missed" },
    encoding: { y: { field: "label", type: "nominal", sort: null, title: null, axis: { labelLimit: LABEL_WIDTH } } },
    layer: [
      {
        mark: { type: "bar", color: colours.vermillion, cornerRadiusEnd: 4, height: { band: 0.7 } },
        encoding: { x: { ...share, axis: null } },
      },
      { mark: { type: "text", align: "left", dx: 10 }, encoding: { x: share, text: { field: "value" } } },
    ],
  };
}
