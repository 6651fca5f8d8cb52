/**
 * Custom IDs are small routable strings, "command:action:arg…", so that a button keeps working after a
 * restart: everything it needs is in its ID or in the store, nothing in memory.
 */
export const CUSTOM_ID_MAX_LENGTH = 100;
const SEPARATOR = ":";

export interface ParsedCustomId {
  readonly command: string;
  readonly action: string;
  readonly args: readonly string[];
}

export function customId(command: string, action: string, ...args: readonly (string | number)[]): string {
  const parts = [command, action, ...args.map(String)];
  for (const part of parts) {
    if (part.includes(SEPARATOR)) throw new RangeError(`custom id part "${part}" contains "${SEPARATOR}"`);
  }
  const id = parts.join(SEPARATOR);
  if (id.length > CUSTOM_ID_MAX_LENGTH) throw new RangeError(`custom id longer than ${CUSTOM_ID_MAX_LENGTH}: ${id}`);
  return id;
}

export function parseCustomId(id: string): ParsedCustomId | undefined {
  const [command, action, ...args] = id.split(SEPARATOR);
  if (!command || !action) return undefined;
  return { command, action, args };
}
