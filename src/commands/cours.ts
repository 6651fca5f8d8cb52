import {
  type ApplicationCommandOptionChoiceData,
  ApplicationIntegrationType,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
  SlashCommandStringOption,
} from "discord.js";
import { commandTexts } from "../content/commands.js";
import type { Strings } from "../content/strings.js";
import { button, type Command, stringSelect } from "../discord/contracts.js";
import { localize } from "../discord/localize.js";
import {
  asUpdate,
  courseActions,
  documentView,
  sectionView,
  suggestionsView,
  tableOfContentsView,
  type View,
} from "../discord/views/course.js";
import type { CourseCatalog, SectionEntry } from "../domain/course.js";
import { truncate } from "../domain/text.js";

const texts = commandTexts.cours;
const AUTOCOMPLETE_LIMIT = 25;
const SUGGESTION_COUNT = 5;

export default {
  data: localize(new SlashCommandBuilder(), texts)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addStringOption(
      localize(new SlashCommandStringOption(), texts.options.document).setAutocomplete(true).setMaxLength(100),
    )
    .addStringOption(
      localize(new SlashCommandStringOption(), texts.options.section).setAutocomplete(true).setMaxLength(100),
    ),

  async execute(interaction, { catalog, strings }) {
    const typedDocument = interaction.options.getString(texts.options.document.name.fr);
    const typedSection = interaction.options.getString(texts.options.section.name.fr);
    const view = chooseView(catalog, typedDocument, typedSection, strings);
    await interaction.reply({ ...view, flags: MessageFlags.Ephemeral });
  },

  async autocomplete(interaction, { catalog }) {
    const focused = interaction.options.getFocused(true);
    let choices: ApplicationCommandOptionChoiceData<string>[];
    if (focused.name === texts.options.document.name.fr) {
      choices = catalog
        .searchDocuments(focused.value)
        .map((document) => ({ name: truncate(document.title, 100), value: document.id }));
    } else {
      const typedDocument = interaction.options.getString(texts.options.document.name.fr);
      const document = typedDocument ? catalog.resolveDocument(typedDocument) : undefined;
      choices = catalog.searchSections(focused.value, document?.id).map(({ entry }) => ({
        name: truncate(`${entry.section.title} — ${entry.document.title}`, 100),
        value: entry.ref,
      }));
    }
    await interaction.respond(choices.slice(0, AUTOCOMPLETE_LIMIT));
  },

  components: {
    [courseActions.page]: button(async (interaction, [documentId, sectionId, page], { catalog, strings }) => {
      await interaction.update(
        asUpdate(sectionOrContents(catalog, `${documentId}/${sectionId}`, Number(page), strings)),
      );
    }),
    [courseActions.section]: button(async (interaction, [documentId, sectionId], { catalog, strings }) => {
      await interaction.update(asUpdate(sectionOrContents(catalog, `${documentId}/${sectionId}`, 0, strings)));
    }),
    [courseActions.toc]: button(async (interaction, _args, { catalog, strings }) => {
      await interaction.update(asUpdate(tableOfContentsView(catalog, strings)));
    }),
    [courseActions.chooseDocument]: stringSelect(async (interaction, _args, { catalog, strings }) => {
      const document = catalog.document(interaction.values[0] ?? "");
      await interaction.update(
        asUpdate(
          document
            ? documentView(catalog, document, strings)
            : tableOfContentsView(catalog, strings, strings.cours.documentGone),
        ),
      );
    }),
    [courseActions.chooseSection]: stringSelect(async (interaction, _args, { catalog, strings }) => {
      await interaction.update(asUpdate(sectionOrContents(catalog, interaction.values[0] ?? "", 0, strings)));
    }),
    /** From another feature's message (a quiz answer, a tip, a lesson): the section in a new private message. */
    [courseActions.open]: button(async (interaction, [documentId, sectionId], { catalog, strings }) => {
      const view = sectionOrContents(catalog, `${documentId}/${sectionId}`, 0, strings);
      await interaction.reply({ ...view, flags: MessageFlags.Ephemeral });
    }),
  },
} satisfies Command;

/** What `/cours` shows for the options typed: contents, a document, a section, or the closest matches. */
function chooseView(
  catalog: CourseCatalog,
  typedDocument: string | null,
  typedSection: string | null,
  strings: Strings,
): View {
  const document = typedDocument ? catalog.resolveDocument(typedDocument) : undefined;
  if (typedDocument && !document) {
    // The text typed may still name a section ("facebook"): offer the closest ones.
    const query = [typedDocument, typedSection].filter(Boolean).join(" ");
    return suggestionsView(strings.cours.documentNotFound(typedDocument), closest(catalog, query), strings);
  }
  if (typedSection) {
    const entry = catalog.resolveSection(typedSection, document?.id);
    if (entry) return sectionView(catalog, entry, 0, strings);
    const suggestions = closest(catalog, typedSection, document?.id);
    return suggestionsView(
      strings.cours.sectionNotFound(typedSection),
      suggestions.length > 0 || !document ? suggestions : catalog.sectionsOf(document.id).slice(0, SUGGESTION_COUNT),
      strings,
    );
  }
  if (document) return documentView(catalog, document, strings);
  return tableOfContentsView(catalog, strings);
}

/** A section at a page, or the contents when the section is gone (the course changed since the message). */
function sectionOrContents(catalog: CourseCatalog, ref: string, page: number, strings: Strings): View {
  const entry = catalog.section(ref);
  return entry
    ? sectionView(catalog, entry, page, strings)
    : tableOfContentsView(catalog, strings, strings.cours.sectionGone);
}

function closest(catalog: CourseCatalog, query: string, documentId?: string): SectionEntry[] {
  return catalog
    .searchSections(query, documentId)
    .slice(0, SUGGESTION_COUNT)
    .map((match) => match.entry);
}
