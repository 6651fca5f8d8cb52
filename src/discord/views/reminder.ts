import { ButtonBuilder, ButtonStyle, EmbedBuilder } from "discord.js";
import type { ReviewStrings } from "../../content/review-strings.js";
import { customId } from "../customId.js";
import { row } from "./layout.js";

/** The command whose components the reminder's buttons reach (they work in the member's DMs). */
export const REMINDER_COMMAND = "rappels";

export const reminderActions = {
  /** "rappels:go:<guild>": starts the member's reviews of that guild, there in the DM. */
  review: "go",
  /** "rappels:stop:<guild>": one click stops the reminders. */
  stop: "stop",
  /** "rappels:hour:<guild>" (select menu): turns them on at the chosen hour. */
  hour: "hour",
} as const;

/** The private message: how many reviews wait, a button that opens them, a button that stops the reminders. */
export function reminderMessageView(input: {
  strings: ReviewStrings;
  guildId: string;
  guildName: string;
  due: number;
}) {
  const { strings, guildId } = input;
  const embed = new EmbedBuilder()
    .setColor(0x805ad5)
    .setDescription(strings.reminderMessage(input.due, input.guildName))
    .setFooter({ text: strings.reminderFooter });
  return {
    embeds: [embed],
    components: [
      row(
        new ButtonBuilder()
          .setCustomId(customId(REMINDER_COMMAND, reminderActions.review, guildId))
          .setLabel(strings.reviewNow)
          .setStyle(ButtonStyle.Primary),
        new ButtonBuilder()
          .setCustomId(customId(REMINDER_COMMAND, reminderActions.stop, guildId))
          .setLabel(strings.stopReminders)
          .setStyle(ButtonStyle.Secondary),
      ),
    ],
  };
}
