/**
 * The page's script and style, bundled in memory by esbuild from playground/web/ and node_modules (the web
 * components, the markdown parser, the fonts): nothing is fetched from a CDN, by the server or by the browser.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname } from "node:path";
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
const require = createRequire(import.meta.url);

/**
 * The web components set their own font list inside their shadow roots ("gg sans", "Noto Sans", …) with no emoji
 * font in it, and a fresh machine may have none installed. "gg sans" (Discord's own font, not free) is first in
 * that list and defined nowhere: Noto Color Emoji is declared under that name, for emoji code points only (not
 * the digits and "#" it also draws), so every 📖 and 🎯 gets a glyph and the text stays in Noto Sans.
 */
const emojiAsGgSans: Plugin = {
  name: "emoji-as-gg-sans",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^emoji-as-gg-sans$/ }, () => ({ path: "emoji", namespace: "emoji" }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "emoji" }, async () => {
      const css = require.resolve("@fontsource/noto-color-emoji/400.css");
      const text = await readFile(css, "utf8");
      return {
        contents: text
          .replaceAll(/font-family:\s*['"]Noto Color Emoji['"]/g, "font-family: 'gg sans'")
          .replaceAll(/font-weight:\s*400/g, "font-weight: 100 900")
          .replaceAll(/unicode-range:([^;]+);/g, (_match, ranges: string) => `unicode-range: ${emojiOnly(ranges)};`),
        loader: "css",
        resolveDir: dirname(css),
      };
    });
  },
};

/** Keeps the ranges from U+2000 up (punctuation joiners, symbols, emoji); drops ASCII and Latin-1. */
function emojiOnly(ranges: string): string {
  const kept = ranges
    .split(",")
    .map((range) => range.trim())
    .filter((range) => Number.parseInt(range.replace(/^U\+/i, "").split("-")[0] ?? "0", 16) >= 0x2000);
  return kept.length > 0 ? kept.join(", ") : "U+1F600";
}

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
    plugins: [emojiAsGgSans],
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
