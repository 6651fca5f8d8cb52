/**
 * The playground's class server: the test server's default class, with #général for commands and #astuces for
 * the daily tips a teacher can set up with /config. Ids are fixed, so a kept PLAYGROUND_DATA file finds the same
 * members and channels again.
 */
import { DEFAULT_IDS, defaultGuildFixture, type GuildFixture } from "../test/discord-server/index.js";

export const PLAYGROUND_IDS = {
  guildId: DEFAULT_IDS.guildId,
  channels: { general: DEFAULT_IDS.channels.general, astuces: DEFAULT_IDS.channels.annonces },
  teacherId: DEFAULT_IDS.teacherId,
  studentIds: DEFAULT_IDS.studentIds,
} as const;

export function playgroundGuild(): GuildFixture {
  const guild = defaultGuildFixture();
  guild.name = "Classe de 1re";
  guild.channels = [
    { id: PLAYGROUND_IDS.channels.general, name: "général", type: 0, position: 0, topic: "Les commandes de Réso" },
    { id: PLAYGROUND_IDS.channels.astuces, name: "astuces", type: 0, position: 1, topic: "L'astuce du jour" },
  ];
  return guild;
}
