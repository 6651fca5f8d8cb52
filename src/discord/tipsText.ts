/** The lines `/config` writes about the daily tips: their settings, next and last post, and what is wrong. */
import type { TipsStrings } from "../content/tips-strings.js";
import { truncate } from "../domain/text.js";
import type { TipProblem, TipsStatus } from "../domain/tips/tipsService.js";
import { postingDaysText } from "./calendarText.js";
import type { InteractionContext } from "./contracts.js";
import { checkTipChannel, describeProblem, messageUrl } from "./tips.js";

/** What a line may read: the tips and their calendar, the clock, Discord (to check the channel), the reader. */
type TipsContext = Pick<InteractionContext<string>, "tips" | "client" | "clock" | "holidays" | "locale" | "guildId">;

/** A claim older than this with no outcome means Réso stopped while posting. */
const INTERRUPTED_AFTER_MS = 2 * 60_000;

export function lastPostLine(strings: TipsStrings, status: TipsStatus, context: TipsContext): string {
  const last = status.lastPosted;
  const lastTip = last ? context.tips.tip(last.tipId) : undefined;
  return last && lastTip
    ? strings.config.lastLine(
        truncate(lastTip.title, 300),
        unix(new Date(last.postedAt)),
        messageUrl(context.guildId, last.channelId, last.messageId),
      )
    : strings.config.lastNone;
}

/** What keeps tips from being posted: the channel checked live, and the last day's failure or interruption. */
export async function settingsProblems(
  strings: TipsStrings,
  status: TipsStatus,
  channelId: string,
  context: TipsContext,
): Promise<string[]> {
  const problems: string[] = [];
  const check = await checkTipChannel(context.client, context.guildId, channelId);
  if (!check.ok) problems.push(strings.config.channelProblem(describeProblem(check.problem, strings)));
  const day = status.lastDay;
  if (day?.status === "failed") {
    problems.push(
      strings.config.dayFailed(unix(new Date(day.claimedAt)), describeProblem(day.problem ?? unknownProblem, strings)),
    );
  } else if (
    day?.status === "claimed" &&
    context.clock.now().getTime() - Date.parse(day.claimedAt) > INTERRUPTED_AFTER_MS
  ) {
    problems.push(strings.config.dayInterrupted(unix(new Date(day.claimedAt))));
  }
  return problems;
}

export function settingsSummary(strings: TipsStrings, status: TipsStatus, context: TipsContext): string {
  const { config } = status;
  if (!config) return strings.config.notConfigured;
  return strings.config.summary(
    config.channelId,
    config.time,
    status.timeZone,
    postingDaysText(config.days, status.calendar, context.holidays, context.locale),
    config.enabled,
  );
}

export function nextPostLine(strings: TipsStrings, status: TipsStatus, context: TipsContext): string | undefined {
  if (!status.nextPost) return undefined;
  return status.nextPost.getTime() <= context.clock.now().getTime()
    ? strings.config.nextPostNow
    : strings.config.nextPost(unix(status.nextPost));
}

export function cannotPostLines(strings: TipsStrings, channelId: string, problem: TipProblem): string[] {
  const lines = [strings.config.cannotPost(channelId, describeProblem(problem, strings))];
  if (problem.kind === "missing-permissions") lines.push(strings.config.fixPermissions);
  return lines;
}

export const unknownProblem: TipProblem = { kind: "discord-error", message: "?" };

export function unix(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
