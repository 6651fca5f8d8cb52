/** The course pack Réso ships with (src/content), loaded once for the tests that use its real content. */
import { loadCoursePack } from "../src/content/index.js";
import { catalogOf } from "../src/discord/catalog.js";

export const pack = loadCoursePack();
export const catalog = catalogOf(pack);
export const courseDocuments = pack.documents;
export const quizBank = pack.quiz;
export const tipBank = pack.tips;
export const rubric = pack.rubric;
/** The study questions' texts by number. */
export const studyQuestions: ReadonlyMap<number, string> = new Map(
  pack.questions.map((question) => [question.number, question.text]),
);

/** The rubric of a study question of the shipped course (which has one for each). */
export function rubricOf(question: number) {
  const found = rubric.get(question);
  if (!found) throw new Error(`no rubric for question ${question}`);
  return found;
}
