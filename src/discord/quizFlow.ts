import type { ButtonInteraction, StringSelectMenuInteraction } from "discord.js";
import { MessageFlags } from "discord.js";
import { quizStringsFor } from "../content/quiz-strings.js";
import { reviewStringsFor } from "../content/review-strings.js";
import type { StudyQuestionNumber } from "../content/types.js";
import { DEFAULT_ITEM_COUNT, type QuizSession } from "../domain/quiz/quizService.js";
import type { SelectionScope } from "../domain/quiz/selection.js";
import { currentStreak } from "../domain/quiz/streak.js";
import { localDay } from "../domain/time.js";
import type { BotContext } from "./contracts.js";
import { displayNameOf } from "./members.js";
import type { QuizComponentInteraction, QuizPlace } from "./quizPlaces.js";
import { answerPrivately, deferIfSlow, updateMessage } from "./respond.js";
import { studyQuestion } from "./studyQuestions.js";
import { asUpdate, type View } from "./views/course.js";
import { expiredView, itemView, resultView, summaryView } from "./views/quiz.js";
import { dueTodayHeader, moreButton, nothingDueView } from "./views/reviews.js";

/** The private quiz's flow, in a guild or in the member's DMs (see quizPlaces.ts). */

/**
 * `/quiz`'s first message: the reviews due today above the first item (due first, then new ones); when nothing
 * is due but the member has items behind them, when the next review is, with new items or free practice offered.
 */
export async function firstQuizMessage(input: {
  interaction: { readonly locale: string; readonly user: { readonly id: string } };
  context: BotContext;
  place: QuizPlace;
  name: string;
  question: StudyQuestionNumber | null;
  count: number;
}): Promise<View> {
  const { context, place, question } = input;
  const strings = reviewStringsFor(input.interaction.locale);
  const profile = await context.quiz.profile(place.guildId, input.interaction.user.id);
  const items = context.quiz.itemsOf(question);
  const forecast = await context.quiz.forecast(place.guildId, profile, question);
  const seen = items.filter((item) => profile?.items[item.id]).length;
  if (forecast.dueToday === 0 && seen > 0) {
    const offer = { strings, forecast, newItems: items.length - seen, question, count: input.count };
    return place.present(nothingDueView(offer));
  }
  const session = await context.quiz.startSession({
    guildId: place.guildId,
    userId: input.interaction.user.id,
    name: input.name,
    question,
    count: input.count,
    scope: "review",
  });
  if (!session)
    return { content: quizStringsFor(input.interaction.locale, context.pack).nothingToAsk, embeds: [], components: [] };
  const first = firstItemView(session, context, input.interaction.locale);
  return place.present({ ...first, content: dueTodayHeader(strings, forecast) });
}

export function firstItemView(session: QuizSession, context: BotContext, locale: string): View {
  const item = context.quiz.item(session.itemIds[0] ?? "");
  if (!item) throw new Error(`session ${session.id} starts with an unknown item`);
  return itemView(session, 0, item, quizStringsFor(locale, context.pack));
}

/** The components of the private quiz, for one place: what `quiz:<action>` (or `rappels:<action>:<guild>`) runs. */
export const quizComponents = {
  /** A button answer: "<session>:<position>:<option>". */
  async a(
    interaction: ButtonInteraction,
    [sessionId = "", position = "", optionId = ""]: readonly string[],
    context: BotContext,
    place: QuizPlace,
  ) {
    await recordAnswer(interaction, context, place, sessionId, Number(position), [optionId]);
  },
  /** A "select all that apply" answer: "<session>:<position>" with the options as values. */
  async m(
    interaction: StringSelectMenuInteraction,
    [sessionId = "", position = ""]: readonly string[],
    context: BotContext,
    place: QuizPlace,
  ) {
    await recordAnswer(interaction, context, place, sessionId, Number(position), interaction.values);
  },
  /** "Suivant": the item at a position, or its result when it was already answered (after a restart, say). */
  async show(
    interaction: ButtonInteraction,
    [sessionId = "", position = ""]: readonly string[],
    context: BotContext,
    place: QuizPlace,
  ) {
    const session = await context.quiz.session(place.guildId, interaction.user.id, sessionId);
    const view = session
      ? await viewFrom(session, Number(position), interaction, context, place)
      : expired(interaction, context);
    await interaction.update(asUpdate(place.present(view)));
  },
  async end(
    interaction: ButtonInteraction,
    [sessionId = ""]: readonly string[],
    context: BotContext,
    place: QuizPlace,
  ) {
    const session = await context.quiz.session(place.guildId, interaction.user.id, sessionId);
    const view = session ? await summary(session, interaction, context, place) : expired(interaction, context);
    await interaction.update(asUpdate(place.present(view)));
  },
  /** A new session with the items missed in this one. */
  async retry(
    interaction: ButtonInteraction,
    [sessionId = ""]: readonly string[],
    context: BotContext,
    place: QuizPlace,
  ) {
    const previous = await context.quiz.session(place.guildId, interaction.user.id, sessionId);
    const missed = previous?.itemIds.filter((_, position) => !previous.answers[position]?.correct) ?? [];
    const session =
      previous && missed.length > 0
        ? await context.quiz.startSession({
            guildId: place.guildId,
            userId: interaction.user.id,
            name: await nameOf(interaction, context, place),
            question: previous.question,
            count: missed.length,
            itemIds: missed,
          })
        : undefined;
    const view = session ? firstItemView(session, context, interaction.locale) : expired(interaction, context);
    await interaction.update(asUpdate(place.present(view)));
  },
  /** "<question or 0>:<count>[:<scope>]": a fresh session from a summary, an expired session, a lesson or an offer. */
  async new(
    interaction: ButtonInteraction,
    [question = "0", count = "", scope = ""]: readonly string[],
    context: BotContext,
    place: QuizPlace,
  ) {
    const session = await context.quiz.startSession({
      guildId: place.guildId,
      userId: interaction.user.id,
      name: await nameOf(interaction, context, place),
      // A button from before a study question was removed: all the questions rather than nothing.
      question: studyQuestion(context.pack, Number(question))?.number ?? null,
      count: Number(count) || DEFAULT_ITEM_COUNT,
      scope: scopes.includes(scope as SelectionScope) ? (scope as SelectionScope) : "fill",
    });
    if (!session) {
      await answerPrivately(interaction, { content: quizStringsFor(interaction.locale, context.pack).nothingToAsk });
      return;
    }
    const view = place.present(firstItemView(session, context, interaction.locale));
    // From a private quiz message (or a DM), replace it; from a public one (a lesson), answer privately.
    if (interaction.message.flags.has(MessageFlags.Ephemeral) || !interaction.inGuild())
      await interaction.update(asUpdate(view));
    else await interaction.reply({ ...view, flags: MessageFlags.Ephemeral });
  },
} as const;

const scopes: readonly SelectionScope[] = ["review", "new", "practice", "fill"];

/** The name the member's profile is kept under: their guild name, or in DMs the one it already has. */
async function nameOf(interaction: QuizComponentInteraction, context: BotContext, place: QuizPlace): Promise<string> {
  if (!place.direct) return displayNameOf(interaction);
  return (await context.quiz.profile(place.guildId, interaction.user.id))?.name ?? displayNameOf(interaction);
}

function expired(interaction: QuizComponentInteraction, context: BotContext): View {
  return expiredView(null, DEFAULT_ITEM_COUNT, quizStringsFor(interaction.locale, context.pack));
}

async function summary(
  session: QuizSession,
  interaction: QuizComponentInteraction,
  context: BotContext,
  place: QuizPlace,
) {
  const profile = await context.quiz.profile(place.guildId, interaction.user.id);
  const today = localDay(context.clock.now(), (await context.guildSettings.get(place.guildId)).timeZone);
  const streak = profile ? currentStreak(profile.streak, today) : 0;
  const view = summaryView(
    session,
    (id) => context.quiz.item(id),
    streak,
    quizStringsFor(interaction.locale, context.pack),
  );
  // "More": the items the member is likeliest to have forgotten, due or not (free practice).
  const more = moreButton(reviewStringsFor(interaction.locale), session.question, session.itemIds.length);
  return {
    ...view,
    components: [...view.components.slice(0, -1), ...view.components.slice(-1).map((row) => row.addComponents(more))],
  };
}

/**
 * The session from `position` on: its first item still in the course (its result once answered), or the summary
 * when none is left. Items removed from the course are skipped, so an open session never dead-ends.
 */
async function viewFrom(
  session: QuizSession,
  position: number,
  interaction: QuizComponentInteraction,
  context: BotContext,
  place: QuizPlace,
): Promise<View> {
  const strings = quizStringsFor(interaction.locale, context.pack);
  for (let index = Math.max(0, position); index < session.itemIds.length; index++) {
    const item = context.quiz.item(session.itemIds[index] ?? "");
    if (!item) continue;
    const answer = session.answers[index];
    return answer
      ? resultView({ session, position: index, item, answer, duplicate: false, catalog: context.catalog, strings })
      : itemView(session, index, item, strings);
  }
  return summary(session, interaction, context, place);
}

/** Stores the answer first, then shows the result: an acknowledged answer is never lost. */
async function recordAnswer(
  interaction: QuizComponentInteraction,
  context: BotContext,
  place: QuizPlace,
  sessionId: string,
  position: number,
  chosen: readonly string[],
): Promise<void> {
  const strings = quizStringsFor(interaction.locale, context.pack);
  const name = await nameOf(interaction, context, place);
  // A wedged store: acknowledged after 2 s, the result edited in when the write lands (respond.ts).
  const outcome = await deferIfSlow(interaction, () =>
    context.quiz.answer({ guildId: place.guildId, userId: interaction.user.id, name, sessionId, position, chosen }),
  );
  if (outcome.status === "expired") {
    await updateMessage(interaction, asUpdate(place.present(expired(interaction, context))));
    return;
  }
  if (outcome.status === "invalid") {
    const session = await context.quiz.session(place.guildId, interaction.user.id, sessionId);
    if (session && session.itemIds[position] !== undefined && !context.quiz.item(session.itemIds[position])) {
      // The item was removed from the course while the session was open: on to the next one.
      const view = await viewFrom(session, position + 1, interaction, context, place);
      await updateMessage(interaction, asUpdate(place.present({ ...view, content: strings.itemRemoved })));
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
  await updateMessage(interaction, asUpdate(place.present(view)));
}
