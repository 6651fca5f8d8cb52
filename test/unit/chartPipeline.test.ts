import { Resvg } from "@resvg/resvg-js";
import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { describe, expect, it } from "vitest";
import { CLASS_CHART_SIZE, type ClassChartInput, classChartSpec } from "../../src/charts/classChart.js";
import { FONT_PATHS, fontFilesFor, latinFontFiles } from "../../src/charts/fonts.js";
import { MEMBER_CHART_SIZE, type MemberChartInput, memberChartSpec } from "../../src/charts/memberChart.js";
import { encodePng } from "../../src/charts/pngEncoder.js";
import { type ChartSize, fitSvg, rasterise, renderChartSvg } from "../../src/charts/render.js";
import { colours, FONT_FAMILY } from "../../src/charts/theme.js";
import { decodePng, inkedPixels } from "../charts/png.js";

const chapters = ["Interactivité et engagement", "Une communauté active", "La viralité", "Mieux cibler"];

function report(missed: readonly string[], members: number): ClassChartInput {
  return {
    locale: "fr",
    title: "Rapport de la classe",
    subtitle: `12 mars 2026 · ${members} membres ont déjà répondu`,
    masteryTitle: "Maîtrise par question d'étude",
    meanLabel: "moyenne",
    medianLabel: "médiane",
    mastery: chapters.map((label, index) => ({ label, mean: ((members * (index + 1)) % 10) / 10, median: 0.5 })),
    activityTitle: "Membres actifs par jour",
    days: Array.from({ length: 28 }, (_, index) => ({
      label: `${index + 1} févr.`,
      members: (index * members) % 9,
      tick: (27 - index) % 7 === 0,
    })),
    missedTitle: "Les questions les plus manquées",
    missed: missed.map((label, index) => ({ label, share: 1 - index / 10, value: `${10 - index} erreurs sur 10` })),
    noMissed: "Aucune erreur pour l'instant",
  };
}

function score(name: string, shift: number): MemberChartInput {
  const weekdays = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."];
  return {
    locale: "fr",
    title: `Progression de ${name}`,
    masteryTitle: "Ta maîtrise et celle de la classe",
    memberLabel: "toi",
    classLabel: "la classe",
    mastery: chapters.map((label, index) => ({ label, member: ((index + shift) % 4) / 4, class: 0.5 })),
    activityTitle: "Tes réponses, jour par jour",
    answersLabel: "réponses",
    days: Array.from({ length: 54 }, (_, index) => ({
      week: Math.floor(index / 7),
      weekLabel: `${1 + shift + Math.floor(index / 7) * 7} janv.`,
      weekday: weekdays[index % 7] ?? "",
      answers: (index * (shift + 1)) % 6,
      today: index === 53,
    })),
    weekdays,
  };
}

/** Vega numbers clip paths and gradients with counters for the whole process: renumbered in order of appearance. */
function idsRenumbered(svg: string): string {
  const ids = new Map<string, string>();
  return svg.replace(/\b(clip|gradient_)\d+/g, (id, kind: string) => {
    if (!ids.has(id)) ids.set(id, `${kind}${ids.size + 1}`);
    return ids.get(id) ?? id;
  });
}

/** What Vega draws from the spec compiled on its own, as every picture was drawn before compiled shapes were kept. */
async function drawnAfresh(spec: TopLevelSpec, size: ChartSize): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: "none", logLevel: 0 });
  try {
    return fitSvg(await view.toSVG(), size);
  } finally {
    view.finalize();
  }
}

describe("compiled chart shapes", () => {
  it("GIVEN reports of one shape drawn in turn THEN each is what its own spec draws: figures, texts and order", async () => {
    // Same shape (three missed items), other items in another order: a reused dataflow would keep the old order.
    const specs = [
      classChartSpec(report(["q1-01 · Un like", "q2-02 · Une communauté", "q3-03 · Le buzz"], 27)),
      classChartSpec(report(["q3-03 · Le buzz", "q4-04 · Cibler", "q1-01 · Un like"], 31)),
      memberChartSpec(score("Léa", 0)),
      memberChartSpec(score("Zoë", 3)),
    ];
    for (const spec of [...specs, specs[0] as TopLevelSpec]) {
      const size = "vconcat" in spec && spec.vconcat.length === 3 ? CLASS_CHART_SIZE : MEMBER_CHART_SIZE;
      const drawn = idsRenumbered(await renderChartSvg(spec, size));
      expect(drawn === idsRenumbered(await drawnAfresh(spec, size))).toBe(true);
    }
    const second = await renderChartSvg(specs[1] as TopLevelSpec, CLASS_CHART_SIZE);
    expect(second).toContain("31 membres ont déjà répondu");
    expect(second.indexOf("q3-03 · Le buzz")).toBeLessThan(second.indexOf("q1-01 · Un like"));
    expect(await renderChartSvg(specs[3] as TopLevelSpec, MEMBER_CHART_SIZE)).toContain("Progression de Zoë");
  });
});

describe("rasterising", () => {
  const fullFonts = (svg: string) =>
    new Resvg(svg, {
      background: colours.background,
      font: { fontFiles: [FONT_PATHS.normal, FONT_PATHS.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    }).render();

  it("GIVEN a French report THEN the Latin subset draws it pixel for pixel as the full fonts do", async () => {
    const latin = await latinFontFiles();
    expect(latin).toBeDefined();
    const svg = await renderChartSvg(classChartSpec(report(["q1-01 · « Un like » suffit-il… ?"], 4)), CLASS_CHART_SIZE);
    expect(fontFilesFor(svg, latin)).toEqual([latin?.normal, latin?.bold]);
    expect(decodePng(await rasterise(svg)).data.equals(fullFonts(svg).pixels)).toBe(true);
  });

  it("GIVEN a name beyond Latin THEN the full fonts draw it", async () => {
    const latin = await latinFontFiles();
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60"><text x="10" y="45" font-family="${FONT_FAMILY}" font-size="40">Дмитрий</text></svg>`;
    expect(fontFilesFor(svg, latin)).toEqual([FONT_PATHS.normal, FONT_PATHS.bold]);
    expect(inkedPixels(decodePng(await rasterise(svg)))).toBeGreaterThan(500);
  });

  it("GIVEN the pixels THEN the PNG decodes to exactly them, and to what resvg's own encoder gives", async () => {
    const svg = await renderChartSvg(memberChartSpec(score("Léa", 1)), MEMBER_CHART_SIZE);
    const image = fullFonts(svg);
    const ours = decodePng(encodePng(image.pixels, image.width, image.height));
    expect({ width: ours.width, height: ours.height }).toEqual(MEMBER_CHART_SIZE);
    expect(ours.data.equals(image.pixels)).toBe(true);
    expect(ours.data.equals(decodePng(image.asPng()).data)).toBe(true);
  });
});
