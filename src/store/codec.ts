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
  const text = JSON.stringify(data);
  if (keyvSerialize && (COLON_STRING.test(text) || text.includes('"type":"Buffer"'))) return keyvSerialize(data);
  return text;
};

export const deserialize: Deserialize = <Value>(text: string) => {
  if (keyvDeserialize && COLON_STRING.test(text)) return keyvDeserialize<Value>(text);
  return JSON.parse(text) as DeserializedData<Value>;
};
