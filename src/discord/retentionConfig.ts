import { type ChatInputCommandInteraction, MessageFlags, type SlashCommandSubcommandsOnlyBuilder } from "discord.js";
import { retentionOptionText, retentionSubcommandText, reviewStrings } from "../content/review-strings.js";
import { isValidRetention, MAX_RETENTION, MIN_RETENTION } from "../domain/quiz/reviews.js";
import type { InteractionContext } from "./contracts.js";
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
  interaction: ChatInputCommandInteraction,
  context: InteractionContext<string>,
): Promise<void> {
  const strings = reviewStrings[context.locale];
  const retention = interaction.options.getNumber(retentionOptionText.name.fr, true);
  if (!isValidRetention(retention)) {
    await interaction.reply({ content: strings.retentionOutOfRange, flags: MessageFlags.Ephemeral });
    return;
  }
  await context.guildSettings.setRetention(context.guildId, retention);
  await interaction.reply({
    content: strings.retentionSaved(Math.round(retention * 100)),
    flags: MessageFlags.Ephemeral,
  });
}

/** `/config voir`'s field: the desired retention of reviews. */
export async function retentionField(context: InteractionContext<string>): Promise<{ name: string; value: string }> {
  const { retention } = await context.guildSettings.get(context.guildId);
  const strings = reviewStrings[context.locale];
  return { name: strings.reviews, value: strings.retentionLine(Math.round(retention * 100)) };
}
