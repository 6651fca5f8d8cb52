import { EmbedBuilder } from "discord.js";
import type { TipsStrings } from "../../content/tips-strings.js";
import { truncate } from "../../domain/text.js";
import { palette } from "./palette.js";

/** What `/config voir` found: the lines are written by the command, checked live against Discord. */
export interface TipsSettingsStatus {
  /** The tips' channel, time and days, or "not configured". */
  readonly summary: string;
  readonly timeZone: string;
  /** The title and lines of the days with no tip (public holidays, school breaks). */
  readonly daysOff: { readonly title: string; readonly lines: string };
  /** For configured tips only: the next post, the last one, and what is wrong. */
  readonly details?: { readonly next: string; readonly last: string; readonly problems: readonly string[] };
}

/** `/config voir`: the tips' settings, the days off, and when tips are configured, the next and last post. */
export function tipsSettingsView(status: TipsSettingsStatus, strings: TipsStrings): EmbedBuilder {
  const embed = new EmbedBuilder()
    .setColor(palette.course)
    .setTitle(strings.config.statusTitle)
    .addFields(
      { name: strings.config.tipsField, value: status.summary },
      { name: strings.config.timeZoneField, value: `${status.timeZone}\n${strings.config.timeZoneShared}` },
      { name: status.daysOff.title, value: status.daysOff.lines },
    );
  const { details } = status;
  if (details) {
    embed.addFields(
      { name: strings.config.nextField, value: details.next },
      { name: strings.config.lastField, value: truncate(details.last, 1024) },
      {
        name: strings.config.problemsField,
        value: truncate(details.problems.join("\n") || strings.config.noProblem, 1024),
      },
    );
  }
  return embed;
}
