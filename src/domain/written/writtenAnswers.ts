import type Keyv from "keyv";
import type { StudyQuestionNumber } from "../../content/types.js";
import type { Clock } from "../clock.js";
import type { Grader } from "../grading/grade.js";
import type { GradeResult } from "../grading/types.js";
import type { KeyedLock } from "../locks.js";
import type { QuizService } from "../quiz/quizService.js";
import { localDay } from "../time.js";

/** Points for a counted written answer: its grade times this (a 10/10 answer weighs two right quiz answers). */
export const POINTS_PER_GRADE_POINT = 2;
/** Written answers kept per member, newest first, so they can see their progress. */
export const HISTORY_LIMIT = 50;

export interface WrittenAnswerRecord {
  readonly question: StudyQuestionNumber;
  readonly at: number;
  readonly text: string;
  readonly score: number;
  readonly counted: boolean;
  readonly covered: readonly string[];
}

export type SubmissionOutcome =
  /** Graded; counted towards the score only for the first answer per question per local day. */
  | { readonly status: "graded"; readonly result: GradeResult; readonly counted: boolean; readonly points: number }
  /** Not French: not graded, nothing counted; the student is asked to write in French. */
  | { readonly status: "not-french"; readonly result: GradeResult };

/**
 * Written answers to the four study questions: graded by the course grader, counted once per question per
 * day in the same profile (and under the same member lock) as the quiz scores, and kept as a history.
 */
export class WrittenAnswers {
  constructor(
    private readonly options: {
      readonly grader: Grader;
      readonly quiz: QuizService;
      readonly store: Keyv;
      readonly clock: Clock;
      readonly locks: KeyedLock;
      readonly timeZoneOf: (guildId: string) => Promise<string>;
    },
  ) {}

  static historyKey(guildId: string, userId: string): string {
    return `written:${guildId}:${userId}`;
  }

  async submit(input: {
    guildId: string;
    userId: string;
    name: string;
    question: StudyQuestionNumber;
    text: string;
  }): Promise<SubmissionOutcome> {
    const { grader, quiz, clock } = this.options;
    const result = grader.grade(input.question, input.text);
    if (result.flags.notFrench) return { status: "not-french", result };

    const now = clock.now();
    const today = localDay(now, await this.options.timeZoneOf(input.guildId));
    const dayKey = String(input.question);
    const { counted, points } = await quiz.updateProfile(input.guildId, input.userId, input.name, (profile) => {
      const counts = profile.writtenDays?.[dayKey] !== today;
      if (!counts) return { profile, result: { counted: false, points: 0 } };
      const earned = result.score * POINTS_PER_GRADE_POINT;
      const best = Math.max(profile.bestGrades?.[dayKey] ?? 0, result.score);
      return {
        profile: {
          ...profile,
          points: profile.points + earned,
          bestGrades: { ...profile.bestGrades, [dayKey]: best },
          writtenDays: { ...profile.writtenDays, [dayKey]: today },
        },
        result: { counted: true, points: earned },
      };
    });

    const record: WrittenAnswerRecord = {
      question: input.question,
      at: now.getTime(),
      text: input.text,
      score: result.score,
      counted,
      covered: result.covered,
    };
    await this.#append(input.guildId, input.userId, record);
    return { status: "graded", result, counted, points };
  }

  async history(guildId: string, userId: string): Promise<WrittenAnswerRecord[]> {
    return (
      ((await this.options.store.get(WrittenAnswers.historyKey(guildId, userId))) as
        | WrittenAnswerRecord[]
        | undefined) ?? []
    );
  }

  /** Erases a member's written answers (RGPD); returns how many there were. */
  async forget(guildId: string, userId: string): Promise<number> {
    const key = WrittenAnswers.historyKey(guildId, userId);
    return this.options.locks.run(key, async () => {
      const history = await this.history(guildId, userId);
      await this.options.store.delete(key);
      return history.length;
    });
  }

  async #append(guildId: string, userId: string, record: WrittenAnswerRecord): Promise<void> {
    const key = WrittenAnswers.historyKey(guildId, userId);
    await this.options.locks.run(key, async () => {
      const history = await this.history(guildId, userId);
      await this.options.store.set(key, [record, ...history].slice(0, HISTORY_LIMIT));
    });
  }
}
