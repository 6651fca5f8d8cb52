import type { Worker } from "node:worker_threads";
import { startSqliteWorker } from "./sqliteConnection.js";

/** How often the worker copies the write-ahead log back into the store. */
export const CHECKPOINT_INTERVAL_MS = 200;

/**
 * The worker: its own connection to the file, a PASSIVE checkpoint at each tick (it never waits for a lock nor
 * blocks a writer).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
let db;
const checkpoint = () => {
  try {
    db ??= new Database(workerData.file, { fileMustExist: true, timeout: 0 });
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch {
    // the file is being created, or is busy: the next tick tries again
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

  private constructor(file: string, intervalMs: number) {
    this.#worker = startSqliteWorker(WORKER_SOURCE, { file, intervalMs });
    // Never keeps the process alive, and a worker that fails leaves the fallback in charge.
    this.#worker.unref();
    this.#worker.on("error", () => {});
    this.#exited = new Promise((resolve) => this.#worker.once("exit", () => resolve()));
  }

  static start(file: string, intervalMs = CHECKPOINT_INTERVAL_MS): WalCheckpointer {
    return new WalCheckpointer(file, intervalMs);
  }

  /** Closes the worker's connection and waits for the thread to end. */
  async stop(): Promise<void> {
    this.#worker.ref(); // the process waits for the thread's end, not exits with the stop unanswered
    this.#worker.postMessage("stop");
    await this.#exited;
  }
}
