// The floor of the benchmark: the least a discord.js bot can do per interaction. Same client options as Réso
// (Guilds intent, REST to DISCORD_API_URL), no store, no logic: each interaction gets a fixed message, built
// once by the bench from Réso's own views so that both bots send bodies of the same shape and size.
import { Client, Events, GatewayIntentBits, MessageFlags } from "discord.js";

const views = JSON.parse(process.env.BENCH_FLOOR_VIEWS ?? "{}");
const log = (msg, extra = {}) =>
  process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg, ...extra })}\n`);

const client = new Client({
  intents: [GatewayIntentBits.Guilds],
  rest: { api: process.env.DISCORD_API_URL },
  allowedMentions: { parse: [] },
});

client.on(Events.InteractionCreate, async (interaction) => {
  try {
    if (interaction.isChatInputCommand()) {
      const view = interaction.commandName === "classement" ? views.board : views.item;
      await interaction.reply({ ...view, flags: MessageFlags.Ephemeral });
    } else if (interaction.isMessageComponent()) {
      await interaction.update(interaction.customId.startsWith("quiz:show:") ? views.item : views.result);
    }
  } catch (error) {
    log("reply failed", { level: 50, err: String(error) });
  }
});
client.once(Events.ClientReady, () => log("ready", { guilds: client.guilds.cache.size }));

const stop = async () => {
  await client.destroy();
  process.exit(0);
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
await client.login(process.env.DISCORD_TOKEN);
