/**
 * Is the answer written in French? Decided by function words, not by a trigram model.
 *
 * Why: answers are short (20 to 2000 characters) and full of the course's anglicisms ("like", "fake news",
 * "community management", "followers", "bad buzz"). Trigram detectors tried on such answers were wrong both
 * ways (franc-min read "Social networks let users like, comment and share content…" as French and an English
 * sentence about virality as Hmong; tinyld, 12 MB, read "Engagement = likes, comments, shares…" as French).
 * Function words (le, de, est, qui… against the, is, of, which…) are what a reader notices first, they are not
 * borrowed along with jargon, and one short list per likely language decides "French or not" reliably.
 * A text in another script (Arabic, Cyrillic, CJK…) is not French either.
 */

export type Language = "fr" | "other";

const french = new Set(
  (
    "le la les un une des du de au aux et est sont ce cette ces qui que quoi dont pour par sur dans avec sans " +
    "pas ne plus il ils elle elles on nous vous je leur leurs se sa son ses ou mais car donc aussi comme tres " +
    "peut peuvent permet faut etre avoir ont fait tout tous cela ca si quand parce entre chez lui y en a"
  ).split(" "),
);

/**
 * Function words of the other languages a student of this class might write in. Words shared with French
 * ("la", "de", "que", "en"…) are in both lists: they count for both.
 */
const others: readonly ReadonlySet<string>[] = [
  // English
  new Set(
    (
      "the and is are was were be been to of in on for with that this these those it its they them their there " +
      "can could will would should have has had do does did not but so because which who what when how an from " +
      "by as or at more also very than then into about you we our your my his her he she him if just get gets"
    ).split(" "),
  ),
  // Spanish
  new Set(
    (
      "el la los las de del y en con para por un una es son que se pero como muy su sus lo al tambien porque " +
      "esta estan hay ser mas cuando no"
    ).split(" "),
  ),
  // Italian
  new Set(
    "il la le lo gli di della delle degli che con per non sono anche piu perche questo questa ma nel nella e un una".split(
      " ",
    ),
  ),
  // Portuguese
  new Set(
    "o os a as de do da dos das em com para nao um uma e sao tambem mais porque isso esta muito ao que se".split(" "),
  ),
  // German
  new Set("der die das und ist nicht mit den dem zu von ein eine auch sich auf fur sind werden kann es".split(" ")),
];

const letters = /\p{L}/gu;
const latinLetters = /\p{Script=Latin}/gu;

/**
 * "other" when another language's function words outnumber French ones, or when most letters are not Latin.
 * `words` are the answer's folded words (elisions expanded); `text` the raw answer.
 */
export function detectLanguage(words: readonly string[], text: string): Language {
  const allLetters = text.match(letters)?.length ?? 0;
  const latin = text.match(latinLetters)?.length ?? 0;
  if (allLetters > 0 && latin / allLetters < 0.5) return "other";
  let frenchCount = 0;
  const otherCounts = others.map(() => 0);
  for (const word of words) {
    if (french.has(word)) frenchCount++;
    others.forEach((list, index) => {
      if (list.has(word)) otherCounts[index] = (otherCounts[index] ?? 0) + 1;
    });
  }
  const best = Math.max(0, ...otherCounts);
  if (frenchCount === 0) return best >= 1 ? "other" : "fr";
  return best > frenchCount && best >= 2 ? "other" : "fr";
}
