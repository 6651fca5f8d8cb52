import { describe, expect, it } from "vitest";
import type { BotContext } from "../../src/discord/contracts.js";
import { startPeriodicCheck } from "../../src/discord/periodicCheck.js";

describe("startPeriodicCheck (daily tips, review reminders, daily backup)", () => {
  it("GIVEN a start THEN the check runs at once; a failure is logged; stop waits for the check in flight", async () => {
    const errors: string[] = [];
    const context = { logger: { error: (_details: unknown, message: string) => errors.push(message) } };
    let release = () => {};
    let runs = 0;
    const service = startPeriodicCheck(context as unknown as BotContext, {
      name: "test",
      // New Year's midnight: no tick fires during the test, only the start's catch-up.
      pattern: "0 0 1 1 *",
      check: async () => {
        runs += 1;
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        throw new Error("store closed");
      },
    });
    expect(runs).toBe(1);
    expect(service.nextRun()?.getMonth()).toBe(0);
    let stopped = false;
    const stopping = Promise.resolve(service.stop()).then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(errors).toEqual(["periodic check failed"]);
    expect(service.nextRun()).toBeNull();
  });
});
