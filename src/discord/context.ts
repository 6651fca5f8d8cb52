import type { Client } from "discord.js";
import type { ChartRenderer } from "../charts/chartRenderer.js";
import type { LoadedCommand } from "../commands/index.js";
import type { Config } from "../config.js";
import type { CoursePack } from "../content/types.js";
import type { Clock } from "../domain/clock.js";
import type { CourseCatalog } from "../domain/course.js";
import type { GuildSettingsRepository } from "../domain/guildSettings.js";
import type { KeyedLock } from "../domain/locks.js";
import type { QuizService } from "../domain/quiz/quizService.js";
import type { PublicHolidays } from "../domain/tips/publicHolidays.js";
import type { WrittenAnswers } from "../domain/written/writtenAnswers.js";
import type { Logger } from "../logger.js";
import type { Stores } from "../store.js";
import type { InteractionRouter } from "./router.js";

/** What every command and event handler may use: built once at start, passed explicitly. */
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
  /** Draws `/rapport`'s and `/score`'s pictures on a worker thread, cached until new answers change them. */
  readonly charts: ChartRenderer;
  readonly client: Client;
  readonly router: InteractionRouter;
  readonly commands: ReadonlyMap<string, LoadedCommand>;
}
