import { compileExpression, ExpressionError } from "../../domain/grading/match.js";
import type { CoursePack, QuestionRubric, StudyQuestion } from "../types.js";
import { ContentError } from "../validate.js";
import { checkDocuments } from "./documents.js";
import { type Citation, cite, type PackFiles, type Parsed, ProblemList, readPackFiles } from "./files.js";
import { DEFAULT_PACK_DIR } from "./location.js";
import { checkQuiz } from "./quiz.js";
import type { RubricFile, TipsFile } from "./schema.js";
import type { PathKey, Problem } from "./source.js";

export { DEFAULT_PACK_DIR };

export interface PackReport {
  /** The pack, when it has no problem at all. */
  readonly pack: CoursePack | undefined;
  readonly problems: readonly Problem[];
  /** One line: what the pack holds (documents, sections, items per question, tips, ideas). */
  readonly summary: string;
}

/** "file:line:column: message", what an editor or a terminal turns into a link. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

function checkTips(problems: ProblemList, parsed: Parsed<TipsFile>, citations: Citation[]): void {
  const { value, source } = parsed;
  if (!value || !source) return;
  const ids = new Set<string>();
  value.tips.forEach((tip, index) => {
    if (ids.has(tip.id))
      problems.add(parsed.file, source.locate(["tips", index, "id"]), `identifiant d'astuce en double : « ${tip.id} »`);
    ids.add(tip.id);
    cite(citations, parsed, ["tips", index, "sources"], tip.sources);
  });
}

function checkRubric(
  problems: ProblemList,
  parsed: Parsed<RubricFile>,
  quiz: { readonly questions: readonly StudyQuestion[]; readonly complete: boolean },
  citations: Citation[],
): Map<number, QuestionRubric> {
  const rubric = new Map<number, QuestionRubric>();
  const { value, source } = parsed;
  if (!value || !source) return rubric;
  const report = (path: readonly PathKey[], message: string) => problems.add(parsed.file, source.locate(path), message);
  const known = new Set(quiz.questions.map((question) => question.number));
  const ideaIds = new Set<string>();
  value.questions.forEach((entry, index) => {
    // A quiz file that could not be read is reported there: its question is not "unknown" here.
    if (quiz.complete && !known.has(entry.question))
      report(
        ["questions", index, "question"],
        `aucun fichier de quiz ne définit la question d'étude ${entry.question}`,
      );
    if (rubric.has(entry.question))
      report(["questions", index, "question"], `la question ${entry.question} a déjà sa grille`);
    entry.ideas.forEach((idea, ideaIndex) => {
      const at = ["questions", index, "ideas", ideaIndex];
      if (ideaIds.has(idea.id)) report([...at, "id"], `identifiant d'idée en double dans la grille : « ${idea.id} »`);
      ideaIds.add(idea.id);
      const expressions = new Set<string>();
      idea.expressions.forEach((expression, expressionIndex) => {
        if (expressions.has(expression))
          report([...at, "expressions", expressionIndex], `expression en double : « ${expression} »`);
        expressions.add(expression);
        try {
          compileExpression(expression);
        } catch (error) {
          if (!(error instanceof ExpressionError)) throw error;
          report([...at, "expressions", expressionIndex], `expression invalide : ${error.message}`);
        }
      });
      cite(citations, parsed, [...at, "sources"], idea.sources);
    });
    const { question: _number, ...questionRubric } = entry;
    rubric.set(entry.question, questionRubric);
  });
  for (const question of quiz.questions) {
    if (!rubric.has(question.number))
      report(["questions"], `pas de grille pour la question d'étude ${question.number}`);
  }
  return rubric;
}

function summarise(pack: Omit<CoursePack, "title">): string {
  const sections = pack.documents.reduce((sum, document) => sum + document.sections.length, 0);
  const perQuestion = pack.questions
    .map((question) => `Q${question.number} ${pack.quiz.filter((item) => item.question === question.number).length}`)
    .join(", ");
  const ideas = [...pack.rubric.values()].reduce((sum, question) => sum + question.ideas.length, 0);
  return `${pack.documents.length} documents, ${sections} sections, questions de quiz : ${perQuestion}, ${pack.tips.length} astuces, ${ideas} idées de grille.`;
}

/** Reads and checks the whole pack in `root`: every problem at once, each at its file, line and column. */
export function readPack(root: string = DEFAULT_PACK_DIR): PackReport {
  const problems = new ProblemList(root);
  const files: PackFiles = readPackFiles(problems, root);
  const documents = checkDocuments(problems, files.documents);
  const quiz = checkQuiz(problems, files.quiz);
  const citations: Citation[] = [...quiz.citations];
  checkTips(problems, files.tips, citations);
  const rubric = checkRubric(problems, files.rubric, quiz, citations);
  const refs = new Set(
    documents.flatMap((document) => document.sections.map((section) => `${document.id}/${section.id}`)),
  );
  const documentIds = new Set(files.documents.flatMap((document) => document.frontMatter.value?.id ?? []));
  // A document that failed its own checks is reported there; citing it is not a second problem. When a
  // document's front matter cannot be read, its id is unknown: no citation can be called wrong.
  const unreadable = files.documents.some((document) => document.frontMatter.value === undefined);
  for (const { file, path, ref } of citations) {
    const [documentId = ""] = ref.split("/");
    const failed = documentIds.has(documentId) && !documents.some((document) => document.id === documentId);
    if (refs.has(ref) || failed || (unreadable && !documentIds.has(documentId))) continue;
    const message = documentIds.has(documentId)
      ? `la section « ${ref} » n'existe pas dans le document « ${documentId} »`
      : `le document « ${documentId} » n'existe pas (section citée : « ${ref} »)`;
    problems.add(file.file, file.source?.locate(path) ?? { line: 1, column: 1 }, message);
  }
  const content = {
    documents,
    questions: quiz.questions,
    quiz: quiz.items,
    tips: files.tips.value?.tips ?? [],
    rubric,
  };
  const summary = summarise(content);
  const title = files.course.value?.title;
  const sorted = [...problems.items].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
  if (sorted.length > 0 || title === undefined) return { pack: undefined, problems: sorted, summary };
  return { pack: { title, ...content }, problems: [], summary };
}

/** The pack in `root`, checked; throws ContentError with every problem, one "file:line:column: message" each. */
export function loadCoursePack(root: string = DEFAULT_PACK_DIR): CoursePack {
  const report = readPack(root);
  if (!report.pack) throw new ContentError(report.problems.map(formatProblem));
  return report.pack;
}
