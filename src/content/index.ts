import { renderCourseText } from "../discord/markdown.js";
import { CourseCatalog } from "../domain/course.js";
import type { CoursePack } from "./types.js";

export { DEFAULT_PACK_DIR, loadCoursePack, readPack } from "./pack/load.js";

/** The course of a checked pack, indexed for /cours, /lecon and the buttons that open a section. */
export function catalogOf(pack: CoursePack): CourseCatalog {
  return new CourseCatalog(pack.documents, renderCourseText, pack.title);
}
