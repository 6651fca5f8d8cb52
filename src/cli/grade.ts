import { text as readAll } from "node:stream/consumers";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { formatProblem, readPack } from "../content/pack/load.js";
import { packDirFromEnv } from "../content/pack/location.js";
import { reponseStrings } from "../content/reponse-strings.js";
import type { StudyQuestionNumber } from "../content/types.js";
import { createCourseGrader } from "../domain/grading/course-grader.js";
import type { Grader } from "../domain/grading/grade.js";
import type { GradeFlags } from "../domain/grading/types.js";

/**
 * `npm run --silent grade -- --question N [--details] < answer.txt`
 *
 * Grades one answer read on standard input and prints one JSON line:
 * {"question":N,"score":S,"band":"insufficient|partial|good","covered":[...],"missing":[...]}
 * With --details, the line also carries the flags and their explanations for the student.
 * Bad input (no text, no valid N, unknown option, answer over 2000 characters): a French message on
 * standard error and exit code 2. A broken course pack (RESO_CONTENT_DIR, or src/content): exit code 1.
 */

export const MAX_ANSWER_LENGTH = 2000;
const usage = "Usage : npm run --silent grade -- --question N [--details] < reponse.txt   (N : une question d'étude)";

export interface CliOptions {
  readonly question: StudyQuestionNumber;
  readonly details: boolean;
}

export interface CliOutcome {
  readonly code: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

const badInput = (message: string): CliOutcome => ({ code: 2, stdout: "", stderr: `${message}\n${usage}\n` });

/** "1, 2, 3 ou 4". */
const inFrench = (numbers: readonly number[]) =>
  numbers.length < 2 ? numbers.join("") : `${numbers.slice(0, -1).join(", ")} ou ${numbers.at(-1)}`;

/** Reads the command line, for the study questions `questions` of the pack; a CliOutcome (exit 2) when it is wrong. */
export function parseCliArgs(
  args: readonly string[],
  questions: readonly StudyQuestionNumber[],
): CliOptions | CliOutcome {
  let values: { question?: string | undefined; details?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { question: { type: "string", short: "q" }, details: { type: "boolean" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch {
    return badInput(`Arguments invalides : « ${args.join(" ")} ». Seules --question N et --details sont acceptées.`);
  }
  if (values.question === undefined) {
    return badInput(`Précise la question avec --question N (N : ${inFrench(questions)}).`);
  }
  const question = values.question.trim();
  if (!/^\d+$/.test(question) || !questions.includes(Number(question))) {
    return badInput(`--question doit valoir ${inFrench(questions)} (reçu : « ${values.question} »).`);
  }
  return { question: Number(question), details: values.details ?? false };
}

/** Grades the answer `input` for the options; pure apart from the grader it is given. */
export function runGrade(options: CliOptions, input: string, grader: Grader): CliOutcome {
  const answer = input.trim();
  if (answer.length === 0) {
    return badInput(
      "Aucune réponse reçue sur l'entrée standard : envoie le texte de la réponse, par exemple " +
        "« echo 'Ma réponse…' | npm run --silent grade -- --question 1 ».",
    );
  }
  if (answer.length > MAX_ANSWER_LENGTH) {
    return badInput(`La réponse fait ${answer.length} caractères : ${MAX_ANSWER_LENGTH} au plus.`);
  }
  const { question, score, band, covered, missing, flags } = grader.grade(options.question, answer);
  const line: Record<string, unknown> = { question, score, band, covered, missing };
  if (options.details) {
    line.flags = flags;
    const messages = { ...reponseStrings.fr.flags, notFrench: reponseStrings.fr.notFrench };
    line.explanations = (Object.keys(messages) as (keyof GradeFlags)[])
      .filter((flag) => flags[flag])
      .map((flag) => messages[flag]);
  }
  return { code: 0, stdout: `${JSON.stringify(line)}\n`, stderr: "" };
}

async function main(): Promise<void> {
  const { pack, problems } = readPack(packDirFromEnv());
  if (!pack) {
    process.stderr.write(`Contenu du cours invalide :\n${problems.map(formatProblem).join("\n")}\n`);
    process.exitCode = 1;
    return;
  }
  const options = parseCliArgs(
    process.argv.slice(2),
    pack.questions.map((question) => question.number),
  );
  if ("code" in options) {
    process.stderr.write(options.stderr);
    process.exitCode = options.code;
    return;
  }
  if (process.stdin.isTTY) process.stderr.write("Écris la réponse, puis Ctrl-D pour la corriger.\n");
  const input = await readAll(process.stdin);
  const outcome = runGrade(options, input, createCourseGrader(pack));
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
