/**
 * The page's script and style, bundled in memory by esbuild from playground/web/ and node_modules (the web
 * components, the markdown parser, the fonts): nothing is fetched from a CDN, by the server or by the browser.
 */
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

export interface Asset {
  body: Uint8Array;
  contentType: string;
}

const CONTENT_TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".svg": "image/svg+xml",
};

const webDir = fileURLToPath(new URL("./web/", import.meta.url));

/**
 * Emoji: Twemoji (Discord's own emoji art) as a COLR font from twemoji-colr-font, since a fresh machine may have no
 * emoji font. The web components set their own font list inside their shadow roots ("gg sans", "Noto Sans", …);
 * "gg sans" (Discord's font, not free) comes first and is defined nowhere, so Twemoji is declared under that name,
 * for emoji code points only: text stays in Noto Sans, and every 📖 and 🎯 gets its glyph, in the page and inside
 * the components alike.
 */
const EMOJI_RANGES = [
  "U+200D",
  "U+203C",
  "U+2049",
  "U+20E3",
  "U+2122",
  "U+2139",
  "U+2194-21AA",
  "U+231A-23FF",
  "U+24C2",
  "U+25AA-25FE",
  "U+2600-27BF",
  "U+2934-2935",
  "U+2B05-2B55",
  "U+3030",
  "U+303D",
  "U+3297",
  "U+3299",
  "U+FE0F",
  "U+1F000-1FAFF",
  "U+E0020-E007F",
].join(", ");

const emojiFont: Plugin = {
  name: "emoji-font",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^emoji-font$/ }, () => ({ path: "emoji", namespace: "emoji-font" }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "emoji-font" }, () => ({
      contents: `@font-face { font-family: "gg sans"; font-weight: 100 900; src: url("twemoji-colr-font/twemoji.woff2") format("woff2"); unicode-range: ${EMOJI_RANGES}; }`,
      loader: "css",
      resolveDir: webDir,
    }));
  },
};

/** Bundles the page; returns its files by URL path ("/app.js", "/app.css", "/assets/…"). */
export async function bundlePage(): Promise<Map<string, Asset>> {
  const result = await build({
    entryPoints: { app: `${webDir}app.ts`, style: `${webDir}style.css` },
    bundle: true,
    write: false,
    format: "esm",
    target: "es2022",
    minify: true,
    outdir: "/",
    assetNames: "assets/[name]-[hash]",
    loader: { ".woff2": "file", ".woff": "file" },
    logLevel: "silent",
    plugins: [emojiFont],
  });
  const assets = new Map<string, Asset>();
  for (const file of result.outputFiles) {
    const extension = /\.[a-z0-9]+$/.exec(file.path)?.[0] ?? "";
    assets.set(file.path, {
      body: file.contents,
      contentType: CONTENT_TYPES[extension] ?? "application/octet-stream",
    });
  }
  return assets;
}
