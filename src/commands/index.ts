import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageComponentInteraction,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { z } from "zod";
import type { BotContext } from "../discord/context.js";

/** A button, select menu or modal submit routed to its command by the custom ID "command:action:args…". */
export type ComponentHandler = (
  interaction: MessageComponentInteraction | ModalSubmitInteraction,
  args: readonly string[],
  context: BotContext,
) => Promise<void>;

/** One slash command: one file in src/commands, `export default { … } satisfies Command`. */
export interface Command {
  readonly data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Commands that need a guild (scores, channels) answer politely in DMs instead of running. */
  readonly guildOnly?: boolean;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
  /** Handlers for this command's buttons, menus and modals, by action. */
  readonly components?: Readonly<Record<string, ComponentHandler>>;
}

/** What the loader checks every command module against before the bot starts. */
export const commandPredicate = z.object({
  data: z.object({ name: z.string().regex(/^[-_\p{Ll}\p{N}]{1,32}$/u), toJSON: z.function() }),
  guildOnly: z.boolean().optional(),
  execute: z.function(),
  autocomplete: z.function().optional(),
  components: z.record(z.string().regex(/^[a-z-]+$/), z.function()).optional(),
});
