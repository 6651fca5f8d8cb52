import {
  ApplicationIntegrationType,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
  SlashCommandIntegerOption,
} from "discord.js";
import { quizCommandTexts } from "../content/quiz-strings.js";
import type { StudyQuestionNumber } from "../content/types.js";
import type { BotContext, Command, ComponentHandler } from "../discord/contracts.js";
import { localize } from "../discord/localize.js";
import { displayNameOf } from "../discord/members.js";
import { firstQuizMessage, quizComponents } from "../discord/quizFlow.js";
import { inDirectMessages, inGuild, type QuizComponentInteraction, type QuizPlace } from "../discord/quizPlaces.js";
import { studyQuestionChoices } from "../discord/studyQuestions.js";
import { quizActions } from "../discord/views/quiz.js";
import { DEFAULT_ITEM_COUNT, MAX_ITEM_COUNT } from "../domain/quiz/quizService.js";

const texts = quizCommandTexts.quiz;

export default {
  data: (pack) =>
    localize(new SlashCommandBuilder(), texts)
      .setContexts(InteractionContextType.Guild)
      .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
      .addIntegerOption(
        localize(new SlashCommandIntegerOption(), texts.options.question).addChoices(studyQuestionChoices(pack)),
      )
      .addIntegerOption(
        localize(new SlashCommandIntegerOption(), texts.options.nombre).setMinValue(1).setMaxValue(MAX_ITEM_COUNT),
      ),
  guildOnly: true,

  async execute(interaction, context) {
    const question = (interaction.options.getInteger(texts.options.question.name.fr) ??
      null) as StudyQuestionNumber | null;
    const count = interaction.options.getInteger(texts.options.nombre.name.fr) ?? DEFAULT_ITEM_COUNT;
    const view = await firstQuizMessage({
      interaction,
      context,
      place: inGuild(interaction.guildId ?? ""),
      name: displayNameOf(interaction),
      question,
      count,
    });
    await interaction.reply({ ...view, flags: MessageFlags.Ephemeral });
  },

  components: componentsFor((interaction) => inGuild(interaction.guildId ?? "")),
} satisfies Command;

/**
 * The quiz's buttons and menus ("quiz:a:<session>:<position>:<option>", "quiz:m:…", "quiz:show:…", "quiz:end:…",
 * "quiz:retry:…", "quiz:new:…"), for a place: the guild of the interaction, or (from `rappels`) the member's DMs.
 */
export function componentsFor(
  placeOf: (interaction: QuizComponentInteraction, args: readonly string[]) => QuizPlace,
  argsOf: (args: readonly string[]) => readonly string[] = (args) => args,
): Record<string, ComponentHandler> {
  return Object.fromEntries(
    Object.values(quizActions).map((action) => [
      action,
      async (interaction, args, context: BotContext) => {
        if (!interaction.isButton() && !interaction.isStringSelectMenu()) return;
        const handler = quizComponents[action] as (
          interaction: QuizComponentInteraction,
          args: readonly string[],
          context: BotContext,
          place: QuizPlace,
        ) => Promise<void>;
        await handler(interaction, argsOf(args), context, placeOf(interaction, args));
      },
    ]),
  );
}

/** The quiz's components in the DMs, addressed "rappels:<action>:<guild>:…" (see quizFlow.ts). */
export const directQuizComponents = componentsFor(
  (_interaction, [guildId = ""]) => inDirectMessages(guildId),
  (args) => args.slice(1),
);
