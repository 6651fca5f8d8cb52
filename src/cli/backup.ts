import { pathToFileURL } from "node:url";
import { loadDatabaseUrl } from "../app/config.js";
import { BackupError, backupToday, serverStoreAdvice, sqliteFileOf } from "../store/sqliteBackup.js";
import { runCli } from "./runCli.js";

/**
 * `npm run backup`: a consistent copy of the SQLite store, taken while Réso runs, to
 * data/backups/reso-YYYY-MM-DD.sqlite (the store's folder, today's local date; run twice the same day, the copy is
 * replaced), keeping the last seven. With Redis or PostgreSQL: one line naming their own tools, exit 1.
 */
export async function runBackup(databaseUrl: string, now: Date): Promise<{ code: 0 | 1; out: string; err: string }> {
  const file = sqliteFileOf(databaseUrl);
  if (!file) return { code: 1, out: "", err: `${serverStoreAdvice(databaseUrl, "backup")}\n` };
  try {
    const { path, pruned } = await backupToday(file, now);
    const removed = pruned.length > 0 ? ` (${pruned.length} sauvegarde(s) de plus d'une semaine supprimée(s))` : "";
    return { code: 0, out: `Sauvegarde écrite : ${path}${removed}.\n`, err: "" };
  } catch (error) {
    if (error instanceof BackupError) return { code: 1, out: "", err: `${error.message}\n` };
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await runCli(loadDatabaseUrl, (databaseUrl) => runBackup(databaseUrl, new Date()));
