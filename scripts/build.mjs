// Compiles Réso (tsc) into dist/ and records what it compiled, so that `npm start`, `npm run grade`… compile again
// only when the code changed. Plain JavaScript: it runs before anything is compiled; works the same on Windows.
//
//   node scripts/build.mjs              compile now (`npm run build`)
//   node scripts/build.mjs --if-stale   compile only if the code changed since the last build (`prepare`, on npm ci)
//
// Why a stamp rather than comparing modification times of src/ and dist/: after a build, dist/.build-stamp.json holds
// a SHA-256 of every compiler input (the .ts and .json files under src/, tsconfig*.json, package.json and
// package-lock.json). Times miss a deleted or renamed source (nothing is newer, but its stale .js stays in dist/, and
// the command loader would load it), files unpacked from a ZIP or copied with their old dates, and a build that
// failed or was interrupted after writing some files (the stamp is written only after tsc succeeds). The course
// content (Markdown, YAML) is read at run time: it is not an input, and editing it never triggers a build. The stamp
// also keeps each input's size and date: when none moved, the sources are not even read (a stat per file).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const STAMP = ".build-stamp.json";
/** Source files the compiler reads (.json only when imported, but counting them all is the safe side). */
const SOURCE = /\.(?:[cm]?ts|tsx|json)$/;
const ROOT_INPUTS = ["package.json", "package-lock.json", "tsconfig.json", "tsconfig.build.json"];
/** What tsc writes to dist/, and so what may be pruned from it. */
const OUTPUT = /\.(?:[cm]?js|[cm]?js\.map|json|d\.[cm]?ts)$/;

/** Paths of the files under `dir`, relative to `base`, with forward slashes, sorted. */
function filesUnder(dir, base) {
  if (!existsSync(dir)) return [];
  const found = [];
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    if (item.isDirectory()) found.push(...filesUnder(path, base));
    else if (item.isFile()) found.push(relative(base, path).split(sep).join("/"));
  }
  return found.sort();
}

/** The compiler's inputs under src/ (paths relative to src/). */
function sourceFiles(root) {
  return filesUnder(join(root, "src"), join(root, "src")).filter((path) => SOURCE.test(path));
}

/** Every input of the build: its name (relative to the root, with forward slashes) and its path. */
function inputs(root) {
  return [
    ...ROOT_INPUTS.map((name) => ({ name, path: join(root, name) })).filter(({ path }) => existsSync(path)),
    ...sourceFiles(root).map((path) => ({ name: `src/${path}`, path: join(root, "src", path) })),
  ];
}

/** A fingerprint of everything the build depends on: same fingerprint, same dist/. */
export function inputsHash(root) {
  const hash = createHash("sha256");
  for (const { name, path } of inputs(root)) hash.update(`${name}\0`).update(readFileSync(path)).update("\0");
  return hash.digest("hex");
}

/** Size and modification time of each input: when none moved since the stamp, no need to read them. */
function inputDates(root) {
  return Object.fromEntries(
    inputs(root).map(({ name, path }) => {
      const { size, mtimeMs } = statSync(path);
      return [name, [size, mtimeMs]];
    }),
  );
}

const sameDates = (a, b) => JSON.stringify(a) === JSON.stringify(b);

function writeStamp(root, stamp) {
  writeFileSync(join(root, "dist", STAMP), `${JSON.stringify(stamp)}\n`);
}

/** Why dist/ must be compiled again before running `entry` (e.g. "index.js"), or null when it is up to date. */
export function staleReason(root, entry) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(root, "dist", STAMP), "utf8"));
  } catch {
    return existsSync(join(root, "dist")) ? "dernière compilation inachevée ou ancienne" : "première compilation";
  }
  if (entry && !existsSync(join(root, "dist", entry))) return `dist/${entry} manque`;
  // The quick check (a stat per file); the contents decide when a date or size moved (a checkout, a copy).
  const dates = inputDates(root);
  if (sameDates(dates, stamp?.dates)) return null;
  if (stamp?.inputs !== inputsHash(root)) return "le code de Réso a changé";
  // Same contents, new dates: remembered, so that the next start is quick again.
  writeStamp(root, { ...stamp, dates });
  return null;
}

/** The outputs tsc writes for the source `path` (relative to src/). */
function outputsOf(path) {
  if (/\.d\.[cm]?ts$/.test(path)) return [];
  if (path.endsWith(".json")) return [path];
  const js = path
    .replace(/\.tsx?$/, ".js")
    .replace(/\.mts$/, ".mjs")
    .replace(/\.cts$/, ".cjs");
  return [js, `${js}.map`];
}

/** Removes from dist/ the compiled files whose source is gone (a deleted command must not be loaded). */
function pruneOrphans(root) {
  const dist = join(root, "dist");
  const expected = new Set(sourceFiles(root).flatMap(outputsOf));
  for (const path of filesUnder(dist, dist)) {
    if (OUTPUT.test(path) && path !== STAMP && !expected.has(path)) rmSync(join(dist, path));
  }
  removeEmptyFolders(dist, dist);
}

function removeEmptyFolders(dir, top) {
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    if (item.isDirectory()) removeEmptyFolders(join(dir, item.name), top);
  }
  if (dir !== top && readdirSync(dir).length === 0) rmdirSync(dir);
}

/** Compiles with tsc, prunes stale outputs and writes the stamp; returns tsc's exit status (0: success). */
export function build(root) {
  let tsc;
  try {
    tsc = createRequire(join(root, "package.json")).resolve("typescript/bin/tsc");
  } catch {
    process.stderr.write("TypeScript n'est pas installé : lancez d'abord npm ci (dans le dossier de Réso).\n");
    return 1;
  }
  // Taken before compiling: a file saved during the build makes the next run compile again.
  const dates = inputDates(root);
  const hash = inputsHash(root);
  rmSync(join(root, "dist", STAMP), { force: true });
  const run = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  if (run.status !== 0) return run.status ?? 1;
  pruneOrphans(root);
  writeStamp(root, { inputs: hash, dates, builtAt: new Date().toISOString() });
  return 0;
}

/** Compiles when dist/ is stale, saying why and how long it took; returns 0 when dist/ is ready to run. */
export function ensureBuilt(root, entry) {
  const reason = staleReason(root, entry);
  if (reason === null) return 0;
  process.stderr.write(`Compilation de Réso (${reason}), jusqu'à une minute…\n`);
  const startedAt = Date.now();
  const status = build(root);
  if (status === 0) process.stderr.write(`Réso compilé en ${Math.round((Date.now() - startedAt) / 1000)} s.\n`);
  else process.stderr.write("La compilation de Réso a échoué (messages ci-dessus).\n");
  return status;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const onlyIfStale = process.argv.includes("--if-stale");
  process.exitCode = onlyIfStale ? ensureBuilt(root) : build(root);
}
