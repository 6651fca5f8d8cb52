/**
 * Shapes of the course data. The text is French and stays French whatever the user's locale.
 *
 * Section text conventions (kept simple so the renderer can escape Discord markdown safely):
 * - paragraphs are separated by one blank line ("\n\n");
 * - a list item is a paragraph that starts with "• ";
 * - a sub-heading inside a section is a paragraph that starts with "### " (rendered in bold);
 * - no Discord markdown anywhere else: `*`, `_`, `~`, `|`, `>` and backticks are literal text.
 */
export interface CourseSection {
  /** Stable kebab-case id, unique inside its document. Never rename: custom IDs and quiz items cite it. */
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

export interface CourseDocument {
  /** Stable kebab-case id, unique across the course. */
  readonly id: string;
  readonly title: string;
  /** One sentence (at most 100 characters) telling what the document is about. */
  readonly description: string;
  /** File name of the seed this document was transcribed from. */
  readonly source: string;
  readonly sections: readonly CourseSection[];
}

/** A section cited from elsewhere (quiz items, tips, rubric ideas): "documentId/sectionId". */
export type SectionRef = `${string}/${string}`;

/** One of the four study questions of "Travail à faire". */
export type StudyQuestionNumber = 1 | 2 | 3 | 4;

export interface QuizOption {
  /** Short id, unique inside its item ("a", "b", ...). */
  readonly id: string;
  readonly text: string;
}

export type QuizItemKind = "single" | "multiple" | "truefalse";

export interface QuizItem {
  /** Stable id, e.g. "q1-03". Never reuse or renumber: scores and Leitner boxes are keyed by it. */
  readonly id: string;
  readonly question: StudyQuestionNumber;
  readonly kind: QuizItemKind;
  readonly prompt: string;
  /** 3 to 5 options for "single" and "multiple"; exactly two ("Vrai", "Faux") for "truefalse". */
  readonly options: readonly QuizOption[];
  /** Ids of the right options: exactly one for "single" and "truefalse", one or more for "multiple". */
  readonly correct: readonly string[];
  /** Why, in at most 300 characters. */
  readonly explanation: string;
  /** The sections that support the answer (at least one). */
  readonly sources: readonly SectionRef[];
}

export interface Tip {
  /** Stable id, e.g. "astuce-07". Never reuse or renumber: rotations are keyed by it. */
  readonly id: string;
  readonly title: string;
  /** At most 600 characters. */
  readonly text: string;
  readonly sources: readonly SectionRef[];
}
