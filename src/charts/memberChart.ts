import type { TopLevelSpec } from "vega-lite";
import { chartConfig, colours, panelTitle, percentExpression } from "./theme.js";

/** Everything `/score`'s picture shows, already in the reader's language: plain numbers and labels. */
export interface MemberChartInput {
  readonly locale: "fr" | "en";
  readonly title: string;
  readonly masteryTitle: string;
  readonly memberLabel: string;
  readonly classLabel: string;
  /** Per study question: the member's and the class's mastery (0–1). */
  readonly mastery: readonly { readonly label: string; readonly member: number; readonly class: number }[];
  readonly activityTitle: string;
  readonly answersLabel: string;
  /** One cell a day, Monday-first weeks, oldest week first (column 0); days after today are left out. */
  readonly days: readonly {
    readonly week: number;
    readonly weekLabel: string;
    readonly weekday: string;
    readonly answers: number;
    readonly today: boolean;
  }[];
  readonly weekdays: readonly string[];
}

export const MEMBER_CHART_SIZE = { width: 900, height: 760 } as const;
const LABEL_WIDTH = 330;
const PLOT_WIDTH = 420;
const CELL = 52;

/**
 * The member's mastery beside the class's, then their last eight weeks one cell a day. The figures are
 * `datasets` and the member's name and the week labels `params`, so every member's picture of a language
 * shares one compiled spec (see specCache.ts).
 */
export function memberChartSpec(input: MemberChartInput): TopLevelSpec {
  const weeks = [...new Map(input.days.map((day) => [day.week, day.weekLabel])).values()];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: chartConfig(1),
    params: [
      { name: "titleText", value: input.title },
      { name: "weekTicks", value: weeks.filter((_, index) => index % 2 === 0) },
    ],
    title: { text: { expr: "titleText" } },
    datasets: {
      mastery: input.mastery.flatMap((entry) => [
        { label: entry.label, series: input.memberLabel, value: entry.member },
        { label: entry.label, series: input.classLabel, value: entry.class },
      ]),
      days: input.days,
    },
    resolve: { scale: { color: "independent" }, legend: { color: "independent" } },
    vconcat: [masteryPanel(input), activityPanel(input, weeks.length)],
  } as TopLevelSpec;
}

function masteryPanel(input: MemberChartInput) {
  const series = { domain: [input.memberLabel, input.classLabel], range: [colours.blue, colours.orange] };
  // Not stacked: the rounded end is drawn on the bar, not through a clipped group (see classChart.ts).
  const x = { field: "value", type: "quantitative", scale: { domain: [0, 1] }, stack: null, title: null } as const;
  return {
    title: panelTitle(input.masteryTitle, 1),
    width: PLOT_WIDTH,
    height: 64 * input.mastery.length,
    data: { name: "mastery" },
    encoding: {
      y: { field: "label", type: "nominal", sort: null, title: null, axis: { labelLimit: LABEL_WIDTH } },
      yOffset: { field: "series", sort: series.domain },
    },
    layer: [
      {
        mark: { type: "bar", cornerRadiusEnd: 4 },
        encoding: {
          x: { ...x, axis: { labelExpr: percentExpression("datum.value", input.locale), tickCount: 4 } },
          color: {
            field: "series",
            scale: series,
            legend: { orient: "none", legendX: PLOT_WIDTH - 220, legendY: -44 },
          },
        },
      },
      {
        mark: { type: "text", align: "left", dx: 8, fontSize: 20 },
        encoding: { x, text: { value: { expr: percentExpression("datum.value", input.locale) } } },
      },
    ],
  };
}

function activityPanel(input: MemberChartInput, weekCount: number) {
  return {
    title: panelTitle(input.activityTitle, 1),
    width: CELL * weekCount,
    height: CELL * 0.8 * input.weekdays.length,
    data: { name: "days" },
    mark: { type: "rect", cornerRadius: 4, stroke: colours.background, strokeWidth: 3 },
    encoding: {
      x: {
        field: "weekLabel",
        type: "ordinal",
        // Oldest week first, by its number: the labels (dates) change every week, the order does not.
        sort: { field: "week", op: "min" },
        title: null,
        axis: { labelAngle: 0, values: { expr: "weekTicks" }, ticks: false, domain: false },
      },
      y: {
        field: "weekday",
        type: "ordinal",
        sort: [...input.weekdays],
        title: null,
        axis: { ticks: false, domain: false, values: input.weekdays.filter((_, index) => index % 2 === 0) },
      },
      color: {
        condition: { test: "datum.answers === 0", value: colours.empty },
        field: "answers",
        type: "quantitative",
        title: input.answersLabel,
        scale: { range: [colours.heatLow, colours.heatHigh], domainMin: 1 },
        legend: { orient: "right", direction: "vertical", title: input.answersLabel, gradientLength: 180, format: "d" },
      },
      stroke: { condition: { test: "datum.today", value: colours.vermillion }, value: colours.background },
    },
  };
}
