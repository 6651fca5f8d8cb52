/**
 * One-off converter: the course content as it was written in TypeScript (src/content/course/*.ts, quiz-bank.ts,
 * tip-bank.ts, rubric.ts, and the chapter names of quiz-strings.ts) → the course pack (Markdown + YAML).
 *
 *   npx tsx scripts/content/convert-ts-to-pack.ts <folder holding the old TS content> [<pack folder, default src/content>]
 *
 * The old folder is copied to a temporary folder with the repository's node_modules beside it, so it can live
 * anywhere (a `git archive` of another branch, say) and its imports (./types.js, ./validate.js, zod) resolve.
 * The generated pack is then read back with Réso's own loader and compared with the TypeScript values: any
 * problem, or any text that does not come back identical, fails the conversion (exit 1).
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { formatProblem, readPack } from "../../src/content/pack/load.js";
import { type OldContent, renderPack } from "./render-pack.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

async function importFrom<T>(folder: string, file: string): Promise<T> {
  return (await import(pathToFileURL(join(folder, file)).href)) as T;
}

/** A copy of `source` that can import zod (and whatever else the repository has installed). */
function stage(source: string): string {
  const staging = mkdtempSync(join(tmpdir(), "reso-convert-"));
  cpSync(source, join(staging, "content"), { recursive: true });
  symlinkSync(join(repoRoot, "node_modules"), join(staging, "node_modules"), "dir");
  return join(staging, "content");
}

/** The block comment written above each course document (its transcription notes), by document id. */
function documentNotes(folder: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const file of readdirSync(join(folder, "course")).filter((name) => name.endsWith(".ts"))) {
    const text = readFileSync(join(folder, "course", file), "utf8");
    const match = /\/\*\n((?:\s*\*.*\n)*?)\s*\*\/\s*\nexport const \w+: CourseDocument = \{\s*\n\s*id: "([^"]+)"/.exec(
      text,
    );
    if (!match?.[1] || !match[2]) continue;
    notes.set(
      match[2],
      match[1]
        .split("\n")
        .map((line) => line.replace(/^\s*\* ?/, ""))
        .join("\n")
        .trim(),
    );
  }
  return notes;
}

async function loadOldContent(folder: string): Promise<OldContent> {
  const { courseDocuments } = await importFrom<Pick<OldContent, "courseDocuments">>(folder, "course/index.ts");
  const { quizBank, studyQuestions } = await importFrom<Pick<OldContent, "quizBank" | "studyQuestions">>(
    folder,
    "quiz-bank.ts",
  );
  const { tipBank } = await importFrom<Pick<OldContent, "tipBank">>(folder, "tip-bank.ts");
  const { rubric } = await importFrom<Pick<OldContent, "rubric">>(folder, "rubric.ts");
  type Strings = { quizStrings?: Record<"fr" | "en", { chapter?: (question: number) => string }> };
  const strings = existsSync(join(folder, "quiz-strings.ts"))
    ? await importFrom<Strings>(folder, "quiz-strings.ts")
    : {};
  const chapter = (locale: "fr" | "en", question: number) => strings.quizStrings?.[locale]?.chapter?.(question);
  return { courseDocuments, quizBank, studyQuestions, tipBank, rubric, chapter, notes: documentNotes(folder) };
}

/** What the loader must give back: the TypeScript values, in the pack's shapes. */
function expectedPack(old: OldContent) {
  return {
    documents: old.courseDocuments.map((document) => ({
      ...document,
      sections: document.sections.map((s) => ({ ...s })),
    })),
    quiz: old.quizBank.map((item) => ({ ...item, options: item.options.map((o) => ({ ...o })) })),
    tips: old.tipBank.map((tip) => ({ ...tip })),
    studyQuestionTexts: Object.entries(old.studyQuestions).map(([number, text]) => [Number(number), text]),
    rubric: Object.entries(old.rubric).map(([number, question]) => [Number(number), question]),
  };
}

async function main(): Promise<void> {
  const [from, to = join(repoRoot, "src/content")] = process.argv.slice(2);
  if (!from || !existsSync(join(from, "quiz-bank.ts"))) {
    process.stderr.write(
      "Usage : npx tsx scripts/content/convert-ts-to-pack.ts <dossier des anciens modules TS (avec course/, quiz-bank.ts…)> [<dossier du pack>]\n",
    );
    process.exit(2);
  }
  const staged = stage(resolve(from));
  try {
    const old = await loadOldContent(staged);
    const out = resolve(to);
    for (const folder of ["cours", "quiz"]) rmSync(join(out, folder), { recursive: true, force: true });
    for (const [file, text] of Object.entries(renderPack(old))) {
      mkdirSync(join(out, file, ".."), { recursive: true });
      writeFileSync(join(out, file), text);
    }
    const report = readPack(out);
    if (!report.pack) {
      process.stderr.write(`Le pack généré a des problèmes :\n${report.problems.map(formatProblem).join("\n")}\n`);
      process.exit(1);
    }
    const expected = expectedPack(old);
    const actual = {
      documents: report.pack.documents,
      quiz: report.pack.quiz,
      tips: report.pack.tips,
      studyQuestionTexts: report.pack.questions.map((question) => [question.number, question.text]),
      rubric: [...report.pack.rubric.entries()],
    };
    const differing = (Object.keys(expected) as (keyof typeof expected)[]).filter(
      (key) => !isDeepStrictEqual(JSON.parse(JSON.stringify(actual[key])), JSON.parse(JSON.stringify(expected[key]))),
    );
    if (differing.length > 0) {
      process.stderr.write(`Aller-retour inexact pour : ${differing.join(", ")}\n`);
      process.exit(1);
    }
    process.stdout.write(`Pack écrit dans ${out} (${basename(resolve(from))} converti) : ${report.summary}\n`);
  } finally {
    rmSync(join(staged, ".."), { recursive: true, force: true });
  }
}

await main();
