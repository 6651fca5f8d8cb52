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
  const profile = profileText(data);
  if (profile !== undefined) return profile.needsKeyv && keyvSerialize ? keyvSerialize(data) : profile.text;
  const text = JSON.stringify(data);
  if (keyvSerialize && needsKeyvCodec(text)) return keyvSerialize(data);
  return text;
};

/**
 * Whether JSON text holds what Keyv's codec writes differently: a string value starting with ":" (COLON_STRING, by
 * plain substring searches on JSON.stringify's own output, which has no whitespace outside strings, twice as fast as
 * the expression) or a Buffer.
 */
function needsKeyvCodec(text: string): boolean {
  return (
    text.startsWith('":') ||
    text.includes(':":') ||
    text.includes(',":') ||
    text.includes('[":') ||
    text.includes('"type":"Buffer"')
  );
}

/** A value's JSON text and whether Keyv's codec must write it instead. */
interface Text {
  readonly text: string;
  readonly needsKeyv: boolean;
}

/**
 * The text of each item record, quiz session, session answer and session array of a profile already written, by
 * identity. An answer rewrites the member's whole profile but changes one item, one session and adds one answer: the
 * others are the same objects (profiles change by copy, never in place), so their text is reused instead of being
 * serialised again at every answer, most of a profile's length and of its cost (numbers are slow to print).
 */
const knownTexts = new WeakMap<object, Text>();

/**
 * JSON.stringify(data), exactly, for a profile (Keyv's `{ value: profile }`, recognised by its `items` and
 * `sessions`), built from the known texts; undefined for any other value.
 */
function profileText(data: unknown): Text | undefined {
  if (!plainObject(data) || !plainObject(data.value)) return undefined;
  const value = data.value;
  if (!plainObject(value.items) || !plainObject(value.sessions)) return undefined;
  return objectText(data, (key) =>
    key === "value"
      ? objectText(value, (name, member) =>
          name === "items" && plainObject(member)
            ? objectText(member, (_id, item) => knownText(item, plainText))
            : name === "sessions" && plainObject(member)
              ? objectText(member, (_id, session) => knownText(session, sessionText))
              : undefined,
        )
      : undefined,
  );
}

/** A session's text from its known answers and arrays: an answer adds one answer to a copy of the session. */
function sessionText(session: unknown): Text | undefined {
  if (!plainObject(session)) return plainText(session);
  return objectText(session, (key, value) =>
    key === "answers" && plainObject(value)
      ? objectText(value, (_position, answer) => knownText(answer, plainText))
      : Array.isArray(value)
        ? knownText(value, plainText)
        : undefined,
  );
}

/** `value`'s text by `textOf`, kept by identity when it is a plain object or an array (never changed in place). */
function knownText(value: unknown, textOf: (value: unknown) => Text | undefined): Text | undefined {
  if (!plainObject(value) && !Array.isArray(value)) return textOf(value);
  let known = knownTexts.get(value);
  if (known === undefined) {
    known = textOf(value);
    if (known !== undefined) knownTexts.set(value, known);
  }
  return known;
}

function plainText(value: unknown): Text | undefined {
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? undefined : { text, needsKeyv: needsKeyvCodec(text) };
}

/** An object's JSON text as JSON.stringify writes it (same members, same order), some members' text from `known`. */
function objectText(object: Record<string, unknown>, known: (key: string, value: unknown) => Text | undefined): Text {
  const members: string[] = [];
  let needsKeyv = false;
  for (const key of Object.keys(object)) {
    const value = object[key];
    const member = known(key, value) ?? plainText(value);
    if (member === undefined) continue;
    members.push(`${JSON.stringify(key)}:${member.text}`);
    // A key that starts with ":" is written as is by both codecs; checking it keeps the old, stricter rule.
    needsKeyv ||= member.needsKeyv || key.startsWith(":");
  }
  return { text: `{${members.join(",")}}`, needsKeyv };
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
