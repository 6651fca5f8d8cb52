import { z } from "zod";

/**
 * The course pack's file formats: one zod schema per kind of file, the single source of truth. The TypeScript
 * types of the content (src/content/types.ts) are inferred from them, and `npm run content:schemas` writes the
 * JSON Schemas an editor uses (src/content/schemas/) from them. Descriptions are French: the editor shows them
 * to the teacher. Rules that need more than one file (ids cited elsewhere, duplicates across files) are in
 * check.ts.
 */

/** Discord's limits that the content must respect wherever it is shown. */
export const discordLimits = {
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldValue: 1024,
  selectOptionLabel: 100,
  selectOptionDescription: 100,
  choiceName: 100,
  /** Choices of one slash-command option (the study question of /quiz, /reponse, /quiz-classe). */
  choices: 25,
} as const;

/** The longest a daily tip's text may be: one glance in the channel. */
export const TIP_TEXT_MAX = 600;
/** Button labels hold 80 characters, with "A. " before the option; select options 100. */
export const OPTION_TEXT_MAX = 77;
export const EXPLANATION_MAX = 300;
export const PROMPT_MAX = 1000;

export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "doit être en kebab-case (a-z, 0-9, tirets), par exemple « mon-identifiant »")
  .max(40, "40 caractères au plus");

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "ne doit pas être vide")
    .max(max, `dépasse la limite de Discord (${max} caractères)`)
    .refine((value) => !/\[bookmark:|powered by Disqus|https?:\/\//i.test(value), "contient des débris web");

/** "documentId/sectionId": a section cited by quiz items, tips and rubric ideas. */
export const sectionRef = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, "doit s'écrire « id-du-document/id-de-la-section »")
  .transform((value) => value as `${string}/${string}`)
  .meta({ description: "Une section du cours : « id-du-document/id-de-la-section »." });
const sources = (what: string) =>
  z
    .array(sectionRef)
    .min(1, "doit citer au moins une section du cours")
    .meta({ description: `Les sections du cours ${what} (au moins une).` });

// ─── Course: Markdown files, front matter + "##" sections ─────────────────────────────────────────────────

export const sectionSchema = z.strictObject({
  id: kebabId.meta({ description: "Identifiant stable de la section, écrit {#id} après le titre ##." }),
  title: text(discordLimits.embedTitle),
  text: z
    .string()
    .trim()
    .min(1, "la section est vide")
    .refine((value) => !/\n{3,}/.test(value), "contient des lignes vides en trop (une seule entre deux paragraphes)")
    .refine((value) => !/\[bookmark:|powered by Disqus|https?:\/\//i.test(value), "contient des débris web"),
});

export const documentFrontMatterSchema = z
  .strictObject({
    id: kebabId.meta({
      description:
        "Identifiant stable du document (kebab-case). Ne jamais le changer : les quiz et les astuces le citent.",
    }),
    title: text(discordLimits.embedTitle).meta({ description: "Titre du document, tel qu'il s'affiche dans /cours." }),
    description: text(discordLimits.selectOptionDescription).meta({
      description: "Une phrase (100 caractères au plus) qui dit de quoi parle le document.",
    }),
    source: z.string().trim().min(1, "ne doit pas être vide").meta({
      description: "D'où vient le texte : le fichier ou l'article d'origine.",
    }),
  })
  .meta({ title: "Document du cours (en-tête)", description: "L'en-tête (front matter) d'un document du cours." });

export const documentSchema = documentFrontMatterSchema.extend({ sections: z.array(sectionSchema).min(1) });

// ─── Quiz: one YAML file per study question ──────────────────────────────────────────────────────────────

const optionSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z]$/, "une seule lettre minuscule (a, b, c…)")
    .meta({ description: "Lettre de l'option (a, b, c…), unique dans la question." }),
  text: text(OPTION_TEXT_MAX).meta({ description: "Le texte de l'option (77 caractères au plus)." }),
});

/** The options of every "truefalse" item, written for the teacher when left out. */
export const TRUE_FALSE_OPTIONS = [
  { id: "v", text: "Vrai" },
  { id: "f", text: "Faux" },
] as const;

export const quizItemInputSchema = z.strictObject({
  id: kebabId.meta({
    description: "Identifiant stable (ex. q1-03), unique dans tout le quiz. Ne jamais renuméroter ni réutiliser.",
  }),
  kind: z.enum(["single", "multiple", "truefalse"]).meta({
    description: "single : une bonne réponse ; multiple : plusieurs bonnes réponses ; truefalse : vrai ou faux.",
  }),
  prompt: text(PROMPT_MAX).meta({ description: "L'énoncé de la question." }),
  options: z
    .array(optionSchema)
    .optional()
    .meta({ description: "3 à 5 options (single, multiple). Pour truefalse, ne rien écrire : Vrai (v) et Faux (f)." }),
  correct: z
    .array(z.string())
    .min(1, "au moins une bonne réponse")
    .meta({ description: "Les lettres des bonnes réponses ; pour truefalse, v ou f." }),
  explanation: text(EXPLANATION_MAX).meta({ description: "Pourquoi, en 300 caractères au plus." }),
  sources: sources("qui justifient la réponse"),
});

export const studyQuestionSchema = z.strictObject({
  number: z
    .int("doit être un nombre entier")
    .min(1, "1 ou plus")
    .max(discordLimits.choices, `${discordLimits.choices} au plus (limite de Discord)`)
    .meta({ description: "Numéro de la question d'étude (1, 2, 3…). Ne jamais le changer : les scores le gardent." }),
  text: text(discordLimits.embedDescription).meta({ description: "La question, telle que l'élève la lit." }),
  title: text(60).meta({ description: "Un nom court (60 caractères au plus) pour les menus et les bilans." }),
  titleEn: text(60)
    .optional()
    .meta({ description: "Le même nom court en anglais, pour les élèves dont Discord est en anglais." }),
  section: sectionRef.optional().meta({
    description: "La section du cours où la question est posée (recopier la question n'est pas copier le cours).",
  }),
});

export const quizFileSchema = z
  .strictObject({
    question: studyQuestionSchema,
    items: z.array(quizItemInputSchema).min(1, "au moins une question de quiz"),
  })
  .meta({ title: "Quiz d'une question d'étude", description: "La question d'étude et les questions de son quiz." });

// ─── Tips ──────────────────────────────────────────────────────────────────────────────────────────────────

export const tipSchema = z.strictObject({
  id: kebabId.meta({ description: "Identifiant stable (ex. astuce-07). Ne jamais renuméroter ni réutiliser." }),
  title: text(discordLimits.embedTitle).meta({ description: "Le titre de l'astuce." }),
  text: text(TIP_TEXT_MAX).meta({ description: "L'astuce, en 600 caractères au plus, sans mise en forme Discord." }),
  sources: sources("d'où vient l'astuce"),
});

export const tipsFileSchema = z
  .strictObject({ tips: z.array(tipSchema).min(1, "la banque d'astuces est vide") })
  .meta({ title: "Astuces du jour", description: "Les astuces publiées chaque jour, dans l'ordre que Réso tire." });

// ─── Rubric ────────────────────────────────────────────────────────────────────────────────────────────────

export const rubricIdeaSchema = z.strictObject({
  id: kebabId.meta({ description: "Identifiant stable de l'idée, unique dans toute la grille." }),
  label: text(100).meta({ description: "Ce que dit l'idée, en bref : l'élève le lit." }),
  weight: z.int().min(1).max(3).optional().meta({ description: "Poids dans la note : 1 (par défaut), 2 ou 3." }),
  negatable: z
    .boolean()
    .optional()
    .meta({ description: "true : une phrase qui dit le contraire (« ce n'est pas… ») ne compte pas." }),
  expressions: z
    .array(
      z
        .string()
        .trim()
        .min(1, "ne doit pas être vide")
        .regex(/^[\p{L}\p{N}'’*|=\- ]+$/u, "caractères permis : lettres, chiffres, ' - | * = et espaces"),
    )
    .min(1, "une idée sans expression ne peut jamais être reconnue : ajoutez au moins une expression")
    .meta({
      description:
        "Les façons de dire l'idée : des mots dans l'ordre, « a|b » pour des synonymes, « mot* » un préfixe, « =mot » le mot exact.",
    }),
  sources: sources("à relire quand l'idée manque"),
});

export const questionRubricSchema = z.strictObject({
  question: z.int().min(1).meta({ description: "Le numéro de la question d'étude." }),
  ideas: z.array(rubricIdeaSchema).min(1, "au moins une idée clé").max(10, "au plus 10 idées clés"),
  modelAnswer: text(discordLimits.embedDescription - 8).meta({
    description: "Une réponse modèle, rédigée à partir du cours.",
  }),
});

export const rubricFileSchema = z
  .strictObject({ questions: z.array(questionRubricSchema).min(1) })
  .meta({ title: "Grille de correction", description: "Les idées clés de chaque question d'étude, pour /reponse." });

// ─── The course's name ─────────────────────────────────────────────────────────────────────────────────────

export const courseFileSchema = z
  .strictObject({
    title: text(80).meta({ description: "Le nom du cours, tel que /cours et /aide l'affichent." }),
  })
  .meta({ title: "Le cours", description: "Ce qui vaut pour tout le cours." });

export type DocumentFrontMatter = z.infer<typeof documentFrontMatterSchema>;
export type QuizFile = z.infer<typeof quizFileSchema>;
export type QuizItemInput = z.infer<typeof quizItemInputSchema>;
export type TipsFile = z.infer<typeof tipsFileSchema>;
export type RubricFile = z.infer<typeof rubricFileSchema>;
export type CourseFile = z.infer<typeof courseFileSchema>;
