import { type Client, DiscordAPIError, RESTJSONErrorCodes } from "discord.js";
import { reviewStrings } from "../content/review-strings.js";
import type { ReminderSender } from "../domain/reminders/reviewReminders.js";
import { reminderMessageView } from "./views/reminder.js";

/**
 * Sends a member's review reminder in their DMs, in the language they used for `/rappels`. Closed DMs
 * (Discord's 50007) are the expected refusal: the domain keeps it and stops trying.
 */
export function reminderSender(client: Client): ReminderSender {
  return async ({ guildId, userId, due, locale }) => {
    const guild = client.guilds.cache.get(guildId);
    if (!guild) return { ok: false, reason: "error", message: "guild not available" };
    try {
      const user = await client.users.fetch(userId);
      await user.send(reminderMessageView({ strings: reviewStrings[locale], guildId, guildName: guild.name, due }));
      return { ok: true };
    } catch (error) {
      if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.CannotSendMessagesToThisUser)
        return { ok: false, reason: "dms-closed" };
      return { ok: false, reason: "error", message: error instanceof Error ? error.message : String(error) };
    }
  };
}
