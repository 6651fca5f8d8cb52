import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The course pack Réso ships with: src/content of the repository, found from this module whether it runs from
 * src/ (tests, tsx) or from dist/ (npm start), both three folders below the root. The pack is read from the
 * source folder, never copied into dist/: editing a file needs a restart, not a build.
 */
export const DEFAULT_PACK_DIR: string = fileURLToPath(new URL("../../../src/content/", import.meta.url));

/** The pack folder for a command-line tool: RESO_CONTENT_DIR (from the working directory) or the shipped course. */
export function packDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.RESO_CONTENT_DIR?.trim();
  return dir ? resolve(dir) : DEFAULT_PACK_DIR;
}
