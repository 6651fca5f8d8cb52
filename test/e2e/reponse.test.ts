import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customIds, DEFAULT_IDS, type MessageState } from "../discord-server/index.js";
import { type Classroom, expectNoViolations, openClassroom } from "./setup.js";

const [student] = DEFAULT_IDS.studentIds;
const goodAnswer =
  "L'interactivité, c'est que les internautes peuvent aimer, commenter et partager les publications d'une marque, " +
  "et ainsi dialoguer avec elle. L'engagement, c'est leur participation active : ils réagissent, donnent leur avis " +
  "et s'abonnent au compte pour faire partie de la communauté. La marque doit donc concevoir des contenus qui " +
  "encouragent ces réactions et répondre rapidement aux commentaires et aux questions. Plus une publication suscite " +
  "d'engagement, plus elle gagne en visibilité.";

let room: Classroom;

beforeAll(async () => {
  room = await openClassroom();
});

afterAll(async () => {
  await room?.close();
});

async function answer(question: number, text: string, locale = "fr"): Promise<MessageState> {
  const command = await room.discord.sendCommand({
    name: "reponse",
    userId: student,
    locale,
    options: [{ name: "question", value: question }],
  });
  await command.settled();
  const modal = command.modal();
  expect(modal?.custom_id).toBe(`reponse:submit:${question}`);
  const submitted = await room.discord.submitModal({
    customId: `reponse:submit:${question}`,
    userId: student,
    locale,
    fields: { answer: text },
  });
  await submitted.settled();
  const message = submitted.message();
  if (!message) throw new Error("no graded reply");
  return message;
}

async function score(): Promise<MessageState> {
  const handle = await room.discord.sendCommand({ name: "score", userId: student });
  await handle.settled();
  return handle.message() as MessageState;
}

describe("/reponse", () => {
  it("GIVEN a good written answer THEN a private grade, ideas with their sections, the model answer behind a spoiler, points stored", async () => {
    const message = await answer(1, goodAnswer);
    expect(message.ephemeral).toBe(true);
    const [grade, model] = message.embeds;
    expect(grade?.title).toMatch(/^Question 1 : ([7-9]|10)\/10 \(bien\)$/);
    expect(grade?.fields?.map((field) => field.name)).toEqual(["✅ Idées présentes", "❌ Idées manquantes"]);
    expect(grade?.footer?.text).toMatch(/^\+\d+ points ajoutés à votre score\.$/);
    expect(model?.description).toMatch(/^\|\|.+\|\|$/s);
    expect(customIds(message).every((id) => id.startsWith("cours:open:"))).toBe(true);
    expect(customIds(message).length).toBeGreaterThan(0);

    const points = Number(/\+(\d+)/.exec(grade?.footer?.text ?? "")?.[1]);
    const after = await score();
    expect(after.embeds[0]?.fields?.find((field) => field.name === "Points")?.value).toBe(String(points));
    expect(
      after.embeds[0]?.fields?.find((field) => field.name === "Réponses rédigées (meilleure note)")?.value,
    ).toMatch(/Interactivité et engagement : \d+\/10/);
    expectNoViolations(room.discord);
  });

  it("GIVEN a second answer the same day THEN it is graded but not counted", async () => {
    const before = (await score()).embeds[0]?.fields?.find((field) => field.name === "Points")?.value;
    const message = await answer(1, goodAnswer);
    expect(message.embeds[0]?.title).toMatch(/^Question 1 : \d+\/10/);
    expect(message.embeds[0]?.footer?.text).toContain("ne compte pas");
    expect((await score()).embeds[0]?.fields?.find((field) => field.name === "Points")?.value).toBe(before);
    expectNoViolations(room.discord);
  });

  it("GIVEN a copied question or an English answer THEN a friendly explanation, low or no grade", async () => {
    const copy = await answer(
      3,
      "La viralité des réseaux est-elle une bonne chose ? La viralité des réseaux est-elle une bonne chose ?",
    );
    expect(copy.embeds[0]?.title).toMatch(/^Question 3 : [0-2]\/10 \(insuffisant\)$/);
    expect(copy.embeds[0]?.description).toContain("reprend surtout la question");

    const english = await answer(
      2,
      "An active community is useful because members share the content, talk about the brand and become loyal customers.",
      "en-US",
    );
    expect(english.content).toContain("does not seem to be in French");
    expectNoViolations(room.discord);
  });
});
