import { ButtonBuilder, type ButtonStyle, StringSelectMenuBuilder } from "discord.js";
import type { QuizItem, QuizOption } from "../../content/types.js";
import { type OptionOrder, shownOptions } from "../../domain/quiz/optionOrder.js";
import { truncate } from "../../domain/text.js";
import { row } from "./layout.js";

/** How options are lettered in every quiz view (private and live): by their place on the member's screen. */
const LETTERS = ["A", "B", "C", "D", "E"];

/** An option with the letter of its place in the order shown. */
export interface LetteredOption {
  readonly letter: string;
  readonly option: QuizOption;
}

/**
 * The item's options in the order stored for the member (or the class) with their letters: the letter is a
 * place on the screen, never the option's id, so the same order must letter the item and name the answers.
 */
export function letteredOptions(item: QuizItem, order: OptionOrder | undefined): LetteredOption[] {
  return shownOptions(item, order).map((option, index) => ({ letter: LETTERS[index] ?? "•", option }));
}

/** The options `ids` names, in the order shown, one per line as `format` writes it ("A. text"). */
export function describeOptions(
  options: readonly LetteredOption[],
  ids: readonly string[],
  format: (letter: string, text: string) => string,
): string {
  return options
    .filter(({ option }) => ids.includes(option.id))
    .map(({ letter, option }) => format(letter, option.text))
    .join("\n");
}

/**
 * The row a student answers an item with, in a private session as in a live round: a select menu for "select
 * all that apply", else one button per option, in the order shown. Each button's ID (and each menu value) is
 * the bank option id, not the letter: a click is graded against the option it showed, whatever the order,
 * even from an old message.
 */
export function answerRow(
  item: QuizItem,
  options: readonly LetteredOption[],
  placeholder: string,
  style: ButtonStyle,
  ids: { readonly menu: string; readonly button: (optionId: string) => string },
) {
  if (item.kind === "multiple") {
    return row(
      new StringSelectMenuBuilder()
        .setCustomId(ids.menu)
        .setPlaceholder(placeholder)
        .setMinValues(1)
        .setMaxValues(options.length)
        .addOptions(
          options.map(({ letter, option }) => ({
            label: truncate(`${letter}. ${option.text}`, 100),
            value: option.id,
          })),
        ),
    );
  }
  return row(
    ...options.map(({ letter, option }) =>
      new ButtonBuilder()
        .setCustomId(ids.button(option.id))
        .setLabel(truncate(item.kind === "truefalse" ? option.text : `${letter}. ${option.text}`, 80))
        .setStyle(style),
    ),
  );
}
