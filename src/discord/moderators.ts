import { PermissionFlagsBits } from "discord.js";
import { classStrings } from "../content/class-strings.js";
import type { Locale } from "../content/locale.js";
import type { ComponentInteractions } from "./contracts.js";
import { answerPrivately } from "./respond.js";

/**
 * Discord lets anyone click a button or submit a modal, whatever the command's permissions: moderators' steps
 * check Manage Server again. Answers the others privately and returns false.
 */
export async function moderator(
  interaction: ComponentInteractions[keyof ComponentInteractions],
  locale: Locale,
): Promise<boolean> {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  await answerPrivately(interaction, { content: classStrings[locale].moderatorsOnly });
  return false;
}
