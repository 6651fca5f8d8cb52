import {
  ApplicationIntegrationType,
  type ButtonInteraction,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  SlashCommandIntegerOption,
  type StringSelectMenuInteraction,
} from "discord.js";
import { classCommandTexts, classStrings } from "../content/class-strings.js";
import { postableChannel } from "../discord/channelAccess.js";
import { button, type Command, type InteractionContext, stringSelect } from "../discord/contracts.js";
import { localize } from "../discord/localize.js";
import { displayNameOf } from "../discord/members.js";
import { answerPrivately, deferIfSlow } from "../discord/respond.js";
import { readStudyQuestion, studyQuestionOption } from "../discord/studyQuestions.js";
import { row } from "../discord/views/layout.js";
import { describeChoice, liveActions, stopButton } from "../discord/views/liveRound.js";
import { letteredOptions } from "../discord/views/options.js";
import {
  DEFAULT_LIVE_COUNT,
  DEFAULT_SECONDS,
  MAX_LIVE_COUNT,
  MAX_SECONDS,
  MIN_SECONDS,
} from "../domain/live/liveRound.js";

const texts = classCommandTexts["quiz-classe"];

export default {
  data: (pack) =>
    localize(new SlashCommandBuilder(), texts)
      .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
      .setContexts(InteractionContextType.Guild)
      .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
      .addIntegerOption(studyQuestionOption(pack, texts.options.question))
      .addIntegerOption(
        localize(new SlashCommandIntegerOption(), texts.options.nombre).setMinValue(1).setMaxValue(MAX_LIVE_COUNT),
      )
      .addIntegerOption(
        localize(new SlashCommandIntegerOption(), texts.options.secondes)
          .setMinValue(MIN_SECONDS)
          .setMaxValue(MAX_SECONDS),
      ),
  guildOnly: true,

  async execute(interaction, context) {
    const strings = classStrings[context.locale];
    const channel = await postableChannel(interaction, context.locale);
    if (!channel) return;
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const driver = context.live;
    const outcome = await driver.rounds.start({
      guildId: context.guildId,
      channelId: channel.id,
      startedBy: interaction.user.id,
      locale: interaction.guildLocale ?? interaction.locale,
      question: readStudyQuestion(interaction, context.pack, texts.options.question)?.number ?? null,
      count: interaction.options.getInteger(texts.options.nombre.name.fr) ?? DEFAULT_LIVE_COUNT,
      seconds: interaction.options.getInteger(texts.options.secondes.name.fr) ?? DEFAULT_SECONDS,
    });
    if (outcome.status === "busy") {
      await interaction.editReply({
        content: strings.roundBusy,
        components: [row(stopButton(outcome.round.id, strings))],
      });
      return;
    }
    if (outcome.status === "empty") {
      await interaction.editReply({ content: strings.nothingToAsk });
      return;
    }
    await driver.begin(outcome.round);
    await interaction.editReply({
      content: strings.roundStarted(outcome.round.itemIds.length, outcome.round.seconds),
    });
  },

  components: {
    /** "quiz-classe:a:<round>:<position>:<option>": a student's answer, acknowledged privately. */
    [liveActions.answer]: button(async (interaction, [roundId = "", position = "", optionId = ""], context) => {
      await recordAnswer(interaction, context, roundId, Number(position), [optionId]);
    }),
    /** "quiz-classe:m:<round>:<position>" with the ticked options as values. */
    [liveActions.answerMany]: stringSelect(async (interaction, [roundId = "", position = ""], context) => {
      await recordAnswer(interaction, context, roundId, Number(position), interaction.values);
    }),
    /**
     * "quiz-classe:stop:<round>". Discord shows buttons to everyone, whatever the command's permissions: the
     * clicker's own permissions are checked here (Manage Server, or the moderator who started the round).
     */
    [liveActions.stop]: button(async (interaction, [roundId = ""], context) => {
      const strings = classStrings[context.locale];
      const channelId = interaction.channelId;
      const driver = context.live;
      const round = await driver.rounds.round(channelId);
      const allowed =
        interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true ||
        (round?.id === roundId && round.startedBy === interaction.user.id);
      if (!allowed) {
        await answerPrivately(interaction, { content: strings.moderatorsOnly });
        return;
      }
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const stopped = await driver.stop(channelId, roundId);
      await interaction.editReply({ content: stopped ? strings.roundStopped : strings.noRoundHere });
    }),
  },
} satisfies Command;

/** Stores the answer (replacing the member's earlier one), then acknowledges it privately. */
async function recordAnswer(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  context: InteractionContext,
  roundId: string,
  position: number,
  chosen: readonly string[],
): Promise<void> {
  const strings = classStrings[context.locale];
  const outcome = await deferIfSlow(interaction, () =>
    context.live.rounds.answer({
      channelId: interaction.channelId,
      roundId,
      position,
      userId: interaction.user.id,
      name: displayNameOf(interaction),
      chosen,
    }),
  );
  const content =
    outcome.status === "recorded"
      ? (outcome.changed ? strings.answerChanged : strings.answerRecorded)(
          describeChoice(letteredOptions(outcome.item, outcome.order), outcome.chosen),
          Math.ceil(outcome.closesAt / 1000),
        )
      : outcome.status === "closed"
        ? strings.tooLate
        : outcome.status === "over"
          ? strings.roundOver
          : strings.invalidAnswer;
  await answerPrivately(interaction, { content });
}
