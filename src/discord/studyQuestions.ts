import { type ChatInputCommandInteraction, SlashCommandIntegerOption } from "discord.js";
import type { CommandText } from "../content/commands.js";
import type { CoursePack, StudyQuestion } from "../content/types.js";
import { truncate } from "../domain/text.js";
import { localize } from "./localize.js";

type Questions = Pick<CoursePack, "questions">;

/**
 * The study-question option of /quiz, /reponse and /quiz-classe: the pack's questions as choices, by number.
 * `readStudyQuestion` reads it back.
 */
export function studyQuestionOption(
  pack: Questions,
  text: CommandText,
  { required = false } = {},
): SlashCommandIntegerOption {
  const option = localize(new SlashCommandIntegerOption(), text);
  if (required) option.setRequired(true);
  return option.addChoices(studyQuestionChoices(pack));
}

/**
 * The study question chosen in the option `studyQuestionOption` added: null when it was left empty (all of
 * them), undefined when its number is not one of the course's (the course changed since the command was deployed).
 */
export function readStudyQuestion(
  interaction: ChatInputCommandInteraction,
  pack: Questions,
  text: CommandText,
): StudyQuestion | null | undefined {
  const number = interaction.options.getInteger(text.name.fr);
  return number === null ? null : studyQuestion(pack, number);
}

/** The study questions as the choices of a slash-command option: "1. En quoi consiste…", by number. */
function studyQuestionChoices(pack: Questions): { name: string; value: number }[] {
  return pack.questions.map((question) => ({
    name: truncate(`${question.number}. ${oneLine(question.text)}`, 100),
    value: question.number,
  }));
}

/** The study question with this number, if the pack has it (a stale button may carry a removed one). */
export function studyQuestion(pack: Questions, number: number): StudyQuestion | undefined {
  return pack.questions.find((question) => question.number === number);
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ");
}
