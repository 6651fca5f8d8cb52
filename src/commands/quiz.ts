import {
  ApplicationIntegrationType,
  type ButtonInteraction,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
  SlashCommandIntegerOption,
  type StringSelectMenuInteraction,
} from "discord.js";
import { type QuizStrings, quizCommandTexts, quizStringsFor } from "../content/quiz-strings.js";
import { type BotContext, button, type Command, type InteractionContext, stringSelect } from "../discord/contracts.js";
import { localize } from "../discord/localize.js";
import { displayNameOf } from "../discord/members.js";
import { answerPrivately, deferIfSlow, updateMessage } from "../discord/respond.js";
import { readStudyQuestion, studyQuestion, studyQuestionOption } from "../discord/studyQuestions.js";
import { asUpdate } from "../discord/views/course.js";
import { expiredView, itemView, quizActions, resultView, summaryView } from "../discord/views/quiz.js";
import { DEFAULT_ITEM_COUNT, MAX_ITEM_COUNT, type QuizSession } from "../domain/quiz/quizService.js";
import { currentStreak } from "../domain/quiz/streak.js";
import { localDay } from "../domain/time.js";

const texts = quizCommandTexts.quiz;

type Context = InteractionContext<string>;

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
    const strings = quizStringsFor(context.locale, context.pack);
    // A question no longer in the course has no item left to ask.
    const session =
      question === undefined
        ? undefined
        : await context.quiz.startSession({
            guildId: context.guildId,
            userId: interaction.user.id,
            name: displayNameOf(interaction),
            question: question?.number ?? null,
            count,
          });
    if (!session) {
      await answerPrivately(interaction, { content: strings.nothingToAsk });
      return;
    }
    await interaction.reply({
      ...firstItemView(session, context, strings),
      flags: MessageFlags.Ephemeral,
    });
  },

  components: {
    /** A button answer: "quiz:a:<session>:<position>:<option>". */
    [quizActions.answer]: button(async (interaction, [sessionId = "", position = "", optionId = ""], context) => {
      await recordAnswer(interaction, context, sessionId, Number(position), [optionId]);
    }),
    /** A "select all that apply" answer: "quiz:m:<session>:<position>" with the options as values. */
    [quizActions.answerMany]: stringSelect(async (interaction, [sessionId = "", position = ""], context) => {
      await recordAnswer(interaction, context, sessionId, Number(position), interaction.values);
    }),
    /** "Suivant": the item at a position, or its result when it was already answered (after a restart, say). */
    [quizActions.show]: button(async (interaction, [sessionId = "", position = ""], context) => {
      const strings = quizStringsFor(context.locale, context.pack);
      const session = await context.quiz.session(context.guildId, interaction.user.id, sessionId);
      if (!session) {
        await interaction.update(asUpdate(expiredView(null, DEFAULT_ITEM_COUNT, strings)));
        return;
      }
      await interaction.update(asUpdate(await viewFrom(session, Number(position), interaction, context, strings)));
    }),
    [quizActions.summary]: button(async (interaction, [sessionId = ""], context) => {
      const strings = quizStringsFor(context.locale, context.pack);
      const { guildId } = context;
      const profile = await context.quiz.profile(guildId, interaction.user.id);
      const session = await context.quiz.session(guildId, interaction.user.id, sessionId);
      if (!session || !profile) {
        await interaction.update(asUpdate(expiredView(null, DEFAULT_ITEM_COUNT, strings)));
        return;
      }
      const today = localDay(context.clock.now(), (await context.guildSettings.get(guildId)).timeZone);
      await interaction.update(
        asUpdate(summaryView(session, (id) => context.quiz.item(id), currentStreak(profile.streak, today), strings)),
      );
    }),
    /** A new session with the items missed in this one. */
    [quizActions.retry]: button(async (interaction, [sessionId = ""], context) => {
      const strings = quizStringsFor(context.locale, context.pack);
      const { guildId } = context;
      const previous = await context.quiz.session(guildId, interaction.user.id, sessionId);
      const missed = previous?.itemIds.filter((_, position) => !previous.answers[position]?.correct) ?? [];
      const session =
        previous && missed.length > 0
          ? await context.quiz.startSession({
              guildId,
              userId: interaction.user.id,
              name: displayNameOf(interaction),
              question: previous.question,
              count: missed.length,
              itemIds: missed,
            })
          : undefined;
      await interaction.update(
        asUpdate(session ? firstItemView(session, context, strings) : expiredView(null, DEFAULT_ITEM_COUNT, strings)),
      );
    }),
    /** "quiz:new:<question or 0>:<count>": a fresh session from a summary, an expired session or a lesson. */
    [quizActions.start]: button(async (interaction, [question = "0", count = ""], context) => {
      const strings = quizStringsFor(context.locale, context.pack);
      const session = await context.quiz.startSession({
        guildId: context.guildId,
        userId: interaction.user.id,
        name: displayNameOf(interaction),
        // A button from before a study question was removed: all the questions rather than nothing.
        question: studyQuestion(context.pack, Number(question))?.number ?? null,
        count: Number(count) || DEFAULT_ITEM_COUNT,
      });
      if (!session) {
        await answerPrivately(interaction, { content: strings.nothingToAsk });
        return;
      }
      const view = firstItemView(session, context, strings);
      // From a private quiz message, replace it; from a public one (a lesson), answer privately.
      if (interaction.message.flags.has(MessageFlags.Ephemeral)) await interaction.update(asUpdate(view));
      else await interaction.reply({ ...view, flags: MessageFlags.Ephemeral });
    }),
  },
} satisfies Command;

function firstItemView(session: QuizSession, context: BotContext, strings: QuizStrings) {
  const item = context.quiz.item(session.itemIds[0] ?? "");
  if (!item) throw new Error(`session ${session.id} starts with an unknown item`);
  return itemView(session, 0, item, strings);
}

/**
 * The session from `position` on: its first item still in the course (its result once answered), or the summary
 * when none is left. Items removed from the course are skipped, so an open session never dead-ends.
 */
async function viewFrom(
  session: QuizSession,
  position: number,
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  context: Context,
  strings: QuizStrings,
) {
  for (let index = Math.max(0, position); index < session.itemIds.length; index++) {
    const item = context.quiz.item(session.itemIds[index] ?? "");
    if (!item) continue;
    const answer = session.answers[index];
    return answer
      ? resultView({ session, position: index, item, answer, duplicate: false, catalog: context.catalog, strings })
      : itemView(session, index, item, strings);
  }
  const { guildId } = context;
  const profile = await context.quiz.profile(guildId, interaction.user.id);
  const today = localDay(context.clock.now(), (await context.guildSettings.get(guildId)).timeZone);
  const streak = profile ? currentStreak(profile.streak, today) : 0;
  return summaryView(session, (id) => context.quiz.item(id), streak, strings);
}

/** Stores the answer first, then shows the result: an acknowledged answer is never lost. */
async function recordAnswer(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  context: Context,
  sessionId: string,
  position: number,
  chosen: readonly string[],
): Promise<void> {
  const strings = quizStringsFor(context.locale, context.pack);
  const outcome = await deferIfSlow(interaction, () =>
    context.quiz.answer({
      guildId: context.guildId,
      userId: interaction.user.id,
      name: displayNameOf(interaction),
      sessionId,
      position,
      chosen,
    }),
  );
  if (outcome.status === "expired") {
    await updateMessage(interaction, asUpdate(expiredView(null, DEFAULT_ITEM_COUNT, strings)));
    return;
  }
  if (outcome.status === "invalid") {
    const session = await context.quiz.session(context.guildId, interaction.user.id, sessionId);
    if (session && session.itemIds[position] !== undefined && !context.quiz.item(session.itemIds[position])) {
      // The item was removed from the course while the session was open: on to the next one.
      const view = await viewFrom(session, position + 1, interaction, context, strings);
      await updateMessage(interaction, asUpdate({ ...view, content: strings.itemRemoved }));
      return;
    }
    await answerPrivately(interaction, { content: strings.invalidAnswer });
    return;
  }
  const view = resultView({
    session: outcome.session,
    position,
    item: outcome.item,
    answer: outcome.answer,
    duplicate: outcome.status === "duplicate",
    catalog: context.catalog,
    strings,
  });
  await updateMessage(interaction, asUpdate(view));
}
