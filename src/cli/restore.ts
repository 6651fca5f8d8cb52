import { pathToFileURL } from "node:url";
import { loadDatabaseUrl } from "../app/config.js";
import { BackupError, restoreStore, serverStoreAdvice, sqliteFileOf } from "../store/sqliteBackup.js";
import { runCli } from "./runCli.js";

/**
 * `npm run restore -- data/backups/reso-2026-12-01.sqlite`: puts a backup back, Réso stopped. Refused while the
 * store is open (Réso running); the store it replaces is kept in data/backups/reso-avant-restauration-….sqlite.
 */
const usage = "Usage : npm run restore -- data/backups/reso-AAAA-MM-JJ.sqlite   (Réso arrêté)";

export async function runRestore(
  databaseUrl: string,
  args: readonly string[],
  now: Date,
): Promise<{ code: 0 | 1 | 2; out: string; err: string }> {
  const file = sqliteFileOf(databaseUrl);
  if (!file) return { code: 1, out: "", err: `${serverStoreAdvice(databaseUrl, "restore")}\n` };
  if (args.length !== 1 || !args[0]?.trim()) {
    return { code: 2, out: "", err: `Indiquez le fichier de sauvegarde à restaurer, et lui seul.\n${usage}\n` };
  }
  try {
    const { savedAs } = await restoreStore(file, args[0], now);
    const kept = savedAs ? `\nLa base remplacée est conservée dans ${savedAs}.` : "";
    return {
      code: 0,
      out: `Sauvegarde restaurée dans ${file}. Vous pouvez relancer Réso (npm start).${kept}\n`,
      err: "",
    };
  } catch (error) {
    if (error instanceof BackupError) return { code: 1, out: "", err: `${error.message}\n` };
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await runCli(loadDatabaseUrl, (databaseUrl) => runRestore(databaseUrl, process.argv.slice(2), new Date()));
