import { createHash } from "node:crypto";
import { access, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { threadId } from "node:worker_threads";

const require = createRequire(import.meta.url);

export interface FontFiles {
  readonly normal: string;
  readonly bold: string;
}

/**
 * DejaVu Sans, regular and bold, from the dejavu-fonts-ttf package: every accent of French (and far beyond),
 * shipped with the code, so the picture is the same on a server with no font installed.
 */
export const FONT_PATHS: FontFiles = {
  normal: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
};

/**
 * What the charts' text almost always holds: Latin with its accents (French, English, most European names),
 * combining accents, punctuation (the narrow no-break space of French numbers, « », …) and currency signs.
 */
const LATIN_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x300, 0x36f],
  [0x2000, 0x206f],
  [0x20a0, 0x20bf],
];
const hex = (codePoint: number) => `\\u{${codePoint.toString(16)}}`;
/** A whole SVG whose characters all lie in LATIN_RANGES (markup is ASCII; tabs and line breaks allowed). */
const ALL_LATIN = new RegExp(
  `^[\\t\\n\\r${LATIN_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join("")}]*$`,
  "u",
);

/**
 * The font files resvg should load for this SVG. resvg-js reads the whole font file from disk again for every
 * character it draws (it keeps file paths, not bytes: thx/resvg-js#367), so DejaVu's 740 kB cost more than the
 * rest of the rasterising. A Latin subset of the same fonts (same outlines, advances and kerning, hinting
 * dropped, which resvg does not use) is 55 kB and draws the same pixels; any other character (a member's name
 * in Cyrillic, say) takes the full fonts, so nothing is ever drawn without its glyph.
 */
export function fontFilesFor(svg: string, latin: FontFiles | undefined): string[] {
  const files = latin && ALL_LATIN.test(svg) ? latin : FONT_PATHS;
  return [files.normal, files.bold];
}

let latinSubset: Promise<FontFiles | undefined> | undefined;

/**
 * The Latin subset, written once to the system's temporary folder under a hash of its source (so a new
 * dejavu-fonts-ttf makes a new subset) and reused by every later worker. Undefined when it cannot be made (a
 * read-only disk, say): the full fonts then draw the same picture, only slower.
 */
export function latinFontFiles(): Promise<FontFiles | undefined> {
  latinSubset ??= makeLatinSubset().catch(() => undefined);
  return latinSubset;
}

async function makeLatinSubset(): Promise<FontFiles> {
  const sources = { normal: await readFile(FONT_PATHS.normal), bold: await readFile(FONT_PATHS.bold) };
  const hash = createHash("sha256")
    .update(JSON.stringify(LATIN_RANGES))
    .update(sources.normal)
    .update(sources.bold)
    .digest("hex")
    .slice(0, 16);
  const folder = join(tmpdir(), `reso-chart-fonts-${hash}`);
  const files: FontFiles = {
    normal: join(folder, "DejaVuSans-latin.ttf"),
    bold: join(folder, "DejaVuSans-Bold-latin.ttf"),
  };
  const present = await Promise.all([access(files.normal), access(files.bold)]).then(
    () => true,
    () => false,
  );
  if (present) return files;
  const text = LATIN_RANGES.flatMap(([from, to]) =>
    Array.from({ length: to - from + 1 }, (_, index) => String.fromCodePoint(from + index)),
  ).join("");
  await mkdir(folder, { recursive: true });
  // Loaded only here: its WebAssembly (harfbuzz) costs memory that a worker with the subset on disk never needs.
  const { default: subsetFont } = await import("subset-font");
  for (const weight of ["normal", "bold"] as const) {
    const subset = await subsetFont(sources[weight], text, { targetFormat: "truetype", noHinting: true });
    // Written aside then renamed: another worker or bot process reading the folder never sees half a font.
    const partial = `${files[weight]}.${process.pid}-${threadId}.partial`;
    await writeFile(partial, subset);
    await rename(partial, files[weight]);
  }
  return files;
}
