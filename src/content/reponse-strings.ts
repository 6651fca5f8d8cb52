import type { CommandText } from "./commands.js";
import type { Locale, Widen } from "./locale.js";

export const bandNames = {
  fr: { insufficient: "insuffisant", partial: "partiel", good: "bien" },
  en: { insufficient: "insufficient", partial: "partial", good: "good" },
} as const;

const fr = {
  modalTitle: (question: number) => `Question ${question} : votre réponse`,
  answerLabel: "Votre réponse (20 à 2000 caractères)",
  answerPlaceholder: "Expliquez avec vos mots, en vous appuyant sur le cours…",
  resultTitle: (question: number, score: number, band: "insufficient" | "partial" | "good") =>
    `Question ${question} : ${score}/10 (${bandNames.fr[band]})`,
  covered: "✅ Idées présentes",
  missing: "❌ Idées manquantes",
  noIdea: "—",
  ideaWithSection: (label: string, section: string) => `${label} — à relire : ${section}`,
  modelAnswer: "Réponse modèle (cliquez pour la révéler)",
  counted: (points: number) => `+${points} points ajoutés à votre score.`,
  notCounted:
    "Vous avez déjà une réponse notée aujourd'hui pour cette question : celle-ci est corrigée mais ne compte pas dans le score. Revenez demain !",
  notFrench:
    "On dirait que votre réponse n'est pas en français. Réécrivez-la en français pour qu'elle puisse être corrigée : le cours et les questions sont en français.",
  flags: {
    copiedFromCourse:
      "Votre réponse reprend surtout des phrases entières du cours. Le cours est là pour vous aider, mais on attend ici vos propres mots : reformulez les idées, même simplement, et la note suivra.",
    copiedQuestion:
      "Votre réponse reprend surtout la question elle-même. Expliquez avec vos mots ce que dit le cours : des idées, des exemples, une conclusion.",
    tooShort:
      "Votre réponse est très courte. Développez en quelques phrases : expliquez chaque idée et donnez un exemple tiré du cours.",
  },
  reread: (title: string) => `Relire : ${title}`,
  unknownQuestion: "Cette question n'existe pas (ou plus) : choisissez-en une dans la liste de /reponse.",
} as const;

export type ReponseStrings = Widen<typeof fr>;

const en: ReponseStrings = {
  modalTitle: (question) => `Question ${question}: your answer`,
  answerLabel: "Your answer (20 to 2000 characters)",
  answerPlaceholder: "Explain in your own words (in French), using the course…",
  resultTitle: (question, score, band) => `Question ${question}: ${score}/10 (${bandNames.en[band]})`,
  covered: "✅ Ideas you covered",
  missing: "❌ Ideas you missed",
  noIdea: "—",
  ideaWithSection: (label, section) => `${label} — re-read: ${section}`,
  modelAnswer: "Model answer (click to reveal)",
  counted: (points) => `+${points} points added to your score.`,
  notCounted:
    "You already have a graded answer today for this question: this one is graded but does not count towards your score. Come back tomorrow!",
  notFrench:
    "Your answer does not seem to be in French. Please rewrite it in French so it can be graded: the course and its questions are in French.",
  flags: {
    copiedFromCourse:
      "Your answer mostly repeats whole sentences of the course. The course is there to help, but your own words are expected here: rephrase the ideas, even simply, and your grade will follow.",
    copiedQuestion:
      "Your answer mostly repeats the question itself. Explain in your own words what the course says: ideas, examples, a conclusion.",
    tooShort:
      "Your answer is very short. Develop it in a few sentences: explain each idea and give an example from the course.",
  },
  reread: (title) => `Re-read: ${title}`,
  unknownQuestion: "This question does not exist (any more): pick one from the list of /reponse.",
};

export const reponseStrings: Record<Locale, ReponseStrings> = { fr, en };

export const reponseCommandTexts = {
  reponse: {
    name: { fr: "reponse", en: "answer" },
    description: {
      fr: "Rédiger une réponse à une question d'étude et la faire corriger",
      en: "Write an answer to a study question and get it graded",
    },
    options: {
      question: {
        name: { fr: "question", en: "question" },
        description: { fr: "La question à laquelle vous répondez", en: "The question you are answering" },
      },
    },
  },
} as const satisfies Record<string, CommandText & { options?: Record<string, CommandText> }>;
