import { resolve } from "node:path";
import { ConfigError, loadContentDir } from "../app/config.js";
import { formatProblem, readPack } from "../content/pack/load.js";

/**
 * `npm run check-content [-- <folder>]`: checks the course pack (the folder given, else RESO_CONTENT_DIR, else
 * src/content; RESO_CONTENT_DIR is read from .env too, as Réso reads it) the way Réso does at start. Every problem at once, one "file:line:column: message" line each on
 * standard error, exit 1; a sound pack: one line saying what it holds, exit 0.
 */
const [folder] = process.argv.slice(2);
const report = readPack(folder ? resolve(folder) : contentDir());
if (report.pack) {
  process.stdout.write(`Contenu valide : ${report.summary}\n`);
} else {
  for (const problem of report.problems) process.stderr.write(`${formatProblem(problem)}\n`);
  const count = report.problems.length;
  process.stderr.write(`${count} problème${count > 1 ? "s" : ""} : Réso refusera de démarrer tant qu'ils restent.\n`);
  process.exitCode = 1;
}

/** RESO_CONTENT_DIR (environment or .env) or the shipped course; a bad value: its French line, exit 1. */
function contentDir(): string {
  try {
    return loadContentDir();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const line of error.problems) process.stderr.write(`${line}\n`);
    process.exit(1);
  }
}
