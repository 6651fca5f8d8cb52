import { describe, expect, it } from "vitest";
import { compileIdea, matchIdea } from "../../src/domain/grading/match.js";
import { analyse } from "../../src/domain/grading/normalize.js";

// "répond*": Snowball keeps the "r" of "répondre" ("répondr") but not of "répondent"; the rubric writes the prefix.
const respond = compileIdea({ id: "repondre", expressions: ["répond* commentaire"], negatable: true });

function result(text: string, idea = respond) {
  return matchIdea(analyse(text).sentences, idea);
}

describe("GIVEN a negatable idea and a sentence that says the opposite", () => {
  it.each([
    "Les entreprises ne doivent pas répondre aux commentaires.",
    "Les entreprises n'ont pas besoin de répondre aux commentaires.",
    "Elles ne répondent jamais aux commentaires.",
    "Elles ne répondent plus aux commentaires.",
    "Il ne sert à rien de répondre aux commentaires.",
    "C'est pas utile de répondre aux commentaires.",
    "Aucune marque ne prend le temps de répondre aux commentaires.",
    "Les marques publient sans répondre aux commentaires.",
    "Répondre aux commentaires n'est pas important.",
  ])("THEN « %s » does not cover it", (text) => {
    expect(result(text)).toMatchObject({ covered: false, negatedOnly: true });
  });
});

describe("GIVEN a negatable idea and a sentence that only looks negative", () => {
  it.each([
    ["restriction « ne … que »", "Les marques n'ont qu'à répondre aux commentaires."],
    ["« pas seulement »", "Il ne faut pas seulement publier, il faut répondre aux commentaires."],
    ["« pas que »", "Ce n'est pas que de la pub : il faut répondre aux commentaires."],
    ["litotes « ne pas négliger »", "Il ne faut pas négliger de répondre aux commentaires."],
    ["litotes « n'hésitez pas »", "N'hésitez pas à répondre aux commentaires."],
    ["litotes « ne jamais oublier »", "Ne jamais oublier de répondre aux commentaires."],
    ["litotes « sans attendre »", "Il faut répondre aux commentaires sans attendre."],
    ["negation in another clause", "Il ne faut pas mentir, mais répondre aux commentaires."],
    ["negation in another sentence", "Ce n'est pas facile. Il faut répondre aux commentaires."],
    ["« sans » after the idea", "Répondre aux commentaires sans se fâcher."],
    ["« et ne pas » opens a clause", "Il faut répondre aux commentaires et ne pas les supprimer."],
  ])("THEN %s still covers it", (_case, text) => {
    expect(result(text).covered).toBe(true);
  });
});

describe("GIVEN an idea the rubric does not mark negatable", () => {
  it("THEN a negated sentence still covers it", () => {
    const idea = compileIdea({ id: "rumeurs", expressions: ["rumeur"], negatable: false });
    expect(result("On ne peut pas arrêter les rumeurs.", idea).covered).toBe(true);
  });
});

describe("GIVEN an expression that is negative itself", () => {
  it("THEN the negation it contains does not cancel it", () => {
    const idea = compileIdea({ id: "mentir", expressions: ["jamais|pas mentir"], negatable: true });
    expect(result("Une marque ne doit jamais mentir.", idea).covered).toBe(true);
  });
});
