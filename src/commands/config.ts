import {
  ApplicationIntegrationType,
  ButtonBuilder,
  type ButtonInteraction,
  ButtonStyle,
  type ChatInputCommandInteraction,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from "discord.js";
import { calendarStrings } from "../content/calendar-strings.js";
import { daysChoices, tipsCommandTexts, tipsStrings } from "../content/tips-strings.js";
import {
  addCalendarSubcommands,
  calendarAutocomplete,
  calendarSubcommands,
  configurePublicHolidays,
  editSchoolBreaks,
  schoolBreakHandlers,
} from "../discord/calendarConfig.js";
import { calendarLines } from "../discord/calendarText.js";
import { button, type Command, type InteractionContext } from "../discord/contracts.js";
import { customId } from "../discord/customId.js";
import { localize } from "../discord/localize.js";
import { answerPrivately } from "../discord/respond.js";
import {
  addRetentionSubcommand,
  configureRetention,
  retentionField,
  retentionSubcommand,
} from "../discord/retentionConfig.js";
import { checkTipChannel, describeProblem, messageUrl, tipChannelTypes } from "../discord/tips.js";
import {
  cannotPostLines,
  lastPostLine,
  nextPostLine,
  settingsProblems,
  settingsSummary,
  unix,
  unknownProblem,
} from "../discord/tipsText.js";
import { tipView } from "../discord/views/tip.js";
import { tipsSettingsView } from "../discord/views/tipsSettings.js";
import { truncate } from "../domain/text.js";
import { localDay } from "../domain/time.js";
import { type PostingDays, postingDays } from "../domain/tips/schedule.js";
import { searchTimeZones, utcOffsetLabel, validateTipsSettings } from "../domain/tips/settings.js";

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

type Context = InteractionContext<string>;

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
    // Clearing the holiday periods, once confirmed: src/discord/calendarConfig.ts.
    ...schoolBreakHandlers,
    /** "Publier maintenant" under the private preview. Buttons bypass command permissions: check here. */
    [actions.publish]: button(async (interaction, _args, context) => {
      await publish(interaction, context);
    }),
  },
} satisfies Command;

/** `/config astuces`: validate everything, check the channel, save, then post today's tip at once if it is due. */
async function configureTips(interaction: ChatInputCommandInteraction, context: Context): Promise<void> {
  const strings = tipsStrings[context.locale];
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const { guildId } = context;
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
  const lines = [strings.config.saved, settingsSummary(strings, status, context)];
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
async function showSettings(interaction: ChatInputCommandInteraction, context: Context): Promise<void> {
  const strings = tipsStrings[context.locale];
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const status = await context.tips.status(context.guildId);
  const { config } = status;
  const view = tipsSettingsView(
    {
      summary: config ? settingsSummary(strings, status, context) : strings.config.notConfigured,
      timeZone: status.timeZone,
      daysOff: {
        title: calendarStrings[context.locale].offField,
        lines: calendarLines(status.calendar, context.holidays, context.locale, context.clock.now(), status.timeZone),
      },
      ...(config && {
        details: {
          next: nextPostLine(strings, status, context) ?? strings.config.nextDisabled,
          last: `${lastPostLine(strings, status, context)}\n${strings.config.progress(status.progress.posted, status.progress.total, status.progress.cycle)}`,
          problems: await settingsProblems(strings, status, config.channelId, context),
        },
      }),
    },
    strings,
  );
  view.addFields(await retentionField(context));
  await interaction.editReply({ embeds: [view] });
}

/** `/config publier-astuce`. */
async function publishTip(interaction: ChatInputCommandInteraction, context: Context): Promise<void> {
  await publish(interaction, context);
}

/** `/config prochaine-astuce`: the next tip privately, with a button to post it now. */
async function previewTip(interaction: ChatInputCommandInteraction, context: Context): Promise<void> {
  const strings = tipsStrings[context.locale];
  const tips = context.tips;
  const tip = await tips.peekNext(context.guildId);
  const status = await tips.status(context.guildId);
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
async function publish(interaction: ChatInputCommandInteraction | ButtonInteraction, context: Context): Promise<void> {
  const { guildId } = context;
  const strings = tipsStrings[context.locale];
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

function isPostingDays(value: string): value is PostingDays {
  return (postingDays as readonly string[]).includes(value);
}
