import { z } from "zod";
import type { QuizItem } from "./types.js";
import { duplicates } from "./validate.js";

/** Button labels hold 80 characters, with "A. " before the option; select options 100. */
const OPTION_MAX = 77;

const itemSchema = z
  .object({
    id: z.string().regex(/^q[1-4]-\d{2}$/, "doit s'écrire qN-NN"),
    question: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    kind: z.enum(["single", "multiple", "truefalse"]),
    prompt: z.string().trim().min(1).max(1000),
    options: z.array(
      z.object({ id: z.string().regex(/^[a-ev]$|^f$/), text: z.string().trim().min(1).max(OPTION_MAX) }),
    ),
    correct: z.array(z.string()).min(1),
    explanation: z.string().trim().min(1).max(300),
    sources: z.array(z.string()).min(1),
  })
  .check((context) => {
    const item = context.value;
    const optionIds = item.options.map((option) => option.id);
    const problem = (message: string) => context.issues.push({ code: "custom", input: item, message });
    if (item.kind === "truefalse" && optionIds.join() !== "v,f")
      problem("un vrai/faux a exactement les options v et f");
    if (item.kind !== "truefalse" && (item.options.length < 3 || item.options.length > 5)) problem("3 à 5 options");
    if (item.correct.some((id) => !optionIds.includes(id))) problem("une bonne réponse n'est pas une option");
    if (item.kind !== "multiple" && item.correct.length !== 1) problem("une seule bonne réponse");
    if (item.kind === "multiple" && (item.correct.length < 2 || item.correct.length === item.options.length)) {
      problem("« plusieurs réponses » : au moins deux bonnes et une fausse");
    }
    if (item.question !== Number(item.id[1])) problem("le numéro de question ne correspond pas à l'identifiant");
  });

/** Problems in the quiz bank, one line each: shapes, limits, unique ids, and citations of real sections. */
export function quizProblems(items: readonly QuizItem[], sectionExists: (ref: string) => boolean): string[] {
  const problems: string[] = [];
  items.forEach((item, index) => {
    const parsed = itemSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`quiz[${index}] ${item.id} ${issue.path.join(".")} : ${issue.message}`);
    }
    for (const ref of item.sources) {
      if (!sectionExists(ref)) problems.push(`quiz ${item.id} cite une section inconnue : ${ref}`);
    }
  });
  problems.push(
    ...duplicates(
      items.map((item) => item.id),
      "question de quiz",
    ),
  );
  for (const question of [1, 2, 3, 4]) {
    if (items.filter((item) => item.question === question).length < 8)
      problems.push(`moins de 8 questions de quiz pour la question ${question}`);
  }
  return problems;
}
