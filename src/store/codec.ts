import Keyv, { type Deserialize, type DeserializedData, type Serialize } from "keyv";

/**
 * Keyv's own format, written and read faster. Keyv's default codec escapes strings that start with ":" (and
 * stores Buffers as ":base64:…") with a serializer written in JavaScript and a JSON.parse reviver, several times
 * slower than plain JSON on the profiles and aggregates Réso rewrites on every answer (docs/benchmarks.md).
 * Here plain JSON is used whenever it gives exactly the same text or value, and Keyv's codec otherwise: a
 * value holding such a string or a Buffer is written and read exactly as before, so existing stores stay valid.
 */
const keyvDefaults = new Keyv();
const keyvSerialize = keyvDefaults.serialize;
const keyvDeserialize = keyvDefaults.deserialize;

/**
 * A JSON string that starts with ":" where a value can start: at the top, after ":" (a member's value), "," or
 * "[" (an array element). Keys may match too (harmless: the exact codec is then used). Inside a string a quote
 * is always escaped, so a string's content never matches.
 */
const COLON_STRING = /(?:^|[:,[])\s*":/;

export const serialize: Serialize = (data) => {
  const text = stringify(data);
  if (keyvSerialize && (startsColonString(text) || text.includes('"type":"Buffer"'))) return keyvSerialize(data);
  return text;
};

/**
 * COLON_STRING on JSON.stringify's own output, which has no whitespace outside strings (and, inside one, a quote is
 * always escaped): plain substring searches, twice as fast as the expression on a profile.
 */
function startsColonString(text: string): boolean {
  return text.startsWith('":') || text.includes(':":') || text.includes(',":') || text.includes('[":');
}

/**
 * The JSON text of each quiz session already written, by identity. An answer rewrites the member's whole profile,
 * but changes one session: the others are the same objects (profiles change by copy, never in place), so their
 * text is reused instead of being serialised again at every answer, most of a profile's length.
 */
const sessionTexts = new WeakMap<object, string>();

/** JSON.stringify(data), exactly, with the sessions of a profile (Keyv's `{ value: profile }`) from sessionTexts. */
function stringify(data: unknown): string {
  const sessions = plainObject(data) && plainObject(data.value) ? data.value.sessions : undefined;
  if (!plainObject(data) || !plainObject(sessions)) return JSON.stringify(data);
  return objectText(data, (key, value) =>
    key === "value" && plainObject(value)
      ? objectText(value, (name, member) =>
          name === "sessions" && plainObject(member) ? objectText(member, sessionText) : undefined,
        )
      : undefined,
  );
}

function sessionText(_id: string, session: unknown): string | undefined {
  if (!plainObject(session) || typeof session.id !== "string" || !Array.isArray(session.itemIds)) return undefined;
  let text = sessionTexts.get(session);
  if (text === undefined) {
    text = JSON.stringify(session);
    sessionTexts.set(session, text);
  }
  return text;
}

/** An object's JSON text as JSON.stringify writes it (same members, same order), some members' text from `known`. */
function objectText(
  object: Record<string, unknown>,
  known: (key: string, value: unknown) => string | undefined,
): string {
  const members: string[] = [];
  for (const key of Object.keys(object)) {
    const value = object[key];
    const text = known(key, value) ?? (JSON.stringify(value) as string | undefined);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(",")}}`;
}

/** A plain object (no toJSON, no Buffer, no array): what JSON.stringify writes member by member. */
function plainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return (
    (prototype === Object.prototype || prototype === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== "function"
  );
}

export const deserialize: Deserialize = <Value>(text: string) => {
  if (keyvDeserialize && COLON_STRING.test(text)) return keyvDeserialize<Value>(text);
  return JSON.parse(text) as DeserializedData<Value>;
};
