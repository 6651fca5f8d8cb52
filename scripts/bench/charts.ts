/**
 * Chart benchmark: render time of /rapport's and /score's pictures, how long a render holds up the main thread
 * (inline, then through the worker Réso uses), and the memory the worker adds. Also writes the README's example
 * pictures (docs/images). Run after `npm run build` (the worker is dist/charts/renderWorker.js):
 *
 *   npx tsx scripts/bench/charts.ts [--runs 3] [--renders 20] [--no-examples]
 */
import { writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { ChartRenderer } from "../../src/charts/chartRenderer.js";
import { CLASS_CHART_SIZE, classChartSpec } from "../../src/charts/classChart.js";
import { MEMBER_CHART_SIZE, memberChartSpec } from "../../src/charts/memberChart.js";
import { rasterise, renderChartSvg } from "../../src/charts/render.js";
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

const charts = [
  { name: "rapport", spec: classChartSpec(classExample), size: CLASS_CHART_SIZE, file: "rapport-exemple.png" },
  { name: "score", spec: memberChartSpec(memberExample), size: MEMBER_CHART_SIZE, file: "score-exemple.png" },
] as const;

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
      rasterise(await renderChartSvg(chart.spec, chart.size)),
    );
  }
  console.log("examples written to docs/images/");
}

// 1. Render time on one thread, warm (the first render of each is left out: module and font loading).
for (const chart of charts) {
  const svgMs: number[] = [];
  const pngMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    await rasterise(await renderChartSvg(chart.spec, chart.size));
    const svgSamples: number[] = [];
    const pngSamples: number[] = [];
    for (let index = 0; index < renders; index++) {
      const start = performance.now();
      const svg = await renderChartSvg(chart.spec, chart.size);
      const drawn = performance.now();
      rasterise(svg);
      svgSamples.push(drawn - start);
      pngSamples.push(performance.now() - drawn);
    }
    svgMs.push(summarize(svgSamples).p50);
    pngMs.push(summarize(pngSamples).p50);
  }
  const total = median(svgMs.map((value, index) => value + (pngMs[index] ?? 0)));
  console.log(
    `${chart.name} ${chart.size.width}×${chart.size.height}: render ${ms(total)} ms (Vega SVG ${ms(median(svgMs))} + resvg PNG ${ms(median(pngMs))}), median of ${runs} runs of ${renders}`,
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
    // A new title each time: the cache must not answer.
    const spec = { ...chart.spec, title: { text: `${run}-${index}` } };
    await renderer.render(`bench:${run}:${index}`, spec as typeof chart.spec, chart.size);
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
