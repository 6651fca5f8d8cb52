import {
  ApplicationIntegrationType,
  AttachmentBuilder,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from "discord.js";
import { classCommandTexts, classStrings, reportCsvColumns } from "../content/class-strings.js";
import { privacyStrings } from "../content/privacy-strings.js";
import { quizStringsFor } from "../content/quiz-strings.js";
import { attachReportChart } from "../discord/charts.js";
import { button, type Command } from "../discord/contracts.js";
import { localize } from "../discord/localize.js";
import { memberEraseHandlers } from "../discord/memberErasure.js";
import { moderator } from "../discord/moderators.js";
import { answerPrivately } from "../discord/respond.js";
import { row } from "../discord/views/layout.js";
import { eraseMemberButton } from "../discord/views/privacy.js";
import { reportActions, reportView, resetConfirmView } from "../discord/views/report.js";
import { itemsPerQuestion } from "../domain/report/chartData.js";
import { buildReport, guildProfileChunks } from "../domain/report/classReport.js";
import { summarizeClass } from "../domain/report/classSummary.js";
import { csvAttachment, reportCsv } from "../domain/report/reportCsv.js";
import { localDay } from "../domain/time.js";

export default {
  data: localize(new SlashCommandBuilder(), classCommandTexts.rapport)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall),
  guildOnly: true,

  async execute(interaction, context) {
    const { quiz, stores, guildSettings, clock, pack } = context;
    const { locale, guildId } = context;
    const strings = classStrings[locale];
    // Reading every profile for the CSV may take a moment on a big server.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const settings = await guildSettings.get(guildId);
    const today = localDay(clock.now(), settings.timeZone);
    // Participation and misses: one key each (kept up to date on every answer). Profiles: each read once, in one
    // pass that keeps a row per member and serves the event loop as it goes (docs/benchmarks.md, 100,000 members).
    const [stats, board, summary] = await Promise.all([
      quiz.stats.read(guildId),
      quiz.leaderboard(guildId),
      summarizeClass({
        profiles: guildProfileChunks(stores.namespace("quiz"), guildId, settings.season),
        mastery: (profile) => quiz.mastery(profile),
        questions: pack.questions.map((question) => question.number),
        itemsPerQuestion: itemsPerQuestion(quiz.bank),
        today,
      }),
    ]);
    const report = buildReport({ stats, board, summary, item: (id) => quiz.item(id) });
    const csv = await csvAttachment(
      await reportCsv({ summary, headers: reportCsvColumns }),
      strings.csvFileName(today),
    );
    // The profiles were read anyway: the class statistics' mastery counts (what /score compares with) are set right.
    await quiz.stats.add(guildId, { kind: "mastery", mastered: summary.mastered });
    const view = reportView(report, settings.season, strings, quizStringsFor(locale, pack));
    const sent = await interaction.editReply({
      ...view,
      // Zipped past Discord's size limit, or left out when even the ZIP is over it (a note says which).
      content: csv ? (csv.zipped ? strings.csvZipped : undefined) : strings.csvTooLarge,
      components: [...view.components, row(eraseMemberButton(privacyStrings[locale]))],
      files: csv ? [new AttachmentBuilder(csv.data, { name: csv.name, description: strings.reportTitle })] : [],
    });
    await attachReportChart(interaction, sent, context, {
      guildId,
      locale,
      report,
      stats,
      today,
      medians: summary.median,
    });
  },

  components: {
    // Erasing a member's data (RGPD), e.g. a pupil who left: src/discord/memberErasure.ts.
    ...memberEraseHandlers,
    /** "rapport:term:<season>": asks to confirm a new term, privately. */
    [reportActions.newTerm]: button(async (interaction, [season = ""], { guildSettings, locale, guildId }) => {
      if (!(await moderator(interaction, locale))) return;
      const strings = classStrings[locale];
      const current = (await guildSettings.get(guildId)).season;
      if (String(current) !== season) {
        await answerPrivately(interaction, { content: strings.resetAlreadyDone });
        return;
      }
      await interaction.reply({
        ...resetConfirmView(current, strings),
        flags: MessageFlags.Ephemeral,
      });
    }),
    /** "rapport:term-ok:<season>": resets once, even if clicked twice or from two copies of the question. */
    [reportActions.confirm]: button(async (interaction, [season = ""], context) => {
      const { quiz, guildSettings, locks, locale, guildId } = context;
      if (!(await moderator(interaction, locale))) return;
      const strings = classStrings[locale];
      const done = await locks.run(`report:new-term:${guildId}`, async () => {
        if (String((await guildSettings.get(guildId)).season) !== season) return false;
        await quiz.resetLeaderboard(guildId);
        return true;
      });
      await interaction.update({ content: done ? strings.resetDone : strings.resetAlreadyDone, components: [] });
    }),
    [reportActions.cancel]: button(async (interaction, _args, { locale }) => {
      await interaction.update({ content: classStrings[locale].resetCancelled, components: [] });
    }),
  },
} satisfies Command;
