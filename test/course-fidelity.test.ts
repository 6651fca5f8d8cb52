import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { CourseDocument } from "../src/content/types.js";
import { courseDocuments } from "./pack.js";

/**
 * The course text must be the seed articles, word for word: every sentence of a seed (debris aside) is in its
 * document, in the same order, and every sentence of the document comes from its seed.
 * The seeds live next to the repository (../shared/seeds); on a fresh clone they are absent and that part is skipped.
 */

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const seedsDir = resolve(repoRoot, "../shared/seeds");

/** Section ids other code cites ("documentId/sectionId"): never rename them. */
const expectedIds: Record<string, readonly string[]> = {
  specificites: ["travail-a-faire", "introduction", "proximite-reactivite", "analyse-ciblage"],
  "medias-sociaux": [
    "introduction",
    "definition",
    "reseaux-et-medias",
    "outil-de-communication",
    "importance-du-site",
    "facebook",
    "twitter",
    "linkedin",
    "strategie",
    "valeur-des-sujets",
  ],
  "r-comme-reseaux": ["introduction", "pour-l-entreprise", "cas-pratique", "gerer"],
  "like-love": ["introduction", "taille-audience", "like-au-love", "commentaire"],
  communitip: [
    "introduction",
    "attitude",
    "dialogue",
    "proximite-personnalite",
    "ne-jamais-mentir",
    "choisir-ses-reseaux",
  ],
};

interface SeedSpec {
  readonly documentId: string;
  /** Whole lines of web or word-processor debris; each entry removes one line. */
  readonly debrisLines: readonly (string | RegExp)[];
  /** Debris inside a line that is otherwise kept. */
  readonly debrisFragments: readonly RegExp[];
  /** The line (start) from which everything to the end of the seed is debris. */
  readonly debrisFrom?: string;
  /** Wording the transcription adds around seed text (a comment's attribution), ignored by the reverse check. */
  readonly additions?: readonly string[];
}

/** The debris listed at the top of each document file, as the test removes it. */
const seeds: Record<string, SeedSpec> = {
  "000_629a391f2d297164.txt": {
    documentId: "specificites",
    debrisLines: [],
    debrisFragments: [/\[bookmark: [^\]]*\]/g, /^Doc\.\s+/],
  },
  "001_306b5c94f4f049b2.txt": {
    documentId: "medias-sociaux",
    debrisLines: [
      "VEILLE ET ACTUALITÉS DES NOUVEAUX MÉDIAS",
      "LE BLOG DE PERSPECTIVES COMMUNICATION",
      "RÉSEAUX SOCIAUX, MÉDIAS SOCIAUX, SUPPORTS ET OUTILS DE COMMUNICATION",
      "Les défis de la transition numérique", // the blog's series label, not a heading of the article
      "Organiser ma stratégie de contenus",
      "Perspectives Communication vous propose un tour d'horizon des différentes problématiques liées à la communication digitale. Restez connectés !",
      "LA TRANSITION NUMÉRIQUE VOUS INTÉRESSE ? ABONNEZ-VOUS !",
      "Communiquer sur les reseaux sociaux", // an image caption, like the two below
      "Communiquer sur les réseaux sociaux - Twitter",
      "Communiquer sur les réseaux sociaux - Linkedin",
      'Livre blanc "Linkedin, nouveau territoire de communication',
    ],
    // The series label of the title line; the rest of the line is the document title.
    debrisFragments: [
      /^Problématique N°5 : (?=Communiquer sur les médias sociaux$)/,
      // The PRÉAMBULE points to a map at the end of the article, which the course does not have.
      / Voir en fin d’article la carte "Conversation Prism" qui présente les réseaux sociaux regroupés par thématique et nos articles associés…$/,
    ],
    // "Sur le même thème", image caption, related links, the 8-point list, the site footer, [RETOUR], Disqus.
    debrisFrom: "take a look !",
  },
  "002_41c199e5c274df35.txt": {
    documentId: "r-comme-reseaux",
    // The page label and the series banner under it; the section is labelled by its content instead.
    debrisLines: ["Cas pratique", "ABECEDAIRE PRATIQUE DE L'ENTREPRENEUR"],
    debrisFragments: [],
  },
  "003_67337855150d6b0e.txt": {
    documentId: "like-love",
    debrisLines: [
      "Réseaux sociaux : passez du “Like” au “Love” !", // the duplicated title line (one of the two)
      /^_+$/,
      'Pour être informé de mes prochaines publications, il suffit de cliquer sur le bouton "Suivre" en haut (ou en bas) de ce billet.',
      "Tous mes précédents articles:",
      /^https:\/\/meilu\.jpshuntong\.com\//,
      'Découvrez aussi le livre blanc "La Côte d\'Azur, Terre de Digital" :',
      "8 ans",
      "Identifiez-vous pour afficher ou ajouter un commentaire",
      "Plus d’articles de Fabrice Lamirault",
      "Autres pages consultées",
      "Explorer les sujets",
    ],
    debrisFragments: [/ \| Strategie sur mesure & Solutions digitales pour l'acquisition de clients$/],
    additions: ["Commentaire de Sébastien Chaudat (CEO - founder @ CYBER ID) : "],
  },
  "004_a7eb74235a3011f9.txt": {
    documentId: "communitip",
    debrisLines: [],
    debrisFragments: [/^redes(?=Nous sommes)/],
    debrisFrom: "Vous avez trouvé utile ce #CommuniTip?",
  },
};

/** Whitespace (tabs, no-break spaces, runs of spaces) to one plain space. */
function normalise(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** A paragraph without its list or sub-heading marker ("· " in the seeds, "• " and "### " in the course). */
function unmark(paragraph: string): string {
  return paragraph.replace(/^(?:[·•] |### )/u, "");
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== "");
}

/** The seed's lines, debris removed, normalised; plus the debris entries that matched nothing (they must not rot). */
function cleanSeed(raw: string, spec: SeedSpec): { lines: string[]; unusedDebris: string[] } {
  let lines = raw.split(/\r?\n/).map(normalise);
  if (spec.debrisFrom !== undefined) {
    const from = lines.findIndex((line) => line.startsWith(spec.debrisFrom as string));
    if (from === -1) return { lines, unusedDebris: [spec.debrisFrom] };
    lines = lines.slice(0, from);
  }
  const unusedDebris: string[] = [];
  for (const debris of spec.debrisLines) {
    const index = lines.findIndex((line) => (typeof debris === "string" ? line === debris : debris.test(line)));
    if (index === -1) unusedDebris.push(String(debris));
    else lines.splice(index, 1);
  }
  for (const fragment of spec.debrisFragments) {
    let used = false;
    lines = lines.map((line) => {
      fragment.lastIndex = 0;
      if (!fragment.test(line)) return line;
      used = true;
      fragment.lastIndex = 0;
      return normalise(line.replace(fragment, ""));
    });
    if (!used) unusedDebris.push(String(fragment));
  }
  return { lines: lines.map(unmark).filter((line) => line !== ""), unusedDebris };
}

function paragraphsOf(document: CourseDocument): string[] {
  return document.sections.flatMap((section) =>
    section.text.split("\n\n").map((paragraph) => normalise(unmark(paragraph))),
  );
}

describe("course documents", () => {
  it("keep the section ids other code cites, in order", () => {
    const ids = Object.fromEntries(
      courseDocuments.map((document) => [document.id, document.sections.map((section) => section.id)]),
    );
    expect(ids).toEqual(expectedIds);
  });

  it.each(courseDocuments.map((document) => [document.id, document] as const))(
    "%s follows the text conventions",
    (_, document) => {
      expect(document.description.length).toBeLessThanOrEqual(100);
      expect(document.source).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
      for (const section of document.sections) {
        expect(section.title.trim()).toBe(section.title);
        const paragraphs = section.text.split("\n\n");
        for (const paragraph of paragraphs) {
          expect(paragraph, `${document.id}/${section.id}`).not.toBe("");
          expect(paragraph, `${document.id}/${section.id}`).toBe(paragraph.trim());
          expect(paragraph, `${document.id}/${section.id}`).not.toMatch(/\n| {2}|\t/);
        }
      }
    },
  );
});

describe.skipIf(!existsSync(seedsDir))("course fidelity to the seeds", () => {
  it("transcribes every seed, once", () => {
    expect(courseDocuments.map((document) => document.source).sort()).toEqual(Object.keys(seeds).sort());
  });

  describe.each(Object.entries(seeds))("%s", (file, spec) => {
    // Read inside the tests: a skipped suite is still collected, and the seeds may be absent.
    const load = () => {
      const document = courseDocuments.find((candidate) => candidate.id === spec.documentId);
      if (!document) throw new Error(`no document ${spec.documentId}`);
      return { document, ...cleanSeed(readFileSync(resolve(seedsDir, file), "utf8"), spec) };
    };

    it("is the source of its document, and its debris list matches the seed", () => {
      const { document, unusedDebris } = load();
      expect(document.source).toBe(file);
      expect(unusedDebris).toEqual([]);
    });

    it("has every sentence of the seed in the document, in order (headings as titles)", () => {
      const { document, lines } = load();
      const titles = new Set([document.title, ...document.sections.map((section) => section.title)].map(normalise));
      // One paragraph per line: a sentence must sit inside a paragraph, never across two.
      const body = paragraphsOf(document).join("\n");
      const missing: string[] = [];
      const outOfOrder: string[] = [];
      let cursor = 0;
      for (const line of lines) {
        if (titles.has(line)) continue;
        for (const sentence of sentences(line)) {
          const at = body.indexOf(sentence, cursor);
          if (at !== -1) cursor = at + sentence.length;
          else if (body.includes(sentence)) outOfOrder.push(sentence);
          else missing.push(sentence);
        }
      }
      expect(missing).toEqual([]);
      expect(outOfOrder).toEqual([]);
    });

    it("adds nothing: every sentence of the document comes from the seed", () => {
      const { document, lines } = load();
      const seedText = lines.join("\n");
      const added = paragraphsOf(document)
        .map((paragraph) => (spec.additions ?? []).reduce((text, addition) => text.replace(addition, ""), paragraph))
        .flatMap(sentences)
        .filter((sentence) => !seedText.includes(sentence));
      expect(added).toEqual([]);
    });
  });
});
