/**
 * FSRS against the released Leitner boxes, for one simulated student: the course's quiz items, five new ones a
 * day, one session a day at 18:00 in Paris that asks every item due, 60 days. The student is right 80 % of the
 * time, and the SAME answers go to both schedulers: the n-th answer to an item is right or wrong by a seeded
 * hash of (seed, item, n), whichever day it comes.
 *
 * At the end, each item's retrievability is FSRS's model (ts-fsrs, default FSRS-6 weights) applied to the
 * item's review history: for FSRS, the cards it scheduled with; for Leitner, the same model replayed over the
 * days and answers the boxes produced. So both columns measure memory with one yardstick.
 *
 *   npx tsx scripts/sim/fsrs-vs-leitner.ts [seed] [days]
 */
import { Rating } from "ts-fsrs";
import { loadCoursePack } from "../../src/content/index.js";
import { daysUntilDue, type LeitnerProgress, nextProgress } from "../../src/domain/quiz/leitner.js";
import { dueDayOf, type ReviewCard, retrievability, reviewCard } from "../../src/domain/quiz/reviews.js";
import { addDays } from "../../src/domain/tips/schedule.js";

const seed = Number(process.argv[2] ?? 1);
const days = Number(process.argv[3] ?? 60);
const RIGHT_RATE = 0.8;
const NEW_PER_DAY = 5;
const RETENTION = 0.9;
const TIME_ZONE = "Europe/Paris";
const FIRST_DAY = "2026-01-05";
/** 18:00 in Paris in winter. */
const sessionAt = (day: string) => Date.parse(`${day}T17:00:00Z`);

interface Outcome {
  readonly scheduler: string;
  readonly reviews: number;
  readonly answers: number;
  readonly above90: number;
  readonly meanRecall: number;
}

/** The student's n-th answer to an item: the same under both schedulers. */
function answersRight(itemId: string, attempt: number): boolean {
  let hash = 0x811c9dc5;
  for (const char of `${seed}:${itemId}:${attempt}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash / 2 ** 32 < RIGHT_RATE;
}

type Scheduler<S> = {
  readonly name: string;
  isDue(state: S, day: string): boolean;
  review(state: S | undefined, right: boolean, day: string): S;
};

/** One student, one scheduler: returns the answers asked and each item's review history (when, right). */
function run<S>(items: readonly string[], scheduler: Scheduler<S>) {
  const states = new Map<string, S>();
  const history = new Map<string, { at: number; right: boolean }[]>();
  let reviews = 0;
  let answers = 0;
  for (let index = 0; index < days; index++) {
    const day = addDays(FIRST_DAY, index);
    const due = [...states].filter(([, state]) => scheduler.isDue(state, day)).map(([id]) => id);
    const fresh = items.filter((id) => !states.has(id)).slice(0, NEW_PER_DAY);
    reviews += due.length;
    for (const itemId of [...due, ...fresh]) {
      const past = history.get(itemId) ?? [];
      const right = answersRight(itemId, past.length);
      states.set(itemId, scheduler.review(states.get(itemId), right, day));
      history.set(itemId, [...past, { at: sessionAt(day), right }]);
      answers += 1;
    }
  }
  return { reviews, answers, history };
}

/** FSRS's card replayed over a review history (Again for wrong, Good for right). */
function replay(reviews: readonly { at: number; right: boolean }[]): ReviewCard | undefined {
  let card: ReviewCard | undefined;
  for (const review of reviews)
    card = reviewCard(card, review.right ? Rating.Good : Rating.Again, review.at, RETENTION);
  return card;
}

function outcome(name: string, items: readonly string[], result: ReturnType<typeof run>): Outcome {
  const end = sessionAt(addDays(FIRST_DAY, days));
  const recalls = items.map((id) => {
    const card = replay(result.history.get(id) ?? []);
    return card ? retrievability(card, end) : 0;
  });
  return {
    scheduler: name,
    reviews: result.reviews,
    answers: result.answers,
    above90: recalls.filter((recall) => recall > 0.9).length / items.length,
    meanRecall: recalls.reduce((sum, recall) => sum + recall, 0) / items.length,
  };
}

const leitner: Scheduler<LeitnerProgress> = {
  name: "Leitner (0/1/3/7/14 days)",
  isDue: (state, day) => daysUntilDue(state, day) <= 0,
  review: (state, right, day) => nextProgress(state, right, day),
};

const fsrs: Scheduler<ReviewCard> = {
  name: `FSRS-6 (ts-fsrs, retention ${RETENTION})`,
  isDue: (card, day) => dueDayOf(card, TIME_ZONE) <= day,
  review: (card, right, day) => reviewCard(card, right ? Rating.Good : Rating.Again, sessionAt(day), RETENTION),
};

const pack = await loadCoursePack();
const items = pack.quiz.map((item) => item.id);
const results = [outcome(leitner.name, items, run(items, leitner)), outcome(fsrs.name, items, run(items, fsrs))];
console.log(
  `${items.length} items, ${NEW_PER_DAY} new a day, ${days} days, ${RIGHT_RATE * 100} % right, seed ${seed}; ` +
    "retrievability at the end by FSRS's model over each item's review history",
);
console.table(
  results.map((result) => ({
    scheduler: result.scheduler,
    "reviews asked": result.reviews,
    "answers (reviews + first sight)": result.answers,
    "items above 90 % recall": `${(result.above90 * 100).toFixed(1)} %`,
    "mean recall": `${(result.meanRecall * 100).toFixed(1)} %`,
  })),
);
