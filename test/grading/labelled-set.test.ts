import { describe, expect, it } from "vitest";
import { rubricOf } from "../pack.js";
import { grader } from "./grader.js";
import { labelledAnswers } from "./labelled-answers.js";

/** Agreement of the grader with the teacher's labels; fails under 90% on bands. */
describe("GIVEN the labelled set of student answers", () => {
  const rows = labelledAnswers.map((answer) => ({ answer, details: grader.inspect(answer.question, answer.text) }));

  it("THEN it holds at least 15 answers per question", () => {
    for (const question of [1, 2, 3, 4] as const) {
      expect(labelledAnswers.filter((answer) => answer.question === question).length).toBeGreaterThanOrEqual(15);
    }
  });

  it("THEN it only names ideas of its question's rubric", () => {
    for (const { answer } of rows) {
      const ids = new Set(rubricOf(answer.question).ideas.map((idea) => idea.id));
      for (const idea of answer.ideas) expect(ids, `${answer.id}: ${idea}`).toContain(idea);
    }
  });

  it("THEN the grader agrees with the teacher on at least 90% of the bands", () => {
    const groups = (["tuning", 1, 2] as const).map((group) => {
      const members = rows.filter(({ answer }) => (answer.holdout ?? "tuning") === group);
      const bands = members.filter(({ answer, details }) => details.result.band === answer.band).length;
      let ideas = 0;
      let decisions = 0;
      for (const { answer, details } of members) {
        for (const idea of rubricOf(answer.question).ideas) {
          decisions++;
          if (answer.ideas.includes(idea.id) === details.result.covered.includes(idea.id)) ideas++;
        }
      }
      const name = group === "tuning" ? "tuning set" : `held-out round ${group}`;
      return `    ${name}: bands ${bands}/${members.length}, ideas ${ideas}/${decisions}`;
    });
    let bandAgreements = 0;
    let ideaDecisions = 0;
    let ideaAgreements = 0;
    let truePositives = 0;
    let predicted = 0;
    let expected = 0;
    let exactIdeaSets = 0;
    const disagreements: string[] = [];
    for (const { answer, details } of rows) {
      const { result } = details;
      if (result.band === answer.band) bandAgreements++;
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
    const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
    console.log(
      [
        `Labelled set: ${rows.length} answers`,
        `  bands: ${bandAgreements}/${rows.length} agree (${percent(bandAgreements, rows.length)})`,
        `  ideas: ${ideaAgreements}/${ideaDecisions} covered/missing decisions agree (${percent(ideaAgreements, ideaDecisions)}); ` +
          `precision ${percent(truePositives, predicted)}, recall ${percent(truePositives, expected)}; ` +
          `exact idea sets ${exactIdeaSets}/${rows.length}`,
        ...groups,
        ...disagreements,
      ].join("\n"),
    );
    expect(bandAgreements / rows.length).toBeGreaterThanOrEqual(0.9);
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
