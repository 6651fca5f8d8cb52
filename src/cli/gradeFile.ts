import { readFile, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { stringify } from "csv-stringify/sync";
import { bandNames } from "../content/reponse-strings.js";
import type { StudyQuestionNumber } from "../content/types.js";
import type { Grader } from "../domain/grading/grade.js";
import type { GradeFlags, IdeaId } from "../domain/grading/types.js";
import { type AnswerSheet, decodeSheet, readAnswerSheet } from "./answerSheet.js";

/**
 * `npm run grade -- --file reponses.csv [--out notes.csv | --out -]`: grades every answer of a file in one process
 * and writes the results as a CSV for Excel or LibreOffice (`;`, UTF-8 with BOM, French column names), by default
 * next to the input as `<name>-notes.csv`. A line that cannot be graded is reported on standard error as
 * `ligne N : <raison>`; the others are graded, and the exit code is 1.
 */

export interface FileOptions {
  readonly file: string;
  /** Where to write the results: a path, "-" for standard output, undefined for next to the input. */
  readonly out: string | undefined;
  /** The folder relative paths start from; default: the current one. */
  readonly cwd?: string | undefined;
}

export interface FileGrading {
  readonly grader: Grader;
  readonly questions: readonly StudyQuestionNumber[];
  /** The label of an idea of the rubric, as the student reads it. */
  readonly ideaLabel: (question: StudyQuestionNumber, idea: IdeaId) => string;
}

export interface FileOutcome {
  readonly code: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

/** Short remarks for the teacher, one per flag the grader raised. */
const remarks: Record<keyof GradeFlags, string> = {
  notFrench: "pas en français : non notée",
  tooShort: "trop courte",
  copiedFromCourse: "recopie surtout le cours",
  copiedQuestion: "recopie surtout la question",
};

const columns = ["nom", "question", "note", "niveau", "idées présentes", "idées manquantes", "remarques"];

/** `reponses.csv` → `reponses-notes.csv`, in the same folder. */
export function defaultOutPath(file: string): string {
  return join(dirname(file), `${basename(file, extname(file))}-notes.csv`);
}

/** The results CSV of the answers of `sheet`, in file order. */
export function resultsCsv(sheet: AnswerSheet, grading: FileGrading): string {
  const rows = sheet.answers.map(({ name, question, answer }) => {
    const result = grading.grader.grade(question, answer);
    const labels = (ideas: readonly IdeaId[]) => ideas.map((idea) => grading.ideaLabel(question, idea)).join(" | ");
    const flags = (Object.keys(remarks) as (keyof GradeFlags)[]).filter((flag) => result.flags[flag]);
    return [
      name,
      question,
      result.score,
      bandNames.fr[result.band],
      labels(result.covered),
      labels(result.missing),
      flags.map((flag) => remarks[flag]).join(", "),
    ];
  });
  // BOM and `;`: what Excel in French opens in columns, accents intact. Formulas escaped: names come from elsewhere.
  return stringify(rows, {
    header: true,
    columns,
    delimiter: ";",
    bom: true,
    record_delimiter: "windows",
    escape_formulas: true,
  });
}

/** Reads, grades and writes; the messages for the teacher are on stderr, the CSV on stdout only with `--out -`. */
export async function runGradeFile(options: FileOptions, grading: FileGrading): Promise<FileOutcome> {
  const input = resolve(options.cwd ?? "", options.file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input);
  } catch (error) {
    return { code: 2, stdout: "", stderr: `${cannot("lire", input, error)}\n` };
  }
  const sheet = readAnswerSheet(decodeSheet(bytes), input, grading.questions);
  const report = sheet.problems.map(({ line, reason }) => `ligne ${line} : ${reason}\n`).join("");
  if (sheet.answers.length === 0) {
    const none = `Aucune réponse à corriger dans ${input} (colonnes attendues : nom ; question ; réponse).\n`;
    return { code: sheet.problems.length > 0 ? 1 : 2, stdout: "", stderr: `${report}${none}` };
  }
  const csv = resultsCsv(sheet, grading);
  const graded = count(sheet.answers.length, "réponse corrigée", "réponses corrigées");
  const skipped =
    sheet.problems.length > 0
      ? `, ${count(sheet.problems.length, "ligne non corrigée", "lignes non corrigées")} (voir ci-dessus)`
      : "";
  const code = sheet.problems.length > 0 ? 1 : 0;
  if (options.out === "-") return { code, stdout: csv, stderr: `${report}${graded}${skipped}.\n` };

  const output = resolve(options.cwd ?? "", options.out ?? defaultOutPath(input));
  if (output === input) {
    return { code: 2, stdout: "", stderr: `Le fichier de notes ne peut pas remplacer les réponses : ${input}.\n` };
  }
  try {
    await writeFile(output, csv);
  } catch (error) {
    return { code: 2, stdout: "", stderr: `${report}${cannot("écrire", output, error)}\n` };
  }
  return { code, stdout: "", stderr: `${report}${graded}${skipped} ; notes écrites dans ${output}\n` };
}

const count = (n: number, one: string, many: string) => `${n} ${n < 2 ? one : many}`;

function cannot(verb: string, path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === "ENOENT"
      ? "ce fichier ou son dossier n'existe pas"
      : code === "EACCES" || code === "EPERM"
        ? "accès refusé"
        : code === "EISDIR"
          ? "c'est un dossier"
          : code === "EBUSY"
            ? "le fichier est ouvert dans un autre programme (Excel ?) : fermez-le"
            : String((error as Error).message);
  return `Impossible de ${verb} ${path} : ${why}.`;
}
