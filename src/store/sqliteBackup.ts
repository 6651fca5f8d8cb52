import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { sqliteDriver } from "./sqliteConnection.js";

/**
 * Backups of the SQLite store with SQLite's online backup API, through the driver Réso already has (node-sqlite3's
 * Database#backup): a consistent copy of the whole file taken while Réso runs (WAL mode: readers never block the
 * writer, and the copy is one read transaction), into `backups/` beside the store. No `sqlite3` command-line tool.
 * Redis and PostgreSQL have their own tools (serverStoreAdvice).
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
 * made beside it under a temporary name, checked (quick_check), switched out of WAL mode (one self-contained file)
 * and only then renamed over `destination`: a crash never leaves a half-written backup under the real name.
 */
export async function backupStore(storeFile: string, destination: string): Promise<void> {
  await mkdir(dirname(destination), { recursive: true });
  const partial = `${destination}.${process.pid}.partial`;
  try {
    const source = await open(storeFile, "readonly");
    try {
      await copy(source, partial, true);
    } finally {
      await close(source);
    }
    const copyDb = await open(partial, "readwrite");
    try {
      await all(copyDb, "PRAGMA journal_mode = DELETE");
      await expectIntact(copyDb, partial);
    } finally {
      await close(copyDb);
    }
    await rename(partial, destination);
  } catch (error) {
    await rm(partial, { force: true });
    throw error instanceof BackupError ? error : new BackupError(`Sauvegarde impossible : ${oneLine(error)}.`);
  }
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
 * store being replaced is first saved as backups/reso-avant-restauration-<date>-<time>.sqlite. The backup is copied
 * INTO the store with the same backup API, under an exclusive lock, rather than by copying files: the store's WAL
 * file is taken care of by SQLite (a raw copy beside an old -wal file would be corrupted at the next start).
 */
export async function restoreStore(storeFile: string, backupFile: string, now: Date): Promise<{ savedAs?: string }> {
  const from = resolve(backupFile);
  if (from === resolve(storeFile)) throw new BackupError("Choisissez un fichier de sauvegarde, pas la base elle-même.");
  const backupInfo = await stat(from).catch(() => undefined);
  if (!backupInfo?.isFile()) throw new BackupError(`Fichier de sauvegarde introuvable : ${backupFile}.`);
  await checkIsStore(from, backupFile);

  const existed = (await stat(storeFile).catch(() => undefined))?.isFile() ?? false;
  await mkdir(dirname(storeFile), { recursive: true });
  const store = await open(storeFile, "readwrite");
  try {
    await lockExclusively(store);
    let savedAs: string | undefined;
    if (existed) {
      savedAs = join(backupsDir(storeFile), `reso-avant-restauration-${stamp(now)}.sqlite`);
      await mkdir(dirname(savedAs), { recursive: true });
      await copy(store, savedAs, true);
    }
    await copy(store, from, false);
    await expectIntact(store, storeFile);
    return savedAs ? { savedAs } : {};
  } finally {
    await close(store);
  }
}

// ---------------------------------------------------------------------------------------------
// node-sqlite3, the calls used here

type Callback<T> = (error: Error | null, result: T) => void;

interface Database {
  configure(option: "busyTimeout", milliseconds: number): void;
  all(sql: string, callback: Callback<Record<string, unknown>[]>): void;
  close(callback: (error: Error | null) => void): void;
  backup(filename: string, destName: string, sourceName: string, filenameIsDest: boolean): Backup;
}

interface Backup {
  step(pages: number, callback: (error: Error | null) => void): void;
  finish(callback?: (error: Error | null) => void): void;
  readonly completed: boolean;
  readonly failed: boolean;
}

interface Driver {
  Database: new (file: string, mode: number, callback: (error: Error | null) => void) => Database;
  OPEN_READONLY: number;
  OPEN_READWRITE: number;
  OPEN_CREATE: number;
}

function open(file: string, mode: "readonly" | "readwrite"): Promise<Database> {
  const sqlite = sqliteDriver() as Driver;
  const flags = mode === "readonly" ? sqlite.OPEN_READONLY : sqlite.OPEN_READWRITE | sqlite.OPEN_CREATE;
  return new Promise<Database>((done, fail) => {
    const db: Database = new sqlite.Database(file, flags, (error) => (error ? fail(error) : done(db)));
  }).then((db) => {
    db.configure("busyTimeout", 10_000);
    return db;
  });
}

function close(db: Database): Promise<void> {
  return new Promise((done) => db.close(() => done()));
}

function all(db: Database, sql: string): Promise<Record<string, unknown>[]> {
  return new Promise((done, fail) => db.all(sql, (error, rows) => (error ? fail(error) : done(rows))));
}

/** The whole database in one step: one read transaction, so the copy is a consistent snapshot. */
function copy(db: Database, file: string, toFile: boolean): Promise<void> {
  return new Promise((done, fail) => {
    const backup = db.backup(file, "main", "main", toFile);
    backup.step(-1, (error) => {
      backup.finish(() => {
        if (error || !backup.completed) fail(error ?? new Error("backup did not complete"));
        else done();
      });
    });
  });
}

/** A readable, intact SQLite file holding Réso's table, or a BackupError saying what it is not. */
async function checkIsStore(path: string, shownAs: string): Promise<void> {
  let db: Database | undefined;
  try {
    db = await open(path, "readonly");
    await expectIntact(db, shownAs);
    const tables = await all(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'keyv'");
    if (tables.length === 0) throw new BackupError(`${shownAs} n'est pas une sauvegarde de Réso (pas de table keyv).`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${shownAs} n'est pas une sauvegarde de Réso lisible : ${oneLine(error)}.`);
  } finally {
    if (db) await close(db);
  }
}

async function expectIntact(db: Database, file: string): Promise<void> {
  const rows = await all(db, "PRAGMA quick_check");
  const verdict = rows.map((row) => Object.values(row)[0]).join(" ");
  if (verdict !== "ok") throw new BackupError(`${basename(file)} est endommagé (${verdict}).`);
}

/** No other connection may be open: under the exclusive locking mode, BEGIN EXCLUSIVE fails at once if one is. */
async function lockExclusively(db: Database): Promise<void> {
  db.configure("busyTimeout", 0);
  try {
    await all(db, "PRAGMA locking_mode = EXCLUSIVE");
    await all(db, "BEGIN EXCLUSIVE");
    await all(db, "COMMIT"); // the lock stays held until the connection closes (exclusive locking mode)
  } catch (error) {
    if (/SQLITE_BUSY|SQLITE_LOCKED/.test(oneLine(error))) {
      throw new BackupError(
        "Réso est en train de tourner (la base est ouverte) : arrêtez-le d'abord (Ctrl+C dans sa fenêtre), puis relancez la restauration.",
      );
    }
    throw error;
  } finally {
    db.configure("busyTimeout", 10_000);
  }
}

function stamp(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${backupFileName(now).slice(5, 15)}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();
}
