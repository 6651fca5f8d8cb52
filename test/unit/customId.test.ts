import { describe, expect, it } from "vitest";
import { customId, parseCustomId } from "../../src/discord/customId.js";

describe("custom IDs", () => {
  it("GIVEN parts THEN round-trips", () => {
    const id = customId("cours", "page", "medias-sociaux", "facebook", 2);
    expect(id).toBe("cours:page:medias-sociaux:facebook:2");
    expect(parseCustomId(id)).toEqual({ command: "cours", action: "page", args: ["medias-sociaux", "facebook", "2"] });
  });

  it("GIVEN a part with the separator or an id over 100 characters THEN refuses it", () => {
    expect(() => customId("cours", "open", "a:b")).toThrow(RangeError);
    expect(() => customId("cours", "open", "x".repeat(100))).toThrow(RangeError);
  });

  it("GIVEN a foreign custom id THEN parses to nothing routable", () => {
    expect(parseCustomId("legacy")).toBeUndefined();
    expect(parseCustomId(":x")).toBeUndefined();
  });
});
