import type { StudyQuestionNumber } from "../../content/types.js";
import type { Profile } from "../quiz/quizService.js";
import { EventLoopTurns } from "../turns.js";
import { median } from "./chartData.js";
import type { MemberProfile } from "./classReport.js";
import { memberCells } from "./reportCsv.js";

/**
 * What the report keeps of one member: their name and points (the CSV's order) and the rest of their CSV line,
 * formatted while their profile is in hand (memberCells), instead of the profile itself: 100,000 of these are
 * three small objects each, where profiles are dozens (items, sessions, activity) the garbage collector would
 * copy and trace for the whole report.
 */
export interface MemberRow {
  readonly name: string;
  /** This term's points. */
  readonly points: number;
  /** The CSV cells after the rank, from their answers to their Discord ID (memberCells). */
  readonly cells: string;
}

/** Everything `/rapport` needs from the profiles, from one reading of each. */
export interface ClassSummary {
  /** The study questions, in order: the columns of each row's `mastery` and `grades`. */
  readonly questions: readonly StudyQuestionNumber[];
  /** One per member, in the order read. */
  readonly rows: readonly MemberRow[];
  /** Members who answered at least once: the basis of `mean` and `median`. */
  readonly learners: number;
  /** Per study question, the mean of the learners' mastery (0–1). */
  readonly mean: ReadonlyMap<StudyQuestionNumber, number>;
  /** Per study question, the median of the learners' mastery (0–1). */
  readonly median: ReadonlyMap<StudyQuestionNumber, number>;
  /** Per study question of the bank, the exact mastered (member, item) pairs, as `ClassStats.mastered` keeps them. */
  readonly mastered: Readonly<Record<string, number>>;
}

/**
 * One pass over the members' profiles (chunks, as the store scan hands them out): each profile is read once,
 * its mastery computed once by `mastery` (the quiz's one definition of it), and only its row kept, so 100,000
 * profiles are never all in memory at once. The event loop is served every few milliseconds.
 */
export async function summarizeClass(input: {
  profiles: AsyncIterable<readonly MemberProfile[]> | Iterable<readonly MemberProfile[]>;
  /** A member's mastery (0–1) per study question. */
  mastery: (profile: Profile) => ReadonlyMap<StudyQuestionNumber, number>;
  questions: readonly StudyQuestionNumber[];
  /** How many bank items each study question has (the mastered counts' unit). */
  itemsPerQuestion: ReadonlyMap<StudyQuestionNumber, number>;
  /** The guild's local day, for the current streaks. */
  today: string;
}): Promise<ClassSummary> {
  const { questions } = input;
  const turns = new EventLoopTurns();
  const rows: MemberRow[] = [];
  // Per study question, the mastery of each member who answered at least once, for the mean and the median.
  const learnersMastery = questions.map(() => new GrowingArray());
  let learners = 0;
  const counted = [...input.itemsPerQuestion];
  const mastered = counted.map(() => 0);
  for await (const chunk of input.profiles) {
    for (const { userId, profile } of chunk) {
      const own = input.mastery(profile);
      if (hasItems(profile)) {
        learners += 1;
        for (let index = 0; index < questions.length; index++)
          learnersMastery[index]?.push(own.get(questions[index] as StudyQuestionNumber) ?? 0);
      }
      for (let index = 0; index < counted.length; index++) {
        const [question, items] = counted[index] as [StudyQuestionNumber, number];
        mastered[index] = (mastered[index] ?? 0) + Math.round((own.get(question) ?? 0) * items);
      }
      rows.push({
        name: profile.name,
        points: profile.points,
        cells: memberCells(userId, profile, own, questions, input.today),
      });
      if (turns.due()) await turns.give();
    }
  }
  const means = new Map<StudyQuestionNumber, number>();
  const medians = new Map<StudyQuestionNumber, number>();
  for (const [index, question] of questions.entries()) {
    const values = learnersMastery[index]?.view() ?? new Float64Array();
    means.set(question, mean(values));
    // A sort of 100,000 numbers: a turn for the event loop after each question's.
    medians.set(question, median(values));
    await turns.give();
  }
  return {
    questions,
    rows,
    learners,
    mean: means,
    median: medians,
    mastered: Object.fromEntries(counted.map(([question], index) => [question, mastered[index] ?? 0])),
  };
}

/** At least one item answered (without listing every key of the member's items). */
function hasItems(profile: Profile): boolean {
  for (const _ in profile.items) return true;
  return false;
}

function mean(values: Float64Array): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Numbers appended one by one into a typed array (8 bytes each, no boxing), doubled when full. */
class GrowingArray {
  #values = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.#values.length) {
      const larger = new Float64Array(this.#values.length * 2);
      larger.set(this.#values);
      this.#values = larger;
    }
    this.#values[this.length++] = value;
  }

  view(): Float64Array {
    return this.#values.subarray(0, this.length);
  }
}
