import { foldText } from "../text.js";
import { findNegations, isNegated, type Negation, negationWords } from "./negation.js";
import { analyse, type Token } from "./normalize.js";
import type { IdeaId } from "./types.js";

/**
 * Matching the rubric's expressions against an answer.
 *
 * Expression syntax (rubric authors write French as students would, with accents):
 * - words separated by spaces must all appear in the same sentence, in this order, each within a small window
 *   of the previous one (function words are skipped freely; at most 2 other words in between);
 * - `a|b|c` is one word with alternatives ("réagir|répondre vite|rapidement");
 * - a word is matched by its Snowball stem, so plurals, feminines and verb forms come for free
 *   ("partager" matches "partagé", "partages", "partagent"); one typo is tolerated in long words;
 * - `fidél*` matches any word starting with "fidel" (accents folded), for word families the stemmer splits;
 * - `=portée` matches that word exactly (and its plural in -s), for words whose stem is too short to be safe;
 * - every word written is required, function words included: write "faire partie communauté", not
 *   "faire partie de la communauté" (which would require "de la").
 */

/** At most this many content words between two consecutive words of an expression. */
export const MAX_CONTENT_GAP = 2;
/** At most this many words of any kind between two consecutive words of an expression. */
export const MAX_TOKEN_GAP = 6;
/** Typos: one edit between two stems of at least this length… */
const MIN_STEM_TYPO = 6;
/** …or between two whole words of at least this length. */
const MIN_WORD_TYPO = 7;

type Unit =
  | { readonly kind: "stem"; readonly word: string; readonly stems: readonly string[] }
  | { readonly kind: "prefix"; readonly prefix: string }
  | { readonly kind: "exact"; readonly words: ReadonlySet<string> };

export interface CompiledExpression {
  readonly source: string;
  /** One slot per required word; each slot lists its alternatives. */
  readonly slots: readonly (readonly Unit[])[];
  /** The expression says something negative itself ("ne jamais mentir"): negation is not checked. */
  readonly negative: boolean;
}

export interface MatchableIdea {
  readonly id: IdeaId;
  readonly expressions: readonly string[];
  readonly negatable?: boolean;
}

export interface CompiledIdea {
  readonly id: IdeaId;
  readonly negatable: boolean;
  readonly expressions: readonly CompiledExpression[];
}

export class ExpressionError extends Error {
  override name = "ExpressionError";
}

function compileAlternative(alternative: string, source: string): Unit {
  if (alternative.startsWith("=")) {
    const word = foldText(alternative.slice(1));
    if (!/^[\p{L}\p{N}]+$/u.test(word))
      throw new ExpressionError(`« ${source} » : « ${alternative} » n'est pas un mot`);
    return { kind: "exact", words: new Set([word, `${word}s`]) };
  }
  if (alternative.endsWith("*")) {
    const prefix = foldText(alternative.slice(0, -1));
    if (!/^[\p{L}\p{N}]{3,}$/u.test(prefix)) {
      throw new ExpressionError(`« ${source} » : le préfixe « ${alternative} » doit avoir au moins 3 lettres`);
    }
    return { kind: "prefix", prefix };
  }
  const tokens = analyse(alternative).tokens;
  const token = tokens[0];
  if (tokens.length !== 1 || !token) {
    throw new ExpressionError(`« ${source} » : l'alternative « ${alternative} » doit être un seul mot`);
  }
  return unitOf(token);
}

/** A function word is matched exactly ("se" must not match "ses"); any other word by stem. */
function unitOf(token: Token): Unit {
  return token.stop
    ? { kind: "exact", words: new Set([token.word]) }
    : { kind: "stem", word: token.word, stems: token.stems };
}

/** Compiles one expression of the rubric; throws ExpressionError when it is malformed. */
export function compileExpression(source: string): CompiledExpression {
  const slots: Unit[][] = [];
  let negative = false;
  for (const part of source.trim().split(/\s+/)) {
    if (part.includes("|") || part.startsWith("=") || part.endsWith("*")) {
      const alternatives = part.split("|");
      if (alternatives.some((alternative) => alternative.length === 0)) {
        throw new ExpressionError(`« ${source} » : alternative vide dans « ${part} »`);
      }
      slots.push(alternatives.map((alternative) => compileAlternative(alternative, source)));
      if (alternatives.some((alternative) => negationWords.has(foldText(alternative)))) negative = true;
    } else {
      // A plain part may hold several words once elisions and hyphens are split: "bouche-à-oreille", "d'intérêt".
      for (const token of analyse(part).tokens) {
        slots.push([unitOf(token)]);
        if (negationWords.has(token.word)) negative = true;
      }
    }
  }
  if (slots.length === 0) throw new ExpressionError(`« ${source} » : expression vide`);
  return { source, slots, negative };
}

export function compileIdea(idea: MatchableIdea): CompiledIdea {
  return { id: idea.id, negatable: idea.negatable ?? false, expressions: idea.expressions.map(compileExpression) };
}

/** Whether `a` and `b` differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const restA = endA - start + 1;
  const restB = endB - start + 1;
  if (restA <= 1 && restB <= 1) return true;
  // Two neighbours swapped: "intéret" / "intréet".
  return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
}

/**
 * A typo: one edit between two long enough forms that end alike. Forms that differ in their last letter are
 * more often two words than one misspelt ("personnel"/"personnes", "produit"/"produis"), so they do not count.
 */
function typo(a: string, b: string, minLength: number): boolean {
  return Math.min(a.length, b.length) >= minLength && a.at(-1) === b.at(-1) && withinOneEdit(a, b);
}

function unitMatches(unit: Unit, token: Token): boolean {
  switch (unit.kind) {
    case "exact":
      return unit.words.has(token.word);
    case "prefix":
      return token.word.startsWith(unit.prefix);
    case "stem": {
      for (const stem of token.stems) if (unit.stems.includes(stem)) return true;
      if (typo(token.word, unit.word, MIN_WORD_TYPO)) return true;
      for (const stem of token.stems) {
        for (const other of unit.stems) if (typo(stem, other, MIN_STEM_TYPO)) return true;
      }
      return false;
    }
  }
}

function slotMatches(slot: readonly Unit[], token: Token, masked: ReadonlySet<number>): boolean {
  return !masked.has(token.position) && slot.some((unit) => unitMatches(unit, token));
}

/** Every way the expression matches the sentence (tokens of one sentence), as the matched tokens. */
export function findMatches(
  sentence: readonly Token[],
  expression: CompiledExpression,
  masked: ReadonlySet<number> = new Set(),
): Token[][] {
  const matches: Token[][] = [];
  const extend = (slotIndex: number, previous: number, matched: Token[]): boolean => {
    const slot = expression.slots[slotIndex];
    if (!slot) {
      matches.push(matched);
      return true;
    }
    let content = 0;
    for (let i = previous + 1; i < sentence.length && i - previous - 1 <= MAX_TOKEN_GAP; i++) {
      const token = sentence[i];
      if (!token) break;
      if (slotMatches(slot, token, masked) && extend(slotIndex + 1, i, [...matched, token])) return true;
      if (!token.stop || masked.has(token.position)) content++;
      if (content > MAX_CONTENT_GAP) break;
    }
    return false;
  };
  const first = expression.slots[0];
  if (!first) return matches;
  sentence.forEach((token, index) => {
    if (slotMatches(first, token, masked)) extend(1, index, [token]);
  });
  return matches;
}

export interface IdeaMatch {
  readonly covered: boolean;
  /** Some expression matched, but only under a negation. */
  readonly negatedOnly: boolean;
  /** The expression and words that showed the idea, for explanations and debugging. */
  readonly evidence?: { readonly expression: string; readonly words: readonly string[] };
}

/** Whether the answer (its sentences) covers the idea, negations taken into account when the idea is negatable. */
export function matchIdea(
  sentences: readonly (readonly Token[])[],
  idea: CompiledIdea,
  masked: ReadonlySet<number> = new Set(),
): IdeaMatch {
  let negatedOnly = false;
  const negationCache = new Map<number, Negation[]>();
  for (const [index, sentence] of sentences.entries()) {
    for (const expression of idea.expressions) {
      for (const matched of findMatches(sentence, expression, masked)) {
        if (idea.negatable && !expression.negative) {
          let negations = negationCache.get(index);
          if (!negations) {
            negations = findNegations(sentence);
            negationCache.set(index, negations);
          }
          if (isNegated(matched, negations)) {
            negatedOnly = true;
            continue;
          }
        }
        return {
          covered: true,
          negatedOnly: false,
          evidence: { expression: expression.source, words: matched.map((token) => token.word) },
        };
      }
    }
  }
  return { covered: false, negatedOnly };
}
