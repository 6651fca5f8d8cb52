import {
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  SlashCommandChannelOption,
  SlashCommandStringOption,
} from "discord.js";
import { classCommandTexts, classStrings } from "../content/class-strings.js";
import { localeOf } from "../content/locale.js";
import { quizStrings } from "../content/quiz-strings.js";
import { postableChannel } from "../discord/channelAccess.js";
import { button, type Command } from "../discord/contracts.js";
import { localize } from "../discord/localize.js";
import { displayNameOf } from "../discord/members.js";
import { answerPrivately, deferIfSlow } from "../discord/respond.js";
import { lessonActions, lessonMessages } from "../discord/views/lesson.js";
import { itemView } from "../discord/views/quiz.js";
import type { SectionEntry } from "../domain/course.js";
import { lessonPractice } from "../domain/lesson.js";
import { DEFAULT_ITEM_COUNT } from "../domain/quiz/quizService.js";
import cours from "./cours.js";

const texts = classCommandTexts.lecon;
const SUGGESTION_COUNT = 5;

export default {
  data: localize(new SlashCommandBuilder(), texts)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addStringOption(
      localize(new SlashCommandStringOption(), texts.options.document)
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(100),
    )
    .addStringOption(
      localize(new SlashCommandStringOption(), texts.options.section)
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(100),
    )
    .addChannelOption(
      localize(new SlashCommandChannelOption(), texts.options.salon).addChannelTypes(
        ChannelType.GuildText,
        ChannelType.GuildAnnouncement,
      ),
    ),
  guildOnly: true,

  async execute(interaction, context) {
    const strings = classStrings[context.locale];
    const typedDocument = interaction.options.getString(texts.options.document.name.fr, true);
    const typedSection = interaction.options.getString(texts.options.section.name.fr, true);
    const document = context.catalog.resolveDocument(typedDocument);
    const entry = document ? context.catalog.resolveSection(typedSection, document.id) : undefined;
    if (!entry) {
      const notFound = document ? strings.sectionNotFound(typedSection) : strings.documentNotFound(typedDocument);
      await answerPrivately(interaction, { content: withSuggestions(notFound, suggestions(), strings) });
      return;
    }
    const channel = await postableChannel(interaction, context.locale, texts.options.salon.name.fr);
    if (!channel) return;
    // Several messages may take longer than the 3 s Discord allows for a first answer.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const publicStrings = classStrings[localeOf(interaction.guildLocale ?? interaction.locale)];
    const messages = lessonMessages(entry, publicStrings);
    for (const message of messages) await channel.send({ ...message });
    await interaction.editReply({ content: strings.lessonPosted(entry.section.title, channel.id, messages.length) });

    function suggestions(): SectionEntry[] {
      const query = [typedSection, document ? "" : typedDocument].filter(Boolean).join(" ");
      return context.catalog
        .searchSections(query, document?.id)
        .slice(0, SUGGESTION_COUNT)
        .map((match) => match.entry);
    }
  },

  /** The same document and section suggestions as `/cours` (same option names). */
  async autocomplete(interaction, context) {
    await cours.autocomplete(interaction, context);
  },

  components: {
    /** "lecon:train:<document>:<section>": for whoever clicks, a private quiz on what the section teaches. */
    [lessonActions.train]: button(async (interaction, [documentId = "", sectionId = ""], context) => {
      const entry = context.catalog.section(`${documentId}/${sectionId}`);
      if (!entry) {
        await answerPrivately(interaction, { content: classStrings[context.locale].lessonGone });
        return;
      }
      const strings = quizStrings[context.locale];
      const practice = lessonPractice(context.quiz.bank, entry.ref, Math.random);
      const session = await deferIfSlow(interaction, () =>
        context.quiz.startSession({
          guildId: context.guildId,
          userId: interaction.user.id,
          name: displayNameOf(interaction),
          question: practice.question,
          count: practice.itemIds.length || DEFAULT_ITEM_COUNT,
          ...(practice.itemIds.length > 0 ? { itemIds: practice.itemIds } : {}),
        }),
      );
      const first = session ? context.quiz.item(session.itemIds[0] ?? "") : undefined;
      if (!session || !first) {
        await answerPrivately(interaction, { content: strings.nothingToAsk });
        return;
      }
      // The rest of the quiz (answers, next, summary) is /quiz's own buttons on this private message.
      await answerPrivately(interaction, itemView(session, 0, first, strings));
    }),
  },
} satisfies Command;

function withSuggestions(
  notFound: string,
  entries: readonly SectionEntry[],
  strings: (typeof classStrings)["fr"],
): string {
  if (entries.length === 0) return notFound;
  const list = entries.map((entry) => `• **${entry.section.title}** — ${entry.document.title}`).join("\n");
  return `${notFound}\n${strings.closestSections}\n${list}`;
}
