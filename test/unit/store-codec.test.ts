import Keyv from "keyv";
import { describe, expect, it } from "vitest";
import { deserialize, serialize } from "../../src/store/codec.js";

const keyv = new Keyv();
const keyvSerialize = keyv.serialize as (data: unknown) => string;
const keyvDeserialize = keyv.deserialize as (text: string) => unknown;

const profile = {
  name: 'Léa « la 1re » "L" \\ 🎓',
  points: 120,
  answered: 14,
  correct: 12,
  streak: { current: 2, best: 4, lastDay: "2025-03-10" },
  items: { "q1-01": { box: 3, lastDay: "2025-03-10", lastCorrect: true, attempts: 3, correct: 2 } },
  sessions: {
    abc: {
      id: "abc",
      createdAt: 1,
      question: null,
      itemIds: ["q1-01", "q2-03"],
      answers: { 0: { chosen: ["a"], correct: true, points: 10 } },
    },
  },
  season: 0,
  bestGrades: {},
};

const values: [string, unknown][] = [
  ["a profile", profile],
  ["a name starting with a colon", { ...profile, name: ":D" }],
  ["a colon string in an array", { list: ["a", ":b", "::c"] }],
  ["a colon string first in an array", [":a", "b"]],
  ["a key starting with a colon", { ":key": "value", other: "x:y" }],
  ["a string holding a quote and a colon", { text: 'il a dit ":' }],
  ["a top-level colon string", ":top"],
  ["a plain string", "plain"],
  ["a Buffer", { data: Buffer.from("réso") }],
  ["numbers, booleans and null", { a: 0, b: -1.5, c: true, d: null, e: [1, null, false] }],
  ["undefined members", { a: undefined, b: 1 }],
  ["a date", { at: new Date(0) }],
];

describe("store codec", () => {
  it.each(values)("GIVEN %s THEN it writes exactly Keyv's text and reads back Keyv's value", (_, value) => {
    const data = { value, expires: undefined };
    const text = serialize(data) as string;
    expect(text).toBe(keyvSerialize(data));
    expect(deserialize(text)).toEqual(keyvDeserialize(text));
  });

  it("GIVEN a profile written again after an answer THEN the text is Keyv's, its unchanged sessions' text reused", () => {
    const other = { ...profile.sessions.abc, id: "def", createdAt: 2, answers: {} };
    const before = { ...profile, sessions: { ...profile.sessions, def: other }, extra: undefined };
    expect(serialize({ value: before })).toBe(keyvSerialize({ value: before }));
    // The answer: a new "def" session object (profiles change by copy); "abc" is the same object as before.
    const answered = { ...other, answers: { 0: { chosen: ["b"], correct: false, points: 0 } } };
    const after = { ...before, points: 130, sessions: { ...before.sessions, def: answered } };
    expect(serialize({ value: after, expires: undefined })).toBe(keyvSerialize({ value: after, expires: undefined }));
    expect(serialize({ value: before })).toBe(keyvSerialize({ value: before }));
    // A session holding a colon string still goes through Keyv's codec.
    const colon = { ...after, sessions: { ...after.sessions, ghi: { ...other, id: "ghi", itemIds: [":x"] } } };
    expect(serialize({ value: colon })).toBe(keyvSerialize({ value: colon }));
  });

  it("GIVEN a profile's item records THEN an answer's new record is written, the unchanged ones' text reused", () => {
    const card = { due: 1, stability: 2.3065, difficulty: 2.11810397, state: 1 };
    const first = { card, lastDay: "2025-03-10", lastCorrect: true, attempts: 1, correct: 1 };
    const before = { ...profile, items: { "q1-01": first, "q1-02": { ...first, attempts: 2 } } };
    expect(serialize({ value: before })).toBe(keyvSerialize({ value: before }));
    // The answer to q1-02 replaces its record by a new object; q1-01's is the same object, its text reused.
    const after = { ...before, items: { ...before.items, "q1-02": { ...first, attempts: 3, correct: 2 } } };
    expect(serialize({ value: after })).toBe(keyvSerialize({ value: after }));
    expect(serialize({ value: after })).toContain('"attempts":3');
    // A record holding a colon string, new or already known, sends the whole profile through Keyv's codec.
    const colon = { ...after, items: { ...after.items, "q1-03": { ...first, lastDay: ":x" } } };
    expect(serialize({ value: colon })).toBe(keyvSerialize({ value: colon }));
    expect(serialize({ value: { ...colon, points: 1 } })).toBe(keyvSerialize({ value: { ...colon, points: 1 } }));
  });

  it("GIVEN text written by Keyv's own codec THEN it reads the same value", () => {
    for (const [, value] of values) {
      const text = keyvSerialize({ value });
      expect(deserialize(text)).toEqual(keyvDeserialize(text));
    }
  });
});
