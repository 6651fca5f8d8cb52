import { expect } from "vitest";
import { colourCount, decodePng } from "../charts/png.js";
import type { InteractionHandle } from "../discord-server/index.js";

/**
 * The interaction's reply carries a chart: sent as a PNG part of a multipart/form-data body (the local Discord
 * checked its payload against Discord's schemas), of the stated size, not blank, with alternative text.
 */
export async function expectChartAttached(
  handle: InteractionHandle,
  filename: RegExp,
  size: { width: number; height: number },
  timeoutMs = 15_000,
): Promise<void> {
  const find = () =>
    handle
      .calls()
      .flatMap((call) => call.files.map((file) => ({ call, file })))
      .find(({ file }) => filename.test(file.filename));
  // /score sends its figures first and adds the picture once drawn.
  const deadline = Date.now() + timeoutMs;
  while (!find() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  const upload = find();
  if (!upload) throw new Error(`no file matching ${filename} in ${handle.calls().length} calls`);
  expect(upload.call.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
  expect(upload.call.status, JSON.stringify([upload.call.body, upload.call.responseBody])).toBeLessThan(300);
  expect(upload.file.contentType).toBe("image/png");
  const png = decodePng(upload.file.data);
  expect({ width: png.width, height: png.height }).toEqual(size);
  expect(colourCount(png)).toBeGreaterThan(50);
  const attachment = handle.message()?.attachments.find((candidate) => filename.test(candidate.filename));
  expect(attachment?.description).toBeTruthy();
}
