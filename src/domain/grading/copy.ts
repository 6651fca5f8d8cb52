/**
 * Copy detection: which words of an answer lie inside long verbatim runs of a reference text (the course, or
 * the question). Words are compared folded, elisions expanded and punctuation left out, so that retyping a
 * paragraph with other apostrophes, quotes or accents is still a copy.
 */

export interface CopyIndex {
  /** Length of the runs, in words. */
  readonly run: number;
  readonly grams: ReadonlySet<string>;
}

const separator = " ";

/** Indexes every run of `run` consecutive words of each text (texts given as their folded words). */
export function buildCopyIndex(texts: readonly (readonly string[])[], run: number): CopyIndex {
  const grams = new Set<string>();
  for (const words of texts) {
    for (let i = 0; i + run <= words.length; i++) grams.add(words.slice(i, i + run).join(separator));
  }
  return { run, grams };
}

/** Positions of the answer's words that lie inside a run of at least `index.run` words found in the reference. */
export function copiedPositions(words: readonly string[], index: CopyIndex): Set<number> {
  const positions = new Set<number>();
  for (let i = 0; i + index.run <= words.length; i++) {
    if (index.grams.has(words.slice(i, i + index.run).join(separator))) {
      for (let j = i; j < i + index.run; j++) positions.add(j);
    }
  }
  return positions;
}

/** Share (0 to 1) of the answer's words inside such runs. */
export function copiedShare(words: readonly string[], index: CopyIndex): number {
  return words.length === 0 ? 0 : copiedPositions(words, index).size / words.length;
}
