import { text as readAll } from "node:stream/consumers";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { ConfigError, loadContentDir } from "../app/config.js";
import { formatProblem, readPack } from "../content/pack/load.js";
import { reponseStrings } from "../content/reponse-strings.js";
import type { StudyQuestionNumber } from "../content/types.js";
import { createCourseGrader } from "../domain/grading/course-grader.js";
import type { Grader } from "../domain/grading/grade.js";
import type { GradeFlags } from "../domain/grading/types.js";
import { MAX_ANSWER_LENGTH } from "./answerSheet.js";
import { type FileOptions, runGradeFile } from "./gradeFile.js";

/**
 * `npm run --silent grade -- --question N [--details] < answer.txt`
 *
 * Grades one answer read on standard input and prints one JSON line:
 * {"question":N,"score":S,"band":"insufficient|partial|good","covered":[...],"missing":[...]}
 * With --details, the line also carries the flags and their explanations for the student.
 * Bad input (no text, no valid N, unknown option, answer over 2000 characters): a French message on
 * standard error and exit code 2. A broken course pack (RESO_CONTENT_DIR, or src/content): exit code 1.
 *
 * `npm run grade -- --file reponses.csv [--out notes.csv]`: every answer of a file, see gradeFile.ts.
 */

export { MAX_ANSWER_LENGTH };

const usage = "Usage : npm run --silent grade -- --question N [--details] < reponse.txt   (N : une question d'étude)";

/** "1, 2, 3 ou 4". */
const inFrench = (numbers: readonly number[]) =>
  numbers.length < 2 ? numbers.join("") : `${numbers.slice(0, -1).join(", ")} ou ${numbers.at(-1)}`;

const help = (
  questions: readonly number[],
) => `Corrige des réponses aux questions d'étude du cours (${inFrench(questions)}).

Une réponse, lue sur l'entrée standard :
  npm run --silent grade -- --question N [--details] < reponse.txt
  N : ${inFrench(questions)} ; affiche une ligne JSON (note sur 10, niveau, idées présentes et manquantes) ;
  --details ajoute les remarques que lirait l'élève.

Toutes les réponses d'un fichier :
  npm run grade -- --file reponses.csv [--out notes.csv]
  reponses.csv : une réponse par ligne, colonnes nom ; question ; réponse (séparateur « ; » ou « , »,
  ligne d'en-tête facultative, question N ou QN), ou un fichier JSON lines (.jsonl) :
  {"nom": "…", "question": 1, "reponse": "…"} par ligne.
  Les notes sont écrites dans reponses-notes.csv, à côté (pour Excel : « ; », UTF-8), ou dans le
  fichier de --out ; --out - les affiche. Une ligne qui ne peut pas être corrigée est signalée
  (« ligne N : raison ») et les autres sont corrigées.

Code de sortie : 0 si tout est corrigé ; 1 si une ligne du fichier n'a pas pu être corrigée (ou si la
grille de correction est invalide) ; 2 si la commande ou le fichier est inutilisable.
`;

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

/**
 * Reads the command line, for the study questions `questions` of the pack: one answer (--question), a file
 * (--file), or a CliOutcome (help, or exit 2).
 */
export function parseCliArgs(
  args: readonly string[],
  questions: readonly StudyQuestionNumber[],
): CliOptions | FileOptions | CliOutcome {
  let values: { question?: string; details?: boolean; file?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        question: { type: "string", short: "q" },
        details: { type: "boolean" },
        file: { type: "string", short: "f" },
        out: { type: "string", short: "o" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch {
    return badInput(
      `Arguments invalides : « ${args.join(" ")} ». Options : --question N [--details], ou --file F [--out F], ou --help.`,
    );
  }
  if (values.help) return { code: 0, stdout: help(questions), stderr: "" };
  if (values.file !== undefined) {
    if (values.question !== undefined || values.details) {
      return badInput(
        "--file corrige tout un fichier (la question est dans le fichier) : sans --question ni --details.",
      );
    }
    if (!values.file.trim()) return badInput("--file attend le chemin d'un fichier de réponses.");
    return { file: values.file, out: values.out?.trim() || undefined };
  }
  if (values.out !== undefined) return badInput("--out ne s'utilise qu'avec --file.");
  if (values.question === undefined) {
    return badInput(
      `Précise la question avec --question N (N : ${inFrench(questions)}), ou un fichier de réponses avec --file.`,
    );
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
  let contentDir: string;
  try {
    contentDir = loadContentDir();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return finish({ code: 1, stdout: "", stderr: `${error.problems.join("\n")}\n` });
  }
  const { pack, problems } = readPack(contentDir);
  if (!pack) {
    process.stderr.write(`Contenu du cours invalide :\n${problems.map(formatProblem).join("\n")}\n`);
    process.exitCode = 1;
    return;
  }
  const questions = pack.questions.map((question) => question.number);
  const options = parseCliArgs(process.argv.slice(2), questions);
  if ("code" in options) return finish(options);
  const grader = createCourseGrader(pack);
  if ("file" in options) {
    const ideaLabel = (question: StudyQuestionNumber, idea: string) =>
      pack.rubric.get(question)?.ideas.find((candidate) => candidate.id === idea)?.label ?? idea;
    // npm runs scripts in Réso's folder; a path is meant from where the teacher typed the command.
    const cwd = process.env.INIT_CWD;
    return finish(await runGradeFile({ ...options, cwd }, { grader, questions, ideaLabel }));
  }
  if (process.stdin.isTTY) process.stderr.write("Écris la réponse, puis Ctrl-D pour la corriger.\n");
  const input = await readAll(process.stdin);
  finish(runGrade(options, input, grader));
}

function finish(outcome: CliOutcome): void {
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
