import {
  DiscordAPIError,
  type Interaction,
  type InteractionReplyOptions,
  MessageFlags,
  RESTJSONErrorCodes,
} from "discord.js";
import type { Logger } from "../app/logger.js";
import type { Strings } from "../content/strings.js";
import { isStoreUnavailable } from "../store/store.js";

/** What a private answer carries; mentions never ping (the client's default) unless a caller asks for it. */
export type PrivateReply = Omit<InteractionReplyOptions, "flags" | "withResponse" | "fetchReply">;

type RepliableInteraction = Extract<Interaction, { reply: unknown }>;

/**
 * Answers privately whatever state the interaction is in (Skyra's three-way branch): a first answer is a
 * reply, a deferred one is completed with editReply, an already answered one gets a follow-up.
 */
export async function answerPrivately(interaction: RepliableInteraction, reply: PrivateReply): Promise<void> {
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(reply);
  } else if (interaction.replied || interaction.deferred) {
    await interaction.followUp({ ...reply, flags: MessageFlags.Ephemeral });
  } else {
    await interaction.reply({ ...reply, flags: MessageFlags.Ephemeral });
  }
}

/**
 * The one error boundary of every interaction: log the details, tell the user in a short private message,
 * never throw (the error reply itself may fail: the interaction may have expired, the channel be gone).
 */
export async function reportInteractionError(
  interaction: Interaction,
  error: unknown,
  logger: Logger,
  strings: Strings["common"],
): Promise<void> {
  logger.error(
    {
      err: error,
      interaction: {
        id: interaction.id,
        type: interaction.type,
        user: interaction.user.id,
        guild: interaction.guildId,
      },
      command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
      customId: interaction.isMessageComponent() || interaction.isModalSubmit() ? interaction.customId : undefined,
    },
    "interaction failed",
  );
  try {
    if (interaction.isAutocomplete()) {
      // An autocomplete cannot carry a message; an empty list is the polite failure.
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    // A store outage gets its own message: the user's action may not be saved, and retrying is safe.
    await answerPrivately(interaction, {
      content: isStoreUnavailable(error) ? strings.storeUnavailable : strings.genericError,
    });
  } catch (replyError) {
    logger.warn(
      { err: replyError, interaction: interaction.id },
      isExpired(replyError) ? "interaction expired before the error reply" : "error reply failed",
    );
  }
}

function isExpired(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    (error.code === RESTJSONErrorCodes.UnknownInteraction ||
      error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged)
  );
}
