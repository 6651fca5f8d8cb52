import { type ChatInputCommandInteraction, MessageFlags, type SlashCommandSubcommandsOnlyBuilder } from "discord.js";
import { retentionOptionText, retentionSubcommandText, reviewStringsFor } from "../content/review-strings.js";
import { isValidRetention, MAX_RETENTION, MIN_RETENTION } from "../domain/quiz/reviews.js";
import type { BotContext } from "./contracts.js";
import { localize } from "./localize.js";

/** `/config revisions retention`: the FSRS desired retention of the guild (0.80–0.95). */
export const retentionSubcommand = retentionSubcommandText.name.fr;

export function addRetentionSubcommand<T extends SlashCommandSubcommandsOnlyBuilder>(builder: T): T {
  builder.addSubcommand((subcommand) =>
    localize(subcommand, retentionSubcommandText).addNumberOption((option) =>
      localize(option, retentionOptionText).setRequired(true).setMinValue(MIN_RETENTION).setMaxValue(MAX_RETENTION),
    ),
  );
  return builder;
}

/** Saves the retention, or says in the reader's language why not (Discord checks the range too, the store again). */
export async function configureRetention(
  interaction: ChatInputCommandInteraction<"cached" | "raw">,
  context: BotContext,
): Promise<void> {
  const strings = reviewStringsFor(interaction.locale);
  const retention = interaction.options.getNumber(retentionOptionText.name.fr, true);
  if (!isValidRetention(retention)) {
    await interaction.reply({ content: strings.retentionOutOfRange, flags: MessageFlags.Ephemeral });
    return;
  }
  await context.guildSettings.setRetention(interaction.guildId, retention);
  await interaction.reply({
    content: strings.retentionSaved(Math.round(retention * 100)),
    flags: MessageFlags.Ephemeral,
  });
}

/** The line of `/config voir`. */
export async function retentionLine(interaction: { readonly locale: string }, context: BotContext, guildId: string) {
  const { retention } = await context.guildSettings.get(guildId);
  return reviewStringsFor(interaction.locale).retentionLine(Math.round(retention * 100));
}
