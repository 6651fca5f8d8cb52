import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem, readPack } from "../../src/content/pack/load.js";
import type { Problem } from "../../src/content/pack/source.js";

/**
 * `npm run check-content` on the mini pack (test/fixtures/pack-mini) broken one way at a time: each kind of
 * problem is caught, in French, at its file, line and column.
 */
const MINI = join(import.meta.dirname, "../fixtures/pack-mini");
const REPO = join(import.meta.dirname, "../..");
const made: string[] = [];

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the mini pack with `edits` applied (file → change of its text). */
function packWith(edits: Record<string, (text: string) => string>): string {
  const dir = mkdtempSync(join(tmpdir(), "reso-pack-"));
  made.push(dir);
  cpSync(MINI, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    const before = readFileSync(path, "utf8");
    const after = edit(before);
    if (after === before) throw new Error(`the edit of ${file} changed nothing`);
    writeFileSync(path, after);
  }
  return dir;
}

/** 1-based line of the first line of `file` in `dir` that contains `needle` (after the edit). */
function lineOf(dir: string, file: string, needle: string, occurrence = 1): number {
  const lines = readFileSync(join(dir, file), "utf8").split("\n");
  const found = lines.flatMap((line, index) => (line.includes(needle) ? [index + 1] : []))[occurrence - 1];
  if (found === undefined) throw new Error(`${needle} not in ${file}`);
  return found;
}

function onlyProblem(dir: string): Problem {
  const report = readPack(dir);
  expect(report.pack).toBeUndefined();
  expect(report.problems.map(formatProblem)).toHaveLength(1);
  return report.problems[0] as Problem;
}

const QUIZ = "quiz/question-5.yaml";

describe("GIVEN the mini pack as written", () => {
  it("THEN it has no problem, and the summary counts documents, sections, items per question, tips and ideas", () => {
    const report = readPack(MINI);
    expect(report.problems).toEqual([]);
    expect(report.summary).toBe("2 documents, 5 sections, questions de quiz : Q5 3, 3 astuces, 3 idées de grille.");
  });
});

describe("GIVEN one problem in the mini pack THEN check-content names it at its file, line and column", () => {
  it("a YAML syntax error (a « : » in an unquoted text)", () => {
    const dir = packWith({ [QUIZ]: (text) => text.replace("prompt: Vrai ou faux ?", "prompt: Vrai ou faux : ") });
    const problem = onlyProblem(dir);
    expect(problem).toMatchObject({ file: join(dir, QUIZ), line: lineOf(dir, QUIZ, "prompt: Vrai ou faux :") });
    expect(problem.message).toMatch(/^syntaxe YAML : /);
  });

  it("a front-matter syntax error", () => {
    const file = "cours/02-pluie.md";
    const dir = packWith({ [file]: (text) => text.replace("id: pluie", "id: [pluie") });
    const problem = onlyProblem(dir);
    expect(problem.file).toBe(join(dir, file));
    expect(problem.line).toBeGreaterThanOrEqual(lineOf(dir, file, "id: [pluie"));
    expect(problem.line).toBeLessThanOrEqual(lineOf(dir, file, "---", 2));
    expect(problem.message).toMatch(/^syntaxe YAML : /);
  });

  it("a missing field", () => {
    const dir = packWith({ [QUIZ]: (text) => text.replace(/ {4}explanation: "En se réchauffant.*\n/, "") });
    expect(onlyProblem(dir)).toEqual({
      file: join(dir, QUIZ),
      line: lineOf(dir, QUIZ, "- id: eau-01"),
      column: 5,
      message: "champ obligatoire manquant : « explanation »",
    });
  });

  it("an unknown field (a French name for an English one)", () => {
    const dir = packWith({ "astuces.yaml": (text) => text.replace("    title: Suivez", "    titre: Suivez") });
    const problems = readPack(dir).problems;
    expect(problems).toContainEqual({
      file: join(dir, "astuces.yaml"),
      line: lineOf(dir, "astuces.yaml", "titre: Suivez"),
      column: 5,
      message: "champ inconnu : « titre »",
    });
    expect(problems.map((problem) => problem.message)).toContain("champ obligatoire manquant : « title »");
  });

  it("a duplicate id", () => {
    const dir = packWith({ [QUIZ]: (text) => text.replace("- id: eau-03", "- id: eau-01") });
    expect(onlyProblem(dir)).toMatchObject({
      line: lineOf(dir, QUIZ, "- id: eau-01", 2),
      message: `identifiant de question de quiz en double : « eau-01 » (déjà dans ${join(dir, QUIZ)})`,
    });
  });

  it("an answer key that names no option", () => {
    const dir = packWith({ [QUIZ]: (text) => text.replace("correct: [ b ]", "correct: [ z ]") });
    expect(onlyProblem(dir)).toEqual({
      file: join(dir, QUIZ),
      line: lineOf(dir, QUIZ, "correct: [ z ]"),
      column: 16,
      message: "la bonne réponse « z » ne nomme aucune option (options : « a », « b », « c »)",
    });
  });

  it("a single-answer item with two keys", () => {
    const dir = packWith({ [QUIZ]: (text) => text.replace("correct: [ b ]", "correct: [ a, b ]") });
    const problem = onlyProblem(dir);
    expect(problem).toMatchObject({ line: lineOf(dir, QUIZ, "correct: [ a, b ]"), column: 14 });
    expect(problem.message).toContain("une question « single » a une seule bonne réponse, pas 2");
  });

  it("a cited document that does not exist", () => {
    const dir = packWith({ "astuces.yaml": (text) => text.replace("[ evaporation/plantes ]", "[ vapeur/plantes ]") });
    expect(onlyProblem(dir)).toMatchObject({
      file: join(dir, "astuces.yaml"),
      line: lineOf(dir, "astuces.yaml", "vapeur/plantes"),
      message: "le document « vapeur » n'existe pas (section citée : « vapeur/plantes »)",
    });
  });

  it("a cited section that does not exist (a renamed heading id)", () => {
    const file = "cours/01-evaporation.md";
    const dir = packWith({ [file]: (text) => text.replace("{#plantes}", "{#vegetaux}") });
    expect(onlyProblem(dir)).toMatchObject({
      file: join(dir, "astuces.yaml"),
      line: lineOf(dir, "astuces.yaml", "evaporation/plantes"),
      message: "la section « evaporation/plantes » n'existe pas dans le document « evaporation »",
    });
  });

  it("a text over Discord's limits (an option a button cannot hold)", () => {
    const long = "Une option bien trop longue pour tenir sur un bouton de Discord, même en tout petit";
    const dir = packWith({ [QUIZ]: (text) => text.replace("text: La condensation", `text: ${long}`) });
    expect(onlyProblem(dir)).toMatchObject({
      line: lineOf(dir, QUIZ, long),
      message: "« text » : dépasse la limite de Discord (77 caractères)",
    });
  });

  it("a rubric idea with no expression", () => {
    const dir = packWith({
      "grille.yaml": (text) =>
        text.replace(/expressions:\n(\s+- évaporation.*\n)(\s+- soleil.*\n)(\s+- devient.*\n)/, "expressions: []\n"),
    });
    expect(onlyProblem(dir)).toMatchObject({
      file: join(dir, "grille.yaml"),
      line: lineOf(dir, "grille.yaml", "expressions: []"),
      message:
        "« expressions » : une idée sans expression ne peut jamais être reconnue : ajoutez au moins une expression",
    });
  });

  it("a section heading without its id", () => {
    const file = "cours/02-pluie.md";
    const dir = packWith({ [file]: (text) => text.replace(" {#travail-a-faire}", "") });
    const problems = readPack(dir).problems;
    expect(problems[0]).toEqual({
      file: join(dir, file),
      line: lineOf(dir, file, "## Travail à faire"),
      column: 1,
      message: "la section « Travail à faire » n'a pas d'identifiant : écrivez « ## Travail à faire {#son-id} »",
    });
  });
});

describe("GIVEN the command line", () => {
  const run = (dir: string) =>
    spawnSync(process.execPath, [join(REPO, "dist/cli/check-content.js"), dir], { encoding: "utf8", cwd: REPO });

  it("THEN a sound pack: the one-line summary, exit 0", () => {
    const result = run(MINI);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      "Contenu valide : 2 documents, 5 sections, questions de quiz : Q5 3, 3 astuces, 3 idées de grille.\n",
    );
  });

  it("GIVEN RESO_CONTENT_DIR in .env THEN without a folder it checks that pack, the one Réso will read", () => {
    const cwd = mkdtempSync(join(tmpdir(), "reso-env-"));
    made.push(cwd);
    writeFileSync(join(cwd, ".env"), `DISCORD_TOKEN=\nRESO_CONTENT_DIR=${MINI}\n`);
    const env = { ...process.env };
    delete env.RESO_CONTENT_DIR;
    const result = spawnSync(process.execPath, [join(REPO, "dist/cli/check-content.js")], {
      encoding: "utf8",
      cwd,
      env,
    });
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("questions de quiz : Q5 3");
    writeFileSync(join(cwd, ".env"), "RESO_CONTENT_DIR=dossier-absent\n");
    const missing = spawnSync(process.execPath, [join(REPO, "dist/cli/check-content.js")], {
      encoding: "utf8",
      cwd,
      env,
    });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^Configuration invalide : RESO_CONTENT_DIR — doit être le dossier du cours/);
  });

  it("THEN several problems: every one at once, one line each, exit 1", () => {
    const dir = packWith({
      [QUIZ]: (text) => text.replace("correct: [ b ]", "correct: [ z ]"),
      "astuces.yaml": (text) => text.replace("[ pluie/nuages ]", "[ pluie/orage ]"),
    });
    const result = run(dir);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toEqual([
      `${join(dir, "astuces.yaml")}:${lineOf(dir, "astuces.yaml", "pluie/orage")}:16: la section « pluie/orage » n'existe pas dans le document « pluie »`,
      `${join(dir, QUIZ)}:${lineOf(dir, QUIZ, "correct: [ z ]")}:16: la bonne réponse « z » ne nomme aucune option (options : « a », « b », « c »)`,
      "2 problèmes : Réso refusera de démarrer tant qu'ils restent.",
    ]);
  });
});
