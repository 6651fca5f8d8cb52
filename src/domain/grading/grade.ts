import type { CourseDocument, QuestionRubric, Rubric, SectionRef, StudyQuestionNumber } from "../../content/types.js";
import { buildCopyIndex, type CopyIndex, copiedPositions } from "./copy.js";
import { detectLanguage, type Language } from "./language.js";
import { type CompiledIdea, compileIdea, type IdeaMatch, matchIdea } from "./match.js";
import { analyse } from "./normalize.js";
import { bandOf, type GradeFlags, type GradeResult, type IdeaId } from "./types.js";

/** The grader's thresholds, in one place. */
export const gradingRules = {
  /** Under this many characters, or this many words, the answer is flagged too short. */
  minChars: 20,
  minWords: 8,
  /** A course copy: at least this share of the answer's words inside verbatim runs of this many words. */
  courseRun: 8,
  courseShare: 0.5,
  /** A question copy: the same with the question's text, in runs of this many words. */
  questionRun: 4,
  questionShare: 0.6,
  /** Share of the rubric's weight that earns 10/10: nobody needs every idea for full marks. */
  fullMarksShare: 0.7,
  /**
   * By the number of ideas covered (index): the least and the most the answer can score. One or two ideas stated
   * in the student's own words reach "partial" whatever their weight (issue 10: the grader was too harsh on such
   * answers), and stay there: each question calls for several ideas of the course (4 to 7 in the rubric).
   * From three ideas on, the covered weight alone decides.
   */
  ideaCountFloors: [0, 4, 5] as readonly number[],
  ideaCountCaps: [0, 5, 6] as readonly number[],
  /** Under this many words an answer can list ideas but not explain them: at most partial. */
  developedWords: 30,
  undevelopedCap: 6,
  /** Highest score of a flagged answer (all in the "insufficient" band). */
  caps: { tooShort: 2, copiedFromCourse: 3, copiedQuestion: 2 },
} as const;

export interface GraderInput {
  readonly rubric: Rubric;
  /** The study questions' text, by number, to detect answers that repeat them. */
  readonly questions: ReadonlyMap<StudyQuestionNumber, string>;
  /** The course's text (see courseTexts), to detect answers pasted from it. */
  readonly courseTexts: readonly string[];
}

export interface GradeDetails {
  readonly result: GradeResult;
  readonly language: Language;
  /** Share of the answer's words in verbatim runs of the course, and of the question. */
  readonly courseCopyShare: number;
  readonly questionCopyShare: number;
  readonly matches: Readonly<Record<IdeaId, IdeaMatch>>;
}

export interface Grader {
  grade(question: StudyQuestionNumber, answer: string): GradeResult;
  /** The same, with what the grader saw: evidence per idea and copy shares. */
  inspect(question: StudyQuestionNumber, answer: string): GradeDetails;
}

/** The text of every section of the course, except those listed (the worksheet, whose text is the questions). */
export function courseTexts(documents: readonly CourseDocument[], exclude: readonly SectionRef[] = []): string[] {
  const excluded = new Set<string>(exclude);
  return documents.flatMap((document) =>
    document.sections
      .filter((section) => !excluded.has(`${document.id}/${section.id}`))
      .map((section) => `${section.title}\n\n${section.text}`),
  );
}

/** The score out of 10 for a covered share of the rubric's weight. */
export function scoreOf(coveredWeight: number, totalWeight: number): number {
  if (totalWeight <= 0) return 0;
  const share = coveredWeight / totalWeight;
  return Math.round(10 * Math.min(1, share / gradingRules.fullMarksShare));
}

interface PreparedQuestion {
  readonly ideas: readonly CompiledIdea[];
  readonly weights: ReadonlyMap<IdeaId, number>;
  readonly totalWeight: number;
  readonly questionIndex: CopyIndex;
}

function prepare(rubric: QuestionRubric, questionText: string): PreparedQuestion {
  const weights = new Map(rubric.ideas.map((idea) => [idea.id, idea.weight ?? 1]));
  return {
    ideas: rubric.ideas.map(compileIdea),
    weights,
    totalWeight: [...weights.values()].reduce((sum, weight) => sum + weight, 0),
    questionIndex: buildCopyIndex([analyse(questionText).tokens.map((token) => token.word)], gradingRules.questionRun),
  };
}

/**
 * Builds a grader: rubric compiled and course indexed once, then `grade` is a pure function of the answer.
 * Throws ExpressionError when an expression of the rubric is malformed.
 */
export function createGrader(input: GraderInput): Grader {
  const courseIndex = buildCopyIndex(
    input.courseTexts.map((text) => analyse(text).tokens.map((token) => token.word)),
    gradingRules.courseRun,
  );
  const prepared = new Map<StudyQuestionNumber, PreparedQuestion>(
    [...input.rubric].map(([question, rubric]) => [question, prepare(rubric, input.questions.get(question) ?? "")]),
  );

  const inspect = (question: StudyQuestionNumber, answer: string): GradeDetails => {
    const questionRubric = prepared.get(question);
    if (!questionRubric) throw new RangeError(`question inconnue : ${question}`);
    const analysis = analyse(answer);
    const words = analysis.tokens.map((token) => token.word);
    const flags: GradeFlags = {};
    if (answer.trim().length < gradingRules.minChars || words.length < gradingRules.minWords) flags.tooShort = true;

    const allIds = questionRubric.ideas.map((idea) => idea.id);
    const language = detectLanguage(words, answer);
    if (language === "other") {
      flags.notFrench = true;
      const result: GradeResult = { question, score: 0, band: "insufficient", covered: [], missing: allIds, flags };
      return { result, language, courseCopyShare: 0, questionCopyShare: 0, matches: {} };
    }

    const fromCourse = copiedPositions(words, courseIndex);
    const fromQuestion = copiedPositions(words, questionRubric.questionIndex);
    const courseCopyShare = words.length === 0 ? 0 : fromCourse.size / words.length;
    const questionCopyShare = words.length === 0 ? 0 : fromQuestion.size / words.length;
    // Words copied from the question or the course show no idea of the student's own: they are left out.
    const masked = new Set<number>();
    if (questionCopyShare >= gradingRules.questionShare) {
      flags.copiedQuestion = true;
      for (const position of fromQuestion) masked.add(position);
    }
    if (courseCopyShare >= gradingRules.courseShare) {
      flags.copiedFromCourse = true;
      for (const position of fromCourse) masked.add(position);
    }

    const matches: Record<IdeaId, IdeaMatch> = {};
    const covered: IdeaId[] = [];
    const missing: IdeaId[] = [];
    let coveredWeight = 0;
    for (const idea of questionRubric.ideas) {
      const match = matchIdea(analysis.sentences, idea, masked);
      matches[idea.id] = match;
      if (match.covered) {
        covered.push(idea.id);
        coveredWeight += questionRubric.weights.get(idea.id) ?? 1;
      } else {
        missing.push(idea.id);
      }
    }

    let score = Math.min(
      Math.max(scoreOf(coveredWeight, questionRubric.totalWeight), gradingRules.ideaCountFloors[covered.length] ?? 0),
      gradingRules.ideaCountCaps[covered.length] ?? 10,
    );
    if (words.length < gradingRules.developedWords) score = Math.min(score, gradingRules.undevelopedCap);
    if (flags.tooShort) score = Math.min(score, gradingRules.caps.tooShort);
    if (flags.copiedFromCourse) score = Math.min(score, gradingRules.caps.copiedFromCourse);
    if (flags.copiedQuestion) score = Math.min(score, gradingRules.caps.copiedQuestion);
    const result: GradeResult = { question, score, band: bandOf(score), covered, missing, flags };
    return { result, language, courseCopyShare, questionCopyShare, matches };
  };

  return { inspect, grade: (question, answer) => inspect(question, answer).result };
}
