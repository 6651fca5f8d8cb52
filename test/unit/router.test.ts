/**
 * The router on its own, with stand-in interactions: what it resolves once (language, strings, server), how it
 * checks a component's kind, and how the loader's predicate reads the component declarations.
 */
import { describe, expect, it, vi } from "vitest";
import { stringsFor } from "../../src/content/strings.js";
import {
  type BotContext,
  button,
  type ComponentKind,
  channelSelect,
  commandPredicate,
  type InteractionContext,
  type LoadedCommand,
  modal,
  stringSelect,
  userSelect,
} from "../../src/discord/contracts.js";
import { InteractionRouter } from "../../src/discord/router.js";

type Kind = ComponentKind | "command" | "autocomplete";

interface FakeInteraction {
  readonly replies: { content?: string; flags?: unknown }[];
  readonly responded: unknown[];
  [key: string]: unknown;
}

/** Just what the router and the private answer read of a discord.js interaction. */
function fakeInteraction(
  kind: Kind,
  { customId = "", commandName = "", locale = "fr", guildId = "guild-1" as string | null } = {},
): FakeInteraction {
  const replies: { content?: string }[] = [];
  const responded: unknown[] = [];
  const component = kind !== "command" && kind !== "autocomplete";
  return {
    replies,
    responded,
    id: "interaction-1",
    type: 3,
    user: { id: "user-1" },
    locale,
    guildId,
    customId,
    commandName,
    deferred: false,
    replied: false,
    inGuild: () => guildId !== null,
    isAutocomplete: () => kind === "autocomplete",
    isChatInputCommand: () => kind === "command",
    isCommand: () => kind === "command",
    isMessageComponent: () => component && kind !== "modal",
    isModalSubmit: () => kind === "modal",
    isButton: () => kind === "button",
    isStringSelectMenu: () => kind === "stringSelect",
    isUserSelectMenu: () => kind === "userSelect",
    isChannelSelectMenu: () => kind === "channelSelect",
    isRepliable: () => kind !== "autocomplete",
    reply: async (reply: { content?: string }) => {
      replies.push(reply);
    },
    respond: async (choices: unknown) => {
      responded.push(choices);
    },
  };
}

const bot = { logger: { error: vi.fn(), warn: vi.fn() } } as unknown as BotContext;

function route(commands: LoadedCommand[], interaction: FakeInteraction): Promise<void> {
  const router = new InteractionRouter(new Map(commands.map((command) => [command.data.name, command])));
  return router.route(interaction as never, bot);
}

const data = (name: string) => ({ name, toJSON: () => ({ name, description: name }) as never });

describe("InteractionRouter", () => {
  it("GIVEN a click on an action declared as a select menu THEN it is answered privately, the handler never runs", async () => {
    const handle = vi.fn(async () => {});
    const command: LoadedCommand = { data: data("demo"), execute: vi.fn(), components: { pick: stringSelect(handle) } };
    const french = fakeInteraction("button", { customId: "demo:pick" });
    const english = fakeInteraction("button", { customId: "demo:pick", locale: "en-GB" });
    await route([command], french);
    await route([command], english);
    expect(handle).not.toHaveBeenCalled();
    expect(french.replies).toEqual([{ content: stringsFor("fr").common.wrongComponent, flags: 64 }]);
    expect(english.replies).toEqual([{ content: stringsFor("en").common.wrongComponent, flags: 64 }]);
    expect(stringsFor("fr").common.wrongComponent).not.toBe(stringsFor("en").common.wrongComponent);
  });

  it("GIVEN each kind of component THEN the interaction of that kind reaches it, with its arguments and context", async () => {
    const declare = { button, stringSelect, userSelect, channelSelect, modal } as const;
    for (const kind of Object.keys(declare) as (keyof typeof declare)[]) {
      const seen: { args: readonly string[]; context: InteractionContext }[] = [];
      const component = declare[kind](async (_interaction, args, context) => {
        seen.push({ args, context });
      });
      const command: LoadedCommand = { data: data("demo"), execute: vi.fn(), components: { go: component } };
      await route([command], fakeInteraction(kind, { customId: "demo:go:7:b", locale: "en-US" }));
      expect(seen, kind).toHaveLength(1);
      expect(seen[0]?.args).toEqual(["7", "b"]);
      expect(seen[0]?.context.locale).toBe("en");
      expect(seen[0]?.context.strings).toBe(stringsFor("en"));
      expect(seen[0]?.context.guildId).toBe("guild-1");
      // The bot's services travel with it.
      expect(seen[0]?.context.logger).toBe(bot.logger);
    }
  });

  it("GIVEN a guild-only command THEN in a server it gets the guild id, in DMs it is politely refused", async () => {
    const execute = vi.fn(async (_interaction: unknown, _context: InteractionContext<string>) => {});
    const command: LoadedCommand = { data: data("demo"), guildOnly: true, execute };
    await route([command], fakeInteraction("command", { commandName: "demo", guildId: "guild-9" }));
    expect(execute).toHaveBeenCalledTimes(1);
    const context = execute.mock.calls[0]?.[1];
    expect(context?.guildId).toBe("guild-9");
    expect(context?.locale).toBe("fr");
    expect(context?.strings).toBe(stringsFor("fr"));

    const inDms = fakeInteraction("command", { commandName: "demo", guildId: null });
    await route([command], inDms);
    expect(execute).toHaveBeenCalledTimes(1);
    expect(inDms.replies).toEqual([{ content: stringsFor("fr").common.guildOnly, flags: 64 }]);
  });

  it("GIVEN a command that works anywhere, used in DMs THEN it runs with no guild id", async () => {
    const execute = vi.fn(async (_interaction: unknown, _context: InteractionContext) => {});
    const command: LoadedCommand = { data: data("demo"), execute };
    await route([command], fakeInteraction("command", { commandName: "demo", guildId: null, locale: "en-US" }));
    expect(execute.mock.calls[0]?.[1]).toMatchObject({ guildId: null, locale: "en" });
  });

  it("GIVEN an autocomplete THEN it gets the same context; in DMs a guild-only one gets an empty list", async () => {
    const autocomplete = vi.fn(async (_interaction: unknown, _context: InteractionContext<string>) => {});
    const command: LoadedCommand = { data: data("demo"), guildOnly: true, execute: vi.fn(), autocomplete };
    await route([command], fakeInteraction("autocomplete", { commandName: "demo", locale: "en-US" }));
    expect(autocomplete.mock.calls[0]?.[1]).toMatchObject({ guildId: "guild-1", locale: "en" });
    const inDms = fakeInteraction("autocomplete", { commandName: "demo", guildId: null });
    await route([command], inDms);
    expect(autocomplete).toHaveBeenCalledTimes(1);
    expect(inDms.responded).toEqual([[]]);
  });

  it("GIVEN a handler that throws THEN the error boundary answers in the member's language", async () => {
    const command: LoadedCommand = {
      data: data("demo"),
      execute: async () => {
        throw new Error("boom");
      },
    };
    const interaction = fakeInteraction("command", { commandName: "demo", locale: "en-US" });
    await route([command], interaction);
    expect(interaction.replies).toEqual([{ content: stringsFor("en").common.genericError, flags: 64 }]);
  });
});

describe("commandPredicate", () => {
  const command = (components: unknown) => ({ data: data("demo"), execute: async () => {}, components });

  it("GIVEN components declared with their kind THEN the loader accepts them", () => {
    expect(commandPredicate.safeParse(command({ go: button(async () => {}) })).success).toBe(true);
  });

  it("GIVEN a bare handler, or an unknown kind THEN the loader refuses the command", () => {
    expect(commandPredicate.safeParse(command({ go: async () => {} })).success).toBe(false);
    expect(commandPredicate.safeParse(command({ go: { kind: "slider", handle: async () => {} } })).success).toBe(false);
  });
});
