import type { AttachmentBuilder, ChatInputCommandInteraction, Message } from "discord.js";
import { CLASS_CHART_SIZE, classChartSpec } from "../charts/classChart.js";
import { MEMBER_CHART_SIZE, memberChartSpec } from "../charts/memberChart.js";
import { chartStrings } from "../content/chart-strings.js";
import type { Locale } from "../content/locale.js";
import { quizStringsFor } from "../content/quiz-strings.js";
import { type ClassStats, classMastery } from "../domain/quiz/classStats.js";
import type { Profile } from "../domain/quiz/quizService.js";
import { itemsPerQuestion } from "../domain/report/chartData.js";
import type { ClassReport } from "../domain/report/classReport.js";
import type { BotContext } from "./contracts.js";
import { chartAttachment, reportChartInput, scoreChartInput } from "./views/charts.js";

type ChartContext = Pick<BotContext, "charts" | "quiz" | "logger" | "pack">;

/**
 * `/rapport`'s picture, or undefined if it could not be drawn: the text report says the same, so a failed
 * picture is logged and the report stands without it.
 */
export async function reportChartFile(
  { charts, logger, pack }: ChartContext,
  input: {
    guildId: string;
    locale: Locale;
    report: ClassReport;
    stats: ClassStats;
    today: string;
    /** The middle member's mastery per study question (ClassSummary.median: read with the report's profiles). */
    medians: ReadonlyMap<number, number>;
  },
): Promise<AttachmentBuilder | undefined> {
  const strings = chartStrings[input.locale];
  try {
    const chart = reportChartInput({
      ...input,
      strings,
      quiz: quizStringsFor(input.locale, pack),
    });
    const png = await charts.render(
      `rapport:${input.guildId}:${input.locale}`,
      classChartSpec(chart),
      CLASS_CHART_SIZE,
    );
    return chartAttachment(png, strings.reportFileName(input.today), strings.reportAlt);
  } catch (error) {
    logger.warn({ err: error, guildId: input.guildId }, "report chart not drawn");
    return undefined;
  }
}

/** `/score`'s picture for the member themself, or undefined if it could not be drawn (logged). */
export async function scoreChartFile(
  { charts, quiz, logger, pack }: ChartContext,
  input: { guildId: string; userId: string; locale: Locale; name: string; profile: Profile; today: string },
): Promise<AttachmentBuilder | undefined> {
  const strings = chartStrings[input.locale];
  try {
    const chart = scoreChartInput({
      ...input,
      member: quiz.mastery(input.profile),
      classMastery: classMastery(await quiz.stats.read(input.guildId), itemsPerQuestion(quiz.bank)),
      strings,
      quiz: quizStringsFor(input.locale, pack),
    });
    const key = `score:${input.guildId}:${input.userId}:${input.locale}`;
    const png = await charts.render(key, memberChartSpec(chart), MEMBER_CHART_SIZE);
    return chartAttachment(png, strings.scoreFileName, strings.scoreAlt);
  } catch (error) {
    logger.warn({ err: error, guildId: input.guildId }, "score chart not drawn");
    return undefined;
  }
}

/**
 * Adds the class's picture to the `/rapport` reply already sent, keeping its CSV: the figures never wait for the
 * drawing. Never throws: without a picture the report stands as it is.
 */
export async function attachReportChart(
  interaction: ChatInputCommandInteraction,
  sent: Message,
  context: ChartContext,
  input: Parameters<typeof reportChartFile>[1],
): Promise<void> {
  const chart = await reportChartFile(context, input);
  if (!chart) return;
  await interaction
    // The CSV is kept by its id alone: Discord's schema takes no other field of an existing attachment.
    .editReply({ files: [chart], attachments: sent.attachments.map((attachment) => ({ id: attachment.id })) })
    .catch((error: unknown) =>
      context.logger.warn({ err: error, guildId: input.guildId }, "report chart not attached"),
    );
}

/**
 * Adds the member's picture to the `/score` reply already sent: the figures never wait for a drawing (fifty
 * members asking at once share one worker). Never throws: without a picture the reply stands as it is.
 */
export async function attachScoreChart(
  interaction: ChatInputCommandInteraction,
  context: ChartContext,
  input: Parameters<typeof scoreChartFile>[1],
): Promise<void> {
  const chart = await scoreChartFile(context, input);
  if (!chart) return;
  await interaction
    .editReply({ files: [chart] })
    .catch((error: unknown) => context.logger.warn({ err: error, guildId: input.guildId }, "score chart not attached"));
}
