import { renderCourseText } from "../discord/markdown.js";
import { CourseCatalog } from "../domain/course.js";
import { courseDocuments } from "./course/index.js";
import { quizBank } from "./quiz-bank.js";
import { rubric, rubricProblems } from "./rubric.js";
import { tipBank } from "./tip-bank.js";
import { ContentError, courseProblems, tipProblems } from "./validate.js";
import { quizProblems } from "./validateQuiz.js";

/** The course, validated and indexed, with the banks that cite it checked; throws ContentError listing every problem. */
export function loadCatalog(): CourseCatalog {
  const courseIssues = courseProblems(courseDocuments);
  if (courseIssues.length > 0) throw new ContentError(courseIssues);
  const catalog = new CourseCatalog(courseDocuments, renderCourseText);
  const sectionExists = (ref: string) => catalog.section(ref) !== undefined;
  const refs = new Set(catalog.sections.map((entry) => entry.ref));
  const problems = [
    ...quizProblems(quizBank, sectionExists),
    ...tipProblems(tipBank, refs),
    ...rubricProblems(rubric, refs),
  ];
  if (problems.length > 0) throw new ContentError(problems);
  return catalog;
}
