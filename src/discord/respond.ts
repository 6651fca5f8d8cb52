import {
  DiscordAPIError,
  type Interaction,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageComponentInteraction,
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
 * How long a component's work (an answer's store write) may run before the interaction is acknowledged: Discord
 * shows "This interaction failed" when nothing answers within 3 s, and the acknowledgement itself takes a trip.
 */
export const DEFER_AFTER_MS = 2_000;

/** Interactions acknowledged by `deferIfSlow`: what they show next is an edit of their message, or a follow-up. */
const deferredUpdates = new WeakSet<object>();

/**
 * Runs a component's work (an answer, a lesson's practice) and returns its result; if it has not finished within
 * DEFER_AFTER_MS (a wedged store), the interaction is acknowledged first with deferUpdate, which leaves the message
 * as it is. What the handler shows afterwards goes through `updateMessage` or `answerPrivately`, which then edit the
 * message or follow up; if the work fails, the error boundary's message follows privately and the message keeps
 * its buttons, so the member can answer again (a counted answer is never counted twice).
 */
export async function deferIfSlow<T>(interaction: MessageComponentInteraction, work: () => Promise<T>): Promise<T> {
  let deferring: Promise<void> | undefined;
  const timer = setTimeout(() => {
    if (interaction.deferred || interaction.replied) return;
    deferredUpdates.add(interaction);
    // Should the acknowledgement fail (the interaction expired), the handler's own answer fails and is logged.
    deferring = interaction.deferUpdate().then(
      () => undefined,
      () => {
        deferredUpdates.delete(interaction);
      },
    );
  }, DEFER_AFTER_MS);
  try {
    return await work();
  } finally {
    clearTimeout(timer);
    await deferring;
  }
}

/** Shows a new state of the component's message: an update, or an edit once `deferIfSlow` acknowledged it. */
export async function updateMessage(
  interaction: MessageComponentInteraction,
  options: InteractionUpdateOptions,
): Promise<void> {
  if (deferredUpdates.has(interaction)) await interaction.editReply(options);
  else await interaction.update(options);
}

/**
 * Answers privately whatever state the interaction is in (Skyra's three-way branch): a first answer is a
 * reply, a deferred one is completed with editReply, an already answered one gets a follow-up. A component
 * acknowledged by `deferIfSlow` gets a follow-up too: an edit would replace the message it was clicked on.
 */
export async function answerPrivately(interaction: RepliableInteraction, reply: PrivateReply): Promise<void> {
  if (deferredUpdates.has(interaction)) {
    await interaction.followUp({ ...reply, flags: MessageFlags.Ephemeral });
  } else if (interaction.deferred && !interaction.replied) {
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
