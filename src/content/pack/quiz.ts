import type { QuizItem, QuizOption, StudyQuestion } from "../types.js";
import { type Citation, cite, type Parsed, type ProblemList } from "./files.js";
import { type QuizFile, type QuizItemInput, TRUE_FALSE_OPTIONS } from "./schema.js";
import type { PathKey } from "./source.js";

/** Where a problem of an item is reported: its file and the path of the field inside it. */
type Report = (path: readonly PathKey[], message: string) => void;

const list = (ids: readonly string[]) => ids.map((id) => `« ${id} »`).join(", ");

/** The options an item is shown with: those written, or Vrai/Faux for a true/false item that leaves them out. */
function optionsOf(item: QuizItemInput): readonly QuizOption[] {
  return item.options ?? (item.kind === "truefalse" ? TRUE_FALSE_OPTIONS : []);
}

/** The rules of one item that its schema cannot say: options and answer key agree with its kind. */
function checkItem(item: QuizItemInput, reportTo: Report): boolean {
  let sound = true;
  const report: Report = (path, message) => {
    sound = false;
    reportTo(path, message);
  };
  const options = optionsOf(item);
  const optionIds = options.map((option) => option.id);
  if (item.kind === "truefalse") {
    if (optionIds.join() !== "v,f")
      report(["options"], "un vrai/faux a les options v (Vrai) et f (Faux) : n'écrivez pas d'options");
  } else if (item.options === undefined) {
    report([], "champ obligatoire manquant : « options » (3 à 5 options)");
  } else if (options.length < 3 || options.length > 5) {
    report(["options"], `3 à 5 options (il y en a ${options.length})`);
  }
  const seen = new Set<string>();
  options.forEach((option, index) => {
    if (seen.has(option.id)) report(["options", index, "id"], `option en double : « ${option.id} »`);
    seen.add(option.id);
  });
  item.correct.forEach((id, index) => {
    if (!optionIds.includes(id)) {
      report(["correct", index], `la bonne réponse « ${id} » ne nomme aucune option (options : ${list(optionIds)})`);
    }
  });
  if (new Set(item.correct).size !== item.correct.length) report(["correct"], "une bonne réponse est écrite deux fois");
  if (item.kind !== "multiple" && item.correct.length > 1) {
    report(
      ["correct"],
      `une question « ${item.kind} » a une seule bonne réponse, pas ${item.correct.length} (${list(item.correct)}) : pour plusieurs, écrivez kind: multiple`,
    );
  }
  if (item.kind === "multiple" && (item.correct.length < 2 || item.correct.length >= options.length)) {
    report(["correct"], "une question « multiple » a au moins deux bonnes réponses et au moins une fausse");
  }
  return sound;
}

export interface QuizCheck {
  readonly questions: StudyQuestion[];
  readonly items: QuizItem[];
  /** Every quiz file was read: a study question missing from the list is really missing. */
  readonly complete: boolean;
  /** Cited sections to check once the course is known. */
  readonly citations: Citation[];
}

/** Every quiz file: one study question each, numbers and item ids unique across files, items sound. */
export function checkQuiz(problems: ProblemList, files: readonly Parsed<QuizFile>[]): QuizCheck {
  const questions: StudyQuestion[] = [];
  const items: QuizItem[] = [];
  const citations: Citation[] = [];
  const numbers = new Map<number, string>();
  const itemIds = new Map<string, string>();
  for (const parsed of files) {
    const { file, value, source } = parsed;
    if (!value || !source) continue;
    const report: Report = (path, message) => problems.add(file, source.locate(path), message);
    const number = value.question.number;
    const first = numbers.get(number);
    if (first)
      report(["question", "number"], `question d'étude ${number} en double (déjà dans ${problems.display(first)})`);
    else numbers.set(number, file);
    questions.push(value.question);
    if (value.question.section)
      citations.push({ file: parsed, path: ["question", "section"], ref: value.question.section });
    value.items.forEach((item, index) => {
      const at = (path: readonly PathKey[], message: string) => report(["items", index, ...path], message);
      const previous = itemIds.get(item.id);
      if (previous)
        at(
          ["id"],
          `identifiant de question de quiz en double : « ${item.id} » (déjà dans ${problems.display(previous)})`,
        );
      else itemIds.set(item.id, file);
      cite(citations, parsed, ["items", index, "sources"], item.sources);
      if (checkItem(item, at)) items.push({ ...item, question: number, options: optionsOf(item) });
    });
  }
  questions.sort((a, b) => a.number - b.number);
  return { questions, items, citations, complete: files.every((file) => file.value !== undefined) };
}
