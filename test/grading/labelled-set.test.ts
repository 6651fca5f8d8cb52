import { describe, expect, it } from "vitest";
import type { GradeDetails } from "../../src/domain/grading/grade.js";
import { rubricOf } from "../pack.js";
import { grader } from "./grader.js";
import { type LabelledAnswer, labelledAnswers } from "./labelled-answers.js";
import { untunedAnswers } from "./labelled-untuned.js";

interface Row {
  readonly answer: LabelledAnswer;
  readonly details: GradeDetails;
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

/** Band and idea agreement of the grader with the teacher's labels, and one line per disagreement. */
function agreement(rows: readonly Row[]) {
  let bands = 0;
  let ideaDecisions = 0;
  let ideaAgreements = 0;
  let truePositives = 0;
  let predicted = 0;
  let expected = 0;
  let exactIdeaSets = 0;
  const disagreements: string[] = [];
  for (const { answer, details } of rows) {
    const { result } = details;
    if (result.band === answer.band) bands++;
    const wanted = new Set(answer.ideas);
    const got = new Set(result.covered);
    for (const idea of rubricOf(answer.question).ideas) {
      ideaDecisions++;
      if (wanted.has(idea.id) === got.has(idea.id)) ideaAgreements++;
    }
    truePositives += [...got].filter((idea) => wanted.has(idea)).length;
    predicted += got.size;
    expected += wanted.size;
    const sameSet = wanted.size === got.size && [...wanted].every((idea) => got.has(idea));
    if (sameSet) exactIdeaSets++;
    if (result.band !== answer.band || !sameSet) {
      const extra = [...got].filter((idea) => !wanted.has(idea));
      const lacking = [...wanted].filter((idea) => !got.has(idea));
      disagreements.push(
        `${result.band === answer.band ? "  " : "✗ "}${answer.id}: ${answer.band} → ${result.band} (${result.score}/10)` +
          (extra.length ? ` +[${extra.join(", ")}]` : "") +
          (lacking.length ? ` -[${lacking.join(", ")}]` : "") +
          (Object.keys(result.flags).length ? ` flags=${JSON.stringify(result.flags)}` : ""),
      );
    }
  }
  const summary = [
    `  bands: ${bands}/${rows.length} agree (${percent(bands, rows.length)})`,
    `  ideas: ${ideaAgreements}/${ideaDecisions} covered/missing decisions agree (${percent(ideaAgreements, ideaDecisions)}); ` +
      `precision ${percent(truePositives, predicted)}, recall ${percent(truePositives, expected)}; ` +
      `exact idea sets ${exactIdeaSets}/${rows.length}`,
  ];
  return { bandShare: bands / rows.length, summary, disagreements };
}

const sets = [
  {
    name: "tuned set (the rubric and the grader were tuned on it)",
    answers: labelledAnswers,
    perQuestion: 15,
  },
  {
    name: "untuned set (written and labelled before issue 10's changes, never tuned on)",
    answers: untunedAnswers,
    perQuestion: 8,
  },
] as const;

/** Agreement of the grader with the teacher's labels, each set apart; each fails under 90% on bands. */
describe.each(sets)("GIVEN the $name", ({ name, answers, perQuestion }) => {
  const rows: Row[] = answers.map((answer) => ({ answer, details: grader.inspect(answer.question, answer.text) }));

  it(`THEN it holds at least ${perQuestion} answers per question, with unique ids`, () => {
    for (const question of [1, 2, 3, 4] as const) {
      expect(answers.filter((answer) => answer.question === question).length).toBeGreaterThanOrEqual(perQuestion);
    }
    const ids = [...labelledAnswers, ...untunedAnswers].map((answer) => answer.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("THEN it only names ideas of its question's rubric", () => {
    for (const { answer } of rows) {
      const ids = new Set(rubricOf(answer.question).ideas.map((idea) => idea.id));
      for (const idea of answer.ideas) expect(ids, `${answer.id}: ${idea}`).toContain(idea);
    }
  });

  it("THEN the grader agrees with the teacher on at least 90% of the bands", () => {
    const overall = agreement(rows);
    const rounds =
      answers === labelledAnswers
        ? (["tuning", 1, 2] as const).map((group) => {
            const members = rows.filter(({ answer }) => (answer.holdout ?? "tuning") === group);
            const label = group === "tuning" ? "first tuning round" : `held-out round ${group} (since tuned on)`;
            return `    ${label}: ${agreement(members).summary[0]?.trim()}`;
          })
        : [];
    console.log(
      [`${name}: ${rows.length} answers`, ...overall.summary, ...rounds, ...overall.disagreements].join("\n"),
    );
    expect(overall.bandShare).toBeGreaterThanOrEqual(0.9);
  });

  it("THEN every expected flag is raised and no other", () => {
    const wrong: string[] = [];
    for (const { answer, details } of rows) {
      const flags = details.result.flags;
      for (const flag of ["copiedFromCourse", "copiedQuestion", "notFrench", "tooShort"] as const) {
        if (Boolean(flags[flag]) !== Boolean(answer.flags?.[flag]))
          wrong.push(`${answer.id}: ${flag}=${Boolean(flags[flag])}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
