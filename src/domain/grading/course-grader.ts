import type { CoursePack } from "../../content/types.js";
import { courseTexts, createGrader, type Grader } from "./grade.js";

/**
 * The grader of the pack's study questions: its rubric, questions and course text. Build it once. The sections
 * where the questions are written (the worksheet) are left out of the course text: copying a question is not
 * copying the course.
 */
export function createCourseGrader(pack: Pick<CoursePack, "rubric" | "questions" | "documents">): Grader {
  return createGrader({
    rubric: pack.rubric,
    questions: new Map(pack.questions.map((question) => [question.number, question.text])),
    courseTexts: courseTexts(
      pack.documents,
      pack.questions.flatMap((question) => question.section ?? []),
    ),
  });
}
