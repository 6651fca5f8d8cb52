import { ButtonBuilder, ButtonStyle, EmbedBuilder, StringSelectMenuBuilder } from "discord.js";
import type { ReviewStrings } from "../../content/review-strings.js";
import type { ReminderRecord } from "../../domain/reminders/reviewReminders.js";
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

/**
 * `/rappels`: the member's setting (on at an hour, off, or blocked by closed DMs with how to open them), a menu
 * to choose the hour (turns them on, or moves them) and, when on, a button that stops them.
 */
export function reminderStatusView(input: {
  strings: ReviewStrings;
  guildId: string;
  record: ReminderRecord | undefined;
  /** The next reminder's local day, already formatted, when one is planned. */
  nextDay: string | undefined;
}) {
  const { strings, guildId, record } = input;
  const lines: string[] = [];
  if (!record) lines.push(strings.reminderOff);
  else if (record.blocked) {
    lines.push(strings.reminderBlocked(strings.formatDay(record.blocked.since.slice(0, 10))), strings.openDmsHowTo);
  } else {
    lines.push(strings.reminderOn(record.hour));
    if (input.nextDay) lines.push(strings.reminderNext(input.nextDay, record.hour));
  }
  const hours = new StringSelectMenuBuilder()
    .setCustomId(customId(REMINDER_COMMAND, reminderActions.hour, guildId))
    .setPlaceholder(strings.chooseHour)
    .addOptions(
      REMINDER_MENU_HOURS.map((hour) => ({
        label: strings.hourLabel(hour),
        value: String(hour),
        default: record?.hour === hour && !record.blocked,
      })),
    );
  const components = [row(hours)];
  if (record) {
    components.push(
      row(
        new ButtonBuilder()
          .setCustomId(customId(REMINDER_COMMAND, reminderActions.stop, guildId))
          .setLabel(strings.stopReminders)
          .setStyle(ButtonStyle.Secondary),
      ),
    );
  }
  return { content: lines.join("\n\n"), embeds: [], components };
}

/** The hours the menu offers (a select menu holds 25 options at most: all 24 fit). */
const REMINDER_MENU_HOURS = Array.from({ length: 24 }, (_, hour) => hour);
