import type Keyv from "keyv";
import { CoalescingWriter } from "../coalescingWriter.js";
import { applyChanges, type Board, emptyBoard, type PointsChange } from "./leaderboard.js";

/** Each guild's leaderboard, kept up to date on each points change (see CoalescingWriter). */
export class BoardWriter extends CoalescingWriter<Board, PointsChange> {
  constructor(store: Keyv) {
    super(store, BoardWriter.key, emptyBoard, applyChanges);
  }

  static key(guildId: string): string {
    return `board:${guildId}`;
  }
}
