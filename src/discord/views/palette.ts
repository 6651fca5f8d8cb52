/**
 * The one set of embed colours: a colour says what a message is about, the same in every view. Charts have their
 * own theme (src/charts/theme.ts), drawn for a picture rather than an embed's side bar.
 */
export const palette = {
  /** Blue: the course and what explains Réso (/cours, lessons, /aide, /config voir, a graded answer's header). */
  course: 0x2b6cb0,
  /** Purple: practising (a private quiz, a live round, /score). */
  practice: 0x805ad5,
  /** Amber: what stands out (a daily tip, the podium, the leaderboard, a partly right answer). */
  highlight: 0xd69e2e,
  /** Green: right (a right answer, a good written answer, a live round's result). */
  success: 0x2f855a,
  /** Red: wrong (a wrong answer, an insufficient written answer). */
  failure: 0xc53030,
  /** Teal: the class report. */
  report: 0x2c7a7b,
  /** Grey: the member's data (access and erasure). */
  privacy: 0x4a5568,
} as const;
