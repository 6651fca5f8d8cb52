import { EmbedBuilder, escapeMarkdown } from "discord.js";
import type { QuizStrings } from "../../content/quiz-strings.js";
import { type Board, memberCount, rankedTop, rankOf } from "../../domain/quiz/leaderboard.js";
import { palette } from "./palette.js";

const TOP = 10;
const MEDALS = ["🥇", "🥈", "🥉"];

/**
 * `/classement`: the top ten and the reader's own rank, or undefined while nobody has points. Names are plain
 * text, not mentions: a leaderboard never pings anyone.
 */
export function leaderboardView(
  board: Board,
  own: { points: number } | undefined,
  strings: QuizStrings,
): EmbedBuilder | undefined {
  const top = rankedTop(board, TOP);
  if (top.length === 0) return undefined;
  const lines = top.map(({ rank, entry }) =>
    strings.boardLine(MEDALS[rank - 1] ?? `**${rank}.**`, escapeMarkdown(entry.name), entry.points),
  );
  const rank = own ? rankOf(board, own.points) : null;
  const ownLine =
    rank !== null && own ? strings.yourRank(rank, memberCount(board), own.points) : strings.youAreUnranked;
  return new EmbedBuilder()
    .setColor(palette.highlight)
    .setTitle(strings.boardTitle)
    .setDescription(`${lines.join("\n")}\n\n${ownLine}`);
}
