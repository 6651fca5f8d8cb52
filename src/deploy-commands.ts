import { DiscordAPIError, REST, RESTJSONErrorCodes, Routes } from "discord.js";
import { ConfigError, loadConfig, requireClientId } from "./app/config.js";
import { loadCoursePack } from "./content/pack/load.js";
import { ContentError } from "./content/validate.js";
import { loadCommands } from "./discord/loader.js";

/**
 * `npm run deploy-commands`: registers every slash command with one bulk-overwrite PUT, on
 * DISCORD_GUILD_ID's server when set (instant, for a class) or globally. Never done at start-up.
 */
async function deploy(): Promise<string> {
  // The Application ID is checked with the other variables: every problem of .env is listed at once.
  const config = loadConfig({ clientIdRequired: true });
  const clientId = requireClientId(config);
  // The study questions offered as choices are the pack's: deploy again after adding or removing one.
  const commands = await loadCommands(loadCoursePack(config.contentDir));
  const body = [...commands.values()].map((command) => command.data.toJSON());
  const rest = new REST({ api: config.discordApiUrl }).setToken(config.discordToken);
  const route = config.discordGuildId
    ? Routes.applicationGuildCommands(clientId, config.discordGuildId)
    : Routes.applicationCommands(clientId);
  const registered = (await rest.put(route, { body })) as unknown[];
  const names = body.map((command) => `/${command.name}`).join(", ");
  return config.discordGuildId
    ? `${registered.length} commandes enregistrées sur le serveur ${config.discordGuildId} : ${names}.`
    : `${registered.length} commandes enregistrées globalement : ${names}. Elles peuvent mettre jusqu'à une heure à apparaître partout.`;
}

function explain(error: unknown): string {
  if (error instanceof ConfigError || error instanceof ContentError) return error.problems.join("\n");
  if (error instanceof DiscordAPIError) {
    if (error.status === 401)
      return "Discord refuse DISCORD_TOKEN (401) : copiez le token actuel (Developer Portal → Bot → Reset Token) dans .env.";
    if (error.code === RESTJSONErrorCodes.MissingAccess)
      return "Accès refusé au serveur DISCORD_GUILD_ID : invitez Réso sur ce serveur avec le scope applications.commands (voir README), ou vérifiez l'identifiant.";
    if (error.code === RESTJSONErrorCodes.UnknownApplication || error.status === 404)
      return "Application inconnue : DISCORD_CLIENT_ID doit être l'Application ID du bot dont DISCORD_TOKEN est le token.";
    return `Discord a refusé l'enregistrement (${error.status}, code ${error.code}) : ${error.message}`;
  }
  return `Enregistrement impossible : ${error instanceof Error ? error.message : String(error)}`;
}

try {
  process.stdout.write(`${await deploy()}\n`);
} catch (error) {
  process.stderr.write(`${explain(error)}\n`);
  process.exit(1);
}
