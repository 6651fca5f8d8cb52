import type { Token } from "./normalize.js";

/**
 * Negation in a French sentence, so that "les entreprises n'ont pas besoin de répondre aux commentaires"
 * does not cover the idea "répondre aux commentaires".
 *
 * - "ne/n' … pas, jamais, plus, rien, aucun, ni, guère" and the spoken "pas"/"jamais" without "ne" negate
 *   their whole clause (commas, colons, "mais", "car"… end a clause);
 * - "ne … que" restricts ("n'apporte que des avantages"): not a negation;
 * - "pas seulement", "pas que", "pas uniquement", "pas toujours", "pas forcément" hedge: not a negation;
 * - "sans" negates what follows it, up to the end of its clause;
 * - a negation of a word that is itself negative is a litotes: "il ne faut pas négliger", "ne jamais ignorer",
 *   "n'hésitez pas", "ne jamais mentir", "sans attendre" say something positive, so they negate nothing.
 */

export type NegationKind = "clause" | "following";

export interface Negation {
  /** Position (Token.position) of the word that carries the negation. */
  readonly position: number;
  readonly clause: number;
  /** "clause": the whole clause; "following": the words after it in its clause ("sans"). */
  readonly kind: NegationKind;
}

/** Words that complete "ne" or negate on their own in spoken French. */
const partners = new Set(["pas", "jamais", "plus", "rien", "aucun", "aucune", "ni", "guere", "nullement", "point"]);
const standalone = new Set(["pas", "jamais", "rien", "aucun", "aucune", "ni", "nullement"]);
/** After "pas": "not only", "not always", "not necessarily" are not the opposite. */
const hedges = new Set(["seulement", "que", "uniquement", "toujours", "forcement", "juste", "qu", "simplement"]);
/** Starts of negative words: negating them is a litotes. */
const negativeStarts = [
  "neglig",
  "oubli",
  "ignor",
  "hesit",
  "minimis",
  "menti",
  "mens",
  "tard",
  "attend",
  "delai",
  "sous-estim",
  "sousestim",
  "perdre",
  "rate",
  "manqu",
];
const negativeWords = new Set(["ment", "mentent", "sous"]);

/** Every word that may carry a negation (used to tell whether an expression of the rubric is negative itself). */
export const negationWords: ReadonlySet<string> = new Set([...partners, "ne", "sans"]);

function isNegativeWord(word: string): boolean {
  return negativeWords.has(word) || negativeStarts.some((start) => word.startsWith(start));
}

/** Whether a negative word follows `from` closely in the same clause (a litotes). */
function litotes(tokens: readonly Token[], from: number, clause: number, reach: number): boolean {
  for (let i = from; i < tokens.length && i <= from + reach; i++) {
    const token = tokens[i];
    if (!token || token.clause !== clause) break;
    if (isNegativeWord(token.word)) return true;
  }
  return false;
}

/** The negations of a sentence (its tokens, in order). */
export function findNegations(tokens: readonly Token[]): Negation[] {
  const negations: Negation[] = [];
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || used.has(i)) continue;
    if (token.word === "sans") {
      if (!litotes(tokens, i + 1, token.clause, 2)) {
        negations.push({ position: token.position, clause: token.clause, kind: "following" });
      }
      continue;
    }
    if (token.word === "ne") {
      let partner = -1;
      let restrictive = false;
      for (let j = i + 1; j < tokens.length; j++) {
        const next = tokens[j];
        if (!next || next.clause !== token.clause) break;
        if (partners.has(next.word)) {
          partner = j;
          break;
        }
        if (next.word === "que" || next.word === "qu") {
          restrictive = true;
          break;
        }
      }
      if (partner >= 0) {
        used.add(partner);
        const partnerToken = tokens[partner];
        if (partnerToken?.word === "pas" && hedges.has(tokens[partner + 1]?.word ?? "")) continue;
        // "n'hésitez pas", "ne pas négliger": a negative word between "ne" and its partner or right after.
        if (litotes(tokens, i + 1, token.clause, partner - i + 3)) continue;
        negations.push({ position: partnerToken?.position ?? token.position, clause: token.clause, kind: "clause" });
      } else if (!restrictive && !litotes(tokens, i + 1, token.clause, 3)) {
        negations.push({ position: token.position, clause: token.clause, kind: "clause" });
      }
      continue;
    }
    if (standalone.has(token.word)) {
      if (token.word === "pas" && hedges.has(tokens[i + 1]?.word ?? "")) continue;
      if (litotes(tokens, i + 1, token.clause, 3)) continue;
      negations.push({ position: token.position, clause: token.clause, kind: "clause" });
    }
  }
  return negations;
}

/** Whether the matched tokens (positions, in order) lie under one of the negations. */
export function isNegated(matched: readonly Token[], negations: readonly Negation[]): boolean {
  const first = matched[0];
  if (!first) return false;
  const clauses = new Set(matched.map((token) => token.clause));
  return negations.some((negation) =>
    negation.kind === "clause"
      ? clauses.has(negation.clause)
      : negation.clause === first.clause && negation.position < first.position,
  );
}
