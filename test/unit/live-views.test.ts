import type { EmbedBuilder } from "discord.js";
import { describe, expect, it } from "vitest";
import { classStrings } from "../../src/content/class-strings.js";
import { lessonMessages } from "../../src/discord/views/lesson.js";
import { liveItemView, liveResultView, podiumView } from "../../src/discord/views/liveRound.js";
import type { LiveItem, LiveRound } from "../../src/domain/live/liveRound.js";
import { catalog, quizBank } from "../pack.js";

const strings = classStrings.fr;

/** Characters Discord counts toward the 6000 of a message's embeds. */
function embedsLength(embeds: readonly EmbedBuilder[]): number {
  return embeds.reduce(
    (sum, { data }) =>
      sum +
      (data.title?.length ?? 0) +
      (data.description?.length ?? 0) +
      (data.author?.name.length ?? 0) +
      (data.footer?.text.length ?? 0) +
      (data.fields ?? []).reduce((total, field) => total + field.name.length + field.value.length, 0),
    0,
  );
}

describe("lesson messages", () => {
  it("GIVEN every section of the course THEN whole, within Discord's limits, buttons under the last message", () => {
    let multiPage = 0;
    for (const entry of catalog.sections) {
      const messages = lessonMessages(entry, strings);
      const descriptions = messages.flatMap((message) => message.embeds.map((embed) => embed.data.description));
      expect(descriptions).toEqual([...entry.pages]);
      for (const message of messages) {
        expect(message.embeds.length).toBeLessThanOrEqual(10);
        expect(embedsLength(message.embeds)).toBeLessThanOrEqual(6000);
      }
      expect(messages.slice(0, -1).every((message) => message.components.length === 0)).toBe(true);
      const ids = messages
        .at(-1)
        ?.components.flatMap((row) => row.toJSON().components.map((c) => ("custom_id" in c ? c.custom_id : "")));
      expect(ids).toEqual([
        `lecon:train:${entry.document.id}:${entry.section.id}`,
        `cours:open:${entry.document.id}:${entry.section.id}`,
      ]);
      if (entry.pages.length > 1) multiPage += 1;
    }
    expect(multiPage).toBeGreaterThan(0);
  });
});

describe("live round messages", () => {
  const item: LiveItem = { itemId: "", openedAt: 0, closesAt: 30_000, answers: {}, closed: false };
  const round: LiveRound = {
    id: "AbC-_12345678",
    guildId: "g",
    channelId: "c",
    startedBy: "t",
    locale: "fr",
    question: null,
    seconds: 30,
    itemIds: quizBank.map((entry) => entry.id).slice(0, 20),
    items: [],
    createdAt: 0,
    finished: false,
    totals: {},
  };

  it("GIVEN every bank item THEN the open and closed views fit Discord (IDs, labels, sizes)", () => {
    for (const bankItem of quizBank) {
      const live = {
        ...item,
        itemId: bankItem.id,
        closed: true,
        result: { counts: {}, answered: 0, right: 0, fastest: null },
      };
      for (const view of [
        liveItemView(round, 19, bankItem, live, strings),
        liveResultView({ round, position: 19, item: bankItem, live, catalog, strings, locale: "fr" }),
      ]) {
        expect(embedsLength(view.embeds)).toBeLessThanOrEqual(6000);
        for (const row of view.components) {
          const components = row.toJSON().components;
          expect(components.length).toBeLessThanOrEqual(5);
          for (const component of components) {
            if ("custom_id" in component) expect(component.custom_id.length).toBeLessThanOrEqual(100);
            if ("label" in component && component.label) expect(component.label.length).toBeLessThanOrEqual(80);
          }
        }
      }
      const open = liveItemView(round, 0, bankItem, live, strings);
      expect(open.embeds[0]?.data.fields?.[0]?.value).toBe("<t:30:R>");
    }
  });

  it("GIVEN totals THEN the podium shows the three best with points, not those without", () => {
    const view = podiumView(
      {
        ...round,
        items: [{ ...item, messageId: "m" }],
        stopped: "restart",
        totals: {
          a: { name: "Léa", points: 15, right: 1, at: 1 },
          b: { name: "Hugo", points: 15, right: 1, at: 2 },
          c: { name: "Inès", points: 0, right: 0, at: 3 },
          d: { name: "Zoé", points: 12, right: 1, at: 4 },
          e: { name: "Noé", points: 11, right: 1, at: 5 },
        },
      },
      strings,
    );
    const text = view.embeds[0]?.data.description ?? "";
    expect(text.split("\n").slice(0, 3)).toEqual([
      "🥇 **Léa** — 15 pts (1/1)",
      "🥇 **Hugo** — 15 pts (1/1)",
      "🥉 **Zoé** — 12 pts (1/1)",
    ]);
    expect(text).not.toContain("Noé");
    expect(text).not.toContain("Inès");
    expect(text).toContain("redémarrage");
    expect(view.embeds[0]?.data.footer?.text).toContain("5 participants · 1 question");
  });
});
