import { AttachmentBuilder } from "discord.js";
import type { ClassChartInput } from "../../charts/classChart.js";
import type { MemberChartInput } from "../../charts/memberChart.js";
import type { ChartStrings } from "../../content/chart-strings.js";
import type { Locale } from "../../content/locale.js";
import type { QuizStrings } from "../../content/quiz-strings.js";
import type { StudyQuestionNumber } from "../../content/types.js";
import type { ClassStats } from "../../domain/quiz/classStats.js";
import type { Profile } from "../../domain/quiz/quizService.js";
import { dailyActivity, memberWeeks } from "../../domain/report/chartData.js";
import type { ClassReport } from "../../domain/report/classReport.js";
import { truncate } from "../../domain/text.js";

export const REPORT_DAYS = 28;
export const SCORE_WEEKS = 8;
const MISSED_LABEL_LENGTH = 44;

/** Mastery (0–1) by study question number, in the order the charts show the questions. */
type Mastery = ReadonlyMap<StudyQuestionNumber, number>;

/** "3 nov." / "3 Nov": a local day as the chart axes show it. */
function dayLabel(day: string, strings: ChartStrings): string {
  return new Intl.DateTimeFormat(strings.dateLocale, { day: "numeric", month: "short", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

export function reportChartInput(input: {
  locale: Locale;
  report: ClassReport;
  stats: ClassStats;
  medians: Mastery;
  today: string;
  strings: ChartStrings;
  quiz: QuizStrings;
}): ClassChartInput {
  const { report, strings } = input;
  const date = new Intl.DateTimeFormat(strings.dateLocale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${input.today}T00:00:00Z`),
  );
  return {
    locale: input.locale,
    title: strings.reportTitle,
    subtitle: strings.reportSubtitle(date, report.masteryMembers),
    masteryTitle: strings.masteryTitle,
    meanLabel: strings.mean,
    medianLabel: strings.median,
    mastery: [...report.mastery].map(([question, mean]) => ({
      label: input.quiz.chapter(question),
      mean,
      median: input.medians.get(question) ?? 0,
    })),
    activityTitle: strings.activityTitle,
    days: dailyActivity(input.stats, input.today, REPORT_DAYS).map((day, index) => ({
      label: dayLabel(day.day, strings),
      members: day.members,
      // A label a week, the last on today.
      tick: (REPORT_DAYS - 1 - index) % 7 === 0,
    })),
    missedTitle: strings.missedTitle,
    missed: report.missed.map(({ item, tally }) => ({
      label: `${item.id} · ${truncate(item.prompt.replace(/\s+/g, " "), MISSED_LABEL_LENGTH)}`,
      share: tally.attempts === 0 ? 0 : tally.misses / tally.attempts,
      value: strings.missedValue(tally.misses, tally.attempts),
    })),
    noMissed: strings.noMissed,
  };
}

export function scoreChartInput(input: {
  locale: Locale;
  name: string;
  profile: Profile;
  member: Mastery;
  classMastery: Mastery;
  today: string;
  strings: ChartStrings;
  quiz: QuizStrings;
}): MemberChartInput {
  const { strings } = input;
  const days = memberWeeks(input.profile.activity, input.today, SCORE_WEEKS);
  const mondays = new Map(days.filter((day) => day.weekday === 0).map((day) => [day.week, dayLabel(day.day, strings)]));
  return {
    locale: input.locale,
    title: truncate(strings.scoreTitle(input.name), 48),
    masteryTitle: strings.scoreMasteryTitle,
    memberLabel: strings.you,
    classLabel: strings.theClass,
    mastery: [...input.member].map(([question, member]) => ({
      label: input.quiz.chapter(question),
      member,
      class: input.classMastery.get(question) ?? 0,
    })),
    activityTitle: strings.scoreActivityTitle,
    answersLabel: strings.answers,
    days: days.map((day) => ({
      week: day.week,
      weekLabel: mondays.get(day.week) ?? "",
      weekday: strings.weekdays[day.weekday] ?? "",
      answers: day.answers,
      today: day.day === input.today,
    })),
    weekdays: strings.weekdays,
  };
}

/** The picture as a message attachment; its description is the alternative text Discord gives screen readers. */
export function chartAttachment(png: Buffer, name: string, description: string): AttachmentBuilder {
  return new AttachmentBuilder(png, { name, description });
}
