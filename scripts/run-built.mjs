// Runs a module of dist/ (`node scripts/run-built.mjs index.js`, `… cli/grade.js --file x.csv`), compiling Réso first
// only when its code changed since the last build (see build.mjs): tsc takes up to a minute on a small machine, and
// `npm start`, `npm run grade` or a backup taken while Réso runs should start at once. The module runs in this same
// process (one Node process fewer, in memory and start-up time), with process.argv as if started by
// `node dist/<module> arguments`. Plain JavaScript, so that it needs nothing compiled itself; works the same on
// Windows.
import { realpathSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ensureBuilt } from "./build.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write("Usage : node scripts/run-built.mjs index.js [arguments]\n");
  process.exit(2);
}
const status = ensureBuilt(root, entry);
if (status !== 0) process.exit(status);
const target = realpathSync(join(root, "dist", entry));
process.argv = [process.argv[0] ?? process.execPath, target, ...args];
await import(pathToFileURL(target).href);
