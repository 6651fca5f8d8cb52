import { LRUCache } from "lru-cache";
import { parse } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** Compiled shapes kept: two charts × two languages × a few panel heights (a report with 0–5 missed items). */
const MAX_SHAPES = 24;

type Runtime = ReturnType<typeof parse>;

/** What a Vega View needs for one picture: the compiled dataflow, then the figures and texts of this picture. */
export interface PreparedChart {
  readonly runtime: Runtime;
  readonly datasets: Readonly<Record<string, readonly object[]>>;
  readonly signals: Readonly<Record<string, unknown>>;
}

interface SplitSpec {
  readonly datasets?: Record<string, readonly object[]>;
  readonly params?: readonly { readonly name: string; readonly value?: unknown }[];
}

const shapes = new LRUCache<string, Runtime>({ max: MAX_SHAPES });

/**
 * Compiling Vega-Lite and parsing the Vega spec took 40 % of a picture. A chart's *shape* is its spec without
 * the values of its `datasets` and `params`; the shape is compiled and parsed once, and each picture gives its
 * figures and texts to a new View (a View kept and fed new data would keep the order of categories it has
 * already seen, so each picture still starts from a fresh View).
 */
export function prepareChart(spec: TopLevelSpec): PreparedChart {
  const { datasets = {}, params = [], ...rest } = spec as TopLevelSpec & SplitSpec;
  const shape = {
    ...rest,
    datasets: Object.fromEntries(Object.keys(datasets).map((name) => [name, []])),
    params: params.map(({ value: _value, ...param }) => ({ ...param, value: null })),
  };
  const key = JSON.stringify(shape);
  let runtime = shapes.get(key);
  if (!runtime) {
    runtime = parse(compile(shape as TopLevelSpec).spec);
    shapes.set(key, runtime);
  }
  return { runtime, datasets, signals: Object.fromEntries(params.map((param) => [param.name, param.value])) };
}
