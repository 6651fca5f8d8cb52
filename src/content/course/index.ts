import type { CourseDocument } from "../types.js";
import { communitip } from "./communitip.js";
import { likeLove } from "./like-love.js";
import { mediasSociaux } from "./medias-sociaux.js";
import { rCommeReseaux } from "./r-comme-reseaux.js";
import { specificites } from "./specificites.js";

/** The course, in reading order: the worksheet document first, then the four articles. */
export const courseDocuments: readonly CourseDocument[] = [
  specificites,
  mediasSociaux,
  rCommeReseaux,
  likeLove,
  communitip,
];
