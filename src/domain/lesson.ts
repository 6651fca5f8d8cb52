import type { QuizItem, SectionRef, StudyQuestionNumber } from "../content/types.js";
import { shuffle } from "./quiz/selection.js";

/** At most this many items in a practice started from a lesson. */
export const LESSON_PRACTICE_MAX = 10;

export interface LessonPractice {
  /** Exactly these items (shuffled), or empty: then a spaced-repetition quiz on `question`. */
  readonly itemIds: readonly string[];
  readonly question: StudyQuestionNumber | null;
}

/**
 * What "Practise this section" asks: the items citing the section; when none does, the study question whose
 * items cite the section's document most (the question the section belongs to); failing that, all questions.
 */
export function lessonPractice(bank: readonly QuizItem[], ref: SectionRef, random: () => number): LessonPractice {
  const citing = bank.filter((item) => item.sources.includes(ref));
  if (citing.length > 0) {
    const questions = new Set(citing.map((item) => item.question));
    return {
      itemIds: shuffle(citing, random)
        .slice(0, LESSON_PRACTICE_MAX)
        .map((item) => item.id),
      question: questions.size === 1 ? (citing[0]?.question ?? null) : null,
    };
  }
  const documentId = ref.split("/")[0] ?? "";
  const counts = new Map<StudyQuestionNumber, number>();
  for (const item of bank) {
    const cites = item.sources.filter((source) => source.startsWith(`${documentId}/`)).length;
    if (cites > 0) counts.set(item.question, (counts.get(item.question) ?? 0) + cites);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return { itemIds: [], question: best?.[0] ?? null };
}
