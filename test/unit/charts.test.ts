// discord.js first: under vitest (not under plain Node), discord.js fails to load once Vega is loaded.
import "discord.js";
import { describe, expect, it } from "vitest";
import { ChartRenderer } from "../../src/charts/chartRenderer.js";
import { CLASS_CHART_SIZE, classChartSpec } from "../../src/charts/classChart.js";
import { MEMBER_CHART_SIZE, memberChartSpec } from "../../src/charts/memberChart.js";
import { rasterise, renderChartSvg } from "../../src/charts/render.js";
import { FONT_FAMILY } from "../../src/charts/theme.js";
import { chartStrings } from "../../src/content/chart-strings.js";
import { quizStringsFor } from "../../src/content/quiz-strings.js";
import { reportChartInput, scoreChartInput } from "../../src/discord/views/charts.js";
import { applyStatsEvents, emptyClassStats, type StatsEvent } from "../../src/domain/quiz/classStats.js";
import { emptyProfile } from "../../src/domain/quiz/quizService.js";
import type { ClassReport } from "../../src/domain/report/classReport.js";
import { colourCount, decodePng, inkedPixels } from "../charts/png.js";
import { pack, quizBank } from "../pack.js";

const TODAY = "2026-03-12";

function classInput(locale: "fr" | "en" = "fr") {
  const events: StatsEvent[] = [10, 11, 11, 12].map((date, index) => ({
    kind: "answer",
    userId: String(index),
    itemId: "q1-01",
    correct: false,
    firstOfSession: true,
    firstOfMember: true,
    at: Date.parse(`2026-03-${date}T10:00:00Z`),
    day: `2026-03-${date}`,
    firstOfDay: true,
  }));
  const stats = applyStatsEvents(emptyClassStats, events);
  const [first, second] = quizBank;
  const report: ClassReport = {
    stats,
    mastery: new Map([
      [1, 0.62],
      [2, 0.41],
      [3, 0.18],
      [4, 0.77],
    ]),
    masteryMembers: 4,
    missed: [
      { item: first as (typeof quizBank)[number], tally: { attempts: 4, misses: 4 } },
      { item: second as (typeof quizBank)[number], tally: { attempts: 5, misses: 2 } },
    ],
    top: [],
  };
  return reportChartInput({
    locale,
    report,
    stats,
    medians: new Map([
      [1, 0.7],
      [2, 0.35],
      [3, 0.1],
      [4, 0.8],
    ]),
    today: TODAY,
    strings: chartStrings[locale],
    quiz: quizStringsFor(locale, pack),
  });
}

function memberInput() {
  const profile = { ...emptyProfile("Léa"), activity: { "2026-03-12": 4, "2026-03-09": 1, "2026-02-02": 7 } };
  return scoreChartInput({
    locale: "fr",
    name: "Léa",
    profile,
    member: new Map([
      [1, 0.8],
      [2, 0.3],
      [3, 0],
      [4, 1],
    ]),
    classMastery: new Map([
      [1, 0.62],
      [2, 0.41],
      [3, 0.18],
      [4, 0.77],
    ]),
    today: TODAY,
    strings: chartStrings.fr,
    quiz: quizStringsFor("fr", pack),
  });
}

/** A picture worth showing: many colours (text is anti-aliased), a good share of it drawn on. */
function expectDrawn(png: ReturnType<typeof decodePng>) {
  expect(colourCount(png)).toBeGreaterThan(50);
  expect(inkedPixels(png) / (png.width * png.height)).toBeGreaterThan(0.05);
}

describe("the /rapport chart", () => {
  it("GIVEN the class's figures THEN the inputs say them: today's label last, a tick a week, short item labels", () => {
    const input = classInput();
    expect(input.days).toHaveLength(28);
    expect(input.days.at(-1)).toEqual({ label: "12 mars", members: 1, tick: true });
    expect(input.days.at(-2)).toMatchObject({ label: "11 mars", members: 2, tick: false });
    expect(input.days.filter((day) => day.tick).map((day) => day.label)).toEqual([
      "19 févr.",
      "26 févr.",
      "5 mars",
      "12 mars",
    ]);
    expect(input.missed[0]).toMatchObject({ share: 1, value: "4 erreurs sur 4" });
    expect(input.missed[0]?.label.length).toBeLessThanOrEqual(52);
    expect(input.mastery[0]).toEqual({ label: "Interactivité et engagement", mean: 0.62, median: 0.7 });
    expect(input.subtitle).toBe("12 mars 2026 · 4 membres ont déjà répondu");
    expect(chartStrings.fr.reportSubtitle("1 décembre 2026", 1)).toBe("1er décembre 2026 · 1 membre a déjà répondu");
  });

  it("GIVEN the spec THEN a 1200×900 PNG that decodes, is not blank, and whose SVG holds the French labels", async () => {
    const svg = await renderChartSvg(classChartSpec(classInput()), CLASS_CHART_SIZE);
    for (const label of ["Rapport de la classe", "Membres actifs par jour", "médiane", "Interactivité et engagement"])
      expect(svg).toContain(label);
    expect(svg).toContain(`font-family="${FONT_FAMILY}`);
    const png = decodePng(await rasterise(svg));
    expect({ width: png.width, height: png.height }).toEqual(CLASS_CHART_SIZE);
    expectDrawn(png);
  });

  it("GIVEN an English reader THEN the labels are English", async () => {
    const svg = await renderChartSvg(classChartSpec(classInput("en")), CLASS_CHART_SIZE);
    expect(svg).toContain("Active members per day");
    expect(svg).toContain("Interactivity and engagement");
  });
});

describe("the /score chart", () => {
  it("GIVEN a member THEN a smaller PNG with their mastery beside the class's and eight weeks of cells", async () => {
    const input = memberInput();
    expect(new Set(input.days.map((day) => day.week)).size).toBe(8);
    expect(input.days.filter((day) => day.answers > 0).map((day) => day.answers)).toEqual([7, 1, 4]);
    expect(input.days.at(-1)).toMatchObject({ weekday: "jeu.", today: true, answers: 4 });
    const svg = await renderChartSvg(memberChartSpec(input), MEMBER_CHART_SIZE);
    for (const label of ["Progression de Léa", "Ta maîtrise et celle de la classe", "réponses", "la classe"])
      expect(svg).toContain(label);
    const png = decodePng(await rasterise(svg));
    expect({ width: png.width, height: png.height }).toEqual(MEMBER_CHART_SIZE);
    expect(png.width * png.height).toBeLessThan(CLASS_CHART_SIZE.width * CLASS_CHART_SIZE.height);
    expectDrawn(png);
  });
});

describe("the bundled font", () => {
  const text = async (value: string) =>
    decodePng(
      await rasterise(
        `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120"><text x="20" y="90" font-family="${FONT_FAMILY}" font-size="80">${value}</text></svg>`,
      ),
    );

  it("GIVEN no system font THEN French letters are drawn, accents included", async () => {
    // resvg loads no system font: without the bundled files these would be blank.
    for (const letter of ["é", "è", "à", "ç", "ô", "î"]) expect(inkedPixels(await text(letter))).toBeGreaterThan(200);
    // The accent is drawn: "é" is "e" plus ink above it.
    const plain = await text("e");
    const accented = await text("é");
    expect(inkedPixels(accented)).toBeGreaterThan(inkedPixels(plain) + 50);
  });
});

describe("ChartRenderer", () => {
  it("GIVEN the same picture twice THEN it is drawn once; new figures draw it again", async () => {
    const renderer = new ChartRenderer({ worker: null });
    const spec = classChartSpec(classInput());
    const [first, concurrent] = await Promise.all([
      renderer.render("rapport:g1:fr", spec, CLASS_CHART_SIZE),
      renderer.render("rapport:g1:fr", spec, CLASS_CHART_SIZE),
    ]);
    expect(concurrent).toBe(first);
    expect(await renderer.render("rapport:g1:fr", spec, CLASS_CHART_SIZE)).toBe(first);
    const changed = classChartSpec({ ...classInput(), subtitle: "une réponse de plus" });
    const second = await renderer.render("rapport:g1:fr", changed, CLASS_CHART_SIZE);
    expect(second).not.toBe(first);
    expect(decodePng(second).width).toBe(CLASS_CHART_SIZE.width);
    await renderer.close();
  });

  it("GIVEN a worker that cannot start THEN the pictures are given up and told, and the process goes on", async () => {
    const failures: unknown[] = [];
    const renderer = new ChartRenderer({
      worker: new URL("./no-such-worker.js", import.meta.url),
      onWorkerError: (error) => failures.push(error),
    });
    const spec = classChartSpec(classInput());
    // Without the boundary, the pool's "error" event ends the process and the promise never settles.
    await expect(renderer.render("rapport:g1:fr", spec, CLASS_CHART_SIZE)).rejects.toBeDefined();
    await expect(renderer.render("rapport:g2:fr", spec, CLASS_CHART_SIZE)).rejects.toBeDefined();
    expect(failures.length).toBeGreaterThanOrEqual(1);
    await renderer.close();
  });
});
