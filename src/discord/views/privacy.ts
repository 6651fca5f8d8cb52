import { ButtonBuilder, ButtonStyle, EmbedBuilder, escapeMarkdown, UserSelectMenuBuilder } from "discord.js";
import type { PrivacyStrings } from "../../content/privacy-strings.js";
import type { MemberData } from "../../domain/privacy/memberData.js";
import { currentStreak } from "../../domain/quiz/streak.js";
import { truncate } from "../../domain/text.js";
import { customId } from "../customId.js";
import type { View } from "./course.js";
import { confirmView, row } from "./layout.js";
import { palette } from "./palette.js";

/** `/mes-donnees`'s buttons: "mes-donnees:erase" asks, "erase-ok:<stamp>" erases, "erase-no" cancels. */
export const memberDataActions = { erase: "erase", confirm: "erase-ok", cancel: "erase-no" } as const;

/** `/rapport`'s member erasure: a picker (member select, or a search for a member who left), then a confirmation. */
export const memberEraseActions = {
  open: "erase-member",
  pick: "erase-pick",
  find: "erase-find",
  search: "erase-search",
  confirm: "erase-member-ok",
  cancel: "erase-member-no",
} as const;

/** The summary of what Réso holds about the reader, with the erase button (the JSON goes with it as a file). */
export function memberDataView(
  data: MemberData,
  input: { name: string; today: string; strings: PrivacyStrings },
): View {
  const { strings } = input;
  const { profile } = data;
  const embed = new EmbedBuilder()
    .setColor(palette.privacy)
    .setTitle(strings.summaryTitle)
    .setDescription(strings.summaryIntro)
    .addFields({
      name: strings.identityTitle,
      value: strings.identity(data.userId, escapeMarkdown(truncate(profile?.name ?? input.name, 100))),
    });
  if (profile) {
    const term = data.thisTerm ?? { points: 0, answered: 0, correct: 0, rank: null };
    embed.addFields(
      {
        name: strings.quizTitle,
        value: strings.quiz(term.points, term.rank, term.answered, term.correct),
      },
      {
        name: strings.streakTitle,
        value: strings.streak(currentStreak(profile.streak, input.today), profile.streak.best, profile.streak.lastDay),
      },
      { name: strings.reviewTitle, value: strings.review(Object.keys(profile.items).length) },
      { name: strings.sessionsTitle, value: strings.sessions(Object.keys(profile.sessions).length) },
    );
  }
  if (data.writtenAnswers.length > 0 || Object.keys(profile?.bestGrades ?? {}).length > 0) {
    const grades = Object.entries(profile?.bestGrades ?? {})
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([question, grade]) => strings.grade(Number(question), grade))
      .join(" · ");
    embed.addFields({ name: strings.writtenTitle, value: strings.written(data.writtenAnswers.length, grades) });
  }
  if (data.liveRounds.length > 0)
    embed.addFields({ name: strings.liveTitle, value: strings.live(data.liveRounds.length) });
  embed.setFooter({ text: strings.notes });
  const erase = new ButtonBuilder()
    .setCustomId(customId("mes-donnees", memberDataActions.erase))
    .setLabel(strings.eraseButton)
    .setEmoji({ name: "🗑️" })
    .setStyle(ButtonStyle.Danger);
  return { embeds: [embed], components: [row(erase)] };
}

/** The member's own erasure question; the stamp makes it expire. */
export function eraseConfirmView(stamp: string, strings: PrivacyStrings): View {
  return confirmView(
    strings.eraseQuestion,
    { id: customId("mes-donnees", memberDataActions.confirm, stamp), label: strings.confirmErase },
    { id: customId("mes-donnees", memberDataActions.cancel), label: strings.cancel },
  );
}

/** The report's button that starts a member's erasure. */
export function eraseMemberButton(strings: PrivacyStrings): ButtonBuilder {
  return new ButtonBuilder()
    .setCustomId(customId("rapport", memberEraseActions.open))
    .setLabel(strings.eraseMemberButton)
    .setEmoji({ name: "🗑️" })
    .setStyle(ButtonStyle.Secondary);
}

/** Whom to erase: a member of the server (Discord's picker), or one who left (a search by name or id). */
export function memberPickerView(strings: PrivacyStrings): View {
  return {
    content: strings.pickerIntro,
    embeds: [],
    components: [
      row(
        new UserSelectMenuBuilder()
          .setCustomId(customId("rapport", memberEraseActions.pick))
          .setPlaceholder(strings.pickMember)
          .setMinValues(1)
          .setMaxValues(1),
      ),
      row(
        new ButtonBuilder()
          .setCustomId(customId("rapport", memberEraseActions.find))
          .setLabel(strings.findMember)
          .setStyle(ButtonStyle.Secondary),
      ),
    ],
  };
}

/** The moderator's erasure question for one member: their id and the stamp travel in the button. */
export function memberEraseConfirmView(
  input: { userId: string; name: string; held: string; stamp: string },
  strings: PrivacyStrings,
): View {
  return confirmView(
    truncate(strings.memberEraseQuestion(input.name, input.userId, input.held), 2000),
    {
      id: customId("rapport", memberEraseActions.confirm, input.userId, input.stamp),
      label: strings.confirmMemberErase,
    },
    { id: customId("rapport", memberEraseActions.cancel), label: strings.cancel },
  );
}
