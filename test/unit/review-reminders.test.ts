import Keyv from "keyv";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/domain/clock.js";
import { KeyedLock } from "../../src/domain/locks.js";
import {
  type ReminderOutcome,
  type ReminderSender,
  ReviewReminders,
} from "../../src/domain/reminders/reviewReminders.js";

const GUILD = "1300000000000000001";
const LEA = "1300000000000000101";

/** Reminders over one store, with the reviews due and the sender's answers set by the test. */
function setup(options: { store?: Keyv; clock?: ManualClock; due?: number; outcome?: ReminderOutcome } = {}) {
  const store = options.store ?? new Keyv();
  const clock = options.clock ?? new ManualClock("2026-01-12T16:00:00Z");
  const sent: { guildId: string; userId: string; due: number; at: string }[] = [];
  const state = { due: options.due ?? 3, outcome: options.outcome ?? ({ ok: true } as ReminderOutcome) };
  const send: ReminderSender = async (target) => {
    sent.push({ ...target, at: clock.now().toISOString() });
    return state.outcome;
  };
  const reminders = new ReviewReminders({
    store,
    clock,
    locks: new KeyedLock(),
    timeZoneOf: async () => "Europe/Paris",
    dueToday: async () => state.due,
    send,
  });
  return { store, clock, sent, state, reminders };
}

describe("review reminders", () => {
  it("GIVEN a member who chose 18:00 THEN one message at 18:00 Paris on a day with reviews due, never two", async () => {
    const { clock, sent, reminders } = setup();
    expect((await reminders.runDue([GUILD])).size).toBe(0);
    await reminders.enable(GUILD, LEA, 18);
    // 16:00 UTC is 17:00 in Paris in winter: not yet.
    await reminders.runDue([GUILD]);
    expect(sent).toHaveLength(0);
    clock.set("2026-01-12T17:00:00Z");
    await reminders.runDue([GUILD]);
    await reminders.runDue([GUILD]);
    expect(sent).toEqual([{ guildId: GUILD, userId: LEA, due: 3, locale: "fr", at: "2026-01-12T17:00:00.000Z" }]);
    expect((await reminders.get(GUILD, LEA))?.lastDay).toMatchObject({ day: "2026-01-12", status: "sent", due: 3 });
    // Moving the hour the same day sends no second message.
    await reminders.enable(GUILD, LEA, 19);
    clock.set("2026-01-12T18:30:00Z");
    await reminders.runDue([GUILD]);
    expect(sent).toHaveLength(1);
    clock.set("2026-01-13T18:00:00Z");
    await reminders.runDue([GUILD]);
    expect(sent.map((message) => message.at)).toEqual(["2026-01-12T17:00:00.000Z", "2026-01-13T18:00:00.000Z"]);
  });

  it("GIVEN no review due THEN no message that day, and none later that day either", async () => {
    const { clock, sent, state, reminders } = setup({ due: 0 });
    await reminders.enable(GUILD, LEA, 8);
    clock.set("2026-01-12T07:00:00Z");
    expect([...(await reminders.runDue([GUILD])).values()]).toEqual([{ kind: "nothing-due", day: "2026-01-12" }]);
    state.due = 4;
    clock.set("2026-01-12T12:00:00Z");
    await reminders.runDue([GUILD]);
    expect(sent).toHaveLength(0);
    clock.set("2026-01-13T07:05:00Z");
    await reminders.runDue([GUILD]);
    expect(sent).toHaveLength(1);
  });

  it("GIVEN two checks at once, or two processes over one store after a restart THEN one message", async () => {
    const store = new Keyv();
    const clock = new ManualClock("2026-01-12T17:00:00Z");
    const first = setup({ store, clock });
    await first.reminders.enable(GUILD, LEA, 18);
    await Promise.all([first.reminders.runDue([GUILD]), first.reminders.runDue([GUILD])]);
    const restarted = setup({ store, clock });
    await restarted.reminders.runDue([GUILD]);
    expect(first.sent.length + restarted.sent.length).toBe(1);
  });

  it("GIVEN a crash after the claim THEN the day stays claimed and nothing is sent again", async () => {
    const { store, clock, sent, reminders } = setup();
    await reminders.enable(GUILD, LEA, 18);
    const key = ReviewReminders.key(GUILD, LEA);
    const claim = { day: "2026-01-12", status: "claimed", at: "2026-01-12T17:00:00.000Z", due: 2 };
    await store.set(key, { ...(await store.get(key)), lastDay: claim });
    clock.set("2026-01-12T19:00:00Z");
    await reminders.runDue([GUILD]);
    expect(sent).toHaveLength(0);
  });

  it("GIVEN closed DMs (50007) THEN the failure is kept, no daily retry, until the member turns reminders on again", async () => {
    const { clock, sent, state, reminders } = setup({ outcome: { ok: false, reason: "dms-closed" } });
    await reminders.enable(GUILD, LEA, 18);
    clock.set("2026-01-12T17:00:00Z");
    const [run] = (await reminders.runDue([GUILD])).values();
    expect(run).toMatchObject({ kind: "failed", outcome: { reason: "dms-closed" } });
    expect(await reminders.get(GUILD, LEA)).toMatchObject({ blocked: { since: "2026-01-12T17:00:00.000Z" } });
    expect(await reminders.nextReminder(GUILD, LEA)).toBeUndefined();
    for (const day of ["13", "14", "15"]) {
      clock.set(`2026-01-${day}T17:00:00Z`);
      await reminders.runDue([GUILD]);
    }
    expect(sent).toHaveLength(1);
    state.outcome = { ok: true };
    await reminders.enable(GUILD, LEA, 18);
    expect((await reminders.get(GUILD, LEA))?.blocked).toBeUndefined();
    clock.set("2026-01-16T17:00:00Z");
    await reminders.runDue([GUILD]);
    expect(sent).toHaveLength(2);
  });

  it("GIVEN another Discord error THEN that day is lost, and the next day is tried", async () => {
    const { clock, sent, state, reminders } = setup({ outcome: { ok: false, reason: "error", message: "503" } });
    await reminders.enable(GUILD, LEA, 18);
    clock.set("2026-01-12T17:00:00Z");
    await reminders.runDue([GUILD]);
    expect((await reminders.get(GUILD, LEA))?.blocked).toBeUndefined();
    state.outcome = { ok: true };
    clock.set("2026-01-12T17:30:00Z");
    await reminders.runDue([GUILD]);
    clock.set("2026-01-13T17:00:00Z");
    await reminders.runDue([GUILD]);
    expect(sent).toHaveLength(2);
  });

  it("GIVEN one click to stop THEN the record is gone and no message follows", async () => {
    const { clock, sent, store, reminders } = setup();
    await reminders.enable(GUILD, LEA, 18);
    expect(await reminders.disable(GUILD, LEA)).toBe(true);
    expect(await store.get(ReviewReminders.key(GUILD, LEA))).toBeUndefined();
    clock.set("2026-01-12T17:00:00Z");
    await reminders.runDue([GUILD]);
    expect(sent).toHaveLength(0);
    await expect(reminders.enable(GUILD, LEA, 24)).rejects.toThrow(RangeError);
  });

  it("GIVEN the spring-forward day THEN 08:00 Paris is 06:00 UTC, and the next reminder is announced so", async () => {
    const { clock, sent, reminders } = setup({ clock: new ManualClock("2026-03-28T08:00:00Z") });
    await reminders.enable(GUILD, LEA, 8);
    await reminders.runDue([GUILD]);
    expect((await reminders.nextReminder(GUILD, LEA))?.toISOString()).toBe("2026-03-29T06:00:00.000Z");
    clock.set("2026-03-29T05:59:00Z");
    await reminders.runDue([GUILD]);
    clock.set("2026-03-29T06:00:00Z");
    await reminders.runDue([GUILD]);
    expect(sent.map((message) => message.at)).toEqual(["2026-03-28T08:00:00.000Z", "2026-03-29T06:00:00.000Z"]);
  });
});
