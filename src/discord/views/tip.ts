import {
  type ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  type MessageActionRowComponentBuilder,
} from "discord.js";
import type { TipsStrings } from "../../content/tips-strings.js";
import type { Tip } from "../../content/types.js";
import type { CourseCatalog } from "../../domain/course.js";
import { truncate } from "../../domain/text.js";
import { renderCourseText } from "../markdown.js";
import { openSectionId } from "./course.js";
import { row } from "./layout.js";
import { palette } from "./palette.js";

const BUTTON_LABEL_MAX = 80;

export interface TipView {
  embeds: EmbedBuilder[];
  components: ActionRowBuilder<MessageActionRowComponentBuilder>[];
}

/**
 * A tip as Discord shows it, in the channel or privately: the heading, the title, the text (plain, escaped),
 * its source sections in the footer, and a button that opens the first one privately (as /cours does).
 */
export function tipView(
  tip: Tip,
  catalog: CourseCatalog,
  strings: TipsStrings["tip"],
  heading: string,
  extraButtons: readonly ButtonBuilder[] = [],
): TipView {
  const sources = tip.sources.map((ref) => catalog.section(ref)).filter((entry) => entry !== undefined);
  const embed = new EmbedBuilder()
    .setColor(palette.highlight)
    .setAuthor({ name: truncate(heading, 256) })
    .setTitle(truncate(tip.title, 256))
    .setDescription(truncate(renderCourseText(tip.text), 4096));
  if (sources.length > 0) {
    embed.setFooter({
      text: truncate(
        strings.sourceFooter(sources.map((entry) => `${entry.section.title} (${entry.document.title})`)),
        2048,
      ),
    });
  }
  const buttons: ButtonBuilder[] = [];
  const [first] = sources;
  if (first) {
    buttons.push(
      new ButtonBuilder()
        .setCustomId(openSectionId(first))
        .setLabel(truncate(strings.openSection(first.section.title), BUTTON_LABEL_MAX))
        .setEmoji({ name: "📖" })
        .setStyle(ButtonStyle.Secondary),
    );
  }
  buttons.push(...extraButtons);
  return { embeds: [embed], components: buttons.length > 0 ? [row(...buttons)] : [] };
}
