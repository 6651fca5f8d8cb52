import { EmbedBuilder, escapeMarkdown } from "discord.js";
import type { ReponseStrings } from "../../content/reponse-strings.js";
import type { QuestionRubric } from "../../content/types.js";
import type { CourseCatalog, SectionEntry } from "../../domain/course.js";
import type { GradeResult } from "../../domain/grading/types.js";
import { truncate } from "../../domain/text.js";
import type { SubmissionOutcome } from "../../domain/written/writtenAnswers.js";
import { openSectionButton, type View } from "./course.js";
import { row } from "./layout.js";
import { palette } from "./palette.js";

const BAND_COLOURS = { insufficient: palette.failure, partial: palette.highlight, good: palette.success } as const;
const BUTTONS_PER_ROW = 5;
const MAX_ROWS = 2;

/** The graded answer: score, ideas covered and missed with their sections, the model answer behind a spoiler. */
export function gradedView(input: {
  outcome: Extract<SubmissionOutcome, { status: "graded" }>;
  rubric: QuestionRubric;
  catalog: CourseCatalog;
  strings: ReponseStrings;
}): View {
  const { outcome, rubric, catalog, strings } = input;
  const { result } = outcome;
  const sectionOf = (sources: readonly string[]) => catalog.section(sources[0] ?? "");
  const ideas = (ids: readonly string[], withSection: boolean) =>
    rubric.ideas
      .filter((idea) => ids.includes(idea.id))
      .map((idea) => {
        const entry = sectionOf(idea.sources);
        return `• ${withSection && entry ? strings.ideaWithSection(idea.label, entry.section.title) : idea.label}`;
      })
      .join("\n") || strings.noIdea;

  const notes = flagNotes(result, strings);
  const grade = new EmbedBuilder()
    .setColor(BAND_COLOURS[result.band])
    .setTitle(strings.resultTitle(result.question, result.score, result.band))
    .addFields(
      { name: strings.covered, value: truncate(ideas(result.covered, false), 1024) },
      { name: strings.missing, value: truncate(ideas(result.missing, true), 1024) },
    )
    .setFooter({ text: outcome.counted ? strings.counted(outcome.points) : strings.notCounted });
  if (notes.length > 0) grade.setDescription(notes.join("\n\n"));
  const model = new EmbedBuilder()
    .setColor(palette.course)
    .setTitle(strings.modelAnswer)
    .setDescription(`||${escapeMarkdown(rubric.modelAnswer)}||`);

  // One button per section to re-read, missed ideas first: where the next answer can get its points.
  const sections = new Map<string, SectionEntry>();
  for (const id of [...result.missing, ...result.covered]) {
    const entry = sectionOf(rubric.ideas.find((idea) => idea.id === id)?.sources ?? []);
    if (entry) sections.set(entry.ref, entry);
  }
  const buttons = [...sections.values()]
    .slice(0, BUTTONS_PER_ROW * MAX_ROWS)
    .map((entry) => openSectionButton(entry, strings.reread(entry.section.title)));
  const components = [];
  for (let start = 0; start < buttons.length; start += BUTTONS_PER_ROW)
    components.push(row(...buttons.slice(start, start + BUTTONS_PER_ROW)));
  return { embeds: [grade, model], components };
}

function flagNotes(result: GradeResult, strings: ReponseStrings): string[] {
  return (["tooShort", "copiedQuestion", "copiedFromCourse"] as const)
    .filter((flag) => result.flags[flag])
    .map((flag) => strings.flags[flag]);
}
