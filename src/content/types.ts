import type { z } from "zod";
import type {
  documentSchema,
  questionRubricSchema,
  quizItemInputSchema,
  rubricIdeaSchema,
  sectionSchema,
  studyQuestionSchema,
  tipSchema,
} from "./pack/schema.js";

/**
 * Shapes of the course pack, inferred from its zod schemas (src/content/pack/schema.ts), read-only once loaded.
 * The text is French and stays French whatever the user's locale.
 *
 * Section text conventions (kept simple so the renderer can escape Discord markdown safely):
 * - paragraphs are separated by one blank line ("\n\n");
 * - a list item is a paragraph that starts with "• ";
 * - a sub-heading inside a section is a paragraph that starts with "### " (rendered in bold);
 * - no Discord markdown anywhere else: `*`, `_`, `~`, `|`, `>` and backticks are literal text.
 */
type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

export type CourseSection = DeepReadonly<z.infer<typeof sectionSchema>>;
export type CourseDocument = DeepReadonly<z.infer<typeof documentSchema>>;

/** A section cited from elsewhere (quiz items, tips, rubric ideas): "documentId/sectionId". */
export type SectionRef = `${string}/${string}`;

/** A study question's number (1, 2, …): stable, scores and sessions keep it. */
export type StudyQuestionNumber = number;
export type StudyQuestion = DeepReadonly<z.infer<typeof studyQuestionSchema>>;

export interface QuizOption {
  /** Short id, unique inside its item ("a", "b", ...; "v" and "f" for true/false). */
  readonly id: string;
  readonly text: string;
}

type QuizItemInput = DeepReadonly<z.infer<typeof quizItemInputSchema>>;
export type QuizItemKind = QuizItemInput["kind"];

/** A quiz item as Réso uses it: the study question it belongs to, and its options written out. */
export type QuizItem = Omit<QuizItemInput, "options"> & {
  readonly question: StudyQuestionNumber;
  readonly options: readonly QuizOption[];
};

export type Tip = DeepReadonly<z.infer<typeof tipSchema>>;

export type RubricIdea = DeepReadonly<z.infer<typeof rubricIdeaSchema>>;
export type QuestionRubric = Omit<DeepReadonly<z.infer<typeof questionRubricSchema>>, "question">;
/** The grading rubric, by study question. */
export type Rubric = ReadonlyMap<StudyQuestionNumber, QuestionRubric>;

/** Everything a teacher writes, loaded and checked: what Réso serves. */
export interface CoursePack {
  /** The course's name ("Communiquer sur les réseaux sociaux"). */
  readonly title: string;
  readonly documents: readonly CourseDocument[];
  /** The study questions, by number. */
  readonly questions: readonly StudyQuestion[];
  readonly quiz: readonly QuizItem[];
  readonly tips: readonly Tip[];
  readonly rubric: Rubric;
}
