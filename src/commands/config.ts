import {
  ApplicationIntegrationType,
  ButtonBuilder,
  type ButtonInteraction,
  ButtonStyle,
  type ChatInputCommandInteraction,
  EmbedBuilder,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from "discord.js";
import { calendarStrings } from "../content/calendar-strings.js";
import { localeOf } from "../content/locale.js";
import { daysChoices, type TipsStrings, tipsCommandTexts, tipsStrings } from "../content/tips-strings.js";
import {
  addCalendarSubcommands,
  calendarAutocomplete,
  calendarSubcommands,
  configurePublicHolidays,
  editSchoolBreaks,
} from "../discord/calendarConfig.js";
import { calendarLines, postingDaysText } from "../discord/calendarText.js";
import type { BotContext, Command } from "../discord/contracts.js";
import { customId } from "../discord/customId.js";
import { localize } from "../discord/localize.js";
import { answerPrivately } from "../discord/respond.js";
import {
  addRetentionSubcommand,
  configureRetention,
  retentionLine,
  retentionSubcommand,
} from "../discord/retentionConfig.js";
import { checkTipChannel, describeProblem, messageUrl, tipChannelTypes } from "../discord/tips.js";
import { tipView } from "../discord/views/tip.js";
import { truncate } from "../domain/text.js";
import { localDay } from "../domain/time.js";
import { type PostingDays, postingDays } from "../domain/tips/schedule.js";
import { searchTimeZones, utcOffsetLabel, validateTipsSettings } from "../domain/tips/settings.js";
import type { TipProblem, TipsStatus } from "../domain/tips/tipsService.js";

const COMMAND = "config";
const texts = tipsCommandTexts;
const options = texts.astuces.options;
const subcommands = {
  tips: texts.astuces.name.fr,
  show: texts.voir.name.fr,
  publish: texts.publierAstuce.name.fr,
  preview: texts.prochaineAstuce.name.fr,
} as const;
const actions = { publish: "publish" } as const;
/** A claim older than this with no outcome means Réso stopped while posting. */
const INTERRUPTED_AFTER_MS = 2 * 60_000;

type GuildChatInput = ChatInputCommandInteraction<"cached" | "raw">;

export default {
  // Manage Server by default: Discord hides the command from students, and administrators can open it to
  // other roles in Server Settings → Integrations → Réso.
  data: addRetentionSubcommand(
    addCalendarSubcommands(
      localize(new SlashCommandBuilder(), texts.config)
        .setContexts(InteractionContextType.Guild)
        .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
        .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
        .addSubcommand((subcommand) =>
          localize(subcommand, texts.astuces)
            .addChannelOption((option) =>
              localize(option, options.salon)
                .setRequired(true)
                .addChannelTypes(...tipChannelTypes),
            )
            .addStringOption((option) => localize(option, options.heure).setRequired(true).setMaxLength(20))
            .addStringOption((option) => localize(option, options.fuseau).setAutocomplete(true).setMaxLength(100))
            .addStringOption((option) =>
              localize(option, options.jours).addChoices(
                ...daysChoices.map((choice) => ({
                  name: choice.name.fr,
                  name_localizations: { "en-US": choice.name.en, "en-GB": choice.name.en },
                  value: choice.value,
                })),
              ),
            )
            .addBooleanOption((option) => localize(option, options.actif)),
        )
        .addSubcommand((subcommand) => localize(subcommand, texts.voir))
        .addSubcommand((subcommand) => localize(subcommand, texts.publierAstuce))
        .addSubcommand((subcommand) => localize(subcommand, texts.prochaineAstuce)),
    ),
  ),
  guildOnly: true,

  async execute(interaction, context) {
    if (!interaction.inGuild()) return;
    if (interaction.options.getSubcommandGroup(false) === calendarSubcommands.breaks) {
      return editSchoolBreaks(interaction, context);
    }
    switch (interaction.options.getSubcommand()) {
      case calendarSubcommands.holidays:
        return configurePublicHolidays(interaction, context);
      case subcommands.tips:
        return configureTips(interaction, context);
      case subcommands.show:
        return showSettings(interaction, context);
      case subcommands.publish:
        return publishTip(interaction, context);
      case subcommands.preview:
        return previewTip(interaction, context);
      case retentionSubcommand:
        return configureRetention(interaction, context);
      default:
        // Only an outdated registration can send another one: the error boundary answers and logs it.
        throw new Error(`unknown /config subcommand ${interaction.options.getSubcommand()}`);
    }
  },

  async autocomplete(interaction, context) {
    if (await calendarAutocomplete(interaction, context)) return;
    const focused = interaction.options.getFocused(true);
    if (focused.name !== options.fuseau.name.fr) return interaction.respond([]);
    const now = context.clock.now();
    await interaction.respond(
      searchTimeZones(focused.value).map((zone) => ({
        name: truncate(`${zone} (${utcOffsetLabel(zone, now)})`, 100),
        value: zone,
      })),
    );
  },

  components: {
    /** "Publier maintenant" under the private preview. Buttons bypass command permissions: check here. */
    async [actions.publish](interaction, _args, context) {
      if (!interaction.isButton() || !interaction.inGuild()) return;
      await publish(interaction, interaction.guildId, context);
    },
  },
} satisfies Command;

/** `/config astuces`: validate everything, check the channel, save, then post today's tip at once if it is due. */
async function configureTips(interaction: GuildChatInput, context: BotContext): Promise<void> {
  const strings = stringsOf(interaction);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const guildId = interaction.guildId;
  const tips = context.tips;
  const channel = interaction.options.getChannel(options.salon.name.fr, true, [...tipChannelTypes]);
  const days = interaction.options.getString(options.jours.name.fr);
  const [config, timeZone] = await Promise.all([tips.config(guildId), tips.timeZone(guildId)]);
  const result = validateTipsSettings(
    {
      channelId: channel.id,
      time: interaction.options.getString(options.heure.name.fr, true),
      timeZone: interaction.options.getString(options.fuseau.name.fr),
      days: days !== null && isPostingDays(days) ? days : null,
      enabled: interaction.options.getBoolean(options.actif.name.fr),
    },
    { config, timeZone },
  );
  if (!result.ok) {
    const lines = result.problems.map((problem) =>
      problem.field === "time"
        ? strings.config.invalidTime(problem.value)
        : strings.config.invalidTimeZone(problem.value),
    );
    await interaction.editReply({ content: [...lines, strings.config.nothingChanged].join("\n") });
    return;
  }
  // Turning tips off must work even when the channel is broken; turning them on must not save a dead end.
  if (result.config.enabled) {
    const check = await checkTipChannel(context.client, guildId, channel.id);
    if (!check.ok) {
      await interaction.editReply({
        content: [...cannotPostLines(strings, channel.id, check.problem), strings.config.nothingChanged].join("\n"),
      });
      return;
    }
  }
  await tips.saveSettings(guildId, result.config, result.timeZone);
  // Checked at once rather than at the next minute: a time already passed today posts today's tip now.
  const outcome = await tips.runGuild(guildId);
  const status = await tips.status(guildId);
  const lines = [strings.config.saved, settingsSummary(strings, status, context, interaction.locale)];
  if (outcome.kind === "posted") {
    lines.push(strings.config.postedNow(messageUrl(guildId, result.config.channelId, outcome.messageId)));
  } else if (outcome.kind === "failed") {
    lines.push(strings.config.failedNow(describeProblem(outcome.problem, strings)));
  } else if (
    status.lastDay?.status === "failed" &&
    status.lastDay.day === localDay(context.clock.now(), status.timeZone)
  ) {
    lines.push(strings.config.todayAlreadyFailed(describeProblem(status.lastDay.problem ?? unknownProblem, strings)));
  }
  const next = nextPostLine(strings, status, context);
  if (next) lines.push(next);
  if (result.timeZone !== timeZone) lines.push(strings.config.timeZoneShared);
  await interaction.editReply({ content: lines.join("\n") });
}

/** `/config voir`: the settings, the next and last post, and what is wrong, checked live. */
async function showSettings(interaction: GuildChatInput, context: BotContext): Promise<void> {
  const strings = stringsOf(interaction);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const guildId = interaction.guildId;
  const tips = context.tips;
  const status = await tips.status(guildId);
  const embed = new EmbedBuilder().setColor(0x2b6cb0).setTitle(strings.config.statusTitle);
  const { config } = status;
  embed.addFields(
    {
      name: strings.config.tipsField,
      value: config ? settingsSummary(strings, status, context, interaction.locale) : strings.config.notConfigured,
    },
    {
      name: strings.config.timeZoneField,
      value: `${status.timeZone}\n${strings.config.timeZoneShared}\n${await retentionLine(interaction, context, guildId)}`,
    },
    {
      name: calendarStrings[localeOf(interaction.locale)].offField,
      value: calendarLines(
        status.calendar,
        context.holidays,
        localeOf(interaction.locale),
        context.clock.now(),
        status.timeZone,
      ),
    },
  );
  if (config) {
    const last = status.lastPosted;
    const lastTip = last ? tips.tip(last.tipId) : undefined;
    const lastLine =
      last && lastTip
        ? strings.config.lastLine(
            truncate(lastTip.title, 300),
            unix(new Date(last.postedAt)),
            messageUrl(guildId, last.channelId, last.messageId),
          )
        : strings.config.lastNone;
    const { posted, total, cycle } = status.progress;
    const problems: string[] = [];
    const check = await checkTipChannel(context.client, guildId, config.channelId);
    if (!check.ok) problems.push(strings.config.channelProblem(describeProblem(check.problem, strings)));
    const day = status.lastDay;
    if (day?.status === "failed") {
      problems.push(
        strings.config.dayFailed(
          unix(new Date(day.claimedAt)),
          describeProblem(day.problem ?? unknownProblem, strings),
        ),
      );
    } else if (
      day?.status === "claimed" &&
      context.clock.now().getTime() - Date.parse(day.claimedAt) > INTERRUPTED_AFTER_MS
    ) {
      problems.push(strings.config.dayInterrupted(unix(new Date(day.claimedAt))));
    }
    embed.addFields(
      { name: strings.config.nextField, value: nextPostLine(strings, status, context) ?? strings.config.nextDisabled },
      {
        name: strings.config.lastField,
        value: truncate(`${lastLine}\n${strings.config.progress(posted, total, cycle)}`, 1024),
      },
      { name: strings.config.problemsField, value: truncate(problems.join("\n") || strings.config.noProblem, 1024) },
    );
  }
  await interaction.editReply({ embeds: [embed] });
}

/** `/config publier-astuce`. */
async function publishTip(interaction: GuildChatInput, context: BotContext): Promise<void> {
  await publish(interaction, interaction.guildId, context);
}

/** `/config prochaine-astuce`: the next tip privately, with a button to post it now. */
async function previewTip(interaction: GuildChatInput, context: BotContext): Promise<void> {
  const strings = stringsOf(interaction);
  const tips = context.tips;
  const tip = await tips.peekNext(interaction.guildId);
  const status = await tips.status(interaction.guildId);
  const now = context.clock.now();
  const next = status.nextPost ? unix(new Date(Math.max(status.nextPost.getTime(), now.getTime()))) : undefined;
  const buttons = status.config
    ? [
        new ButtonBuilder()
          .setCustomId(customId(COMMAND, actions.publish))
          .setLabel(strings.config.publishNow)
          .setEmoji({ name: "📣" })
          .setStyle(ButtonStyle.Primary),
      ]
    : [];
  await interaction.reply({
    content: strings.config.previewNote(next),
    ...tipView(tip, context.catalog, strings.tip, strings.config.previewHeading, buttons),
    flags: MessageFlags.Ephemeral,
  });
}

/**
 * Posting now, from the command or the preview's button. Discord gates the command by its permissions, but
 * not buttons: the Manage Server check is made here for both.
 */
async function publish(
  interaction: GuildChatInput | ButtonInteraction,
  guildId: string,
  context: BotContext,
): Promise<void> {
  const strings = stringsOf(interaction);
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    await answerPrivately(interaction, { content: strings.config.moderatorsOnly });
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const outcome = await context.tips.publishNow(guildId);
  let content: string;
  switch (outcome.kind) {
    case "not-configured":
      content = strings.config.notConfiguredForPublish;
      break;
    case "already-posted":
      content = strings.config.alreadyPosted(
        messageUrl(guildId, outcome.record.channelId, outcome.record.messageId ?? ""),
      );
      break;
    case "posted":
      content = strings.config.published(messageUrl(guildId, outcome.channelId, outcome.messageId));
      break;
    case "failed":
      content = cannotPostLines(strings, outcome.channelId, outcome.problem).join("\n");
      break;
  }
  await interaction.editReply({ content });
}

function settingsSummary(strings: TipsStrings, status: TipsStatus, context: BotContext, discordLocale: string): string {
  const { config } = status;
  if (!config) return strings.config.notConfigured;
  return strings.config.summary(
    config.channelId,
    config.time,
    status.timeZone,
    postingDaysText(config.days, status.calendar, context.holidays, localeOf(discordLocale)),
    config.enabled,
  );
}

function nextPostLine(strings: TipsStrings, status: TipsStatus, context: BotContext): string | undefined {
  if (!status.nextPost) return undefined;
  return status.nextPost.getTime() <= context.clock.now().getTime()
    ? strings.config.nextPostNow
    : strings.config.nextPost(unix(status.nextPost));
}

function cannotPostLines(strings: TipsStrings, channelId: string, problem: TipProblem): string[] {
  const lines = [strings.config.cannotPost(channelId, describeProblem(problem, strings))];
  if (problem.kind === "missing-permissions") lines.push(strings.config.fixPermissions);
  return lines;
}

const unknownProblem: TipProblem = { kind: "discord-error", message: "?" };

function isPostingDays(value: string): value is PostingDays {
  return (postingDays as readonly string[]).includes(value);
}

function stringsOf(interaction: { locale: string }): TipsStrings {
  return tipsStrings[localeOf(interaction.locale)];
}

function unix(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
