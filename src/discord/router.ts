import type { Interaction, MessageComponentInteraction, ModalSubmitInteraction } from "discord.js";
import { localeOf } from "../content/locale.js";
import { stringsFor } from "../content/strings.js";
import type {
  BotContext,
  ComponentInteractions,
  ComponentKind,
  InteractionContext,
  LoadedCommand,
} from "./contracts.js";
import { parseCustomId } from "./customId.js";
import { answerPrivately, reportInteractionError } from "./respond.js";

type RoutedComponent = MessageComponentInteraction | ModalSubmitInteraction;

/** Whether an interaction is of the kind a component declared. */
const isKind: {
  [Kind in ComponentKind]: (interaction: RoutedComponent) => interaction is ComponentInteractions[Kind];
} = {
  button: (interaction) => interaction.isButton(),
  stringSelect: (interaction) => interaction.isStringSelectMenu(),
  userSelect: (interaction) => interaction.isUserSelectMenu(),
  channelSelect: (interaction) => interaction.isChannelSelectMenu(),
  modal: (interaction) => interaction.isModalSubmit(),
};

/**
 * Routes every interaction to its command, behind one error boundary. Commands are looked up by name,
 * components and modals by the command prefix of their custom ID. The member's language, its strings and the
 * server are resolved here, once, and handed to the command with the bot's services.
 */
export class InteractionRouter {
  constructor(private readonly commands: ReadonlyMap<string, LoadedCommand>) {}

  async route(interaction: Interaction, bot: BotContext): Promise<void> {
    const locale = localeOf(interaction.locale);
    const context: InteractionContext = { ...bot, locale, strings: stringsFor(locale), guildId: interaction.guildId };
    try {
      await this.#dispatch(interaction, context);
    } catch (error) {
      await reportInteractionError(interaction, error, context.logger, context.strings.common);
    }
  }

  async #dispatch(interaction: Interaction, context: InteractionContext): Promise<void> {
    const { strings } = context;
    if (interaction.isAutocomplete()) {
      const command = this.commands.get(interaction.commandName);
      const scoped = command && contextFor(command, context);
      if (command?.autocomplete && scoped) await command.autocomplete(interaction, scoped);
      else await interaction.respond([]);
      return;
    }
    if (interaction.isChatInputCommand()) {
      const command = this.commands.get(interaction.commandName);
      const scoped = command && contextFor(command, context);
      if (!command) await answerPrivately(interaction, { content: strings.common.unknownCommand });
      else if (!scoped) await answerPrivately(interaction, { content: strings.common.guildOnly });
      else await command.execute(interaction, scoped);
      return;
    }
    if (interaction.isMessageComponent() || interaction.isModalSubmit()) {
      const parsed = parseCustomId(interaction.customId);
      const command = parsed ? this.commands.get(parsed.command) : undefined;
      const component = parsed ? command?.components?.[parsed.action] : undefined;
      const scoped = command && contextFor(command, context);
      if (!parsed || !component) {
        await answerPrivately(interaction, { content: strings.common.unknownComponent });
      } else if (!scoped) {
        await answerPrivately(interaction, { content: strings.common.guildOnly });
      } else if (!isKind[component.kind](interaction)) {
        // A message from an older Réso whose action has since become another kind of component.
        await answerPrivately(interaction, { content: strings.common.wrongComponent });
      } else {
        await component.handle(interaction, parsed.args, scoped);
      }
      return;
    }
    if (interaction.isRepliable()) {
      // Context-menu commands and future interaction kinds: nothing here handles them yet.
      await answerPrivately(interaction, { content: strings.common.unknownCommand });
    }
  }
}

/**
 * The context `command` runs with, or undefined when it needs a server and the interaction comes from DMs. A
 * guild-only command is only ever given a guild id; one that works anywhere declares it nullable.
 */
function contextFor(command: LoadedCommand, context: InteractionContext): InteractionContext<string> | undefined {
  if (command.guildOnly && context.guildId === null) return undefined;
  return context as InteractionContext<string>;
}
