import {
  ApplicationIntegrationType,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
  SlashCommandIntegerOption,
  type StringSelectMenuInteraction,
} from "discord.js";
import { localeOf } from "../content/locale.js";
import { reviewCommandTexts, reviewStringsFor } from "../content/review-strings.js";
import { stringsFor } from "../content/strings.js";
import type { BotContext, Command } from "../discord/contracts.js";
import { localize } from "../discord/localize.js";
import { firstQuizMessage } from "../discord/quizFlow.js";
import { inDirectMessages } from "../discord/quizPlaces.js";
import { answerPrivately } from "../discord/respond.js";
import { reminderActions, reminderStatusView } from "../discord/views/reminder.js";
import { DEFAULT_ITEM_COUNT } from "../domain/quiz/quizService.js";
import { REMINDER_HOURS } from "../domain/reminders/reviewReminders.js";
import { localDay } from "../domain/time.js";
import { directQuizComponents } from "./quiz.js";

const texts = reviewCommandTexts.rappels;

/**
 * `/rappels [heure]`: opt-in review reminders. Its buttons also live in the member's DMs (the reminder itself),
 * where there is no guild: they carry the guild's id, and the command is not guild-only for them.
 */
export default {
  data: localize(new SlashCommandBuilder(), texts)
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addIntegerOption(
      localize(new SlashCommandIntegerOption(), texts.options.heure)
        .setMinValue(REMINDER_HOURS.min)
        .setMaxValue(REMINDER_HOURS.max),
    ),
  guildOnly: false,

  async execute(interaction, context) {
    if (!interaction.inGuild()) {
      await answerPrivately(interaction, { content: stringsFor(localeOf(interaction.locale)).common.guildOnly });
      return;
    }
    const hour = interaction.options.getInteger(texts.options.heure.name.fr);
    if (hour !== null)
      await context.reminders.enable(interaction.guildId, interaction.user.id, hour, localeOf(interaction.locale));
    await interaction.reply({
      ...(await statusView(context, interaction.guildId, interaction.user.id, interaction.locale)),
      flags: MessageFlags.Ephemeral,
    });
  },

  components: {
    /** "rappels:hour:<guild>": the hour menu of `/rappels`, turns reminders on (or moves them). */
    async [reminderActions.hour](interaction, [guildId = ""], context) {
      if (!interaction.isStringSelectMenu()) return;
      const hour = Number(interaction.values[0]);
      if (!(await ownGuild(interaction, guildId))) return;
      await context.reminders.enable(guildId, interaction.user.id, hour, localeOf(interaction.locale));
      await interaction.update(await statusView(context, guildId, interaction.user.id, interaction.locale));
    },
    /** "rappels:stop:<guild>": one click stops them, from `/rappels` or from the reminder in the DMs. */
    async [reminderActions.stop](interaction, [guildId = ""], context) {
      if (!interaction.isButton()) return;
      const strings = reviewStringsFor(interaction.locale);
      const stopped = await context.reminders.disable(guildId, interaction.user.id);
      const content = stopped ? strings.reminderStopped : strings.reminderNoneToStop;
      await interaction.update({ content, embeds: [], components: [] });
    },
    /** "rappels:go:<guild>": the reminder's button, in the DMs: the member's reviews of that guild, right there. */
    async [reminderActions.review](interaction, [guildId = ""], context) {
      if (!interaction.isButton()) return;
      if (!context.client.guilds.cache.has(guildId)) {
        await answerPrivately(interaction, { content: reviewStringsFor(interaction.locale).reminderGuildGone });
        return;
      }
      const profile = await context.quiz.profile(guildId, interaction.user.id);
      const view = await firstQuizMessage({
        interaction,
        context,
        place: inDirectMessages(guildId),
        name: profile?.name ?? interaction.user.displayName,
        question: null,
        count: DEFAULT_ITEM_COUNT,
      });
      // The reminder stays; the reviews come as a new message below it.
      await interaction.reply(view);
    },
    /** The quiz itself in the DMs: "rappels:<quiz action>:<guild>:…" (see quizFlow.ts). */
    ...directQuizComponents,
  },
} satisfies Command;

/** The member's reminder as `/rappels` shows it, with the next day it may go out. */
async function statusView(context: BotContext, guildId: string, userId: string, locale: string) {
  const strings = reviewStringsFor(locale);
  const [record, next, settings] = await Promise.all([
    context.reminders.get(guildId, userId),
    context.reminders.nextReminder(guildId, userId),
    context.guildSettings.get(guildId),
  ]);
  const nextDay = next && strings.formatDay(localDay(next, settings.timeZone));
  return reminderStatusView({ strings, guildId, record, nextDay });
}

/** A menu from `/rappels` is answered in its own guild only (a forged id names another). */
async function ownGuild(interaction: StringSelectMenuInteraction, guildId: string): Promise<boolean> {
  if (interaction.guildId === guildId) return true;
  await answerPrivately(interaction, { content: stringsFor(localeOf(interaction.locale)).common.unknownComponent });
  return false;
}
