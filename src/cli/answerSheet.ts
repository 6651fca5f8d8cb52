import { type CsvError, parse } from "csv-parse/sync";
import type { StudyQuestionNumber } from "../content/types.js";

/**
 * The answers a teacher collected elsewhere, one per line: a CSV file (name, question, answer; `;` as Excel writes it
 * in France, `,` or tabs; a header row or none; quoted answers may span lines) or JSON lines
 * ({"nom": …, "question": …, "reponse": …}, or name/answer). Each line is either an answer to grade or a problem
 * with its line number in the file (where the record starts), in French.
 */

/** Longest answer graded, as in /reponse. */
export const MAX_ANSWER_LENGTH = 2000;

export interface SheetAnswer {
  readonly line: number;
  readonly name: string;
  readonly question: StudyQuestionNumber;
  readonly answer: string;
}

export interface SheetProblem {
  readonly line: number;
  readonly reason: string;
}

export interface AnswerSheet {
  readonly answers: SheetAnswer[];
  readonly problems: SheetProblem[];
}

/** The file's text: UTF-8 (with or without BOM), else Windows-1252, which Excel's plain "CSV" uses on Windows. */
export function decodeSheet(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Reads `text` as JSON lines when `fileName` says so or its first character is "{", else as CSV. */
export function readAnswerSheet(
  text: string,
  fileName: string,
  questions: readonly StudyQuestionNumber[],
): AnswerSheet {
  const body = text.replace(/^\uFEFF/, "");
  const jsonLines = /\.(?:jsonl|ndjson|json)$/i.test(fileName) || body.trimStart().startsWith("{");
  return jsonLines ? readJsonLines(body, questions) : readCsv(body, questions);
}

/** "1", " 2 ", "Q3", "q 4", "Question 1", or the number 2: the study question, if it is one. */
export function parseQuestion(value: unknown, questions: readonly StudyQuestionNumber[]): StudyQuestionNumber | null {
  const match = /^(?:q(?:uestion)?\s*)?(\d+)\s*\.?$/i.exec(String(value ?? "").trim());
  const number = Number(match?.[1]);
  return questions.find((question) => question === number) ?? null;
}

/** The answer of one line, or why it cannot be graded. */
function checkLine(
  line: number,
  fields: { name: unknown; question: unknown; answer: unknown },
  questions: readonly StudyQuestionNumber[],
): SheetAnswer | SheetProblem {
  const name = String(fields.name ?? "").trim();
  const answer = String(fields.answer ?? "").trim();
  const question = parseQuestion(fields.question, questions);
  if (!name) return { line, reason: "nom de l'élève manquant" };
  if (question === null) {
    const shown = String(fields.question ?? "").trim();
    const allowed = `${questions.slice(0, -1).join(", ")} ou ${questions.at(-1)}`;
    return { line, reason: `question « ${shown} » inconnue : ${allowed} attendu (ou Q1, Q2…)` };
  }
  if (!answer) return { line, reason: "réponse vide" };
  if (answer.length > MAX_ANSWER_LENGTH) {
    return { line, reason: `réponse de ${answer.length} caractères : ${MAX_ANSWER_LENGTH} au plus` };
  }
  return { line, name, question, answer };
}

function sortInto(sheet: { answers: SheetAnswer[]; problems: SheetProblem[] }, entry: SheetAnswer | SheetProblem) {
  if ("reason" in entry) sheet.problems.push(entry);
  else sheet.answers.push(entry);
}

function readJsonLines(text: string, questions: readonly StudyQuestionNumber[]): AnswerSheet {
  const sheet: AnswerSheet = { answers: [], problems: [] };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      sheet.problems.push({ line, reason: "JSON illisible (un objet par ligne attendu)" });
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      sheet.problems.push({ line, reason: 'un objet {"nom": …, "question": …, "reponse": …} attendu' });
      return;
    }
    const fields = value as Record<string, unknown>;
    const pick = (...keys: string[]) => keys.map((key) => fields[key]).find((field) => field !== undefined);
    const entry = {
      name: pick("nom", "name"),
      question: pick("question"),
      answer: pick("reponse", "réponse", "answer"),
    };
    sortInto(sheet, checkLine(line, entry, questions));
  });
  return sheet;
}

/** The separator of the file: the one of `;`, tab and `,` found outside quotes on its first line (`;` first). */
export function detectSeparator(text: string): ";" | "\t" | "," {
  const firstLine = /^[\r\n]*([^\r\n]*)/.exec(text)?.[1] ?? "";
  const outsideQuotes = firstLine.replace(/"[^"]*("|$)/g, "");
  if (outsideQuotes.includes(";")) return ";";
  if (outsideQuotes.includes("\t")) return "\t";
  return ",";
}

type Columns = { name: number; question: number; answer: number; count: number };

/** The columns named by a header row (nom, question, réponse…, in any order), or null if `cells` is no header. */
function headerColumns(cells: readonly string[]): Columns | null {
  const folded = cells.map((cell) => cell.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim());
  const find = (test: (cell: string) => boolean) => folded.findIndex(test);
  // "Réponse à la question" is the answer: the answer column is found first, and the question is another one.
  const answer = find((cell) => cell.includes("reponse") || cell.includes("answer") || cell === "copie");
  const question = folded.findIndex((cell, index) => index !== answer && (cell.includes("question") || cell === "q"));
  const name = find((cell) => /^(?:nom|name|eleve|etudiant|student|prenom)\b/.test(cell));
  if (question === -1 || answer === -1) return null;
  return { name, question, answer, count: cells.length };
}

/** Where the record ends (csv-parse's line count) minus the line breaks inside it: the line it starts on. */
function startLine(endLine: number, raw: string): number {
  const record = raw.replace(/^[\r\n]+/, "").replace(/\r?\n$/, "");
  return endLine - (record.match(/\n/g)?.length ?? 0);
}

function readCsv(text: string, questions: readonly StudyQuestionNumber[]): AnswerSheet {
  const sheet: AnswerSheet = { answers: [], problems: [] };
  const records = parse(text, {
    delimiter: detectSeparator(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
    raw: true,
    skip_records_with_error: true,
    on_skip: (error, raw) => {
      const line = startLine(Number(error?.lines ?? 0), raw ?? "");
      sheet.problems.push({ line, reason: csvErrorReason(error) });
    },
  }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
  let columns: Columns = { name: 0, question: 1, answer: 2, count: 3 };
  for (const [index, { record, info, raw }] of records.entries()) {
    const line = startLine(info.lines, raw);
    const header = index === 0 ? headerColumns(record) : null;
    if (header && header.name === -1) {
      return { answers: [], problems: [{ line, reason: "la ligne d'en-tête n'a pas de colonne « nom »" }] };
    }
    if (header) {
      columns = header;
      continue;
    }
    if (record.length !== columns.count) {
      const hint =
        record.length > columns.count ? " : une réponse qui contient le séparateur doit être entre guillemets" : "";
      sheet.problems.push({ line, reason: `${record.length} colonnes au lieu de ${columns.count}${hint}` });
      continue;
    }
    const entry = { name: record[columns.name], question: record[columns.question], answer: record[columns.answer] };
    sortInto(sheet, checkLine(line, entry, questions));
  }
  sheet.problems.sort((a, b) => a.line - b.line);
  return sheet;
}

function csvErrorReason(error: CsvError | undefined): string {
  if (error?.code === "CSV_QUOTE_NOT_CLOSED") {
    return "guillemet ouvert et jamais refermé : cette ligne et les suivantes n'ont pas pu être lues";
  }
  return `ligne illisible (${error?.code ?? "CSV"})`;
}
