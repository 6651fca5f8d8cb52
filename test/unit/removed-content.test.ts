import Keyv from "keyv";
import { describe, expect, it } from "vitest";
import { sectionsToReread } from "../../src/commands/score.js";
import { reportCsvColumns } from "../../src/content/class-strings.js";
import { quizStrings } from "../../src/content/quiz-strings.js";
import type { QuizItem, Tip } from "../../src/content/types.js";
import { summaryView } from "../../src/discord/views/quiz.js";
import { ManualClock } from "../../src/domain/clock.js";
import { GuildSettingsRepository } from "../../src/domain/guildSettings.js";
import { LiveRoundService } from "../../src/domain/live/liveRound.js";
import { KeyedLock } from "../../src/domain/locks.js";
import { QuizService } from "../../src/domain/quiz/quizService.js";
import { itemsPerQuestion } from "../../src/domain/report/chartData.js";
import { buildReport, guildProfileChunks } from "../../src/domain/report/classReport.js";
import { summarizeClass } from "../../src/domain/report/classSummary.js";
import { reportCsv } from "../../src/domain/report/reportCsv.js";
import { DailyTips } from "../../src/domain/tips/tipsService.js";
import { quizBank, tipBank } from "../pack.js";
import { seeded } from "./tips-helpers.js";

/**
 * A teacher removes an item or a tip and restarts Réso: the stores written before keep working. The removed
 * one is never shown again, no view breaks, and the points it earned stay counted.
 */
const GUILD = "1310000000000000100";
const PARIS = "Europe/Paris";
const store = () => new Keyv();

function quizService(bank: readonly QuizItem[], shared: Keyv, clock: ManualClock, locks = new KeyedLock()) {
  return new QuizService({
    store: shared,
    clock,
    locks,
    bank,
    settingsOf: async () => ({ timeZone: PARIS, season: 0 }),
    random: () => 0.5,
  });
}

const question1 = quizBank.filter((item) => item.question === 1);
const [first, removed, third] = question1 as [QuizItem, QuizItem, QuizItem];
const without = (bank: readonly QuizItem[], item: QuizItem) => bank.filter((candidate) => candidate.id !== item.id);
const wrongOf = (item: QuizItem) => [item.options.find((option) => !item.correct.includes(option.id))?.id ?? ""];

describe("GIVEN a quiz item removed from the course after members answered it", () => {
  async function answeredThenRemoved() {
    const clock = new ManualClock("2026-03-10T18:00:00Z");
    const shared = store();
    const old = quizService(quizBank, shared, clock);
    const session = await old.startSession({
      guildId: GUILD,
      userId: "u",
      name: "Léa",
      question: 1,
      count: 3,
      itemIds: [first.id, removed.id, third.id],
    });
    if (!session) throw new Error("no session");
    await old.answer({
      guildId: GUILD,
      userId: "u",
      name: "Léa",
      sessionId: session.id,
      position: 0,
      chosen: [...first.correct],
    });
    await old.answer({
      guildId: GUILD,
      userId: "u",
      name: "Léa",
      sessionId: session.id,
      position: 1,
      chosen: [...removed.correct],
    });
    await old.answer({
      guildId: GUILD,
      userId: "u",
      name: "Léa",
      sessionId: session.id,
      position: 2,
      chosen: wrongOf(third),
    });
    const restarted = quizService(without(quizBank, removed), shared, clock);
    return { clock, shared, session, restarted };
  }

  it("THEN its points stay counted, on the profile and the leaderboard", async () => {
    const { restarted } = await answeredThenRemoved();
    const profile = await restarted.profile(GUILD, "u");
    expect(profile?.points).toBe(20);
    expect(profile?.items[removed.id]).toBeDefined();
    expect(await restarted.rank(GUILD, 20)).toBe(1);
  });

  it("THEN it is never asked again, nor offered by a retry, nor counted in mastery", async () => {
    const { restarted, clock } = await answeredThenRemoved();
    clock.advance(30 * 86_400_000);
    const fresh = await restarted.startSession({ guildId: GUILD, userId: "u", name: "Léa", question: 1, count: 20 });
    expect(fresh?.itemIds).not.toContain(removed.id);
    const retry = await restarted.startSession({
      guildId: GUILD,
      userId: "u",
      name: "Léa",
      question: 1,
      count: 2,
      itemIds: [removed.id, third.id],
    });
    expect(retry?.itemIds).toEqual([third.id]);
    const mastery = restarted.mastery(await restarted.profile(GUILD, "u"));
    expect([...mastery.keys()]).toEqual([1, 2, 3, 4]);
  });

  it("THEN the open session's summary and /score's sections to re-read leave it out", async () => {
    const { restarted, session } = await answeredThenRemoved();
    const open = await restarted.session(GUILD, "u", session.id);
    if (!open) throw new Error("session gone");
    const view = summaryView(open, (id) => restarted.item(id), 1, quizStrings.fr);
    const text = view.embeds[0]?.toJSON().description ?? "";
    expect(text).toContain("Question 1 : 1/2");
    const profile = await restarted.profile(GUILD, "u");
    if (!profile) throw new Error("no profile");
    expect(sectionsToReread(profile, (id) => restarted.item(id)?.sources ?? [])).toEqual([...third.sources]);
  });

  it("THEN an answer to it in a session still open is refused, and counts nothing", async () => {
    const { clock, shared } = await answeredThenRemoved();
    const old = quizService(quizBank, shared, clock);
    const session = await old.startSession({
      guildId: GUILD,
      userId: "v",
      name: "Hugo",
      question: 1,
      count: 2,
      itemIds: [removed.id, third.id],
    });
    const restarted = quizService(without(quizBank, removed), shared, clock);
    const outcome = await restarted.answer({
      guildId: GUILD,
      userId: "v",
      name: "Hugo",
      sessionId: session?.id ?? "",
      position: 0,
      chosen: [...removed.correct],
    });
    expect(outcome.status).toBe("invalid");
    expect((await restarted.profile(GUILD, "v"))?.points).toBe(0);
  });

  it("THEN /rapport leaves it out of the most missed items and its CSV still has every member", async () => {
    const { restarted, shared } = await answeredThenRemoved();
    const summary = await summarizeClass({
      profiles: guildProfileChunks(shared, GUILD, 0),
      mastery: (profile) => restarted.mastery(profile),
      questions: [1, 2, 3, 4],
      itemsPerQuestion: itemsPerQuestion(restarted.bank),
      today: "2026-03-10",
    });
    const report = buildReport({
      stats: await restarted.stats.read(GUILD),
      board: await restarted.leaderboard(GUILD),
      summary,
      item: (id) => restarted.item(id),
    });
    expect(report.missed.map(({ item }) => item.id)).not.toContain(removed.id);
    const csv = await reportCsv({ summary, headers: reportCsvColumns });
    expect(csv.toString("utf8")).toContain("Léa;20;1;3;2;67");
  });
});

describe("GIVEN a quiz item removed while a live round was to ask it", () => {
  it("THEN the round passes over it, and goes on with the next item", async () => {
    const clock = new ManualClock("2026-03-12T08:00:00Z");
    const quizStore = store();
    const liveStore = store();
    const live = (bank: readonly QuizItem[]) => {
      const locks = new KeyedLock();
      const quiz = quizService(bank, quizStore, clock, locks);
      return new LiveRoundService({
        store: liveStore,
        clock,
        locks,
        quiz,
        random: () => 0.3,
      });
    };
    const outcome = await live(quizBank).start({
      guildId: GUILD,
      channelId: "c1",
      startedBy: "teacher",
      locale: "fr",
      question: null,
      count: 3,
      seconds: 30,
    });
    if (outcome.status !== "started") throw new Error("not started");
    const [, secondId, thirdId] = outcome.round.itemIds;
    const gone = quizBank.find((item) => item.id === secondId) as QuizItem;
    const restarted = live(without(quizBank, gone));
    clock.advance(31_000);
    await restarted.closeItem("c1", outcome.round.id, 0);
    const next = await restarted.advance("c1", outcome.round.id, 0);
    expect(next).toMatchObject({ status: "next", position: 2 });
    if (next.status !== "next") throw new Error("no next item");
    expect(next.round.items[1]).toMatchObject({ itemId: secondId, closed: true });
    expect(next.round.items[2]).toMatchObject({ itemId: thirdId, closed: false });
  });
});

describe("GIVEN a tip removed from the bank after it was posted", () => {
  function tips(bank: readonly Tip[], shared: Keyv, settings: Keyv, clock: ManualClock, posted: string[]) {
    const locks = new KeyedLock();
    return new DailyTips({
      store: shared,
      guildSettings: new GuildSettingsRepository(settings, locks),
      locks,
      clock,
      tips: bank,
      post: async (_, tip) => {
        posted.push(tip.id);
        return { ok: true, messageId: String(1_320_000_000_000_000_000n + BigInt(posted.length)) };
      },
      random: seeded(7),
    });
  }

  it("THEN /astuce shows another tip, and the rotation never posts it again", async () => {
    const clock = new ManualClock("2025-01-13T06:00:00Z");
    const [shared, settings] = [store(), store()];
    const bank = tipBank.slice(0, 5);
    const posted: string[] = [];
    const old = tips(bank, shared, settings, clock, posted);
    await old.saveSettings(
      GUILD,
      { channelId: "1310000000000000201", time: "08:30", days: "weekdays", enabled: true },
      PARIS,
    );
    await old.publishNow(GUILD);
    const [today] = posted;
    const restarted = tips(
      bank.filter((tip) => tip.id !== today),
      shared,
      settings,
      clock,
      posted,
    );
    const shown = await restarted.tipForToday(GUILD);
    expect(shown.kind).toBe("day");
    expect(shown.tip.id).not.toBe(today);
    for (let day = 1; day <= 12; day++) {
      clock.advance(86_400_000);
      await restarted.publishNow(GUILD);
    }
    expect(posted.slice(1)).not.toContain(today);
    expect((await restarted.status(GUILD)).progress.total).toBe(4);
  });
});
