import { renderCourseText } from "../discord/markdown.js";
import { CourseCatalog } from "../domain/course.js";
import { courseDocuments } from "./course/index.js";
import { ContentError, courseProblems } from "./validate.js";

/** The course, validated and indexed; throws ContentError listing every problem. */
export function loadCatalog(): CourseCatalog {
  const problems = courseProblems(courseDocuments);
  if (problems.length > 0) throw new ContentError(problems);
  return new CourseCatalog(courseDocuments, renderCourseText);
}
