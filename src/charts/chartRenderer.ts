import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { Piscina } from "piscina";
import type { TopLevelSpec } from "vega-lite";
import type { ChartSize } from "./render.js";
import type { RenderTask } from "./renderWorker.js";

/** Pictures waiting for the worker at most: past that, a burst of requests gets the text alone, not a long wait. */
const MAX_QUEUE = 50;
/** PNGs kept in memory, all guilds together (a report is about 60 kB, a score picture 30 kB). */
const CACHE_BYTES = 32 * 1024 * 1024;
/** How long the render worker stays up after its last chart. */
const WORKER_IDLE_MS = 10 * 60 * 1000;

export interface ChartRendererOptions {
  /** The built worker module (dist/charts/renderWorker.js); null: render on this thread (unit tests, scripts). */
  readonly worker: URL | null;
  /** Told when the worker itself fails (it cannot start, or dies): the pictures wait, the bot goes on. */
  readonly onWorkerError?: (error: unknown) => void;
}

/**
 * Draws charts off the main thread, one at a time (one worker: charts are rare, answers are not), and keeps the
 * last picture of each `key` (a guild's report, a member's score) while its spec is unchanged: a picture is drawn
 * again only once new answers change what it shows. Two requests for the same picture share one render.
 */
export class ChartRenderer {
  readonly #pool: Piscina<RenderTask, Buffer> | undefined;
  readonly #cache = new LRUCache<string, { fingerprint: string; png: Buffer }>({
    maxSize: CACHE_BYTES,
    sizeCalculation: (entry) => Math.max(1, entry.png.length),
  });
  readonly #running = new Map<string, Promise<Buffer>>();
  readonly #inFlight = new Set<AbortController>();

  constructor(options: ChartRendererOptions) {
    this.#pool = options.worker
      ? // Started on the first chart and stopped after WORKER_IDLE_MS: the worker holds 100–200 MB that a bot whose
        // charts are rare should not carry all day. Its cold start (about a second) never delays a reply, since
        // the picture is edited in after the text.
        new Piscina({
          filename: options.worker.href,
          minThreads: 0,
          maxThreads: 1,
          idleTimeout: WORKER_IDLE_MS,
          maxQueue: MAX_QUEUE,
          // Piscina's default ("sync") parks the worker in Atomics.wait between tasks, so its event loop never
          // turns and Node never runs the finalizers that free resvg's native pixels (4.3 MB a report): the
          // worker grew by 5–9 MB a picture, 400–600 MB after 60. Waiting on the event loop costs nothing here.
          atomics: "disabled",
        })
      : undefined;
    // An unhandled "error" event would end the process, and a worker that cannot start leaves its tasks waiting:
    // the pictures in flight are given up (their callers send the text alone) and the bot goes on.
    this.#pool?.on("error", (error: unknown) => {
      options.onWorkerError?.(error);
      for (const draw of this.#inFlight) draw.abort(error);
    });
  }

  async render(key: string, spec: TopLevelSpec, size: ChartSize): Promise<Buffer> {
    const fingerprint = createHash("sha256")
      .update(JSON.stringify([spec, size]))
      .digest("base64url");
    const cached = this.#cache.get(key);
    if (cached?.fingerprint === fingerprint) return cached.png;
    const runningKey = `${key}\n${fingerprint}`;
    let running = this.#running.get(runningKey);
    if (!running) {
      running = this.#draw({ spec, size }).finally(() => this.#running.delete(runningKey));
      this.#running.set(runningKey, running);
    }
    const png = await running;
    this.#cache.set(key, { fingerprint, png });
    return png;
  }

  async close(): Promise<void> {
    await this.#pool?.destroy();
  }

  async #draw(task: RenderTask): Promise<Buffer> {
    if (this.#pool) {
      const draw = new AbortController();
      this.#inFlight.add(draw);
      try {
        return Buffer.from(await this.#pool.run(task, { signal: draw.signal }));
      } finally {
        this.#inFlight.delete(draw);
      }
    }
    const { renderChartPng } = await import("./render.js");
    return renderChartPng(task.spec, task.size);
  }
}
