import type { ButtonInteraction } from "discord.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { answerPrivately, DEFER_AFTER_MS, deferIfSlow, updateMessage } from "../../src/discord/respond.js";

/** A component interaction that records what it was asked to send, with discord.js's deferred/replied flags. */
function fakeComponent() {
  const sent: string[] = [];
  const interaction = {
    deferred: false,
    replied: false,
    async deferUpdate() {
      sent.push("deferUpdate");
      interaction.deferred = true;
    },
    async update() {
      sent.push("update");
      interaction.replied = true;
    },
    async editReply() {
      sent.push("editReply");
    },
    async reply() {
      sent.push("reply");
      interaction.replied = true;
    },
    async followUp() {
      sent.push("followUp");
    },
  };
  return { interaction: interaction as unknown as ButtonInteraction, sent };
}

const resolvedAfter = (ms: number, value = "done") =>
  new Promise<string>((resolve) => setTimeout(() => resolve(value), ms));

afterEach(() => {
  vi.useRealTimers();
});

describe("deferIfSlow", () => {
  it("GIVEN work done within 2 s THEN no acknowledgement first: the message is updated", async () => {
    vi.useFakeTimers();
    const { interaction, sent } = fakeComponent();
    const result = deferIfSlow(interaction, () => resolvedAfter(DEFER_AFTER_MS - 1));
    await vi.advanceTimersByTimeAsync(DEFER_AFTER_MS);
    expect(await result).toBe("done");
    await updateMessage(interaction, { content: "result" });
    expect(sent).toEqual(["update"]);
  });

  it("GIVEN work that takes 5 s THEN deferUpdate at 2 s, and the result edited in", async () => {
    vi.useFakeTimers();
    const { interaction, sent } = fakeComponent();
    const result = deferIfSlow(interaction, () => resolvedAfter(5_000));
    await vi.advanceTimersByTimeAsync(DEFER_AFTER_MS);
    expect(sent).toEqual(["deferUpdate"]);
    await vi.advanceTimersByTimeAsync(3_000);
    await result;
    await updateMessage(interaction, { content: "result" });
    expect(sent).toEqual(["deferUpdate", "editReply"]);
  });

  it("GIVEN slow work answered privately (a live round's answer) THEN a follow-up, never an edit of the clicked message", async () => {
    vi.useFakeTimers();
    const { interaction, sent } = fakeComponent();
    const result = deferIfSlow(interaction, () => resolvedAfter(5_000));
    await vi.advanceTimersByTimeAsync(5_000);
    await result;
    await answerPrivately(interaction, { content: "Réponse enregistrée" });
    expect(sent).toEqual(["deferUpdate", "followUp"]);
  });

  it("GIVEN slow work that fails THEN the error comes after the acknowledgement, for the boundary's follow-up", async () => {
    vi.useFakeTimers();
    const { interaction, sent } = fakeComponent();
    const failing = deferIfSlow(interaction, async () => {
      await resolvedAfter(5_000);
      throw new Error("database is locked");
    });
    const outcome = expect(failing).rejects.toThrow("database is locked");
    await vi.advanceTimersByTimeAsync(5_000);
    await outcome;
    await answerPrivately(interaction, { content: "Réso n'arrive pas à joindre sa base de données" });
    expect(sent).toEqual(["deferUpdate", "followUp"]);
  });
});
