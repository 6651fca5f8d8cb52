import {
  ApplicationIntegrationType,
  type ButtonInteraction,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
  SlashCommandIntegerOption,
  type StringSelectMenuInteraction,
} from "discord.js";
import { quizCommandTexts, quizStringsFor } from "../content/quiz-strings.js";
import {
  type BotContext,
  button,
  type Command,
  type Component,
  type InteractionContext,
  stringSelect,
} from "../discord/contracts.js";
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
  type Handler<I> = (interaction: I, args: readonly string[], context: BotContext, place: QuizPlace) => Promise<void>;
  const at =
    <I extends ButtonInteraction | StringSelectMenuInteraction>(handler: Handler<I>) =>
    async (interaction: I, args: readonly string[], context: InteractionContext<GuildId>) => {
      const place = placeOf(args, context.guildId);
      if (place) await handler(interaction, argsOf(args), context, place);
      else await answerPrivately(interaction, { content: context.strings.common.guildOnly });
    };
  return {
    [quizActions.answer]: button<GuildId>(at(quizComponents.a)),
    [quizActions.answerMany]: stringSelect<GuildId>(at(quizComponents.m)),
    [quizActions.show]: button<GuildId>(at(quizComponents.show)),
    [quizActions.summary]: button<GuildId>(at(quizComponents.end)),
    [quizActions.retry]: button<GuildId>(at(quizComponents.retry)),
    [quizActions.start]: button<GuildId>(at(quizComponents.new)),
  };
}

/** The quiz's components in the DMs, addressed "rappels:<action>:<guild>:…" (see quizPlaces.ts). */
export const directQuizComponents = componentsFor<string | null>(
  ([guildId = ""]) => inDirectMessages(guildId),
  (args) => args.slice(1),
);
