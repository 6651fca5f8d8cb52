import type { CoursePack } from "../content/types.js";
import { CourseCatalog } from "../domain/course.js";
import { renderCourseText } from "./markdown.js";

/** The course of a checked pack, indexed for /cours, /lecon and the buttons that open a section, in Discord markdown. */
export function catalogOf(pack: CoursePack): CourseCatalog {
  return new CourseCatalog(pack.documents, renderCourseText, pack.title);
}
