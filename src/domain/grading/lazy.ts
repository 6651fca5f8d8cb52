import type { Grader } from "./grade.js";

export interface LazyGrader {
  /** The grader, built at its first use. */
  readonly grader: Grader;
  /** Builds it now if not built yet: once the bot is connected, so that no answer waits for it. */
  warm(): void;
}

/**
 * A grader built when first needed. Building the course grader compiles the rubric and indexes the course text
 * (about 0.2 s of CPU on a small machine), which the bot need not spend before its gateway login. Built once; a
 * build that throws is tried again at the next use.
 */
export function lazyGrader(build: () => Grader): LazyGrader {
  let built: Grader | undefined;
  const get = (): Grader => {
    built ??= build();
    return built;
  };
  return {
    grader: {
      grade: (question, answer) => get().grade(question, answer),
      inspect: (question, answer) => get().inspect(question, answer),
    },
    warm: () => void get(),
  };
}
