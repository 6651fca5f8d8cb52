import { Client, disableValidators, Events, GatewayIntentBits, Options } from "discord.js";
import { ChartRenderer } from "../charts/chartRenderer.js";
import { loadCoursePack } from "../content/index.js";
import { catalogOf } from "../discord/catalog.js";
import type { BotContext, Event, RunningService, Service } from "../discord/contracts.js";
import { LiveRoundDriver } from "../discord/liveRounds.js";
import { loadCommands, loadEvents, loadServices } from "../discord/loader.js";
import { reminderSender } from "../discord/reminders.js";
import { InteractionRouter } from "../discord/router.js";
import { discordPoster } from "../discord/tips.js";
import { type Clock, systemClock } from "../domain/clock.js";
import { createCourseGrader } from "../domain/grading/course-grader.js";
import { lazyGrader } from "../domain/grading/lazy.js";
import { GuildSettingsRepository } from "../domain/guildSettings.js";
import { KeyedLock } from "../domain/locks.js";
import { PROFILE_CACHE_BYTES, profileCache } from "../domain/quiz/profileCache.js";
import { QuizService } from "../domain/quiz/quizService.js";
import { ReviewReminders } from "../domain/reminders/reviewReminders.js";
import { loadPublicHolidays } from "../domain/tips/publicHolidays.js";
import { DailyTips } from "../domain/tips/tipsService.js";
import { WrittenAnswers } from "../domain/written/writtenAnswers.js";
import { Stores } from "../store/store.js";
import type { Config } from "./config.js";
import type { Logger } from "./logger.js";
import { beginRun } from "./recovery.js";

export interface RunningBot {
  readonly context: BotContext;
  /** Closes the gateway, then the store: what SIGINT and SIGTERM do. */
  stop(): Promise<void>;
}

/**
 * Builds everything from the validated config, in the order that fails fastest and clearest: content,
 * handlers, store, then the gateway login. Throws ContentError, LoaderError, StoreError or discord.js's
 * TokenInvalid; the entry point turns them into one line each.
 */
export async function startBot(config: Config, logger: Logger, clock: Clock = systemClock): Promise<RunningBot> {
  // The course pack, read from its folder at every start: a restart shows a teacher's edit, no build needed.
  const pack = loadCoursePack(config.contentDir);
  const catalog = catalogOf(pack);
  // The holiday calendar's data is big: loaded once here, never on an interaction or a tips check.
  const [commands, events, services, holidays] = await Promise.all([
    loadCommands(pack),
    loadEvents(),
    loadServices(),
    loadPublicHolidays(),
  ]);
  const stores = await Stores.open(config.databaseUrl, logger);

  // discord.js's builders check every call (setColor, setAuthor…) with validators that build an Error for each
  // optional field left out: 7 % of the CPU of an answer (docs/benchmarks.md). Réso's views stay checked by the
  // unit tests, which build them with the validators on, and by the local Discord's strict schemas in end-to-end tests.
  disableValidators();

  const client = createClient(config);
  const context = buildContext({ config, logger, clock, pack, catalog, holidays, stores, client, commands });
  const forgets: ForgetsProfiles = { resoForgetProfile: (key) => context.quiz.profiles.forget(key) };
  Object.assign(client, forgets);
  listen(context, events);
  const stopServices = startServicesWhenReady(context, services);

  // Before the login, so before any interaction: after an unclean stop, leaderboards are rebuilt from the profiles.
  const run = await beginRun({
    stores,
    quiz: context.quiz,
    client,
    seasonOf: async (guildId) => (await context.guildSettings.get(guildId)).season,
    logger,
  });

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await stopServices();
      // discord.js reports the gateway it closes itself as "reconnecting": not a lost connection to warn about.
      client.removeAllListeners(Events.ShardReconnecting);
      await client.destroy().catch((error: unknown) => logger.warn({ err: error }, "gateway close failed"));
      // The leaderboards' and class statistics' changes that follow the last answers, stored before the store closes.
      await context.quiz.settled();
      await run.end().catch((error: unknown) => logger.warn({ err: error }, "could not record the clean stop"));
      await context.charts
        .close()
        .catch((error: unknown) => logger.warn({ err: error }, "chart worker failed to stop"));
      await stores.close();
    })();
    return stopping;
  };

  try {
    await client.login(config.discordToken);
  } catch (error) {
    await stop();
    throw error;
  }
  return { context, stop };
}

function createClient(config: Config): Client {
  return new Client({
    // A slash-command bot needs no privileged intent: Guilds gives channels, roles and our own member.
    intents: [GatewayIntentBits.Guilds],
    rest: { api: config.discordApiUrl },
    allowedMentions: { parse: [] },
    // Réso never reads cached messages, members or users: each interaction carries the ones it needs. Left to the
    // defaults, every clicked message (200 a channel) and every member who ever clicked stays in memory for good.
    // Only the bot's own member and user are kept (channel permission checks read them).
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user?.id },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user?.id },
    }),
  });
}

/**
 * A profile of a guild this process does not own was written (a quiz in the DMs reaches shard 0 whatever the
 * guild): the shard that owns it drops its copy, so that its cache stays exact (src/domain/writeThroughCache.ts).
 */
function forgetOnOtherShards(client: Client, key: string, logger: Logger): void {
  client.shard
    ?.broadcastEval(
      (shardClient, { key }) => {
        (shardClient as unknown as Partial<ForgetsProfiles>).resoForgetProfile?.(key);
      },
      { context: { key } },
    )
    .catch((error: unknown) => logger.warn({ err: error }, "could not tell the other shards to forget a profile"));
}

/** What `forgetOnOtherShards` calls in each shard process (set on its client by startBot). */
interface ForgetsProfiles {
  resoForgetProfile(key: string): void;
}

/** Every service of the bot, each built once: what commands, events and services are given. */
function buildContext(
  parts: Pick<
    BotContext,
    "config" | "logger" | "clock" | "pack" | "catalog" | "holidays" | "stores" | "client" | "commands"
  >,
): BotContext {
  const { clock, pack, catalog, stores, client, logger } = parts;
  // Built once connected (or at the first written answer, if sooner): off the way to the gateway login.
  const courseGrader = lazyGrader(() => createCourseGrader(pack));
  client.once(Events.ClientReady, () => {
    try {
      courseGrader.warm();
    } catch (error) {
      // The rubric's expressions are checked by its test; should one still break, /reponse says so, the rest runs.
      logger.error({ err: error }, "grader failed to build");
    }
  });
  const locks = new KeyedLock();
  const guildSettings = new GuildSettingsRepository(stores.namespace("settings"), locks);
  const quizStore = stores.namespace("quiz");
  const quiz = new QuizService({
    store: quizStore,
    profiles: profileCache(quizStore, PROFILE_CACHE_BYTES, {
      owns: (guildId) => client.guilds.cache.has(guildId),
      onForeignWrite: (key) => forgetOnOtherShards(client, key, logger),
    }),
    clock,
    locks,
    bank: pack.quiz,
    settingsOf: (guildId) => guildSettings.get(guildId),
    startNewSeason: async (guildId) => {
      await guildSettings.update(guildId, (current) => ({ season: current.season + 1 }));
    },
  });
  return {
    ...parts,
    locks,
    guildSettings,
    quiz,
    written: new WrittenAnswers({
      grader: courseGrader.grader,
      quiz,
      store: stores.namespace("written"),
      clock,
      locks,
      timeZoneOf: async (guildId) => (await guildSettings.get(guildId)).timeZone,
    }),
    tips: new DailyTips({
      store: stores.namespace("tips"),
      guildSettings,
      locks,
      clock,
      tips: pack.tips,
      post: discordPoster(client, catalog),
      holidays: parts.holidays,
      logger,
    }),
    reminders: new ReviewReminders({
      store: stores.namespace("reminders"),
      locks,
      clock,
      timeZoneOf: async (guildId) => (await guildSettings.get(guildId)).timeZone,
      dueToday: async (guildId, userId) => (await quiz.forecast(guildId, await quiz.profile(guildId, userId))).dueToday,
      send: reminderSender(client),
      logger,
    }),
    live: new LiveRoundDriver({ client, stores, clock, locks, quiz, catalog, logger }),
    charts: new ChartRenderer({
      worker: new URL("../charts/renderWorker.js", import.meta.url),
      onWorkerError: (error) => logger.error({ err: error }, "chart worker failed: pictures left out"),
    }),
    router: new InteractionRouter(parts.commands),
  };
}

/** Each event handler behind its own boundary: a failing handler is logged, the others still run. */
function listen(context: BotContext, events: readonly Event[]): void {
  for (const event of events) {
    const listener = async (...args: unknown[]) => {
      try {
        await (event.execute as (context: BotContext, ...rest: unknown[]) => unknown)(context, ...args);
      } catch (error) {
        context.logger.error({ err: error, event: event.name }, "event handler failed");
      }
    };
    if (event.once) context.client.once(event.name, listener);
    else context.client.on(event.name, listener);
  }
}

/**
 * Services start once the caches are filled (they look up guilds and channels); the function returned stops
 * those that started, last first, before the store closes.
 */
function startServicesWhenReady(context: BotContext, services: readonly Service[]): () => Promise<void> {
  const started: { name: string; running: RunningService }[] = [];
  context.client.once(Events.ClientReady, async () => {
    for (const service of services) {
      try {
        started.push({ name: service.name, running: await service.start(context) });
      } catch (error) {
        context.logger.error({ err: error, service: service.name }, "service failed to start");
      }
    }
  });
  return async () => {
    for (const service of started.reverse()) {
      await Promise.resolve()
        .then(() => service.running.stop())
        .catch((error: unknown) =>
          context.logger.warn({ err: error, service: service.name }, "service failed to stop"),
        );
    }
  };
}
