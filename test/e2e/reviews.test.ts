import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/app/logger.js";
import { emptyProfile, QuizService } from "../../src/domain/quiz/quizService.js";
import { localDay } from "../../src/domain/time.js";
import { addDays } from "../../src/domain/tips/schedule.js";
import { Stores } from "../../src/store/store.js";
import {
  allComponents,
  customIds,
  DEFAULT_IDS,
  defaultGuildFixture,
  getButton,
  type MessageState,
} from "../discord-server/index.js";
import { quizBank } from "../pack.js";
import { startBot, storeUrlFor } from "./harness.js";
import { type Classroom, expectNoViolations, openClassroom } from "./setup.js";

const [lea, hugo, ines] = DEFAULT_IDS.studentIds;
/** A member with no answer yet: their first answer is due again today, right or wrong (FSRS's learning steps). */
const teacher = DEFAULT_IDS.teacherId;
const GUILD = DEFAULT_IDS.guildId;
const PARIS = "Europe/Paris";

let room: Classroom;

beforeAll(async () => {
  const guild = defaultGuildFixture();
  // Inès has closed her DMs for the server.
  for (const member of guild.members) if (member.id === ines) member.dmsClosed = true;
  room = await openClassroom({ guilds: [guild] });
});

afterAll(async () => {
  await room?.close();
});

async function run(name: string, userId: string, options: { name: string; value: number }[] = []) {
  const handle = await room.discord.sendCommand({ name, userId, options });
  await handle.settled();
  const message = handle.message();
  if (!message) throw new Error(`no answer to /${name}`);
  return message;
}

async function click(message: MessageState, customId: string, userId: string) {
  const handle = await room.discord.clickButton({ customId, message, userId });
  await handle.settled();
  return handle;
}

/** Answers the item a quiz message shows with its first option, whatever its kind ("quiz:…" or "rappels:…"). */
async function answerFirstOption(message: MessageState, userId: string) {
  const menu = allComponents(message).find((component) => component.type === 3);
  const handle = menu
    ? await room.discord.selectMenu({
        customId: menu.custom_id ?? "",
        values: [menu.options?.[0]?.value ?? ""],
        message,
        userId,
      })
    : await room.discord.clickButton({ customId: customIds(message)[0] ?? "", message, userId });
  await handle.settled();
  return handle.message() as MessageState;
}

/** Stops the bot, lets `change` write to its store, and starts it again on the same data. */
async function withBotStopped(change: (quiz: ReturnType<Stores["namespace"]>) => Promise<void>) {
  await room.bot.stop();
  const stores = await Stores.open(storeUrlFor(room.dataDir), createLogger({ level: "silent" }));
  await change(stores.namespace("quiz"));
  await stores.close();
  room.bot = await startBot({ discord: room.discord, dataDir: room.dataDir });
}

async function restart() {
  await room.restart();
}

/** The bot's DMs to a member so far. */
const dms = (userId: string) => room.discord.channelMessages(room.discord.dmChannelId(userId));

async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("/quiz's first message", () => {
  it("GIVEN a first quiz THEN it says no review is due, and the next /quiz counts the reviews due today", async () => {
    const first = await run("quiz", lea, [{ name: "nombre", value: 2 }]);
    expect(first.content).toContain("Aucune révision prévue aujourd'hui");
    expect(first.embeds[0]?.title).toBe("Question 1/2");
    await answerFirstOption(first, lea);
    // An answered item comes back today (FSRS's learning steps: one minute after a miss, ten after a success).
    const second = await run("quiz", lea, [{ name: "nombre", value: 2 }]);
    expect(second.content).toMatch(/📚 1 révision prévue aujourd'hui/);
    const score = await run("score", lea);
    const reviews = score.embeds[0]?.fields?.find((field) => field.name === "Révisions")?.value;
    expect(reviews).toContain("Aujourd'hui : **1**");
    expectNoViolations(room.discord);
  });

  it("GIVEN items seen and none due today THEN the next review's date, with new items or free practice", async () => {
    const [seen] = quizBank;
    if (!seen) throw new Error("empty bank");
    const today = localDay(new Date(), PARIS);
    // Box 4 yesterday, as the released version stored it: due in six days.
    await withBotStopped(async (quiz) => {
      const profile = emptyProfile("Hugo");
      const lastDay = addDays(today, -1);
      const items = { [seen.id]: { box: 4, lastDay, lastCorrect: true, attempts: 3, correct: 3 } };
      await quiz.set(QuizService.profileKey(GUILD, hugo), { ...profile, answered: 3, correct: 3, items });
    });
    const offer = await run("quiz", hugo);
    expect(offer.embeds[0]?.title).toBe("📚 Aucune révision prévue aujourd'hui");
    const due = new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
    expect(offer.embeds[0]?.description).toContain(
      `Prochaine révision : ${due.format(new Date(`${addDays(today, 6)}T12:00:00Z`))}`,
    );
    expect(getButton(offer, { label: `Nouvelles questions (${quizBank.length - 1})` })).toBeTruthy();
    const practice = await click(offer, String(getButton(offer, { label: "Entraînement libre" }).custom_id), hugo);
    // Free practice: the item seen, the likeliest forgotten, comes first.
    expect(practice.message()?.embeds[0]?.description).toContain(seen.prompt.slice(0, 20));
    const score = await run("score", hugo);
    const reviews = score.embeds[0]?.fields?.find((field) => field.name === "Révisions")?.value;
    expect(reviews).toContain("Aujourd'hui : **0** · 7 prochains jours : **1**");
    expect(reviews).toContain("Prochaine :");
    expectNoViolations(room.discord);
  });
});

describe("/rappels", () => {
  it("GIVEN reminders at 0 h and a review due THEN one DM whose button runs the quiz there; one a day; one click stops", async () => {
    await answerFirstOption(await run("quiz", teacher, [{ name: "nombre", value: 1 }]), teacher);
    const on = await run("rappels", teacher, [{ name: "heure", value: 0 }]);
    expect(on.content).toContain("Rappels activés");
    expect(customIds(on)).toContain(`rappels:stop:${GUILD}`);
    // The start-up check sends what is due (the minute's check would, a little later).
    await restart();
    const [reminder] = await waitFor(() => (dms(teacher).length > 0 ? dms(teacher) : undefined));
    if (!reminder) throw new Error("no reminder");
    expect(reminder.embeds[0]?.description).toMatch(
      /révisions? (vous attend|vous attendent) aujourd'hui sur \*\*Classe de 1re\*\*/,
    );
    const go = await click(reminder, `rappels:go:${GUILD}`, teacher);
    const quiz = go.message() as MessageState;
    expect(quiz.content).toMatch(/révisions? prévues? aujourd'hui/);
    expect(
      customIds(quiz).every((id) => id.startsWith(`rappels:a:${GUILD}:`) || id.startsWith(`rappels:m:${GUILD}:`)),
    ).toBe(true);
    const result: MessageState = await answerFirstOption(quiz, teacher);
    expect(result.embeds[0]?.title).toMatch(/Bonne réponse|Pas tout à fait/);
    expect(customIds(result).every((id) => id.startsWith("rappels:"))).toBe(true);
    // The summary, still in the DMs, offers more: free practice, the likeliest forgotten first.
    let last = result;
    for (let step = 0; step < 5 && customIds(last).some((id) => id.startsWith("rappels:show:")); step++) {
      const next = await click(last, customIds(last).find((id) => id.startsWith("rappels:show:")) ?? "", teacher);
      last = await answerFirstOption(next.message() as MessageState, teacher);
    }
    const summary = await click(last, String(getButton(last, { label: "Voir le bilan" }).custom_id), teacher);
    const more = getButton(summary.message() as MessageState, { label: "Encore des questions" }).custom_id ?? "";
    expect(more).toMatch(new RegExp(`^rappels:new:${GUILD}:0:\\d+:practice$`));

    await restart();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(dms(teacher)).toHaveLength(1);

    const stopped = await click(reminder, `rappels:stop:${GUILD}`, teacher);
    expect(stopped.message()?.content).toContain("Rappels arrêtés");
    const off = await run("rappels", teacher);
    expect(off.content).toContain("Vous ne recevez pas de rappels");
    expectNoViolations(room.discord);
  });

  it("GIVEN closed DMs THEN the failure is kept and /rappels says how to open them", async () => {
    await answerFirstOption(await run("quiz", ines, [{ name: "nombre", value: 1 }]), ines);
    await run("rappels", ines, [{ name: "heure", value: 0 }]);
    await restart();
    const blocked = await waitFor(async () => {
      const status = await run("rappels", ines);
      return status.content?.includes("messages privés sont fermés") ? status : undefined;
    });
    expect(blocked.content).toContain("Paramètres de confidentialité");
    expect(dms(ines)).toHaveLength(0);
    // The one try Discord refused (the local server counts the attempt), and no retry after a restart.
    await restart();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const refused = (violation: { reason: string }) => violation.reason.includes("does not accept DMs");
    expect(room.discord.violations.filter(refused)).toHaveLength(1);
    expect(room.discord.violations.filter((violation) => !refused(violation))).toEqual([]);
  });
});
