import { stemmer } from "@orama/stemmers/french";
import { foldText } from "../text.js";

/**
 * French normalisation for the grader: sentences, clauses and tokens, each token folded (case, accents),
 * its elision expanded ("l'" → "le", "qu'" → "que") and stemmed with the Snowball French stemmer.
 */

export interface Token {
  /** Lower case, accents folded, elision expanded: "L’Engagement" gives "le" then "engagement". */
  readonly word: string;
  /**
   * Snowball stems that identify the word. Several, so that a word typed with or without accents meets the
   * rubric's form: the stem of the folded word, the folded stem of the accented word, and for a verb in
   * "-ent" (which Snowball French leaves whole: "partagent") the stem without its "-nt" ("partage").
   */
  readonly stems: readonly string[];
  /** Function word (article, pronoun, preposition, auxiliary, negation): the matcher skips it freely. */
  readonly stop: boolean;
  /** Index of the sentence in the answer. */
  readonly sentence: number;
  /** Index of the clause in the answer (commas, colons, "mais", "car"… start a new clause). */
  readonly clause: number;
  /** Index of the token in the whole answer. */
  readonly position: number;
}

export interface Analysis {
  readonly tokens: readonly Token[];
  /** The tokens grouped by sentence, in order; no sentence is empty. */
  readonly sentences: readonly (readonly Token[])[];
}

/** Elided forms, folded, and the full word they stand for. */
const elisions = new Map([
  ["l", "le"],
  ["d", "de"],
  ["j", "je"],
  ["m", "me"],
  ["t", "te"],
  ["s", "se"],
  ["n", "ne"],
  ["c", "ce"],
  ["qu", "que"],
  ["jusqu", "jusque"],
  ["lorsqu", "lorsque"],
  ["puisqu", "puisque"],
  ["quoiqu", "quoique"],
  ["presqu", "presque"],
]);

/** French function words, folded. They carry no idea of the rubric and the matcher's window skips them. */
export const frenchStopWords: ReadonlySet<string> = new Set(
  (
    "le la les un une des du de au aux ce cet cette ces ca cela ceci se sa son ses leur leurs lui eux elle elles " +
    "il ils on nous vous je tu me te mon ma mes ton ta tes notre nos votre vos y en et ou ni mais car donc or que " +
    "qui quoi dont a est sont etre ete ai as avons avez ont avoir avait etait sera seront soit soient pour par sur " +
    "sous dans avec sans entre vers chez pas ne plus moins tres trop tout tous toute toutes aussi comme si bien " +
    "deja encore alors ainsi puis meme quand lorsque puisque parce peut peuvent pouvoir doit doivent devoir faut " +
    "permet permettent permettre c"
  ).split(" "),
);

/** Conjunctions that open a new clause (the negation of one clause does not reach the other). */
const clauseOpeners = new Set([
  "mais",
  "car",
  "donc",
  "cependant",
  "pourtant",
  "puisque",
  "parce",
  "sinon",
  "alors",
  "tandis",
  "neanmoins",
  "toutefois",
]);
/** "et", "ou" open a new clause when a negation follows at once: "répondre vite et ne pas ignorer". */
const coordinators = new Set(["et", "ou"]);
const negationStarts = new Set(["ne", "pas", "sans", "jamais"]);

const piecePattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[.!?;…\n]+|[,:()«»"“”[\]/=+–—]|(?<=\s)-(?=\s)/gu;
const sentenceEnd = /^[.!?;…\n]+$/u;
const wordStart = /^[\p{L}\p{N}]/u;

const stemCache = new Map<string, readonly string[]>();

/** The candidate stems of a word (see Token.stems); `lower` is the word lower-cased with its accents. */
export function stemsOf(lower: string): readonly string[] {
  const cached = stemCache.get(lower);
  if (cached) return cached;
  const folded = foldText(lower);
  const stems = new Set([stemmer(folded), foldText(stemmer(lower))]);
  if (folded.length >= 6 && folded.endsWith("ent")) stems.add(stemmer(folded.slice(0, -2)));
  const result = [...stems];
  if (stemCache.size < 50_000) stemCache.set(lower, result);
  return result;
}

/** Splits a word on its apostrophes, expanding elisions: "qu’il" → ["que", "il"], "aujourd'hui" → ["aujourdhui"]. */
export function splitElisions(word: string): string[] {
  const parts = word.split(/['’]/);
  const out: string[] = [];
  let buffer = parts[0] ?? "";
  for (const part of parts.slice(1)) {
    const expanded = elisions.get(foldText(buffer));
    if (expanded) {
      out.push(expanded);
      buffer = part;
    } else {
      buffer += part;
    }
  }
  out.push(buffer);
  return out;
}

/** Normalises a text into sentences, clauses and stemmed tokens. Pure; any length. */
export function analyse(text: string): Analysis {
  const tokens: Token[] = [];
  const sentences: Token[][] = [];
  let current: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let clauseHasWords = false;

  const endSentence = () => {
    if (current.length > 0) {
      sentences.push(current);
      current = [];
      sentence++;
    }
    if (clauseHasWords) clause++;
    clauseHasWords = false;
  };
  const endClause = () => {
    if (clauseHasWords) clause++;
    clauseHasWords = false;
  };

  const pieces = text.normalize("NFC").toLowerCase().match(piecePattern) ?? [];
  const words: string[] = [];
  const kinds: ("word" | "sentence" | "clause")[] = [];
  for (const piece of pieces) {
    if (wordStart.test(piece)) {
      for (const word of splitElisions(piece)) {
        words.push(word);
        kinds.push("word");
      }
    } else {
      words.push(piece);
      kinds.push(sentenceEnd.test(piece) ? "sentence" : "clause");
    }
  }

  for (let i = 0; i < words.length; i++) {
    const lower = words[i] ?? "";
    const kind = kinds[i];
    if (kind === "sentence") {
      endSentence();
      continue;
    }
    if (kind === "clause") {
      endClause();
      continue;
    }
    const word = foldText(lower);
    const next = kinds[i + 1] === "word" ? foldText(words[i + 1] ?? "") : "";
    if (clauseOpeners.has(word) || (coordinators.has(word) && negationStarts.has(next))) endClause();
    const token: Token = {
      word,
      stems: stemsOf(lower),
      stop: frenchStopWords.has(word),
      sentence,
      clause,
      position: tokens.length,
    };
    tokens.push(token);
    current.push(token);
    clauseHasWords = true;
  }
  endSentence();
  return { tokens, sentences };
}

/** The folded words of a text, in order, punctuation left out: what copy detection compares. */
export function wordsOf(text: string): string[] {
  return analyse(text).tokens.map((token) => token.word);
}
