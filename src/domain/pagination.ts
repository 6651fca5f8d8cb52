/**
 * Splits a text into pages of at most `limit` characters, preferring paragraph breaks, then sentence ends,
 * then spaces, so a page never cuts a word. Together the pages hold every character of the text but the
 * white space at the cuts (a test holds us to that: no sentence may be lost between pages).
 */
export function paginate(text: string, limit: number): string[] {
  if (limit < 20) throw new RangeError("page limit too small");
  const pages: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = bestCut(rest, limit);
    pages.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, "");
  }
  if (rest.length > 0 || pages.length === 0) pages.push(rest);
  return pages;
}

function bestCut(text: string, limit: number): number {
  const window = text.slice(0, limit + 1);
  // Do not accept a cut that leaves a page less than a third full: better to cut a sentence than waste a page.
  const floor = Math.floor(limit / 3);
  const paragraph = window.lastIndexOf("\n\n");
  if (paragraph >= floor) return paragraph;
  const line = window.lastIndexOf("\n");
  if (line >= floor) return line;
  const sentence = lastMatchEnd(window, /[.!?…»)](?=\s)/g);
  if (sentence >= floor) return sentence;
  const space = window.lastIndexOf(" ");
  if (space >= floor) return space;
  return limit;
}

function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = -1;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}
