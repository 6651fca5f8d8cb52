import { ButtonBuilder, ButtonStyle, EmbedBuilder } from "discord.js";
import type { ClassStrings } from "../../content/class-strings.js";
import type { SectionEntry } from "../../domain/course.js";
import { truncate } from "../../domain/text.js";
import { customId } from "../customId.js";
import { openSectionId, type View } from "./course.js";
import { row } from "./layout.js";
import { palette } from "./palette.js";

const COMMAND = "lecon";
/** Discord's limits for one message: 10 embeds, 6000 characters across them (we keep a margin). */
const EMBEDS_PER_MESSAGE = 10;
const CHARACTERS_PER_MESSAGE = 5800;

export const lessonActions = { train: "train" } as const;

/** "lecon:train:<document>:<section>": a private quiz on what the section teaches. */
export function trainId(entry: Pick<SectionEntry, "document" | "section">): string {
  return customId(COMMAND, lessonActions.train, entry.document.id, entry.section.id);
}

/**
 * A whole section for a channel: one embed per page, as many messages as Discord's limits need, the buttons
 * (practise, read privately) under the last one. Nothing here edits the public message when clicked.
 */
export function lessonMessages(entry: SectionEntry, strings: ClassStrings): View[] {
  const embeds = entry.pages.map((page, index) => {
    const embed = new EmbedBuilder().setColor(palette.course).setDescription(page);
    if (index === 0) {
      embed
        .setAuthor({ name: truncate(strings.lessonAuthor(entry.document.title), 256) })
        .setTitle(truncate(entry.section.title, 256));
    }
    if (index === entry.pages.length - 1) {
      embed.setFooter({
        text: truncate(
          strings.lessonFooter(entry.document.title, entry.indexInDocument + 1, entry.document.sections.length),
          2048,
        ),
      });
    }
    return embed;
  });

  const messages: View[] = [];
  let current: EmbedBuilder[] = [];
  let size = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    if (current.length > 0 && (current.length >= EMBEDS_PER_MESSAGE || size + length > CHARACTERS_PER_MESSAGE)) {
      messages.push({ embeds: current, components: [] });
      current = [];
      size = 0;
    }
    current.push(embed);
    size += length;
  }
  const buttons = row(
    new ButtonBuilder()
      .setCustomId(trainId(entry))
      .setLabel(strings.trainOnSection)
      .setEmoji({ name: "🎯" })
      .setStyle(ButtonStyle.Primary),
    new ButtonBuilder()
      .setCustomId(openSectionId(entry))
      .setLabel(strings.readPrivately)
      .setEmoji({ name: "📖" })
      .setStyle(ButtonStyle.Secondary),
  );
  messages.push({ embeds: current, components: [buttons] });
  return messages;
}

function embedLength(embed: EmbedBuilder): number {
  const data = embed.data;
  return (
    (data.title?.length ?? 0) +
    (data.description?.length ?? 0) +
    (data.author?.name.length ?? 0) +
    (data.footer?.text.length ?? 0) +
    (data.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}
