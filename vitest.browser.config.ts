import { defineConfig } from "vitest/config";

/**
 * `npm run test:browser`: the playground in a real browser (Debian's chromium, driven by playwright-core). Kept out
 * of `npm test`, which must not need a browser; .ci/run runs it after `npm test`.
 */
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: "forks",
    reporters: process.env.VITEST_JSON ? ["default", "json"] : ["default"],
    ...(process.env.VITEST_JSON ? { outputFile: { json: process.env.VITEST_JSON } } : {}),
  },
});
