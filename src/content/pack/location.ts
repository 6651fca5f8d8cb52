import { fileURLToPath } from "node:url";

/**
 * The course pack Réso ships with: src/content of the repository, found from this module whether it runs from
 * src/ (tests, tsx) or from dist/ (npm start), both three folders below the root. The pack is read from the
 * source folder, never copied into dist/: editing a file needs a restart, not a build.
 */
export const DEFAULT_PACK_DIR: string = fileURLToPath(new URL("../../../src/content/", import.meta.url));
