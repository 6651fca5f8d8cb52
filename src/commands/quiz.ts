import {
  ApplicationIntegrationType,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
  SlashCommandIntegerOption,
} from "discord.js";
import { quizCommandTexts, quizStringsFor } from "../content/quiz-strings.js";
import { button, type Command, type Component, stringSelect } from "../discord/contracts.js";
import { localize } from "../discord/localize.js";
import { displayNameOf } from "../discord/members.js";
import { firstQuizMessage, quizComponents } from "../discord/quizFlow.js";
import { inDirectMessages, inGuild, type QuizPlace } from "../discord/quizPlaces.js";
import { answerPrivately } from "../discord/respond.js";
import { readStudyQuestion, studyQuestionOption } from "../discord/studyQuestions.js";
import { quizActions } from "../discord/views/quiz.js";
import { DEFAULT_ITEM_COUNT, MAX_ITEM_COUNT } from "../domain/quiz/quizService.js";

const texts = quizCommandTexts.quiz;

export default {
  data: (pack) =>
    localize(new SlashCommandBuilder(), texts)
      .setContexts(InteractionContextType.Guild)
      .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
      .addIntegerOption(studyQuestionOption(pack, texts.options.question))
      .addIntegerOption(
        localize(new SlashCommandIntegerOption(), texts.options.nombre).setMinValue(1).setMaxValue(MAX_ITEM_COUNT),
      ),
  guildOnly: true,

  async execute(interaction, context) {
    const question = readStudyQuestion(interaction, context.pack, texts.options.question);
    const count = interaction.options.getInteger(texts.options.nombre.name.fr) ?? DEFAULT_ITEM_COUNT;
    // A question no longer in the course has no item left to ask.
    if (question === undefined) {
      await answerPrivately(interaction, { content: quizStringsFor(context.locale, context.pack).nothingToAsk });
      return;
    }
    const view = await firstQuizMessage({
      interaction,
      context,
      place: inGuild(context.guildId),
      name: displayNameOf(interaction),
      question: question?.number ?? null,
      count,
    });
    await interaction.reply({ ...view, flags: MessageFlags.Ephemeral });
  },

  components: componentsFor((_args, guildId) => (guildId ? inGuild(guildId) : undefined)),
} satisfies Command;

/**
 * The quiz's buttons and menus ("quiz:a:<session>:<position>:<option>", "quiz:m:…", "quiz:show:…", "quiz:end:…",
 * "quiz:retry:…", "quiz:new:…"), for a place: the interaction's guild, or (from `rappels`) the member's DMs, where
 * the guild comes first in the arguments.
 */
function componentsFor<GuildId extends string | null>(
  placeOf: (args: readonly string[], guildId: GuildId) => QuizPlace | undefined,
  argsOf: (args: readonly string[]) => readonly string[] = (args) => args,
): Record<string, Component<GuildId>> {
  return Object.fromEntries(
    Object.values(quizActions).map((action) => {
      const kind = action === quizActions.answerMany ? stringSelect : button;
      const component = kind<GuildId>(async (interaction, args, context) => {
        const place = placeOf(args, context.guildId);
        if (!place) return;
        const handler = quizComponents[action] as (...input: unknown[]) => Promise<void>;
        await handler(interaction, argsOf(args), context, place);
      });
      return [action, component];
    }),
  );
}

/** The quiz's components in the DMs, addressed "rappels:<action>:<guild>:…" (see quizPlaces.ts). */
export const directQuizComponents = componentsFor<string | null>(
  ([guildId = ""]) => inDirectMessages(guildId),
  (args) => args.slice(1),
);
