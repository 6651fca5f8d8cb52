import {
  type ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  type InteractionUpdateOptions,
  type MessageActionRowComponentBuilder,
  StringSelectMenuBuilder,
} from "discord.js";
import type { Strings } from "../../content/strings.js";
import type { CourseDocument } from "../../content/types.js";
import type { CourseCatalog, SectionEntry } from "../../domain/course.js";
import { truncate } from "../../domain/text.js";
import { customId } from "../customId.js";
import { row } from "./layout.js";
import { palette } from "./palette.js";

/** The command that owns the course views; other features link to a section with `openSectionId`. */
const COMMAND = "cours";

export interface View {
  content?: string;
  embeds: EmbedBuilder[];
  components: ActionRowBuilder<MessageActionRowComponentBuilder>[];
}

/** The custom ID of a button that opens a section in a new private message, from any feature's message. */
export function openSectionId(entry: Pick<SectionEntry, "document" | "section">): string {
  return customId(COMMAND, "open", entry.document.id, entry.section.id);
}

/** A "📖" button that opens a section privately: how every feature sends a student back to the course. */
export function openSectionButton(entry: Pick<SectionEntry, "document" | "section">, label: string): ButtonBuilder {
  return new ButtonBuilder()
    .setCustomId(openSectionId(entry))
    .setLabel(truncate(label, 80))
    .setEmoji({ name: "📖" })
    .setStyle(ButtonStyle.Secondary);
}

/** Buttons for the first `max` cited sections that exist, labelled by `label(section title)`. */
export function citedSectionButtons(
  catalog: CourseCatalog,
  sources: readonly string[],
  label: (title: string) => string,
  max = 2,
): ButtonBuilder[] {
  return sources.slice(0, max).flatMap((ref) => {
    const entry = catalog.section(ref);
    return entry ? [openSectionButton(entry, label(entry.section.title))] : [];
  });
}

export const courseActions = {
  page: "page",
  section: "section",
  toc: "toc",
  chooseDocument: "doc",
  chooseSection: "sec",
  open: "open",
} as const;

export function tableOfContentsView(catalog: CourseCatalog, strings: Strings, notice?: string): View {
  const embed = new EmbedBuilder()
    .setColor(palette.course)
    .setTitle(truncate(strings.cours.tocTitle(catalog.title), 256))
    .setDescription(strings.cours.tocIntro(catalog.documents.length))
    .addFields(
      catalog.documents.map((document, index) => ({
        name: truncate(`${index + 1}. ${document.title}`, 256),
        value: truncate(document.sections.map((section) => `• ${section.title}`).join("\n"), 1024),
      })),
    );
  const menu = new StringSelectMenuBuilder()
    .setCustomId(customId(COMMAND, courseActions.chooseDocument))
    .setPlaceholder(strings.cours.chooseDocument)
    .addOptions(
      catalog.documents.slice(0, 25).map((document) => ({
        label: truncate(document.title, 100),
        description: truncate(document.description, 100),
        value: document.id,
      })),
    );
  return { ...(notice ? { content: notice } : {}), embeds: [embed], components: [row(menu)] };
}

export function documentView(catalog: CourseCatalog, document: CourseDocument, strings: Strings): View {
  const entries = catalog.sectionsOf(document.id);
  const embed = new EmbedBuilder()
    .setColor(palette.course)
    .setTitle(truncate(document.title, 256))
    .setDescription(
      truncate(
        `${strings.cours.documentIntro(document.description)}\n\n${entries.map((entry, index) => `${index + 1}. ${entry.section.title}`).join("\n")}`,
        4096,
      ),
    );
  const menu = sectionMenu(entries, strings.cours.chooseSection);
  return { embeds: [embed], components: [row(menu), row(tocButton(strings))] };
}

export function sectionView(
  catalog: CourseCatalog,
  entry: SectionEntry,
  requestedPage: number,
  strings: Strings,
): View {
  const pageCount = entry.pages.length;
  const page = Math.min(Math.max(0, Math.trunc(requestedPage) || 0), pageCount - 1);
  const documentSections = entry.document.sections.length;
  const embed = new EmbedBuilder()
    .setColor(palette.course)
    .setAuthor({ name: truncate(entry.document.title, 256) })
    .setTitle(truncate(entry.section.title, 256))
    .setDescription(entry.pages[page] ?? "")
    .setFooter({
      text: truncate(
        strings.cours.pageFooter(
          entry.document.title,
          page + 1,
          pageCount,
          entry.indexInDocument + 1,
          documentSections,
        ),
        2048,
      ),
    });

  const components: View["components"] = [];
  if (pageCount > 1) {
    components.push(
      row(
        navigationButton(
          strings.cours.previousPage,
          "◀️",
          customId(COMMAND, courseActions.page, entry.document.id, entry.section.id, page - 1),
          page === 0,
        ),
        navigationButton(
          strings.cours.nextPage,
          "▶️",
          customId(COMMAND, courseActions.page, entry.document.id, entry.section.id, page + 1),
          page === pageCount - 1,
        ),
      ),
    );
  }
  const previous = catalog.neighbour(entry, -1);
  const next = catalog.neighbour(entry, 1);
  components.push(
    row(
      navigationButton(strings.cours.previousSection, "⏮️", sectionTarget(previous, "previous"), !previous),
      tocButton(strings),
      navigationButton(strings.cours.nextSection, "⏭️", sectionTarget(next, "next"), !next),
    ),
  );
  return { embeds: [embed], components };
}

/** The answer to a typed value that matched nothing: what was not found, the closest sections, a menu to open one. */
export function suggestionsView(notFound: string, suggestions: readonly SectionEntry[], strings: Strings): View {
  if (suggestions.length === 0)
    return { content: `${notFound}\n${strings.cours.noCloseSection}`, embeds: [], components: [] };
  const list = suggestions.map((entry) => `• **${entry.section.title}** — ${entry.document.title}`).join("\n");
  return {
    content: truncate(`${notFound}\n${strings.cours.closestSections}\n${list}`, 2000),
    embeds: [],
    components: [row(sectionMenu(suggestions, strings.cours.pickFromSuggestions))],
  };
}

/** A view as the options of an in-place update (a component click on the view's own message). */
export function asUpdate(view: View): InteractionUpdateOptions {
  return { content: view.content ?? "", embeds: view.embeds, components: view.components };
}

function sectionTarget(entry: SectionEntry | undefined, direction: "previous" | "next"): string {
  // A disabled button still needs an ID unique within its message.
  return entry
    ? customId(COMMAND, courseActions.section, entry.document.id, entry.section.id)
    : customId(COMMAND, courseActions.section, "-", direction);
}

function sectionMenu(entries: readonly SectionEntry[], placeholder: string): StringSelectMenuBuilder {
  return new StringSelectMenuBuilder()
    .setCustomId(customId(COMMAND, courseActions.chooseSection))
    .setPlaceholder(placeholder)
    .addOptions(
      entries.slice(0, 25).map((entry) => ({
        label: truncate(entry.section.title, 100),
        description: truncate(entry.document.title, 100),
        value: entry.ref,
      })),
    );
}

function tocButton(strings: Strings): ButtonBuilder {
  return new ButtonBuilder()
    .setCustomId(customId(COMMAND, courseActions.toc))
    .setLabel(strings.cours.tableOfContents)
    .setEmoji({ name: "📚" })
    .setStyle(ButtonStyle.Secondary);
}

function navigationButton(label: string, emoji: string, id: string, disabled: boolean): ButtonBuilder {
  return new ButtonBuilder()
    .setCustomId(id)
    .setLabel(label)
    .setEmoji({ name: emoji })
    .setStyle(ButtonStyle.Primary)
    .setDisabled(disabled);
}
