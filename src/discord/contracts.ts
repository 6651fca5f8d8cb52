import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChannelSelectMenuInteraction,
  ChatInputCommandInteraction,
  Client,
  ClientEvents,
  Interaction,
  MessageComponentInteraction,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  StringSelectMenuInteraction,
  UserSelectMenuInteraction,
} from "discord.js";
import { z } from "zod";
import type { Config } from "../app/config.js";
import type { Logger } from "../app/logger.js";
import type { ChartRenderer } from "../charts/chartRenderer.js";
import type { Locale } from "../content/locale.js";
import type { Strings } from "../content/strings.js";
import type { CoursePack } from "../content/types.js";
import type { Clock } from "../domain/clock.js";
import type { CourseCatalog } from "../domain/course.js";
import type { GuildSettingsRepository } from "../domain/guildSettings.js";
import type { KeyedLock } from "../domain/locks.js";
import type { QuizService } from "../domain/quiz/quizService.js";
import type { PublicHolidays } from "../domain/tips/publicHolidays.js";
import type { DailyTips } from "../domain/tips/tipsService.js";
import type { WrittenAnswers } from "../domain/written/writtenAnswers.js";
import type { Stores } from "../store/store.js";
import type { LiveRoundDriver } from "./liveRounds.js";

/**
 * The contracts between the bot and its parts: what every command, event and service is given (BotContext) and
 * what each must export. The loader checks every module against the predicates below before the bot starts.
 */

/** What every command, event handler and service may use: built once by `startBot`, passed explicitly. */
export interface BotContext {
  readonly config: Config;
  readonly logger: Logger;
  readonly stores: Stores;
  /** The course pack, as loaded and checked at start. */
  readonly pack: CoursePack;
  readonly catalog: CourseCatalog;
  /** Public holidays by country and region, loaded once at start. */
  readonly holidays: PublicHolidays;
  readonly clock: Clock;
  readonly locks: KeyedLock;
  readonly guildSettings: GuildSettingsRepository;
  readonly quiz: QuizService;
  readonly written: WrittenAnswers;
  /** The daily tips, shared by their scheduler (the dailyTips service) and the commands. */
  readonly tips: DailyTips;
  /** Live rounds in their channels, shared by `/quiz-classe`, the erasure of a member and the liveRounds service. */
  readonly live: LiveRoundDriver;
  /** Draws `/rapport`'s and `/score`'s pictures on a worker thread, cached until new answers change them. */
  readonly charts: ChartRenderer;
  readonly client: Client;
  readonly router: InteractionRoute;
  readonly commands: ReadonlyMap<string, LoadedCommand>;
}

/** Where every interaction goes (the InteractionRouter): one error boundary. */
export interface InteractionRoute {
  route(interaction: Interaction, context: BotContext): Promise<void>;
}

/**
 * What the router resolves once per interaction and hands to the command with the bot's services: the member's
 * interface language, its strings, and the server (a string in a guild-only command, which never runs in DMs).
 */
export interface InteractionContext<GuildId extends string | null = string | null> extends BotContext {
  readonly locale: Locale;
  readonly strings: Strings;
  readonly guildId: GuildId;
}

/** The interaction each kind of component hands its handler; the router checks the kind before calling it. */
export interface ComponentInteractions {
  button: ButtonInteraction;
  stringSelect: StringSelectMenuInteraction;
  userSelect: UserSelectMenuInteraction;
  channelSelect: ChannelSelectMenuInteraction;
  modal: ModalSubmitInteraction;
}

export type ComponentKind = keyof ComponentInteractions;

/** A button, select menu or modal submit routed to its command by the custom ID "command:action:args…". */
export interface Component<GuildId extends string | null = string | null> {
  readonly kind: ComponentKind;
  handle(
    interaction: MessageComponentInteraction | ModalSubmitInteraction,
    args: readonly string[],
    context: InteractionContext<GuildId>,
  ): Promise<void>;
}

type ComponentHandler<Kind extends ComponentKind, GuildId extends string | null> = (
  interaction: ComponentInteractions[Kind],
  args: readonly string[],
  context: InteractionContext<GuildId>,
) => Promise<void>;

function component<Kind extends ComponentKind>(kind: Kind) {
  return <GuildId extends string | null = string | null>(handle: ComponentHandler<Kind, GuildId>) =>
    ({ kind, handle }) as Component<GuildId>;
}

/** `components: { next: button(async (interaction, args, context) => …) }`: the handler gets a ButtonInteraction. */
export const button = component("button");
export const stringSelect = component("stringSelect");
export const userSelect = component("userSelect");
export const channelSelect = component("channelSelect");
export const modal = component("modal");

/** What Discord registers for a command: its name, options and texts. */
export interface CommandData {
  readonly name: string;
  toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
}

interface CommandShape<GuildId extends string | null> {
  /**
   * The definition; a function of the course pack when it offers something of the course as choices (the study
   * questions of /quiz, /reponse, /quiz-classe): built once by the loader, for the pack Réso serves.
   */
  readonly data: CommandData | ((pack: CoursePack) => CommandData);
  execute(interaction: ChatInputCommandInteraction, context: InteractionContext<GuildId>): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: InteractionContext<GuildId>): Promise<void>;
  /** Handlers for this command's buttons, menus and modals, by action. */
  readonly components?: Readonly<Record<string, Component<GuildId>>>;
}

/** A command that needs a guild (scores, channels): it answers politely in DMs instead of running. */
export interface GuildCommand extends CommandShape<string> {
  readonly guildOnly: true;
}

/** A command that works anywhere, DMs included: it gets the guild id, or null. */
export interface AnywhereCommand extends CommandShape<string | null> {
  readonly guildOnly?: false;
}

/** One slash command: one file in src/commands, `export default { … } satisfies Command`. */
export type Command = GuildCommand | AnywhereCommand;

/** A command whose definition is built for the pack being served: what the router and /aide see. */
export type LoadedCommand = (Omit<GuildCommand, "data"> | Omit<AnywhereCommand, "data">) & {
  readonly data: CommandData;
};

export const commandDataPredicate = z.object({
  name: z.string().regex(/^[-_\p{Ll}\p{N}]{1,32}$/u),
  toJSON: z.function(),
});

const componentKinds = [
  "button",
  "stringSelect",
  "userSelect",
  "channelSelect",
  "modal",
] as const satisfies readonly ComponentKind[];

export const commandPredicate = z.object({
  data: z.union([commandDataPredicate, z.function()]),
  guildOnly: z.boolean().optional(),
  execute: z.function(),
  autocomplete: z.function().optional(),
  components: z
    .record(z.string().regex(/^[a-z-]+$/), z.object({ kind: z.enum(componentKinds), handle: z.function() }))
    .optional(),
});

/** One gateway/client event: one file in src/events named after it, `export default { … } satisfies Event<…>`. */
export interface Event<Name extends keyof ClientEvents = keyof ClientEvents> {
  readonly name: Name;
  readonly once?: boolean;
  execute(context: BotContext, ...args: ClientEvents[Name]): Promise<void> | void;
}

export const eventPredicate = z.object({
  name: z.string().min(1),
  once: z.boolean().optional(),
  execute: z.function(),
});

/** What stops a started service: what it has in flight finishes first. */
export interface RunningService {
  stop(): Promise<void> | void;
}

/**
 * A background job (the daily-tip scheduler, live rounds' timers, the daily backup): one file in src/services,
 * `export default { … } satisfies Service`. Started once the client is ready; the handle it returns is stopped
 * before the store closes. It keeps no state of its own beyond that handle.
 */
export interface Service {
  readonly name: string;
  start(context: BotContext): Promise<RunningService> | RunningService;
}

export const servicePredicate = z.object({
  name: z.string().min(1),
  start: z.function(),
});
