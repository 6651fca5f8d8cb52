import Keyv from "keyv";
import { describe, expect, it } from "vitest";
import type { QuizItem } from "../../src/content/types.js";
import { ManualClock } from "../../src/domain/clock.js";
import type { Grader } from "../../src/domain/grading/grade.js";
import { LiveRoundService } from "../../src/domain/live/liveRound.js";
import { KeyedLock } from "../../src/domain/locks.js";
import {
  asMemberId,
  CONFIRMATION_LIFETIME_MS,
  confirmationAlive,
  confirmationStamp,
  eraseMemberData,
  exportMemberData,
  findMembers,
  holdsAnything,
  type MemberDataSources,
  memberDataJson,
} from "../../src/domain/privacy/memberData.js";
import { applyStatsEvents, type ClassStats, emptyClassStats } from "../../src/domain/quiz/classStats.js";
import { rankOf } from "../../src/domain/quiz/leaderboard.js";
import { QuizService } from "../../src/domain/quiz/quizService.js";
import { guildProfiles } from "../../src/domain/report/classReport.js";
import { WrittenAnswers } from "../../src/domain/written/writtenAnswers.js";
import { quizBank } from "../pack.js";

const GUILD = "g1";
const OTHER_GUILD = "g2";
const [LEA, HUGO, INES] = ["u-lea", "u-hugo", "u-ines"];

/** Every written answer gets 6/10: the rules of the erasure are tested here, not the grader. */
const grader: Grader = {
  grade: (question) => ({ question, score: 6, band: "partial", covered: ["a"], missing: ["b"], flags: {} }),
  inspect: () => {
    throw new Error("not used");
  },
};

function setUp() {
  const clock = new ManualClock("2026-03-10T18:00:00Z");
  const stores = { quiz: new Keyv(), written: new Keyv(), live: new Keyv() };
  const locks = new KeyedLock();
  let season = 0;
  const settingsOf = async () => ({ timeZone: "Europe/Paris", season });
  const quiz = new QuizService({
    store: stores.quiz,
    clock,
    locks,
    bank: quizBank,
    settingsOf,
    startNewSeason: async () => {
      season += 1;
    },
    random: () => 0.5,
  });
  const written = new WrittenAnswers({
    grader,
    quiz,
    store: stores.written,
    clock,
    locks,
    timeZoneOf: async () => "Europe/Paris",
  });
  const live = new LiveRoundService({ store: stores.live, clock, locks, quiz, random: () => 0.3 });
  const sources: MemberDataSources = { quiz, written, live, locks, clock };
  return { clock, stores, quiz, written, live, sources };
}

type Setup = ReturnType<typeof setUp>;
const choice = (item: QuizItem, right: boolean) =>
  right ? [...item.correct] : [item.options.find((option) => !item.correct.includes(option.id))?.id ?? ""];

/** A private quiz of `rights.length` items, answered right or wrong in order. */
async function quizzes(setup: Setup, guildId: string, userId: string, name: string, rights: boolean[]) {
  const session = await setup.quiz.startSession({ guildId, userId, name, question: null, count: rights.length });
  if (!session) throw new Error("no session");
  for (const [position, right] of rights.entries()) {
    const item = setup.quiz.item(session.itemIds[position] ?? "") as QuizItem;
    await setup.quiz.answer({ guildId, userId, name, sessionId: session.id, position, chosen: choice(item, right) });
  }
}

/** Léa, Hugo and Inès have quizzed and written; Léa also plays in another guild. */
async function classWithActivity(): Promise<Setup> {
  const setup = setUp();
  await quizzes(setup, GUILD, LEA, "Léa", [true, true, false, true]);
  await quizzes(setup, GUILD, HUGO, "Hugo", [true, false, false]);
  await quizzes(setup, GUILD, INES, "Inès", [true, true, true, true, true]);
  await setup.written.submit({ guildId: GUILD, userId: LEA, name: "Léa", question: 2, text: "Une réponse rédigée." });
  await setup.written.submit({ guildId: GUILD, userId: HUGO, name: "Hugo", question: 1, text: "Une autre réponse." });
  await quizzes(setup, OTHER_GUILD, LEA, "Léa", [true]);
  return setup;
}

/** The class statistics the remaining profiles call for (answers, right answers, members, item tallies). */
async function statsFromProfiles(
  setup: Setup,
  guildId: string,
): Promise<Omit<ClassStats, "since" | "sessions" | "rounds">> {
  const events = (await guildProfiles(setup.stores.quiz, guildId, 0)).flatMap(({ userId, profile }) =>
    Object.entries(profile.items).flatMap(([itemId, progress]) =>
      Array.from({ length: progress.attempts }, (_, index) => ({
        kind: "answer" as const,
        userId,
        itemId,
        correct: index < progress.correct,
        firstOfSession: false,
        firstOfMember: false,
        at: 0,
      })),
    ),
  );
  const { answers, correct, items } = applyStatsEvents(emptyClassStats, events);
  const members = (await guildProfiles(setup.stores.quiz, guildId, 0)).filter(
    ({ profile }) => Object.keys(profile.items).length > 0,
  ).length;
  return { answers, correct, items, members };
}

async function allKeys(store: Keyv): Promise<string[]> {
  const keys: string[] = [];
  if (!store.iterator) throw new Error("no iterator");
  for await (const [key] of store.iterator(undefined)) keys.push(String(key));
  return keys.sort();
}

describe("member data export", () => {
  it("GIVEN a member who quizzed and wrote THEN the export holds their profile, rank and written answers", async () => {
    const setup = await classWithActivity();
    const data = await exportMemberData(setup.sources, GUILD, LEA);
    expect(holdsAnything(data)).toBe(true);
    expect(data).toMatchObject({ format: "reso-member-data/1", guildId: GUILD, userId: LEA });
    expect(data.profile?.name).toBe("Léa");
    expect(data.profile?.answered).toBe(4);
    expect(Object.keys(data.profile?.items ?? {})).toHaveLength(4);
    expect(data.thisTerm).toEqual({ points: 30 + 12, answered: 4, correct: 3, rank: 1 + 1 });
    expect(data.writtenAnswers).toHaveLength(1);
    expect(data.writtenAnswers[0]).toMatchObject({ question: 2, text: "Une réponse rédigée.", score: 6 });
    expect(data.liveRounds).toEqual([]);
    // The file is the same record, indented.
    const json = memberDataJson(data).toString("utf8");
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
    expect(json).toContain('\n  "profile": {');
  });

  it("GIVEN someone Réso never saw THEN the export holds nothing", async () => {
    const setup = await classWithActivity();
    const data = await exportMemberData(setup.sources, GUILD, "u-nobody");
    expect(holdsAnything(data)).toBe(false);
    expect(data).toMatchObject({ profile: null, thisTerm: null, writtenAnswers: [], liveRounds: [] });
  });
});

describe("member data erasure", () => {
  it("GIVEN a member THEN every key of theirs is gone, the board and the class statistics add up, others untouched", async () => {
    const setup = await classWithActivity();
    const hugoBefore = await setup.quiz.storedProfile(GUILD, HUGO);
    const otherGuildBefore = await setup.quiz.storedProfile(OTHER_GUILD, LEA);
    const statsBefore = await setup.quiz.stats.read(GUILD);

    const outcome = await eraseMemberData(setup.sources, GUILD, LEA);
    expect(outcome).toEqual({ status: "erased", name: "Léa", profile: true, writtenAnswers: 1, liveRounds: 0 });

    expect(await allKeys(setup.stores.quiz)).not.toContain(QuizService.profileKey(GUILD, LEA));
    expect(await allKeys(setup.stores.written)).toEqual([WrittenAnswers.historyKey(GUILD, HUGO)]);
    for (const store of Object.values(setup.stores)) {
      for await (const [key, value] of store.iterator?.(undefined) ?? []) {
        if (String(key).includes(OTHER_GUILD)) continue;
        expect(`${String(key)} ${JSON.stringify(value)}`).not.toMatch(/u-lea|Léa/);
      }
    }
    expect(holdsAnything(await exportMemberData(setup.sources, GUILD, LEA))).toBe(false);

    const board = await setup.quiz.leaderboard(GUILD);
    expect(board.top.map((entry) => entry.userId)).toEqual([INES, HUGO]);
    expect(board.histogram).toEqual({ 50: 1, 22: 1 });
    expect(rankOf(board, 22)).toBe(2);

    const stats = await setup.quiz.stats.read(GUILD);
    expect(stats).toMatchObject(await statsFromProfiles(setup, GUILD));
    expect(stats.members).toBe(2);
    expect(stats.answers).toBe(statsBefore.answers - 4);
    expect(stats.sessions).toBe(statsBefore.sessions);

    expect(await setup.quiz.storedProfile(GUILD, HUGO)).toEqual(hugoBefore);
    expect(await setup.written.history(GUILD, HUGO)).toHaveLength(1);
    expect(await setup.quiz.storedProfile(OTHER_GUILD, LEA)).toEqual(otherGuildBefore);
  });

  it("GIVEN an erasure done THEN a second one (double click) finds nothing, and two at once erase once", async () => {
    const setup = await classWithActivity();
    const [first, second] = await Promise.all([
      eraseMemberData(setup.sources, GUILD, HUGO),
      eraseMemberData(setup.sources, GUILD, HUGO),
    ]);
    expect([first.status, second.status].sort()).toEqual(["erased", "nothing"]);
    expect(await eraseMemberData(setup.sources, GUILD, HUGO)).toEqual({ status: "nothing" });
    expect((await setup.quiz.stats.read(GUILD)).members).toBe(2);
    expect(await eraseMemberData(setup.sources, GUILD, "u-nobody")).toEqual({ status: "nothing" });
  });

  it("GIVEN a new term THEN erasing a member takes only this term's points off the board", async () => {
    const setup = await classWithActivity();
    await setup.quiz.resetLeaderboard(GUILD);
    await quizzes(setup, GUILD, HUGO, "Hugo", [true]);
    await eraseMemberData(setup.sources, GUILD, LEA);
    const board = await setup.quiz.leaderboard(GUILD);
    expect(board.histogram).toEqual({ 10: 1 });
    expect(board.top.map((entry) => entry.userId)).toEqual([HUGO]);
  });

  it("GIVEN a member in a live round THEN erasing removes their answers and no point comes back when it closes", async () => {
    const setup = await classWithActivity();
    const started = await setup.live.start({
      guildId: GUILD,
      channelId: "c1",
      startedBy: "teacher",
      locale: "fr",
      question: null,
      count: 2,
      seconds: 30,
    });
    if (started.status !== "started") throw new Error("no round");
    const item = setup.quiz.item(started.round.itemIds[0] ?? "") as QuizItem;
    for (const [userId, name] of [
      [INES, "Inès"],
      [HUGO, "Hugo"],
    ] as const) {
      await setup.live.answer({
        channelId: "c1",
        roundId: started.round.id,
        position: 0,
        userId,
        name,
        chosen: [...item.correct],
      });
    }
    const exported = await exportMemberData(setup.sources, GUILD, INES);
    expect(exported.liveRounds).toHaveLength(1);
    expect(exported.liveRounds[0]?.answers[0]).toMatchObject({ position: 0, itemId: item.id, name: "Inès" });

    expect(await eraseMemberData(setup.sources, GUILD, INES)).toMatchObject({ status: "erased", liveRounds: 1 });
    const hugoPoints = (await setup.quiz.profile(GUILD, HUGO))?.points ?? 0;
    await setup.live.closeItem("c1", started.round.id, 0);
    expect(await setup.quiz.storedProfile(GUILD, INES)).toBeUndefined();
    expect((await setup.quiz.profile(GUILD, HUGO))?.points).toBeGreaterThan(hugoPoints);
    expect(JSON.stringify(await setup.live.round("c1"))).not.toContain(INES);
  });
});

describe("finding a member to erase", () => {
  const members = [
    { userId: "1310000000000000402", profile: { name: "Léa Dubois" } },
    { userId: "1310000000000000403", profile: { name: "Léa" } },
    { userId: "1310000000000000404", profile: { name: "Hugo" } },
    { userId: "1310000000000000405", profile: { name: "Éléonore" } },
  ] as unknown as Parameters<typeof findMembers>[0];

  it("GIVEN a name THEN the exact name first, else every name containing it, accents and case ignored", () => {
    expect(findMembers(members, " lea ").map((m) => m.userId)).toEqual(["1310000000000000403"]);
    expect(findMembers(members, "LÉO").map((m) => m.profile.name)).toEqual(["Éléonore"]);
    expect(findMembers(members, "dub").map((m) => m.profile.name)).toEqual(["Léa Dubois"]);
    expect(findMembers(members, "zoé")).toEqual([]);
    expect(findMembers(members, "   ")).toEqual([]);
  });

  it("GIVEN a Discord id THEN it is taken as one; anything else is not", () => {
    expect(asMemberId(" 1310000000000000405 ")).toBe("1310000000000000405");
    expect(asMemberId("13100")).toBeUndefined();
    expect(asMemberId("Léa")).toBeUndefined();
  });
});

describe("erasure confirmations", () => {
  it("GIVEN a confirmation THEN it works for ten minutes, and a malformed stamp never", () => {
    const asked = new Date("2026-03-10T18:00:00Z");
    const stamp = confirmationStamp(asked);
    expect(confirmationAlive(stamp, asked)).toBe(true);
    expect(confirmationAlive(stamp, new Date(asked.getTime() + CONFIRMATION_LIFETIME_MS))).toBe(true);
    expect(confirmationAlive(stamp, new Date(asked.getTime() + CONFIRMATION_LIFETIME_MS + 1))).toBe(false);
    expect(confirmationAlive(stamp, new Date(asked.getTime() - 30_000))).toBe(true);
    expect(confirmationAlive(stamp, new Date(asked.getTime() - 120_000))).toBe(false);
    expect(confirmationAlive("", asked)).toBe(false);
    expect(confirmationAlive("zz-top", asked)).toBe(false);
  });
});
