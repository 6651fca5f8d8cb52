/**
 * Chart benchmark: render time of /rapport's and /score's pictures, how long a render holds up the main thread
 * (inline, then through the worker Réso uses), and the memory the worker adds. Also writes the README's example
 * pictures (docs/images). Run after `npm run build` (the worker is dist/charts/renderWorker.js):
 *
 *   npx tsx scripts/bench/charts.ts [--runs 3] [--renders 20] [--no-examples]
 *
 * Prints the load average before and after: the machine may be shared, and every figure is an upper bound.
 */
import { writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { Resvg } from "@resvg/resvg-js";
import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { ChartRenderer } from "../../src/charts/chartRenderer.js";
import { CLASS_CHART_SIZE, classChartSpec } from "../../src/charts/classChart.js";
import { FONT_PATHS } from "../../src/charts/fonts.js";
import { MEMBER_CHART_SIZE, memberChartSpec } from "../../src/charts/memberChart.js";
import { type ChartSize, fitSvg, rasterise, renderChartSvg } from "../../src/charts/render.js";
import { colours, FONT_FAMILY } from "../../src/charts/theme.js";
import { classExample, memberExample } from "./chartExamples.js";
import { ms, summarize } from "./stats.js";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    renders: { type: "string", default: "20" },
    "no-examples": { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
const renders = Number(values.renders);

/**
 * The n-th picture of a run: new figures and texts each time, as in use (a picture whose figures did not change
 * is answered from ChartRenderer's cache and never drawn again), on the same shape (language, panel sizes).
 */
const charts = [
  {
    name: "rapport",
    size: CLASS_CHART_SIZE,
    file: "rapport-exemple.png",
    spec: classChartSpec(classExample),
    variant: (n: number) =>
      classChartSpec({
        ...classExample,
        subtitle: `1er décembre 2026 · ${27 + n} membres ont déjà répondu`,
        mastery: classExample.mastery.map((entry, index) => ({ ...entry, mean: (entry.mean + n * index * 0.01) % 1 })),
        days: classExample.days.map((day, index) => ({ ...day, members: (day.members + n * index) % 27 })),
      }),
  },
  {
    name: "score",
    size: MEMBER_CHART_SIZE,
    file: "score-exemple.png",
    spec: memberChartSpec(memberExample),
    variant: (n: number) =>
      memberChartSpec({
        ...memberExample,
        title: `Progression de Léa (${n})`,
        days: memberExample.days.map((day, index) => ({ ...day, answers: (day.answers + n * index) % 9 })),
      }),
  },
] as const;
const NEW_SHAPES = 3;

/**
 * The pipeline as it was before the chart work of issue 14's follow-up, the floor of this benchmark, measured in
 * the same run (the machine is shared): Vega-Lite compiled and parsed for every picture, resvg given the full
 * DejaVu files, resvg's PNG encoder.
 */
async function referencePng(spec: TopLevelSpec, size: ChartSize): Promise<Buffer> {
  const view = new View(parse(compile(spec).spec), { renderer: "none", logLevel: 0 });
  let svg: string;
  try {
    svg = fitSvg(await view.toSVG(), size);
  } finally {
    view.finalize();
  }
  const font = {
    fontFiles: [FONT_PATHS.normal, FONT_PATHS.bold],
    loadSystemFonts: false,
    defaultFontFamily: FONT_FAMILY,
  };
  return new Resvg(svg, { background: colours.background, font }).render().asPng();
}

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? Number.NaN;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

console.log(
  `cores: ${cpus().length}, load average: ${loadavg()
    .map((value) => value.toFixed(1))
    .join(" ")}`,
);
if (!values["no-examples"]) {
  for (const chart of charts) {
    await writeFile(
      new URL(`../../docs/images/${chart.file}`, import.meta.url),
      await rasterise(await renderChartSvg(chart.spec, chart.size)),
    );
  }
  console.log("examples written to docs/images/");
}

// 1. Render time on one thread, warm (the first render of each is left out: module and font loading). Then the
// first picture of a shape not compiled yet (a language or panel size not drawn since the worker started).
for (const chart of charts) {
  const svgMs: number[] = [];
  const pngMs: number[] = [];
  const newShapeMs: number[] = [];
  const referenceMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    await rasterise(await renderChartSvg(chart.spec, chart.size));
    await referencePng(chart.spec, chart.size);
    const svgSamples: number[] = [];
    const pngSamples: number[] = [];
    const referenceSamples: number[] = [];
    for (let index = 0; index < renders; index++) {
      const spec = chart.variant(run * renders + index);
      const start = performance.now();
      const svg = await renderChartSvg(spec, chart.size);
      const drawn = performance.now();
      await rasterise(svg);
      const done = performance.now();
      await referencePng(spec, chart.size);
      svgSamples.push(drawn - start);
      pngSamples.push(done - drawn);
      referenceSamples.push(performance.now() - done);
    }
    svgMs.push(summarize(svgSamples).p50);
    pngMs.push(summarize(pngSamples).p50);
    referenceMs.push(summarize(referenceSamples).p50);
    const newShapeSamples: number[] = [];
    for (let index = 0; index < NEW_SHAPES; index++) {
      // A description is part of the shape: each of these is compiled afresh.
      const spec = { ...chart.spec, description: `bench ${run} ${index}` };
      const start = performance.now();
      await rasterise(await renderChartSvg(spec, chart.size));
      newShapeSamples.push(performance.now() - start);
    }
    newShapeMs.push(summarize(newShapeSamples).p50);
  }
  const totals = svgMs.map((value, index) => value + (pngMs[index] ?? 0));
  const ratios = totals.map((value, index) => value / (referenceMs[index] ?? Number.NaN));
  console.log(
    `${chart.name} ${chart.size.width}×${chart.size.height}: render ${ms(median(totals))} ms (Vega SVG ${ms(median(svgMs))} + resvg PNG ${ms(median(pngMs))}), ${median(ratios).toFixed(2)} × the former pipeline (${ms(median(referenceMs))} ms in the same runs); shape not compiled yet ${ms(median(newShapeMs))} ms; median of ${runs} runs of ${renders}`,
  );
}

// 2. The main thread while pictures are drawn: inline (what a worker avoids), then through the worker.
async function blocking(renderer: ChartRenderer, run: number): Promise<{ maxMs: number; p99Ms: number }> {
  // A 1 ms ticker: the longest gap between two ticks is the longest time an answer would have waited.
  const gaps: number[] = [];
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    gaps.push(now - last);
    last = now;
  }, 1);
  for (let index = 0; index < renders; index++) {
    const chart = charts[index % 2] ?? charts[0];
    // New figures each time: the cache must not answer.
    await renderer.render(`bench:${run}:${index}`, chart.variant(1000 + run * renders + index), chart.size);
  }
  clearInterval(ticker);
  const summary = summarize(gaps);
  return { maxMs: summary.max, p99Ms: summary.p99 };
}

const inline = new ChartRenderer({ worker: null });
await inline.render("warm", charts[0].spec, charts[0].size);
const inlineRuns = [];
for (let run = 0; run < runs; run++) inlineRuns.push(await blocking(inline, run));
console.log(
  `main thread held up, inline: max ${ms(median(inlineRuns.map((r) => r.maxMs)))} ms (median of ${runs} runs)`,
);

const before = process.memoryUsage().rss;
const pooled = new ChartRenderer({ worker: new URL("../../dist/charts/renderWorker.js", import.meta.url) });
await pooled.render("warm", charts[0].spec, charts[0].size);
const workerRss = process.memoryUsage().rss - before;
const pooledRuns = [];
for (let run = 0; run < runs; run++) pooledRuns.push(await blocking(pooled, run));
console.log(
  `main thread held up, worker: max ${ms(median(pooledRuns.map((r) => r.maxMs)))} ms, p99 ${ms(median(pooledRuns.map((r) => r.p99Ms)))} ms (median of ${runs} runs)`,
);
console.log(`memory added by the worker (Vega, resvg, fonts, after renders): ${mb(workerRss)} RSS`);
await pooled.close();
console.log(
  `load average at the end: ${loadavg()
    .map((value) => value.toFixed(1))
    .join(" ")}`,
);
