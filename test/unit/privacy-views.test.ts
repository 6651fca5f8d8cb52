import { describe, expect, it } from "vitest";
import { privacyStrings } from "../../src/content/privacy-strings.js";
import {
  eraseConfirmView,
  memberDataView,
  memberEraseConfirmView,
  memberPickerView,
} from "../../src/discord/views/privacy.js";
import type { MemberData } from "../../src/domain/privacy/memberData.js";
import { migrateItem } from "../../src/domain/quiz/migration.js";

const data: MemberData = {
  format: "reso-member-data/1",
  exportedAt: "2026-12-01T20:00:00.000Z",
  guildId: "1310000000000000100",
  userId: "13100000000000004021",
  profile: {
    name: "**Léa** _la_ `meilleure`",
    points: 42,
    answered: 4,
    correct: 3,
    streak: { current: 2, best: 5, lastDay: "2026-11-30" },
    items: {
      "q1-01": migrateItem({ box: 2, lastDay: "2026-11-30", lastCorrect: true, attempts: 2, correct: 1 }),
    },
    sessions: {},
    bestGrades: { "3": 8, "1": 6 },
  },
  thisTerm: { points: 42, answered: 4, correct: 3, rank: 2 },
  writtenAnswers: [],
  liveRounds: [],
};

/** discord.js's builders check every value here (validators are on outside the bot): IDs, labels, sizes. */
describe("privacy views", () => {
  for (const locale of ["fr", "en"] as const) {
    const strings = privacyStrings[locale];
    it(`GIVEN ${locale} THEN every view builds within Discord's limits, names escaped`, () => {
      const summary = memberDataView(data, { name: "Léa", today: "2026-12-01", strings });
      const embed = summary.embeds[0]?.toJSON();
      expect(embed?.fields?.[0]?.value).toContain("\\*\\*Léa\\*\\* \\_la\\_ \\`meilleure\\`");
      expect(embed?.fields?.find((field) => field.name === strings.writtenTitle)?.value).toContain(
        `${strings.grade(1, 6)} · ${strings.grade(3, 8)}`,
      );
      const views = [
        summary,
        eraseConfirmView("mx5bpadw", strings),
        memberPickerView(strings),
        memberEraseConfirmView(
          { userId: "13100000000000004021", name: "Léa", held: "42 points", stamp: "zzzzzzzzzz" },
          strings,
        ),
      ];
      for (const view of views) {
        for (const component of view.components.map((row) => row.toJSON())) {
          for (const child of component.components) {
            const id = "custom_id" in child ? child.custom_id : "";
            expect(id.length).toBeLessThanOrEqual(100);
            if ("label" in child && child.label) expect(child.label.length).toBeLessThanOrEqual(80);
          }
        }
      }
    });
  }
});
