import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { CREATE_TABLE, isBusy, startSqliteWorker } from "./sqliteConnection.js";

/**
 * Backups of the SQLite store through the driver Réso already has (better-sqlite3): `VACUUM INTO`, a consistent
 * copy of the whole store taken while Réso runs (WAL mode: readers never block the writer, and the copy is one read
 * transaction), into `backups/` beside the store. No `sqlite3` command-line tool. Redis and PostgreSQL have their
 * own tools (serverStoreAdvice).
 */

/** Automatic backups kept: one a day, the last week. */
export const BACKUPS_TO_KEEP = 7;
const NAME = /^reso-(\d{4}-\d{2}-\d{2})\.sqlite$/;

/** A backup or restore that cannot be done; its message is one French line for the user. */
export class BackupError extends Error {
  override name = "BackupError";
}

/** The SQLite file of DATABASE_URL (relative to the working directory), or undefined for a server or a memory store. */
export function sqliteFileOf(databaseUrl: string): string | undefined {
  if (!databaseUrl.startsWith("sqlite:")) return undefined;
  const file = databaseUrl.replace(/^sqlite:\/\//, "");
  return file === "" || file === ":memory:" ? undefined : resolve(file);
}

/** The one line telling a Redis or PostgreSQL user (or an in-memory store's) which of their store's own tools backs it up, or restores it. */
export function serverStoreAdvice(databaseUrl: string, action: "backup" | "restore" = "backup"): string {
  const onlySqlite = `\`npm run ${action}\` ne traite que le fichier SQLite.`;
  if (databaseUrl.startsWith("sqlite:"))
    return "La base est en mémoire (DATABASE_URL=sqlite://:memory:) : rien à faire.";
  if (databaseUrl.startsWith("redis")) {
    return action === "backup"
      ? `Réso utilise Redis (DATABASE_URL) : sauvegardez-le avec ses propres outils, par exemple \`redis-cli BGSAVE\` puis une copie du fichier dump.rdb (persistance RDB). ${onlySqlite}`
      : `Réso utilise Redis (DATABASE_URL) : restaurez-le avec ses propres outils (Redis arrêté, remettez le fichier dump.rdb sauvegardé à sa place, puis redémarrez Redis). ${onlySqlite}`;
  }
  return action === "backup"
    ? `Réso utilise PostgreSQL (DATABASE_URL) : sauvegardez-le avec ses propres outils, par exemple \`pg_dump -Fc -f reso.dump NOM_DE_LA_BASE\`. ${onlySqlite}`
    : `Réso utilise PostgreSQL (DATABASE_URL) : restaurez-le avec ses propres outils, par exemple \`pg_restore --clean -d NOM_DE_LA_BASE reso.dump\`. ${onlySqlite}`;
}

/** The folder of the backups: `backups/` beside the store (data/backups for data/reso.sqlite). */
export function backupsDir(storeFile: string): string {
  return join(dirname(storeFile), "backups");
}

/** "reso-2026-12-01.sqlite" for the local calendar day of `now` (the machine's time zone). */
export function backupFileName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `reso-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.sqlite`;
}

/**
 * Copies the store into `destination`, consistently, while other connections keep reading and writing. The copy is
 * made beside it under a temporary name, in a worker thread (a big store takes seconds to copy: the bot's thread
 * goes on answering), switched out of WAL mode (one self-contained file), checked (quick_check) and only then renamed
 * over `destination`: a crash never leaves a half-written backup under the real name.
 */
export async function backupStore(storeFile: string, destination: string): Promise<void> {
  await mkdir(dirname(destination), { recursive: true });
  const partial = `${destination}.${process.pid}.partial`;
  try {
    await rm(partial, { force: true }); // VACUUM INTO writes only to a new file
    const verdict = await copyInWorker(storeFile, partial);
    if (verdict !== "ok") throw new BackupError(`${basename(partial)} est endommagé (${verdict}).`);
    await rename(partial, destination);
  } catch (error) {
    await rm(partial, { force: true });
    throw error instanceof BackupError ? error : new BackupError(`Sauvegarde impossible : ${oneLine(error)}.`);
  }
}

/** The copy, in a worker thread with its own connection (startSqliteWorker). Posts quick_check's verdict. */
const COPY_IN_WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
try {
  const source = new Database(workerData.source, { readonly: true, fileMustExist: true, timeout: 10000 });
  try { source.prepare("VACUUM INTO ?").run(workerData.destination); } finally { source.close(); }
  const copy = new Database(workerData.destination, { fileMustExist: true, timeout: 10000 });
  try {
    copy.pragma("journal_mode = DELETE");
    parentPort.postMessage({ verdict: copy.pragma("quick_check").map((row) => Object.values(row)[0]).join(" ") });
  } finally { copy.close(); }
} catch (error) {
  const code = error.code && !error.message.startsWith(error.code) ? error.code + ": " : "";
  parentPort.postMessage({ error: code + error.message });
}
`;

function copyInWorker(source: string, destination: string): Promise<string> {
  return new Promise((done, fail) => {
    const worker = startSqliteWorker(COPY_IN_WORKER, { source, destination });
    worker.once("message", (message: { verdict?: string; error?: string }) =>
      message.error === undefined ? done(message.verdict ?? "") : fail(new Error(message.error)),
    );
    worker.once("error", fail);
    worker.once("exit", (code) => fail(new Error(`the copy stopped (code ${code})`)));
  });
}

/** Today's backup (overwritten if it exists), then only the last `keep` backups are kept. */
export async function backupToday(
  storeFile: string,
  now: Date,
  keep = BACKUPS_TO_KEEP,
): Promise<{ path: string; pruned: string[] }> {
  const path = join(backupsDir(storeFile), backupFileName(now));
  await backupStore(storeFile, path);
  return { path, pruned: await pruneBackups(backupsDir(storeFile), keep) };
}

/** Whether today's backup exists already (made by another process, or before a restart). */
export async function hasBackupFor(storeFile: string, now: Date): Promise<boolean> {
  return stat(join(backupsDir(storeFile), backupFileName(now))).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** Deletes the daily backups older than the `keep` newest (by the date in their name); returns their paths. */
export async function pruneBackups(dir: string, keep = BACKUPS_TO_KEEP): Promise<string[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => NAME.test(name)).sort();
  const old = names.slice(0, Math.max(0, names.length - keep)).map((name) => join(dir, name));
  await Promise.all(old.map((path) => rm(path, { force: true })));
  return old;
}

/**
 * Puts a backup back in place of the store. Refused while the store is open (Réso running, in any process); the
 * store being replaced is first saved as backups/reso-avant-restauration-<date>-<time>.sqlite. The backup's rows
 * are copied INTO the store, in one transaction under an exclusive lock, rather than by copying files: the store's WAL
 * file is taken care of by SQLite (a raw copy beside an old -wal file would be corrupted at the next start).
 */
export async function restoreStore(storeFile: string, backupFile: string, now: Date): Promise<{ savedAs?: string }> {
  const from = resolve(backupFile);
  if (from === resolve(storeFile)) throw new BackupError("Choisissez un fichier de sauvegarde, pas la base elle-même.");
  const backupInfo = await stat(from).catch(() => undefined);
  if (!backupInfo?.isFile()) throw new BackupError(`Fichier de sauvegarde introuvable : ${backupFile}.`);
  checkIsStore(from, backupFile);

  const existed = (await stat(storeFile).catch(() => undefined))?.isFile() ?? false;
  await mkdir(dirname(storeFile), { recursive: true });
  const store = new Database(storeFile, { timeout: 10_000 });
  try {
    lockExclusively(store);
    let savedAs: string | undefined;
    if (existed) {
      savedAs = join(backupsDir(storeFile), `reso-avant-restauration-${stamp(now)}.sqlite`);
      await mkdir(dirname(savedAs), { recursive: true });
      await rm(savedAs, { force: true });
      store.prepare("VACUUM INTO ?").run(savedAs);
    }
    // The backup's rows replace the store's, in one transaction: SQLite keeps the store's own file and WAL consistent.
    store.prepare("ATTACH DATABASE ? AS backup").run(from);
    try {
      store.exec(CREATE_TABLE); // in main, the store (an unqualified CREATE TABLE never goes to an attached database)
      store.exec(
        "BEGIN; DELETE FROM main.keyv; INSERT INTO main.keyv (key, value) SELECT key, value FROM backup.keyv; COMMIT;",
      );
    } catch (error) {
      if (store.inTransaction) store.exec("ROLLBACK");
      throw error;
    } finally {
      store.exec("DETACH DATABASE backup");
    }
    expectIntact(store, storeFile);
    return savedAs ? { savedAs } : {};
  } finally {
    store.close();
  }
}

/** A readable, intact SQLite file holding Réso's table, or a BackupError saying what it is not. */
function checkIsStore(path: string, shownAs: string): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: 10_000 });
    expectIntact(db, shownAs);
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'keyv'").get();
    if (table === undefined) throw new BackupError(`${shownAs} n'est pas une sauvegarde de Réso (pas de table keyv).`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${shownAs} n'est pas une sauvegarde de Réso lisible : ${oneLine(error)}.`);
  } finally {
    db?.close();
  }
}

function expectIntact(db: Database.Database, file: string): void {
  const rows = db.pragma("quick_check") as Record<string, unknown>[];
  const verdict = rows.map((row) => Object.values(row)[0]).join(" ");
  if (verdict !== "ok") throw new BackupError(`${basename(file)} est endommagé (${verdict}).`);
}

/** No other connection may be open: under the exclusive locking mode, BEGIN EXCLUSIVE fails at once if one is. */
function lockExclusively(db: Database.Database): void {
  db.pragma("busy_timeout = 0");
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.exec("COMMIT"); // the lock stays held until the connection closes (exclusive locking mode)
  } catch (error) {
    if (isBusy(error)) {
      throw new BackupError(
        "Réso est en train de tourner (la base est ouverte) : arrêtez-le d'abord (Ctrl+C dans sa fenêtre), puis relancez la restauration.",
      );
    }
    throw error;
  } finally {
    db.pragma("busy_timeout = 10000");
  }
}

function stamp(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${backupFileName(now).slice(5, 15)}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();
}
