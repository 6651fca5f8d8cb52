// Runs a compiled command-line tool of dist/ (`node scripts/run-built.mjs cli/backup.js -- args`), compiling first
// only when dist/ lacks it or src/ changed since: tsc takes seconds to a minute on a small machine, and a backup
// taken while Réso runs (whose `npm start` already compiled) should start at once. Plain JavaScript, so that it
// needs nothing compiled itself; works the same on Windows.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write("Usage : node scripts/run-built.mjs cli/outil.js [arguments]\n");
  process.exit(2);
}
const target = join(root, "dist", entry);

/** The newest modification time of the files under `dir`, in ms. */
function newest(dir) {
  let latest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    latest = Math.max(latest, item.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

if (!existsSync(target) || newest(join(root, "src")) > statSync(target).mtimeMs) {
  process.stderr.write("Compilation de Réso (tsc)…\n");
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const build = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync(process.execPath, [target, ...args], { stdio: "inherit" });
process.exit(run.status ?? 1);
