import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/domain/grading/language.js";
import { wordsOf } from "../../src/domain/grading/normalize.js";

const language = (text: string) => detectLanguage(wordsOf(text), text);

describe("GIVEN an answer in French", () => {
  it.each([
    "La viralité c'est bien car ça donne de la visibilité mais les fake news se propagent vite",
    "le like, le partage, les comments et le community management c'est l'engagement",
    "Community management, engagement rate, reach, followers : tout ça mesure l'engagement",
    "c la viralité c bien pr la visibilité mé fo fair gaffe o fake news",
    "liker, commenter, partager",
    "oui et non ça dépend",
    "Le bad buzz peut arriver si la marque ne répond pas aux haters.",
  ])("THEN « %s » is French", (text) => {
    expect(language(text)).toBe("fr");
  });
});

describe("GIVEN an answer in another language", () => {
  it.each([
    "Social networks let users like, comment and share content, so brands can engage their audience.",
    "Virality is good because it gives visibility but fake news spread fast.",
    "Engagement = likes, comments, shares. Community management is key.",
    "Las redes sociales permiten interactuar con la marca y compartir contenido.",
    "Die sozialen Netzwerke ermöglichen es den Nutzern, Inhalte zu teilen.",
    "I social network permettono alle aziende di avere più visibilità e non costano molto.",
    "As redes sociais são muito importantes para a marca e para os clientes.",
    "الشبكات الاجتماعية تسمح للعلامات التجارية بالتفاعل مع جمهورها",
    "Социальные сети позволяют брендам общаться с клиентами",
  ])("THEN « %s » is not French", (text) => {
    expect(language(text)).toBe("other");
  });
});
