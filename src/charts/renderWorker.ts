/** The Piscina worker: Vega and resvg run here, so a render never holds up the thread that answers Discord. */
import type { TopLevelSpec } from "vega-lite";
import { type ChartSize, renderChartPng } from "./render.js";

export interface RenderTask {
  readonly spec: TopLevelSpec;
  readonly size: ChartSize;
}

export default function render(task: RenderTask): Promise<Buffer> {
  return renderChartPng(task.spec, task.size);
}
