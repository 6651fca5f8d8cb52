// A minimal discord.js bot for the harness's own tests: logs JSON lines like the real bot, answers /ping.
import { Client, Events, GatewayIntentBits } from "discord.js";

const log = (msg, extra = {}) =>
  process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg, ...extra })}\n`);

log("env", { keys: Object.keys(process.env).sort(), cwd: process.cwd() });
const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: process.env.DISCORD_API_URL } });
client.on(Events.InteractionCreate, async (interaction) => {
  if (interaction.isChatInputCommand()) await interaction.reply(`pong ${process.env.RESO_TEST_GREETING ?? ""}`.trim());
});
client.once(Events.ClientReady, () => log("ready", { guilds: client.guilds.cache.size }));
const stop = async () => {
  log("shutting down");
  await client.destroy();
  process.exit(0);
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
await client.login(process.env.DISCORD_TOKEN);
