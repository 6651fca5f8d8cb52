import type { Service } from "../discord/contracts.js";

/** Live rounds' timers (the driver is built by `startBot`): rounds left open by a stopped process are finished first. */
export default {
  name: "liveRounds",
  async start(context) {
    context.live.start();
    await context.live.recover();
    return { stop: () => context.live.shutdown() };
  },
} satisfies Service;
