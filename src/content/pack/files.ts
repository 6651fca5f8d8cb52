import { existsSync, readdirSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { type core, z } from "zod";
import {
  type CourseFile,
  courseFileSchema,
  type DocumentFrontMatter,
  documentFrontMatterSchema,
  type QuizFile,
  quizFileSchema,
  type RubricFile,
  rubricFileSchema,
  type TipsFile,
  tipsFileSchema,
} from "./schema.js";
import {
  type MarkdownSection,
  type PathKey,
  type Position,
  type Problem,
  parseMarkdownSource,
  parseYamlSource,
  type YamlSource,
} from "./source.js";

/**
 * The pack's files, each read and checked against its schema on its own. Layout of a pack folder:
 *   cours.yaml          the course's name
 *   cours/*.md          one document per file, in file-name order
 *   quiz/*.yaml         one file per study question: the question, then its quiz items
 *   astuces.yaml        the daily tips
 *   grille.yaml         the rubric of /reponse
 *   schemas/            the JSON Schemas named on each file's first line (for the editor)
 */
export const PACK_LAYOUT = {
  course: "cours.yaml",
  documents: "cours",
  quiz: "quiz",
  tips: "astuces.yaml",
  rubric: "grille.yaml",
  schemas: "schemas",
} as const;

/** Collects problems; a file is shown relative to the working directory when it is inside it. */
export class ProblemList {
  readonly items: Problem[] = [];
  constructor(readonly root: string) {}

  display(path: string): string {
    const fromCwd = relative(process.cwd(), join(this.root, path));
    return fromCwd.startsWith("..") || isAbsolute(fromCwd) ? join(this.root, path) : fromCwd;
  }

  add(file: string, position: Position, message: string): void {
    this.items.push({ file: this.display(file), ...position, message });
  }
}

/** A file read and parsed: its value (when its schema accepts it) and how to locate any path in it. */
export interface Parsed<T> {
  readonly file: string;
  readonly value: T | undefined;
  readonly source: YamlSource | undefined;
}

/** A section cited somewhere in the pack, checked once the course is known. */
export interface Citation {
  readonly file: Parsed<unknown>;
  readonly path: readonly PathKey[];
  readonly ref: string;
}

/** Records the refs of the list at `path` (a "sources" field) as citations. */
export function cite(citations: Citation[], file: Parsed<unknown>, path: readonly PathKey[], refs: readonly string[]) {
  refs.forEach((ref, index) => {
    citations.push({ file, path: [...path, index], ref });
  });
}

const french = { error: z.locales.fr().localeError } as const;

function lastKey(path: readonly PropertyKey[]): string | undefined {
  return [...path].reverse().find((key): key is string => typeof key === "string");
}

/** One problem per zod issue, at the position of what it is about; missing and unknown fields named plainly. */
export function reportIssues(
  problems: ProblemList,
  file: string,
  source: YamlSource,
  issues: readonly core.$ZodIssue[],
  base: readonly PathKey[] = [],
): void {
  for (const issue of issues) {
    const path = [...base, ...(issue.path as PathKey[])];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) problems.add(file, source.locateKey(path, key), `champ inconnu : « ${key} »`);
    } else if (issue.code === "invalid_type" && issue.input === undefined) {
      problems.add(file, source.locate(path), `champ obligatoire manquant : « ${String(lastKey(path) ?? "")} »`);
    } else {
      const key = lastKey(path);
      problems.add(file, source.locate(path), key ? `« ${key} » : ${issue.message}` : issue.message);
    }
  }
}

function readText(problems: ProblemList, root: string, file: string): string | undefined {
  const path = join(root, file);
  if (!existsSync(path)) {
    problems.add(file, { line: 1, column: 1 }, "fichier manquant");
    return undefined;
  }
  // Windows editors write CRLF: lines and columns stay the same without the CRs.
  return readFileSync(path, "utf8")
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n");
}

function readYamlFile<T>(problems: ProblemList, root: string, file: string, schema: z.ZodType<T>): Parsed<T> {
  const text = readText(problems, root, file);
  if (text === undefined) return { file, value: undefined, source: undefined };
  const source = parseYamlSource(text);
  for (const problem of source.syntaxProblems) problems.add(file, problem, problem.message);
  if (source.syntaxProblems.length > 0) return { file, value: undefined, source };
  const parsed = schema.safeParse(source.value ?? {}, french);
  if (!parsed.success) reportIssues(problems, file, source, parsed.error.issues);
  return { file, value: parsed.success ? parsed.data : undefined, source };
}

/** The files of a folder with this extension, sorted by name; a problem when there is none. */
function listFiles(problems: ProblemList, root: string, folder: string, extension: string): string[] {
  const path = join(root, folder);
  const files = existsSync(path)
    ? readdirSync(path)
        .filter((name) => name.endsWith(extension))
        .sort()
    : [];
  if (files.length === 0) problems.add(folder, { line: 1, column: 1 }, `aucun fichier ${extension} dans ce dossier`);
  return files.map((name) => join(folder, name));
}

export interface ParsedDocument {
  readonly file: string;
  readonly frontMatter: Parsed<DocumentFrontMatter>;
  readonly sections: readonly MarkdownSection[];
}

function readDocument(problems: ProblemList, root: string, file: string): ParsedDocument {
  const text = readText(problems, root, file) ?? "";
  const markdown = parseMarkdownSource(text);
  for (const problem of markdown.problems) problems.add(file, problem, problem.message);
  const source = markdown.frontMatter;
  let value: DocumentFrontMatter | undefined;
  if (source) {
    for (const problem of source.syntaxProblems) problems.add(file, problem, problem.message);
    if (source.syntaxProblems.length === 0) {
      const parsed = documentFrontMatterSchema.safeParse(source.value ?? {}, french);
      if (parsed.success) value = parsed.data;
      else reportIssues(problems, file, source, parsed.error.issues);
    }
  }
  if (markdown.sections.length === 0 && markdown.problems.length === 0) {
    problems.add(file, { line: 1, column: 1 }, "aucune section : écrivez au moins un titre « ## Titre {#id} »");
  }
  return { file, frontMatter: { file, value, source }, sections: markdown.sections };
}

export interface PackFiles {
  readonly course: Parsed<CourseFile>;
  readonly documents: readonly ParsedDocument[];
  readonly quiz: readonly Parsed<QuizFile>[];
  readonly tips: Parsed<TipsFile>;
  readonly rubric: Parsed<RubricFile>;
}

/** Every file of the pack in `root`, each checked against its schema; problems go to `problems`. */
export function readPackFiles(problems: ProblemList, root: string): PackFiles {
  return {
    course: readYamlFile(problems, root, PACK_LAYOUT.course, courseFileSchema),
    documents: listFiles(problems, root, PACK_LAYOUT.documents, ".md").map((file) =>
      readDocument(problems, root, file),
    ),
    quiz: listFiles(problems, root, PACK_LAYOUT.quiz, ".yaml").map((file) =>
      readYamlFile(problems, root, file, quizFileSchema),
    ),
    tips: readYamlFile(problems, root, PACK_LAYOUT.tips, tipsFileSchema),
    rubric: readYamlFile(problems, root, PACK_LAYOUT.rubric, rubricFileSchema),
  };
}
