import type { CoursePack, StudyQuestion } from "../content/types.js";
import { truncate } from "../domain/text.js";

/** The study questions as the choices of a slash-command option: "1. En quoi consiste…", by number. */
export function studyQuestionChoices(pack: Pick<CoursePack, "questions">): { name: string; value: number }[] {
  return pack.questions.map((question) => ({
    name: truncate(`${question.number}. ${oneLine(question.text)}`, 100),
    value: question.number,
  }));
}

/** The study question with this number, if the pack has it (a stale button may carry a removed one). */
export function studyQuestion(pack: Pick<CoursePack, "questions">, number: number): StudyQuestion | undefined {
  return pack.questions.find((question) => question.number === number);
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ");
}
