import type { Worker } from "node:worker_threads";
import { startSqliteWorker } from "./sqliteConnection.js";

/** How often the worker copies the write-ahead log back into the store. */
export const CHECKPOINT_INTERVAL_MS = 200;

/**
 * The worker: its own connection to the file, a PASSIVE checkpoint at each tick (it never waits for a lock nor
 * blocks a writer). A failure other than a busy file is reported to the bot once per distinct error, not at
 * every tick; the next tick tries again anyway.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
let db;
let reported;
const checkpoint = () => {
  try {
    db ??= new Database(workerData.file, { fileMustExist: true, timeout: 0 });
    db.pragma("wal_checkpoint(PASSIVE)");
    reported = undefined;
  } catch (error) {
    if (error.code === "SQLITE_BUSY" || error.code === "SQLITE_LOCKED") return;
    try { db?.close(); } catch {}
    db = undefined;
    const failure = error.code ? error.code + ": " + error.message : String(error);
    if (failure !== reported) parentPort.postMessage({ failure });
    reported = failure;
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.once("message", () => {
  clearInterval(timer);
  try { db?.close(); } catch {}
  parentPort.close();
});
`;

/**
 * Copies the store's write-ahead log back into the file from a worker thread. A checkpoint writes every page the
 * log holds and waits for the disk (fsync); on the event loop, as SQLite's automatic checkpoint does it, that held
 * up the answers behind it for tens of milliseconds every few hundred writes. The store's connections keep an
 * automatic checkpoint as a fallback (FALLBACK_AUTOCHECKPOINT_PAGES in sqliteConnection.ts), which the worker's
 * ticks keep from firing.
 */
export class WalCheckpointer {
  readonly #worker: Worker;
  readonly #exited: Promise<void>;

  private constructor(file: string, onFailure: (failure: string) => void, intervalMs: number) {
    this.#worker = startSqliteWorker(WORKER_SOURCE, { file, intervalMs });
    // Never keeps the process alive; a failure is told, and the fallback checkpoint stays in charge meanwhile.
    this.#worker.unref();
    this.#worker.on("message", (message: { failure?: unknown }) => {
      if (typeof message.failure === "string") onFailure(message.failure);
    });
    this.#worker.on("error", (error) => onFailure(`worker stopped: ${error.message}`));
    this.#exited = new Promise((resolve) => this.#worker.once("exit", () => resolve()));
  }

  /** `onFailure` hears each distinct failure once (SQLite's code first), a busy file excepted. */
  static start(
    file: string,
    onFailure: (failure: string) => void,
    intervalMs = CHECKPOINT_INTERVAL_MS,
  ): WalCheckpointer {
    return new WalCheckpointer(file, onFailure, intervalMs);
  }

  /** Closes the worker's connection and waits for the thread to end. */
  async stop(): Promise<void> {
    this.#worker.ref(); // the process waits for the thread's end, not exits with the stop unanswered
    this.#worker.postMessage("stop");
    await this.#exited;
  }
}
