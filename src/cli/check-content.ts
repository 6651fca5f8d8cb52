import { resolve } from "node:path";
import { formatProblem, readPack } from "../content/pack/load.js";
import { packDirFromEnv } from "../content/pack/location.js";

/**
 * `npm run check-content [-- <folder>]`: checks the course pack (the folder given, else RESO_CONTENT_DIR, else
 * src/content) the way Réso does at start. Every problem at once, one "file:line:column: message" line each on
 * standard error, exit 1; a sound pack: one line saying what it holds, exit 0.
 */
const [folder] = process.argv.slice(2);
const report = readPack(folder ? resolve(folder) : packDirFromEnv());
if (report.pack) {
  process.stdout.write(`Contenu valide : ${report.summary}\n`);
} else {
  for (const problem of report.problems) process.stderr.write(`${formatProblem(problem)}\n`);
  const count = report.problems.length;
  process.stderr.write(`${count} problème${count > 1 ? "s" : ""} : Réso refusera de démarrer tant qu'ils restent.\n`);
  process.exitCode = 1;
}
