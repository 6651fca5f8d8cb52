/**
 * The texts of the course pack, from the old TypeScript content (see convert-ts-to-pack.ts): readable YAML
 * (block style, long texts as folded blocks, a blank line between entries, a comment that says what the file
 * holds) and one Markdown file per document.
 */
import { Document, isMap, isScalar, isSeq, Scalar, visit } from "yaml";
import { type PackSchemaFile, packJsonSchemas, schemaModeline } from "../../src/content/pack/jsonSchemas.js";

interface OldDocument {
  id: string;
  title: string;
  description: string;
  source: string;
  sections: readonly { id: string; title: string; text: string }[];
}
interface OldItem {
  id: string;
  question: number;
  kind: string;
  prompt: string;
  options: readonly { id: string; text: string }[];
  correct: readonly string[];
  explanation: string;
  sources: readonly string[];
}
interface OldIdea {
  id: string;
  label: string;
  weight?: number;
  negatable?: boolean;
  expressions: readonly string[];
  sources: readonly string[];
}

export interface OldContent {
  courseDocuments: readonly OldDocument[];
  quizBank: readonly OldItem[];
  studyQuestions: Readonly<Record<number, string>>;
  tipBank: readonly { id: string; title: string; text: string; sources: readonly string[] }[];
  rubric: Readonly<Record<number, { ideas: readonly OldIdea[]; modelAnswer: string }>>;
  /** The short name of a study question ("Interactivité et engagement"), when quiz-strings.ts has one. */
  chapter: (locale: "fr" | "en", question: number) => string | undefined;
  /** Transcription notes written above each course document, by document id. */
  notes: ReadonlyMap<string, string>;
}

/** The course's name: it was only written inside interface strings, so the converter knows it. */
const COURSE_TITLE = "Communiquer sur les réseaux sociaux";
const GUIDE = "Guide : docs/guide-enseignant.md, « Modifier le contenu du cours ».";
/** Longer than an option (77 characters at most): folded, so that options stay on their line. */
const FOLD_AT = 80;
/** Texts a student reads as prose: folded over several lines when long. */
const PROSE = new Set(["text", "prompt", "explanation", "modelAnswer", "description"]);

const comment = (lines: readonly string[]) => lines.map((line) => (line === "" ? "" : ` ${line}`)).join("\n");

/**
 * YAML text: the schema line first, then the header; long strings folded (">"), those with line breaks
 * literal ("|"), reference lists on one line, a blank line before each entry of `spaced` lists.
 */
function yamlText(
  value: unknown,
  schema: PackSchemaFile,
  depth: number,
  header: readonly string[],
  spaced: readonly string[],
): string {
  const document = new Document(value);
  document.commentBefore = comment([schemaModeline(schema, depth), ...header]);
  visit(document, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (isSeq(pair.value) && ["sources", "correct"].includes(key)) pair.value.flow = true;
      if (isSeq(pair.value) && spaced.includes(key)) {
        for (const item of pair.value.items.slice(1)) if (isMap(item)) item.spaceBefore = true;
      }
      const style = (node: unknown) => {
        if (!isScalar(node) || typeof node.value !== "string") return;
        if (node.value.includes("\n")) node.type = Scalar.BLOCK_LITERAL;
        else if (PROSE.has(key) && node.value.length > FOLD_AT) node.type = Scalar.BLOCK_FOLDED;
      };
      style(pair.value);
      if (isSeq(pair.value)) for (const item of pair.value.items) style(item);
    },
  });
  return document.toString({ lineWidth: 110, minContentWidth: 40 });
}

function documentMarkdown(document: OldDocument, notes: string | undefined): string {
  const { sections, ...front } = document;
  const header = [
    "En-tête du document : id (ne jamais le changer), title, description (100 caractères au plus), source.",
    "Chaque section commence par « ## Titre {#id} » ; l'id ne change jamais (les quiz et les astuces le citent).",
    "Dans une section : une ligne vide entre deux paragraphes, « • » pour une liste, « ### » pour un intertitre.",
    ...(notes ? ["", "Notes de transcription :", ...notes.split("\n")] : []),
  ];
  const frontMatter = new Document(front);
  frontMatter.commentBefore = comment([schemaModeline("document.schema.json", 1), ...header]);
  const body = sections.map((section) => `## ${section.title} {#${section.id}}\n\n${section.text}\n`).join("\n");
  return `---\n${frontMatter.toString({ lineWidth: 0 })}---\n\n${body}`;
}

function quizFile(old: OldContent, number: number, items: readonly OldItem[], section: string | undefined): string {
  const title = old.chapter("fr", number) ?? `Question ${number}`;
  const titleEn = old.chapter("en", number);
  const value = {
    question: {
      number,
      text: old.studyQuestions[number] ?? "",
      title,
      ...(titleEn ? { titleEn } : {}),
      ...(section ? { section } : {}),
    },
    items: items.map(({ question: _question, options, ...item }) => {
      const standardTrueFalse =
        item.kind === "truefalse" && options.map((o) => `${o.id}=${o.text}`).join() === "v=Vrai,f=Faux";
      const { id, kind, prompt, correct, explanation, sources } = item;
      return { id, kind, prompt, ...(standardTrueFalse ? {} : { options }), correct, explanation, sources };
    }),
  };
  const header = [
    `Question d'étude ${number} : la question elle-même, puis les questions de son quiz (items).`,
    "Un item : id stable (ne jamais le renuméroter ni le réutiliser), kind (single, multiple ou truefalse),",
    "prompt, options (3 à 5 ; rien pour un vrai/faux), correct (les lettres des bonnes réponses ; v ou f),",
    "explanation (300 caractères au plus), sources (les sections du cours : document/section).",
    "Retirer un item : supprimez-le ; son id ne doit plus jamais servir (les points déjà gagnés restent).",
    GUIDE,
  ];
  return yamlText(value, "quiz.schema.json", 1, header, ["items"]);
}

/** Every file of the pack, by its path inside the pack folder. */
export function renderPack(old: OldContent): Record<string, string> {
  const files: Record<string, string> = {};
  files["cours.yaml"] = yamlText(
    { title: COURSE_TITLE },
    "cours.schema.json",
    0,
    ["Le nom du cours, affiché par /cours et /aide.", GUIDE],
    [],
  );
  const width = String(old.courseDocuments.length).length;
  old.courseDocuments.forEach((document, index) => {
    const name = `${String(index + 1).padStart(Math.max(2, width), "0")}-${document.id}.md`;
    files[`cours/${name}`] = documentMarkdown(document, old.notes.get(document.id));
  });
  // The worksheet: the section whose text lists the study questions, so that copying a question is not copying the course.
  const worksheet = old.courseDocuments
    .flatMap((document) =>
      document.sections.map((section) => ({ ref: `${document.id}/${section.id}`, text: section.text })),
    )
    .find((section) =>
      Object.values(old.studyQuestions).every((question) =>
        section.text.replace(/\s+/g, " ").includes(question.replace(/\s+/g, " ")),
      ),
    )?.ref;
  for (const number of Object.keys(old.studyQuestions).map(Number)) {
    const items = old.quizBank.filter((item) => item.question === number);
    files[`quiz/question-${number}.yaml`] = quizFile(old, number, items, worksheet);
  }
  files["astuces.yaml"] = yamlText(
    { tips: old.tipBank },
    "astuces.schema.json",
    0,
    [
      "Les astuces du jour : Réso en publie une par jour, et aucune ne revient avant que toutes aient été publiées.",
      "Une astuce : id stable (ne jamais le réutiliser), title, text (600 caractères au plus, sans mise en forme),",
      "sources (les sections du cours d'où elle vient : document/section). Ajoutez les nouvelles à la fin.",
      GUIDE,
    ],
    ["tips"],
  );
  files["grille.yaml"] = yamlText(
    {
      questions: Object.entries(old.rubric).map(([number, question]) => ({
        question: Number(number),
        ideas: question.ideas,
        modelAnswer: question.modelAnswer,
      })),
    },
    "grille.schema.json",
    0,
    [
      "La grille de correction de /reponse : pour chaque question d'étude, ses idées clés et une réponse modèle.",
      "Une idée : id stable, label (ce que l'élève lit), weight (1 par défaut, 2 ou 3), negatable (une phrase qui dit",
      "le contraire ne compte pas), expressions (au moins une), sources (les sections à relire quand elle manque).",
      "Expressions : des mots dans l'ordre, dans la même phrase ; « a|b » des synonymes ; « mot* » un préfixe ;",
      "« =mot » le mot exact. Chaque mot écrit est exigé : « faire partie communauté », pas « faire partie de la communauté ».",
      GUIDE,
    ],
    ["questions", "ideas"],
  );
  for (const [file, text] of Object.entries(packJsonSchemas())) files[`schemas/${file}`] = text;
  return files;
}
