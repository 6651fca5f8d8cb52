import { courseDocuments } from "../../content/course/index.js";
import { studyQuestions } from "../../content/quiz-bank.js";
import { rubric } from "../../content/rubric.js";
import type { SectionRef } from "../../content/types.js";
import { courseTexts, createGrader, type Grader } from "./grade.js";

/** The worksheet section: its text is the four questions, so copying a question is not a copy of the course. */
export const worksheetSection: SectionRef = "specificites/travail-a-faire";

/** The grader of the course's study questions: the real rubric, questions and course text. Build it once. */
export function createCourseGrader(): Grader {
  return createGrader({
    rubric,
    questions: studyQuestions,
    courseTexts: courseTexts(courseDocuments, [worksheetSection]),
  });
}
