import { escapeMarkdown } from "discord.js";
import Keyv from "keyv";
import { describe, expect, it } from "vitest";
import { classStrings } from "../../src/content/class-strings.js";
import { quizStrings } from "../../src/content/quiz-strings.js";
import type { QuizItem, QuizOption } from "../../src/content/types.js";
import type { View } from "../../src/discord/views/course.js";
import { liveItemView, liveResultView } from "../../src/discord/views/liveRound.js";
import { itemView, resultView } from "../../src/discord/views/quiz.js";
import { ManualClock } from "../../src/domain/clock.js";
import { type LiveRound, LiveRoundService } from "../../src/domain/live/liveRound.js";
import { KeyedLock } from "../../src/domain/locks.js";
import { drawOptionOrder, shownOptions } from "../../src/domain/quiz/optionOrder.js";
import { type Profile, QuizService, type QuizSession } from "../../src/domain/quiz/quizService.js";
import { catalog, quizBank } from "../pack.js";
import { seeded } from "./tips-helpers.js";

const GUILD = "g";
const strings = quizStrings.fr;
const bankIds = (item: QuizItem) => item.options.map((option) => option.id);
const byKind = (kind: QuizItem["kind"]) => quizBank.filter((item) => item.kind === kind);
/** Items whose options are shuffled, with four options or more: the ones whose order says something. */
const shuffled = quizBank.filter((item) => item.kind !== "truefalse" && item.options.length >= 4);

function quizService(store: Keyv, random: () => number, clock = new ManualClock("2026-03-10T18:00:00Z")) {
  return new QuizService({
    store,
    clock,
    locks: new KeyedLock(),
    bank: quizBank,
    settingsOf: async () => ({ timeZone: "Europe/Paris", season: 0 }),
    random,
  });
}

async function session(quiz: QuizService, userId: string, itemIds: readonly string[]): Promise<QuizSession> {
  const started = await quiz.startSession({
    guildId: GUILD,
    userId,
    name: userId,
    question: null,
    count: itemIds.length,
    itemIds,
  });
  if (!started) throw new Error("no session");
  return started;
}

function bankItem(id: string): QuizItem {
  const item = quizBank.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

/** Every button and select option of a view: what a member can click, with its label and where it goes. */
function clickables(view: View): { label: string; customId: string; value?: string }[] {
  return view.components.flatMap((row) =>
    row.toJSON().components.flatMap((component) => {
      if ("options" in component && "custom_id" in component) {
        return component.options.map((option) => ({
          label: option.label,
          customId: component.custom_id,
          value: option.value,
        }));
      }
      return "custom_id" in component && "label" in component
        ? [{ label: component.label ?? "", customId: component.custom_id }]
        : [];
    }),
  );
}

/** The bank option each clickable answers with: the select value, or the last part of the button's ID. */
const optionIdsOf = (view: View) =>
  clickables(view)
    .filter((entry) => /^quiz(-classe)?:[am]:/.test(entry.customId))
    .map((entry) => entry.value ?? entry.customId.split(":")[4]);

/** The letter an option's text carries on a message ("**B.** text" in the description). */
function letterShown(view: View, text: string): string | undefined {
  const line = (view.embeds[0]?.data.description ?? "")
    .split("\n")
    .find(
      (candidate) =>
        candidate.endsWith(`.** ${escapeMarkdown(text)}`) || candidate.includes(`.** ${escapeMarkdown(text)} —`),
    );
  return /\*\*([A-E])\.\*\*/.exec(line ?? "")?.[1];
}

describe("drawing an order", () => {
  it("GIVEN every bank item THEN a permutation of its option ids; 'Vrai' always before 'Faux'", () => {
    const random = seeded(3);
    for (const item of quizBank) {
      const order = drawOptionOrder(item, random);
      expect([...order].sort()).toEqual([...bankIds(item)].sort());
      if (item.kind === "truefalse") expect(order).toEqual(bankIds(item));
    }
    // The bank lists "Vrai" first: whatever the draw, it stays first.
    const trueFalse = byKind("truefalse")[0] as QuizItem;
    for (let seed = 1; seed <= 50; seed += 1) {
      expect(shownOptions(trueFalse, drawOptionOrder(trueFalse, seeded(seed)))).toEqual(trueFalse.options);
    }
  });

  it("GIVEN 'select all' items THEN they are shuffled too (their letters would be passed on just the same)", () => {
    const random = seeded(5);
    const orders = byKind("multiple").map((item) => drawOptionOrder(item, random).join(""));
    expect(orders.some((order, index) => order !== bankIds(byKind("multiple")[index] as QuizItem).join(""))).toBe(true);
  });

  it("GIVEN no stored order THEN the bank order; options dropped or added since THEN left out, or shown last", () => {
    const item = bankItem("q1-02");
    expect(shownOptions(item, undefined)).toEqual(item.options);
    expect(shownOptions(item, [])).toEqual(item.options);
    const [a, b, c, d] = item.options as [QuizOption, QuizOption, QuizOption, QuizOption];
    expect(shownOptions(item, [c.id, a.id, d.id, b.id])).toEqual([c, a, d, b]);
    // "zz" was dropped from the bank since the session started; b was added; a is listed twice by a bad write.
    expect(shownOptions(item, ["zz", c.id, a.id, a.id, d.id])).toEqual([c, a, d, b]);
  });

  it("GIVEN many sessions THEN the right answer is shown at every place alike, never pinned to its bank place", async () => {
    const quiz = quizService(new Keyv(), seeded(11));
    const singles = byKind("single").filter((item) => item.options.length === 4);
    const places = [0, 0, 0, 0];
    const placesOfItem = new Map<string, Set<number>>();
    let atBankPlace = 0;
    let shown = 0;
    for (let member = 0; member < 60; member += 1) {
      const started = await session(
        quiz,
        `m${member}`,
        singles.map((item) => item.id),
      );
      for (const [position, item] of singles.entries()) {
        const place = (started.optionOrders?.[position] ?? []).indexOf(item.correct[0] as string);
        places[place] = (places[place] ?? 0) + 1;
        placesOfItem.set(item.id, (placesOfItem.get(item.id) ?? new Set()).add(place));
        if (place === bankIds(item).indexOf(item.correct[0] as string)) atBankPlace += 1;
        shown += 1;
      }
    }
    // Each of the four places gets a quarter of the right answers, give or take (seeded, so never flaky)...
    for (const count of places) expect(count / shown).toBeGreaterThan(0.2);
    for (const count of places) expect(count / shown).toBeLessThan(0.3);
    // ...the key sits at its bank place no more often than chance, and every item's key moves around.
    expect(atBankPlace / shown).toBeLessThan(0.3);
    for (const seen of placesOfItem.values()) expect(seen.size).toBe(4);
  });
});

describe("private sessions keep their order", () => {
  const itemIds = shuffled.slice(0, 6).map((item) => item.id);

  it("GIVEN a session THEN the order is stored in the profile, and a restart shows the same letters and buttons", async () => {
    const store = new Keyv();
    const before = quizService(store, seeded(1));
    const started = await session(before, "ana", itemIds);
    expect(started.optionOrders).toHaveLength(itemIds.length);
    const stored = (await store.get(QuizService.profileKey(GUILD, "ana"))) as Profile;
    expect(stored.sessions[started.id]?.optionOrders).toEqual(started.optionOrders);

    // A new process: another random source, the same store.
    const after = quizService(store, seeded(999));
    const reloaded = await after.session(GUILD, "ana", started.id);
    if (!reloaded) throw new Error("session lost");
    for (const [position, id] of itemIds.entries()) {
      const view = (quiz: QuizSession) => itemView(quiz, position, bankItem(id), strings);
      // The buttons (or menu entries) come in the stored order, lettered A, B, C… from the first.
      expect(optionIdsOf(view(started))).toEqual(started.optionOrders?.[position]);
      expect(view(reloaded).embeds[0]?.data.description).toBe(view(started).embeds[0]?.data.description);
      expect(clickables(view(reloaded))).toEqual(clickables(view(started)));
    }
  });

  it("GIVEN two members, or two sessions of one member THEN different orders", async () => {
    const quiz = quizService(new Keyv(), seeded(2));
    const ana = await session(quiz, "ana", itemIds);
    const ben = await session(quiz, "ben", itemIds);
    const anaAgain = await session(quiz, "ana", itemIds);
    expect(ben.optionOrders).not.toEqual(ana.optionOrders);
    expect(anaAgain.optionOrders).not.toEqual(ana.optionOrders);
    // And not merely the bank order for all.
    expect(ana.optionOrders).not.toEqual(itemIds.map((id) => bankIds(bankItem(id))));
  });

  it("GIVEN the button showing the right answer, even from a message before a restart THEN it is graded right", async () => {
    const store = new Keyv();
    const before = quizService(store, seeded(4));
    const started = await session(before, "ana", itemIds);
    const after = quizService(store, seeded(8));
    for (const [position, id] of itemIds.entries()) {
      const item = bankItem(id);
      const message = itemView(started, position, item, strings);
      const right = item.options.find((option) => item.correct.includes(option.id));
      const letter = letterShown(message, right?.text ?? "");
      const pick = clickables(message).filter((entry) => entry.label.startsWith(`${letter}. `));
      expect(pick).toHaveLength(1);
      // The ID (or the select value) names the bank option: "quiz:a:<session>:<position>:<option id>".
      const chosen = item.kind === "multiple" ? [...item.correct] : [pick[0]?.customId.split(":")[4] ?? ""];
      if (item.kind === "multiple") {
        const values = clickables(message).filter((entry) => item.correct.includes(entry.value ?? ""));
        expect(values.map((entry) => entry.value).sort()).toEqual([...item.correct].sort());
      }
      const outcome = await after.answer({
        guildId: GUILD,
        userId: "ana",
        name: "Ana",
        sessionId: started.id,
        position,
        chosen,
      });
      if (outcome.status !== "recorded") throw new Error(`not recorded: ${outcome.status}`);
      expect(outcome.answer.correct).toBe(true);
      const result = resultView({ ...outcome, position, duplicate: false, catalog, strings });
      const yours = result.embeds[0]?.data.fields?.find((field) => field.name === strings.yourAnswer)?.value;
      expect(yours).toContain(`${letter}. ${escapeMarkdown(right?.text ?? "")}`);
    }
  });

  it("GIVEN a wrong answer THEN the right one is named with the letter the member saw", async () => {
    const quiz = quizService(new Keyv(), seeded(6));
    const item = byKind("single").find((candidate) => candidate.options.length >= 4) as QuizItem;
    const started = await session(quiz, "ana", [item.id]);
    expect(started.optionOrders?.[0]).not.toEqual(bankIds(item));
    const wrong = item.options.find((option) => !item.correct.includes(option.id));
    const outcome = await quiz.answer({
      guildId: GUILD,
      userId: "ana",
      name: "Ana",
      sessionId: started.id,
      position: 0,
      chosen: [wrong?.id ?? ""],
    });
    if (outcome.status !== "recorded") throw new Error(outcome.status);
    const message = itemView(started, 0, item, strings);
    const result = resultView({ ...outcome, position: 0, duplicate: false, catalog, strings });
    const right = item.options.find((option) => option.id === item.correct[0]);
    const named = result.embeds[0]?.data.fields?.find((field) => field.name === strings.rightAnswer)?.value;
    expect(named).toBe(`${letterShown(message, right?.text ?? "")}. ${escapeMarkdown(right?.text ?? "")}`);
  });

  it("GIVEN a session written before orders were stored THEN the bank order, and its answers still count", async () => {
    const store = new Keyv();
    const quiz = quizService(store, seeded(7));
    const started = await session(quiz, "ana", itemIds);
    const key = QuizService.profileKey(GUILD, "ana");
    const profile = (await store.get(key)) as Profile;
    const { optionOrders: _dropped, ...old } = started;
    await store.set(key, { ...profile, sessions: { [started.id]: old } });
    // Read by a new process (profiles are kept in memory by the one that wrote them).
    const restarted = quizService(store, seeded(7));
    const reloaded = await restarted.session(GUILD, "ana", started.id);
    if (!reloaded) throw new Error("session lost");
    const item = bankItem(itemIds[0] as string);
    const view = itemView(reloaded, 0, item, strings);
    expect(optionIdsOf(view)).toEqual(bankIds(item));
    expect(letterShown(view, item.options[0]?.text ?? "")).toBe("A");
    const outcome = await restarted.answer({
      guildId: GUILD,
      userId: "ana",
      name: "Ana",
      sessionId: started.id,
      position: 0,
      chosen: [...item.correct],
    });
    expect(outcome.status === "recorded" && outcome.answer.correct).toBe(true);
  });
});

describe("live rounds show one order to the whole class", () => {
  const CHANNEL = "c1";

  function live(store: Keyv, liveStore: Keyv, random: () => number) {
    const clock = new ManualClock("2026-03-12T08:00:00Z");
    const quiz = quizService(store, random, clock);
    const rounds = new LiveRoundService({
      store: liveStore,
      clock,
      locks: new KeyedLock(),
      quiz,
      random,
    });
    return { quiz, rounds, clock };
  }

  async function startRound(rounds: LiveRoundService): Promise<LiveRound> {
    const outcome = await rounds.start({
      guildId: GUILD,
      channelId: CHANNEL,
      startedBy: "t",
      locale: "fr",
      question: null,
      count: 8,
      seconds: 30,
    });
    if (outcome.status !== "started") throw new Error(outcome.status);
    return outcome.round;
  }

  it("GIVEN a round THEN each item has one stored order: the message, every member's receipt and the results follow it", async () => {
    const store = new Keyv();
    const liveStore = new Keyv();
    const { rounds, quiz } = live(store, liveStore, seeded(21));
    const round = await startRound(rounds);
    expect(round.optionOrders).toHaveLength(round.itemIds.length);
    expect(round.optionOrders).not.toEqual(round.itemIds.map((id) => bankIds(bankItem(id))));

    // After a restart (another random source), the stored round shows the same message.
    const restarted = live(store, liveStore, seeded(77)).rounds;
    const reloaded = (await restarted.round(CHANNEL)) as LiveRound;
    const item = bankItem(round.itemIds[0] as string);
    // The seed opens on an item whose options are listed (true/false items show two buttons only).
    expect(item.kind).not.toBe("truefalse");
    const open = liveItemView(round, 0, item, round.items[0] as LiveRound["items"][number], classStrings.fr);
    const reopened = liveItemView(reloaded, 0, item, reloaded.items[0] as LiveRound["items"][number], classStrings.fr);
    expect(reopened.embeds[0]?.data.description).toBe(open.embeds[0]?.data.description);
    expect(clickables(reopened)).toEqual(clickables(open));
    expect(optionIdsOf(open)).toEqual(round.optionOrders?.[0]);

    const answers = await Promise.all(
      ["lea", "hugo", "ines"].map((userId) =>
        restarted.answer({
          channelId: CHANNEL,
          roundId: round.id,
          position: 0,
          userId,
          name: userId,
          chosen: [...item.correct],
        }),
      ),
    );
    for (const outcome of answers) {
      if (outcome.status !== "recorded") throw new Error(outcome.status);
      expect(outcome.order).toEqual(round.optionOrders?.[0]);
    }

    const closed = await restarted.closeItem(CHANNEL, round.id, 0);
    if (closed.status !== "closed") throw new Error("not closed");
    const results = liveResultView({
      round: closed.round,
      position: 0,
      item,
      live: closed.item,
      catalog,
      strings: classStrings.fr,
      locale: "fr",
    });
    const lines = (results.embeds[0]?.data.description ?? "").split("\n").filter((line) => line.includes(" — "));
    expect(lines.map((line) => /\*\*([A-E])\.\*\*/.exec(line)?.[1])).toEqual(
      ["A", "B", "C", "D", "E"].slice(0, lines.length),
    );
    const shownTexts = shownOptions(item, round.optionOrders?.[0]).map((option) => escapeMarkdown(option.text));
    for (const [index, line] of lines.entries()) expect(line).toContain(`.** ${shownTexts[index]} — `);
    for (const option of item.options) {
      expect(letterShown(open, option.text)).toBeDefined();
      expect(letterShown(results, option.text)).toBe(letterShown(open, option.text));
    }

    // Each member's record of the round carries the class's order.
    const profile = await quiz.profile(GUILD, "hugo");
    expect(profile?.sessions[LiveRoundService.sessionId(round.id)]?.optionOrders).toEqual(round.optionOrders);
  });

  it("GIVEN a round written before orders were stored THEN the bank order", async () => {
    const { rounds } = live(new Keyv(), new Keyv(), seeded(22));
    const round = await startRound(rounds);
    const { optionOrders: _dropped, ...old } = round;
    const item = bankItem(round.itemIds[0] as string);
    const view = liveItemView(old, 0, item, round.items[0] as LiveRound["items"][number], classStrings.fr);
    expect(optionIdsOf(view)).toEqual(bankIds(item));
  });
});
