import type { StudyQuestionNumber } from "../../content/types.js";

/** An idea of the rubric, by its stable kebab-case id. */
export type IdeaId = string;

/** Score bands shown to the student: 0–3 insufficient, 4–6 partial, 7–10 good. */
export type Band = "insufficient" | "partial" | "good";

export interface GradeFlags {
  /** Most of the answer is made of long verbatim spans of the course. */
  copiedFromCourse?: boolean;
  /** Most of the answer repeats the question itself. */
  copiedQuestion?: boolean;
  /** The answer is not written in French: it is not graded. */
  notFrench?: boolean;
  /** Too short to be a written answer (under 20 characters or 8 words). */
  tooShort?: boolean;
}

export interface GradeResult {
  readonly question: StudyQuestionNumber;
  /** 0 to 10. */
  readonly score: number;
  readonly band: Band;
  /** Ideas the answer expresses in the student's own words, in rubric order. */
  readonly covered: IdeaId[];
  /** The other ideas of the rubric, in rubric order. */
  readonly missing: IdeaId[];
  readonly flags: GradeFlags;
}

export function bandOf(score: number): Band {
  if (score >= 7) return "good";
  if (score >= 4) return "partial";
  return "insufficient";
}
