/**
 * What the page's user does, turned into the interactions Discord would send: INTERACTION_CREATE through the
 * local gateway, Réso's callbacks checked strictly by the local Discord.
 */
import type { InteractionHandle, LocalDiscord } from "../test/discord-server/index.js";
import type { ActionRequest, ActionResponse } from "./web/protocol.js";

/** Discord waits 3 s for the first answer; a little more here so a late answer is reported as such. */
const ACK_WAIT_MS = 3500;

export async function perform(discord: LocalDiscord, request: ActionRequest): Promise<ActionResponse> {
  let handle: InteractionHandle;
  try {
    handle = await dispatch(discord, request);
  } catch (error) {
    // The local Discord refuses what a Discord client could not send (unknown option, disabled button...).
    return { error: error instanceof Error ? error.message : String(error) };
  }
  try {
    await handle.response(ACK_WAIT_MS);
  } catch {
    return { error: "no-answer" };
  }
  const modal = handle.modal();
  const choices = handle.autocompleteChoices();
  return {
    ...(modal ? { modal } : {}),
    ...(choices ? { choices: choices.map(({ name, value }) => ({ name, value })) } : {}),
  };
}

function dispatch(discord: LocalDiscord, request: ActionRequest): Promise<InteractionHandle> {
  const guildId = discord.guilds[0]?.id;
  const actor = { guildId, channelId: request.channelId, userId: request.userId, locale: request.locale };
  switch (request.kind) {
    case "command":
      return discord.sendCommand({ ...actor, name: request.name, options: request.options });
    case "autocomplete":
      return discord.sendAutocomplete({ ...actor, name: request.name, options: request.options });
    case "button":
    case "select": {
      const message = discord.message(request.messageId);
      if (!message) return Promise.reject(new Error(`message ${request.messageId} is gone`));
      const { channelId: _channel, ...who } = actor;
      return request.kind === "button"
        ? discord.clickButton({ ...who, message, customId: request.customId })
        : discord.selectMenu({ ...who, message, customId: request.customId, values: request.values });
    }
    case "modal":
      return discord.submitModal({ ...actor, customId: request.customId, fields: request.fields });
  }
}
