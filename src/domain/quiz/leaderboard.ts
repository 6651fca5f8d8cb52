/**
 * A guild's leaderboard kept up to date on each answer, so that `/classement` never scans the scores:
 * a histogram of points (rank = 1 + members with more points, so ties share a rank) and the top entries.
 * Points only grow between resets, so a member enters the top list only by being updated: it stays exact.
 */
export const TOP_SIZE = 50;

export interface BoardEntry {
  readonly userId: string;
  readonly name: string;
  readonly points: number;
  /** When the member reached these points: earlier wins a tie in the list order (the rank is shared). */
  readonly at: number;
}

export interface Board {
  /** points → number of members with exactly these points (members with 0 points are not counted). */
  readonly histogram: Readonly<Record<string, number>>;
  readonly top: readonly BoardEntry[];
}

export const emptyBoard: Board = { histogram: {}, top: [] };

export interface PointsChange {
  readonly userId: string;
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly at: number;
}

export function applyChanges(board: Board, changes: readonly PointsChange[]): Board {
  const histogram: Record<string, number> = { ...board.histogram };
  const top = new Map(board.top.map((entry) => [entry.userId, entry]));
  for (const change of changes) {
    if (change.from === change.to) continue;
    if (change.from > 0) decrement(histogram, change.from);
    if (change.to > 0) histogram[change.to] = (histogram[change.to] ?? 0) + 1;
    top.set(change.userId, { userId: change.userId, name: change.name, points: change.to, at: change.at });
  }
  const sorted = [...top.values()]
    .filter((entry) => entry.points > 0)
    .sort(compareEntries)
    .slice(0, TOP_SIZE);
  return { histogram, top: sorted };
}

/** 1-based competition rank ("1, 2, 2, 4"); null for a member with no points. */
export function rankOf(board: Board, points: number): number | null {
  if (points <= 0) return null;
  let above = 0;
  for (const [value, count] of Object.entries(board.histogram)) if (Number(value) > points) above += count;
  return above + 1;
}

export function rankedTop(board: Board, size: number): { rank: number; entry: BoardEntry }[] {
  return board.top.slice(0, size).map((entry) => ({ entry, rank: rankOf(board, entry.points) ?? 0 }));
}

export function memberCount(board: Board): number {
  return Object.values(board.histogram).reduce((sum, count) => sum + count, 0);
}

function decrement(histogram: Record<string, number>, points: number): void {
  const left = (histogram[points] ?? 0) - 1;
  if (left > 0) histogram[points] = left;
  else delete histogram[points];
}

function compareEntries(a: BoardEntry, b: BoardEntry): number {
  return b.points - a.points || a.at - b.at || a.userId.localeCompare(b.userId);
}
