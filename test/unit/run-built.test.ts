import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../e2e/harness.js";

/**
 * scripts/run-built.mjs and scripts/build.mjs in a throw-away project whose "typescript" is a stand-in: it copies
 * each src/**\/*.ts to dist/**\/*.js (the sources below are plain JavaScript), writes a source map beside it, logs
 * one line per build to builds.log, and fails on a source containing "ERREUR". The real tsc would take seconds
 * per build; what is tested here is when the scripts decide to build, and what they run.
 */
const fakeTsc = `
const { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } = require("node:fs");
const { dirname, join, relative } = require("node:path");
const root = process.cwd();
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
  item.isDirectory() ? walk(join(dir, item.name)) : [join(dir, item.name)]);
appendFileSync(join(root, "builds.log"), "build\\n");
for (const file of walk(join(root, "src")).filter((file) => file.endsWith(".ts"))) {
  const text = readFileSync(file, "utf8");
  if (text.includes("ERREUR")) { console.log(relative(root, file) + ": error TS1005"); process.exit(2); }
  const out = join(root, "dist", relative(join(root, "src"), file)).replace(/\\.ts$/, ".js");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  writeFileSync(out + ".map", "{}");
}
`;

let project: string;

function write(path: string, text: string): void {
  const full = join(project, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
}

/** `node scripts/run-built.mjs entry args…` in the project, as npm runs it. */
function runBuilt(entry: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [join(project, "scripts", "run-built.mjs"), entry, ...args], {
    cwd: project,
    encoding: "utf8",
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const builds = () =>
  (existsSync(join(project, "builds.log")) ? readFileSync(join(project, "builds.log"), "utf8") : "")
    .split("\n")
    .filter(Boolean).length;

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), "reso-run-built-"));
  for (const script of ["build.mjs", "run-built.mjs"]) {
    write(`scripts/${script}`, "");
    copyFileSync(join(REPO_ROOT, "scripts", script), join(project, "scripts", script));
  }
  write("node_modules/typescript/package.json", JSON.stringify({ name: "typescript", version: "0.0.0" }));
  write("node_modules/typescript/bin/tsc", fakeTsc);
  write("package.json", JSON.stringify({ name: "projet", type: "module" }));
  write("tsconfig.json", "{}");
  write("tsconfig.build.json", "{}");
  write(
    "src/index.ts",
    'import { version } from "./version.js";\nconsole.log(version, process.argv.slice(2).join(" "));\n',
  );
  write("src/version.ts", 'export const version = "v1";\n');
  write("src/cli/outil.ts", 'console.log("outil", process.argv[1].endsWith("outil.js"));\n');
  write("src/content/cours/document.md", "# Un document\n");
  write("src/content/astuces.yaml", "- Une astuce\n");
});

afterEach(() => {
  rmSync(project, { recursive: true, force: true });
});

describe("GIVEN npm start, grade… run through scripts/run-built.mjs", () => {
  it("THEN without dist/ it compiles, then runs the module with its arguments", () => {
    const run = runBuilt("index.js", "--un", "deux");
    expect(run).toMatchObject({ code: 0, stdout: "v1 --un deux\n" });
    expect(run.stderr).toContain("Compilation de Réso (première compilation)");
    expect(builds()).toBe(1);
  });

  it("THEN a module runs as if started directly (process.argv[1] is its own file)", () => {
    expect(runBuilt("cli/outil.js")).toMatchObject({ code: 0, stdout: "outil true\n" });
  });

  it("THEN with nothing changed it runs at once, without compiling", () => {
    runBuilt("index.js");
    const run = runBuilt("index.js");
    expect(run).toMatchObject({ code: 0, stdout: "v1 \n", stderr: "" });
    expect(builds()).toBe(1);
  });

  it("THEN an edited source is compiled again", () => {
    runBuilt("index.js");
    write("src/version.ts", 'export const version = "v2";\n');
    const run = runBuilt("index.js");
    expect(run.stdout).toBe("v2 \n");
    expect(run.stderr).toContain("le code de Réso a changé");
    expect(builds()).toBe(2);
  });

  it("THEN a source saved again unchanged (only its date moves) is not compiled again", () => {
    runBuilt("index.js");
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(project, "src", "version.ts"), later, later);
    expect(runBuilt("index.js").stderr).toBe("");
    expect(builds()).toBe(1);
  });

  it("THEN a new source with an old date (unpacked from a ZIP) is compiled, which dates would miss", () => {
    runBuilt("index.js");
    write("src/nouveau.ts", "export {};\n");
    utimesSync(join(project, "src", "nouveau.ts"), new Date(2000, 0, 1), new Date(2000, 0, 1));
    runBuilt("index.js");
    expect(builds()).toBe(2);
    expect(existsSync(join(project, "dist", "nouveau.js"))).toBe(true);
  });

  it("THEN a deleted source is compiled again and its stale output removed (a deleted command is not loaded)", () => {
    runBuilt("index.js");
    write("src/commands/ancienne.ts", "export default {};\n");
    runBuilt("index.js");
    expect(existsSync(join(project, "dist", "commands", "ancienne.js"))).toBe(true);
    rmSync(join(project, "src", "commands", "ancienne.ts"));
    expect(runBuilt("index.js").code).toBe(0);
    expect(builds()).toBe(3);
    expect(existsSync(join(project, "dist", "commands", "ancienne.js"))).toBe(false);
    expect(existsSync(join(project, "dist", "commands", "ancienne.js.map"))).toBe(false);
    expect(existsSync(join(project, "dist", "commands"))).toBe(false);
    expect(existsSync(join(project, "dist", "index.js"))).toBe(true);
  });

  it("THEN course content (Markdown, YAML) under src/content is read at run time: editing it compiles nothing", () => {
    runBuilt("index.js");
    write("src/content/cours/document.md", "# Un document, corrigé\n");
    write("src/content/astuces.yaml", "- Une astuce\n- Une autre\n");
    write("src/content/quiz/nouveau.yaml", "questions: []\n");
    expect(runBuilt("index.js")).toMatchObject({ code: 0, stderr: "" });
    expect(builds()).toBe(1);
  });

  it("THEN a changed tsconfig or package.json is compiled again", () => {
    runBuilt("index.js");
    write("tsconfig.build.json", '{ "compilerOptions": {} }');
    runBuilt("index.js");
    write("package.json", JSON.stringify({ name: "projet", type: "module", version: "2.0.0" }));
    runBuilt("index.js");
    expect(builds()).toBe(3);
  });

  it("THEN a missing module of dist/ is compiled again", () => {
    runBuilt("index.js");
    rmSync(join(project, "dist", "cli", "outil.js"));
    expect(runBuilt("cli/outil.js")).toMatchObject({ code: 0, stdout: "outil true\n" });
    expect(builds()).toBe(2);
  });

  it("THEN a failed compilation runs nothing, exits with an error, and is tried again next time", () => {
    runBuilt("index.js");
    write("src/version.ts", "ERREUR\n");
    const failed = runBuilt("index.js");
    expect(failed.code).not.toBe(0);
    expect(failed.stdout).not.toContain("v1");
    expect(failed.stderr).toContain("La compilation de Réso a échoué");
    write("src/version.ts", 'export const version = "v3";\n');
    expect(runBuilt("index.js")).toMatchObject({ code: 0, stdout: "v3 \n" });
    expect(builds()).toBe(3);
  });

  it("THEN npm run build (build.mjs) always compiles, and --if-stale (prepare, on npm ci) only when needed", () => {
    const build = (...args: string[]) =>
      spawnSync(process.execPath, [join(project, "scripts", "build.mjs"), ...args], { cwd: project }).status;
    expect(build("--if-stale")).toBe(0);
    expect(build("--if-stale")).toBe(0);
    expect(builds()).toBe(1);
    expect(build()).toBe(0);
    expect(builds()).toBe(2);
    expect(runBuilt("index.js").stderr).toBe("");
    expect(builds()).toBe(2);
  });
});
