/**
 * `npm run content:schemas`: writes the JSON Schemas of the pack's files (src/content/schemas/) from the zod
 * schemas. Run it after changing src/content/pack/schema.ts; a test fails while they differ.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { packJsonSchemas } from "../../src/content/pack/jsonSchemas.js";

const folder = fileURLToPath(new URL("../../src/content/schemas/", import.meta.url));
mkdirSync(folder, { recursive: true });
for (const [file, text] of Object.entries(packJsonSchemas())) writeFileSync(join(folder, file), text);
process.stdout.write(`Schémas écrits dans ${folder}\n`);
