import { describe, expect, it } from "vitest";
import { type CliOptions, parseCliArgs, runGrade } from "../../src/cli/grade.js";
import { rubricOf } from "../pack.js";
import { grader } from "./grader.js";

const questions = [1, 2, 3, 4];
const options = (args: string[]) => parseCliArgs(args, questions) as CliOptions;

describe("GIVEN the grade command line", () => {
  it("THEN it prints one JSON line with the question, score, band and ideas", () => {
    const outcome = runGrade(
      options(["--question", "3"]),
      "La viralité est à double tranchant : un contenu partagé très vite donne de la visibilité à la marque, mais les rumeurs et les fake news se propagent aussi vite et peuvent abîmer son image. Il faut donc réagir rapidement.\n",
      grader,
    );
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toBe("");
    expect(outcome.stdout.endsWith("\n")).toBe(true);
    expect(outcome.stdout.trim().split("\n")).toHaveLength(1);
    const line = JSON.parse(outcome.stdout);
    expect(Object.keys(line)).toEqual(["question", "score", "band", "covered", "missing"]);
    expect(line).toMatchObject({ question: 3, band: "good" });
    expect([...line.covered, ...line.missing]).toHaveLength(rubricOf(3).ideas.length);
  });

  it("THEN --details adds the flags and their explanations", () => {
    const line = JSON.parse(runGrade(options(["-q", "1", "--details"]), "liker, commenter", grader).stdout);
    expect(line.flags).toEqual({ tooShort: true });
    expect(line.explanations).toHaveLength(1);
  });

  it.each([
    [[], "Précise la question"],
    [["--question", "5"], "--question doit valoir 1, 2, 3 ou 4"],
    [["--question", "0"], "--question doit valoir 1, 2, 3 ou 4"],
    [["--question", "deux"], "--question doit valoir 1, 2, 3 ou 4"],
    [["--question"], "Arguments invalides"],
    [["--question", "1", "--verbose"], "Arguments invalides"],
    [["--question", "1", "en trop"], "Arguments invalides"],
  ])("THEN the arguments %j are refused with exit code 2", (args, message) => {
    const outcome = parseCliArgs(args, questions);
    expect(outcome).toMatchObject({ code: 2, stdout: "" });
    expect("stderr" in outcome && outcome.stderr).toContain(message);
  });

  it.each([
    ["", "Aucune réponse reçue"],
    ["   \n\t ", "Aucune réponse reçue"],
    ["a".repeat(2001), "2000 au plus"],
  ])("THEN the input %j is refused with exit code 2", (input, message) => {
    const outcome = runGrade(options(["--question", "1"]), input, grader);
    expect(outcome).toMatchObject({ code: 2, stdout: "" });
    expect(outcome.stderr).toContain(message);
  });
});
