import { Events } from "discord.js";
import type { Event } from "../discord/contracts.js";

export default {
  name: Events.InteractionCreate,
  async execute(context, interaction) {
    await context.router.route(interaction, context);
  },
} satisfies Event<Events.InteractionCreate>;
