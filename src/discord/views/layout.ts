import { ActionRowBuilder, ButtonBuilder, ButtonStyle, type MessageActionRowComponentBuilder } from "discord.js";
import type { View } from "./course.js";

/** One action row of buttons or one select menu. */
export function row(
  ...components: MessageActionRowComponentBuilder[]
): ActionRowBuilder<MessageActionRowComponentBuilder> {
  return new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(components);
}

/**
 * A question before an irreversible step: a red button that takes it and a grey one that does not (each a custom
 * ID and a label).
 */
export function confirmView(
  content: string,
  confirm: { readonly id: string; readonly label: string },
  cancel: { readonly id: string; readonly label: string },
): View {
  return {
    content,
    embeds: [],
    components: [
      row(
        new ButtonBuilder().setCustomId(confirm.id).setLabel(confirm.label).setStyle(ButtonStyle.Danger),
        new ButtonBuilder().setCustomId(cancel.id).setLabel(cancel.label).setStyle(ButtonStyle.Secondary),
      ),
    ],
  };
}
