import { Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { addMasteredPairs, masteryByQuestion, noMasteredPairs } from "../../src/domain/quiz/mastery.js";
import { emptyProfile, type ItemProgress, type Profile } from "../../src/domain/quiz/profile.js";
import { DEFAULT_RETENTION, retrievability, reviewCard } from "../../src/domain/quiz/reviews.js";

const NOW = Date.parse("2026-03-10T17:00:00Z");
const DAY = 86_400_000;

/** Two questions, the second listed first: the figures keep the bank's order of questions. */
const bank = [
  { id: "q2-a", question: 2 },
  { id: "q1-a", question: 1 },
  { id: "q1-b", question: 1 },
  { id: "q1-c", question: 1 },
] as const;

/** An item answered right `reviews` times, a week apart, the last one `daysAgo` before NOW. */
function learned(reviews: number, daysAgo: number): ItemProgress {
  let card: ItemProgress["card"] | undefined;
  for (let review = reviews - 1; review >= 0; review--)
    card = reviewCard(card, Rating.Good, NOW - (daysAgo + 7 * review) * DAY, DEFAULT_RETENTION);
  if (!card) throw new Error("no review");
  return { card, lastDay: "2026-03-01", lastCorrect: true, attempts: reviews, correct: reviews };
}

function profileWith(items: Record<string, ItemProgress>): Profile {
  return { ...emptyProfile("Léa"), items };
}

describe("GIVEN a member's items and the bank", () => {
  const strong = learned(4, 2);
  const fresh = learned(1, 1);
  const profile = profileWith({ "q1-a": strong, "q1-c": fresh, "q9-gone": learned(4, 1) });

  it("THEN a question's mastery is the mean retrievability over all its items, unanswered ones counting 0", () => {
    const mastery = masteryByQuestion(profile, bank, NOW);
    expect([...mastery.keys()]).toEqual([2, 1]);
    expect(mastery.get(2)).toBe(0);
    const expected = (retrievability(strong.card, NOW) + retrievability(fresh.card, NOW)) / 3;
    expect(mastery.get(1)).toBeCloseTo(expected, 12);
    expect(mastery.get(1)).toBeGreaterThan(0);
  });

  it("THEN an item the course no longer has counts neither in mastery nor in the mastered pairs", () => {
    const counts = noMasteredPairs(bank);
    addMasteredPairs(counts, profile, bank);
    expect(counts).toEqual({ "1": 1, "2": 0 });
    const withoutGone = masteryByQuestion(profileWith({ "q1-a": strong, "q1-c": fresh }), bank, NOW);
    expect(masteryByQuestion(profile, bank, NOW)).toEqual(withoutGone);
  });

  it("THEN no profile has no mastery, question by question", () => {
    expect(masteryByQuestion(undefined, bank, NOW)).toEqual(
      new Map([
        [2, 0],
        [1, 0],
      ]),
    );
  });
});
