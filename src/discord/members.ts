import { GuildMember, type Interaction } from "discord.js";

/** The name a classmate sees: server nickname, else display name, else username. */
export function displayNameOf(interaction: Interaction): string {
  const member = interaction.member;
  if (member instanceof GuildMember) return member.displayName;
  return member?.nick ?? interaction.user.globalName ?? interaction.user.username;
}
