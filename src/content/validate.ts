export { discordLimits, TIP_TEXT_MAX } from "./pack/schema.js";

/** Raised at start when the content is broken: the bot refuses to serve a course it cannot show. */
export class ContentError extends Error {
  override name = "ContentError";
  constructor(readonly problems: readonly string[]) {
    super(`Contenu invalide :\n${problems.join("\n")}`);
  }
}
