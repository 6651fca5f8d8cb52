import { ActionRowBuilder, type MessageActionRowComponentBuilder } from "discord.js";

/** One action row of buttons or one select menu. */
export function row(
  ...components: MessageActionRowComponentBuilder[]
): ActionRowBuilder<MessageActionRowComponentBuilder> {
  return new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(components);
}
