import type { Interaction } from "discord.js";
import { localeOf } from "../content/locale.js";
import { stringsFor } from "../content/strings.js";
import type { BotContext, LoadedCommand } from "./contracts.js";
import { parseCustomId } from "./customId.js";
import { answerPrivately, reportInteractionError } from "./respond.js";

/**
 * Routes every interaction to its command, behind one error boundary. Commands are looked up by name,
 * components and modals by the command prefix of their custom ID.
 */
export class InteractionRouter {
  constructor(private readonly commands: ReadonlyMap<string, LoadedCommand>) {}

  async route(interaction: Interaction, context: BotContext): Promise<void> {
    try {
      await this.#dispatch(interaction, context);
    } catch (error) {
      await reportInteractionError(interaction, error, context.logger);
    }
  }

  async #dispatch(interaction: Interaction, context: BotContext): Promise<void> {
    const strings = stringsFor(localeOf(interaction.locale));
    if (interaction.isAutocomplete()) {
      const command = this.commands.get(interaction.commandName);
      if (command?.autocomplete && (!command.guildOnly || interaction.inGuild())) {
        await command.autocomplete(interaction, context);
      } else {
        await interaction.respond([]);
      }
      return;
    }
    if (interaction.isChatInputCommand()) {
      const command = this.commands.get(interaction.commandName);
      if (!command) {
        await answerPrivately(interaction, { content: strings.common.unknownCommand });
      } else if (command.guildOnly && !interaction.inGuild()) {
        await answerPrivately(interaction, { content: strings.common.guildOnly });
      } else {
        await command.execute(interaction, context);
      }
      return;
    }
    if (interaction.isMessageComponent() || interaction.isModalSubmit()) {
      const parsed = parseCustomId(interaction.customId);
      const command = parsed ? this.commands.get(parsed.command) : undefined;
      const handler = parsed ? command?.components?.[parsed.action] : undefined;
      if (!parsed || !command || !handler) {
        await answerPrivately(interaction, { content: strings.common.unknownComponent });
      } else if (command.guildOnly && !interaction.inGuild()) {
        await answerPrivately(interaction, { content: strings.common.guildOnly });
      } else {
        await handler(interaction, parsed.args, context);
      }
      return;
    }
    if (interaction.isRepliable()) {
      // Context-menu commands and future interaction kinds: nothing here handles them yet.
      await answerPrivately(interaction, { content: strings.common.unknownCommand });
    }
  }
}
