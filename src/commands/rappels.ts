import {
  ApplicationIntegrationType,
  type Client,
  InteractionContextType,
  MessageFlags,
  Routes,
  SlashCommandBuilder,
  SlashCommandIntegerOption,
} from "discord.js";
import { reviewCommandTexts, reviewStrings } from "../content/review-strings.js";
import { button, type Command, type InteractionContext, stringSelect } from "../discord/contracts.js";
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
    const { guildId } = context;
    if (guildId === null) {
      await answerPrivately(interaction, { content: context.strings.common.guildOnly });
      return;
    }
    const hour = interaction.options.getInteger(texts.options.heure.name.fr);
    if (hour !== null) await context.reminders.enable(guildId, interaction.user.id, hour, context.locale);
    await interaction.reply({
      ...(await statusView(context, guildId, interaction.user.id)),
      flags: MessageFlags.Ephemeral,
    });
  },

  components: {
    /** "rappels:hour:<guild>": the hour menu of `/rappels`, turns reminders on (or moves them). */
    [reminderActions.hour]: stringSelect(async (interaction, [guildId = ""], context) => {
      // Answered in its own guild only: a forged id would name another.
      if (context.guildId !== guildId) {
        await answerPrivately(interaction, { content: context.strings.common.unknownComponent });
        return;
      }
      const hour = Number(interaction.values[0]);
      await context.reminders.enable(guildId, interaction.user.id, hour, context.locale);
      await interaction.update(await statusView(context, guildId, interaction.user.id));
    }),
    /** "rappels:stop:<guild>": one click stops them, from `/rappels` or from the reminder in the DMs. */
    [reminderActions.stop]: button(async (interaction, [guildId = ""], context) => {
      const strings = reviewStrings[context.locale];
      const stopped = await context.reminders.disable(guildId, interaction.user.id);
      const content = stopped ? strings.reminderStopped : strings.reminderNoneToStop;
      await interaction.update({ content, embeds: [], components: [] });
    }),
    /** "rappels:go:<guild>": the reminder's button, in the DMs: the member's reviews of that guild, right there. */
    [reminderActions.review]: button(async (interaction, [guildId = ""], context) => {
      if (!(await isGuildReachable(context.client, guildId))) {
        await answerPrivately(interaction, { content: reviewStrings[context.locale].reminderGuildGone });
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
    }),
    /** The quiz itself in the DMs: "rappels:<quiz action>:<guild>:…" (see quizPlaces.ts). */
    ...directQuizComponents,
  },
} satisfies Command;

/** The member's reminder as `/rappels` shows it, with the next day it may go out. */
async function statusView(context: InteractionContext, guildId: string, userId: string) {
  const strings = reviewStrings[context.locale];
  const [record, next, settings] = await Promise.all([
    context.reminders.get(guildId, userId),
    context.reminders.nextReminder(guildId, userId),
    context.guildSettings.get(guildId),
  ]);
  const nextDay = next && strings.formatDay(localDay(next, settings.timeZone));
  return reminderStatusView({ strings, guildId, record, nextDay });
}

/**
 * Whether Réso is still in the guild. A DM interaction reaches shard 0 whatever the guild, so a guild absent from
 * this process's cache is asked of Discord (its REST API, leaving this shard's cache alone: the guild stays its
 * owner's).
 */
async function isGuildReachable(client: Client, guildId: string): Promise<boolean> {
  if (client.guilds.cache.has(guildId)) return true;
  if (!/^\d{17,20}$/.test(guildId)) return false;
  try {
    await client.rest.get(Routes.guild(guildId));
    return true;
  } catch {
    return false;
  }
}
