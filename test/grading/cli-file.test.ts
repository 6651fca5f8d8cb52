import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { detectSeparator, parseQuestion, readAnswerSheet } from "../../src/cli/answerSheet.js";
import { type CliOutcome, parseCliArgs } from "../../src/cli/grade.js";
import { defaultOutPath, type FileGrading, runGradeFile } from "../../src/cli/gradeFile.js";
import type { StudyQuestionNumber } from "../../src/content/types.js";
import { runNodeScript } from "../e2e/harness.js";
import { rubricOf } from "../pack.js";
import { grader } from "./grader.js";

const questions: StudyQuestionNumber[] = [1, 2, 3, 4];
const grading: FileGrading = {
  grader,
  questions,
  ideaLabel: (question, idea) => rubricOf(question).ideas.find((candidate) => candidate.id === idea)?.label ?? idea,
};
const good3 =
  "La viralité est à double tranchant : un contenu partagé très vite donne de la visibilité à la marque, mais les rumeurs et les fake news se propagent aussi vite et peuvent abîmer son image. Il faut donc réagir rapidement.";
const short1 = "liker, commenter";
const partial1 = "Les internautes aiment, commentent et partagent les publications, et la marque leur répond vite.";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "reso-grade-file-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The results CSV as Excel reads it: BOM, then `;`-separated records with a header. */
function results(csv: string): Record<string, string>[] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  return parse(csv, { bom: true, delimiter: ";", columns: true }) as Record<string, string>[];
}

describe("GIVEN a file of answers collected by a teacher", () => {
  it("THEN every line is graded, in order, into a CSV for Excel next to the input, never over it", async () => {
    const input = file(
      "classe.csv",
      `\uFEFFnom;question;réponse\r\nAlice;3;"${good3}"\r\nBob;Q1;${short1}\r\n\r\nChloé;question 1;"${partial1.replace(", et", ",\r\net")}"\r\n`,
    );
    const outcome = await runGradeFile({ file: input, out: undefined }, grading);
    const out = join(dir, "classe-notes.csv");
    expect(outcome).toMatchObject({ code: 0, stdout: "" });
    expect(outcome.stderr).toBe(`3 réponses corrigées ; notes écrites dans ${out}\n`);
    const rows = results(readFileSync(out, "utf8"));
    expect(Object.keys(rows[0] ?? {})).toEqual([
      "nom",
      "question",
      "note",
      "niveau",
      "idées présentes",
      "idées manquantes",
      "remarques",
    ]);
    expect(rows.map((row) => [row.nom, row.question, row.niveau])).toEqual([
      ["Alice", "3", "bien"],
      ["Bob", "1", "insuffisant"],
      ["Chloé", "1", "partiel"],
    ]);
    expect(rows[0]?.note).toBe(String(grader.grade(3, good3).score));
    expect(rows[1]?.remarques).toBe("trop courte");
    // Ideas by their labels, as the student reads them; covered and missing make the whole rubric.
    const ideas = (row: Record<string, string> | undefined) =>
      [row?.["idées présentes"], row?.["idées manquantes"]].flatMap((cell) => (cell ? cell.split(" | ") : []));
    expect(ideas(rows[0]).sort()).toEqual(
      rubricOf(3)
        .ideas.map((idea) => idea.label)
        .sort(),
    );
    expect(readFileSync(input, "utf8")).toContain("Alice;3;");
  });

  it("THEN a bad line is reported with its line number, the others are graded, and the exit code is 1", async () => {
    const input = file(
      "reponses.csv",
      [
        `Alice,1,"${partial1}"`,
        "Bob,5,Une réponse à une question qui n'existe pas",
        "Carl,Q2,",
        `,3,"${good3}"`,
        `Dan,4,Les réseaux ciblent, les publicités, aussi`,
        `Eve,"3","${good3.replace("mais", '"mais"')}"`.replace('"mais"', '""mais""'),
        `Fred,2,"réponse jamais fermée`,
        "Gus,1,perdue",
      ].join("\n"),
    );
    const outcome = await runGradeFile({ file: input, out: "-" }, grading);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr.split("\n")).toEqual([
      "ligne 2 : question « 5 » inconnue : 1, 2, 3 ou 4 attendu (ou Q1, Q2…)",
      "ligne 3 : réponse vide",
      "ligne 4 : nom de l'élève manquant",
      "ligne 5 : 5 colonnes au lieu de 3 : une réponse qui contient le séparateur doit être entre guillemets",
      "ligne 7 : guillemet ouvert et jamais refermé : cette ligne et les suivantes n'ont pas pu être lues",
      "2 réponses corrigées, 5 lignes non corrigées (voir ci-dessus).",
      "",
    ]);
    expect(results(outcome.stdout).map((row) => row.nom)).toEqual(["Alice", "Eve"]);
  });

  it("THEN JSON lines are read too, with French or English keys", async () => {
    const input = file(
      "reponses.jsonl",
      `${JSON.stringify({ nom: "Alice", question: 3, reponse: good3 })}\n${JSON.stringify({ name: "Bob", question: "Q1", answer: short1 })}\n{"nom": "Carl"\n[1, 2]\n`,
    );
    const outcome = await runGradeFile({ file: input, out: undefined }, grading);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain("ligne 3 : JSON illisible");
    expect(outcome.stderr).toContain('ligne 4 : un objet {"nom": …, "question": …, "reponse": …} attendu');
    const rows = results(readFileSync(join(dir, "reponses-notes.csv"), "utf8"));
    expect(rows.map((row) => [row.nom, row.niveau])).toEqual([
      ["Alice", "bien"],
      ["Bob", "insuffisant"],
    ]);
  });

  it("THEN a header names the columns in any order, and other columns are ignored", () => {
    const text = `Horodateur;Réponse à la question;Numéro de question;Nom\n2026-12-01;"${good3}";Q3;Alice\n`;
    const sheet = readAnswerSheet(text, "x.csv", questions);
    expect(sheet).toEqual({ answers: [{ line: 2, name: "Alice", question: 3, answer: good3 }], problems: [] });
  });

  it("THEN a file saved by Excel as plain CSV on Windows (Windows-1252) keeps its accents", async () => {
    const input = file("ansi.csv", Buffer.from(`nom;question;r\xe9ponse\nL\xe9a;1;${partial1}\n`, "latin1"));
    const outcome = await runGradeFile({ file: input, out: "-" }, grading);
    expect(results(outcome.stdout)[0]?.nom).toBe("Léa");
  });

  it("THEN a missing file, an output over the input, or a file with no answer is refused with exit code 2", async () => {
    const missing = await runGradeFile({ file: join(dir, "absent.csv"), out: undefined }, grading);
    expect(missing).toMatchObject({ code: 2, stdout: "" });
    expect(missing.stderr).toContain("Impossible de lire");
    const input = file("a.csv", `Alice;1;${partial1}\n`);
    const over = await runGradeFile({ file: input, out: input }, grading);
    expect(over.code).toBe(2);
    expect(readFileSync(input, "utf8")).toBe(`Alice;1;${partial1}\n`);
    const empty = await runGradeFile({ file: file("vide.csv", "nom;question;réponse\n\n"), out: "-" }, grading);
    expect(empty).toMatchObject({ code: 2, stdout: "" });
    expect(empty.stderr).toContain("Aucune réponse à corriger");
  });

  it.each([
    ["1", 1],
    [" Q2 ", 2],
    ["q 3", 3],
    ["Question 4", 4],
    [4, 4],
    ["5", null],
    ["Q", null],
    ["1,5", null],
  ])("THEN the question %j reads as %j", (value, expected) => {
    expect(parseQuestion(value, questions)).toBe(expected);
  });

  it.each([
    ["nom;question;réponse", ";"],
    ['Alice;1;"Une, deux"', ";"],
    ['Alice,1,"Une; deux"', ","],
    ["nom\tquestion\tréponse", "\t"],
    ["\r\nnom,question,réponse", ","],
  ])("THEN the separator of %j is %j", (text, separator) => {
    expect(detectSeparator(text)).toBe(separator);
  });

  it("THEN relative paths start from the folder given (npm's INIT_CWD: where the teacher typed the command)", async () => {
    file("classe.csv", `Alice;3;"${good3}"\n`);
    const outcome = await runGradeFile({ file: "classe.csv", out: "notes/../mes-notes.csv", cwd: dir }, grading);
    expect(outcome.stderr).toBe(`1 réponse corrigée ; notes écrites dans ${join(dir, "mes-notes.csv")}\n`);
    expect(results(readFileSync(join(dir, "mes-notes.csv"), "utf8"))[0]?.nom).toBe("Alice");
  });

  it("THEN results go next to the input as <name>-notes.csv", () => {
    expect(defaultOutPath(join("classe", "4e B.csv"))).toBe(join("classe", "4e B-notes.csv"));
    expect(defaultOutPath("reponses.jsonl")).toBe("reponses-notes.csv");
  });
});

describe("GIVEN the grade command line with --file", () => {
  it.each([
    [["--file", "a.csv", "--question", "1"], "sans --question"],
    [["--file", "a.csv", "--details"], "sans --question"],
    [["--out", "b.csv"], "--out ne s'utilise qu'avec --file"],
    [["--file", " "], "--file attend"],
  ])("THEN %j is refused with exit code 2", (args, message) => {
    expect(parseCliArgs(args, [1, 2, 3, 4])).toMatchObject({
      code: 2,
      stdout: "",
      stderr: expect.stringContaining(message),
    });
  });

  it("THEN --help explains both uses and the exit codes", () => {
    const help = parseCliArgs(["--help"], [1, 2, 3, 4]) as CliOutcome;
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--file reponses.csv");
    expect(help.stdout).toContain("1 si une ligne du fichier n'a pas pu être corrigée");
  });

  it("THEN the built command grades a file and exits 1 when a line was bad", async () => {
    const input = file("classe.csv", `nom;question;réponse\nAlice;3;"${good3}"\nBob;9;x\n`);
    const run = await runNodeScript("dist/cli/grade.js", { PATH: process.env.PATH ?? "" }, { args: ["--file", input] });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("ligne 3 : question « 9 » inconnue");
    expect(run.stderr).toContain(
      `1 réponse corrigée, 1 ligne non corrigée (voir ci-dessus) ; notes écrites dans ${join(dir, "classe-notes.csv")}`,
    );
    expect(results(readFileSync(join(dir, "classe-notes.csv"), "utf8"))[0]).toMatchObject({
      nom: "Alice",
      niveau: "bien",
    });
  });
});
