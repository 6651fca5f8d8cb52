/**
 * The class calendar end to end: `/config vacances` (add, remove, clear) and `/config jours-feries` through the
 * local Discord, their French (and English) messages, and what `/config voir` and `/aide` then say.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDay } from "../../src/domain/time.js";
import { addDays } from "../../src/domain/tips/schedule.js";
import { customIds, DEFAULT_IDS, type MessageState, messageText } from "../discord-server/index.js";
import { type Classroom, expectNoViolations, openClassroom } from "./setup.js";

const { teacherId } = DEFAULT_IDS;
const { annonces } = DEFAULT_IDS.channels;
let room: Classroom;

beforeAll(async () => {
  room = await openClassroom();
}, 60_000);

afterAll(async () => {
  await room?.close();
});

type Option = { name: string; value: string | boolean; focused?: boolean };

async function configMessage(options: unknown[], locale = "fr"): Promise<MessageState> {
  const handle = await room.discord.sendCommand({
    name: "config",
    userId: teacherId,
    locale,
    options: options as never,
  });
  await handle.settled(10_000);
  const message = handle.message();
  expect(message?.ephemeral).toBe(true);
  return message as MessageState;
}

async function config(options: unknown[], locale = "fr"): Promise<string> {
  return messageText(await configMessage(options, locale));
}

/** `/config vacances effacer`'s question, and the custom ID of its button that starts with `prefix`. */
async function clearQuestion(locale = "fr") {
  const message = await configMessage([{ name: "vacances", options: [{ name: "effacer", options: [] }] }], locale);
  const button = (prefix: string) => customIds(message).find((id) => id.startsWith(prefix)) ?? `(no ${prefix})`;
  return {
    message,
    text: messageText(message),
    confirm: button("config:breaks-clear:"),
    keep: button("config:breaks-keep"),
  };
}

/** What a click on `customId` left in its message (an update's content, or the private answer's). */
async function click(
  message: MessageState,
  customId: string,
  {
    userId = teacherId,
    locale = "fr",
    memberPermissions,
  }: { userId?: string; locale?: string; memberPermissions?: bigint } = {},
) {
  const handle = await room.discord.clickButton({
    message,
    customId,
    userId,
    locale,
    ...(memberPermissions === undefined ? {} : { memberPermissions }),
  });
  await handle.settled();
  const last = handle.calls().at(-1)?.body as { content?: string; data?: { content?: string } } | undefined;
  return last?.content ?? last?.data?.content ?? "";
}

const vacances = (subcommand: string, options: Option[] = [], locale = "fr") =>
  config([{ name: "vacances", options: [{ name: subcommand, options }] }], locale);

const french = (day: string) => day.split("-").reverse().join("/");

describe("/config vacances and /config jours-feries", () => {
  it("GIVEN a moderator adding, refusing, listing and removing holiday periods THEN each step says what it did, and bad input changes nothing", async () => {
    const today = localDay(new Date(), "Europe/Paris");
    const lastDay = addDays(today, 3);

    expect(
      await vacances("ajouter", [
        { name: "du", value: "19/12/2030" },
        { name: "au", value: "2031-01-05" },
        { name: "nom", value: "Noël" },
      ]),
    ).toBe("✅ Vacances ajoutées : du 19/12/2030 au 05/01/2031 (Noël). Pas d'astuce pendant cette période.");

    const bad = await vacances("ajouter", [
      { name: "du", value: "31/02/2031" },
      { name: "au", value: "demain" },
    ]);
    expect(bad).toContain("« 31/02/2031 » n'est pas une date valide : écrivez-la JJ/MM/AAAA");
    expect(bad).toContain("« demain » n'est pas une date valide");
    expect(bad).toContain("Rien n'a été modifié.");
    expect(
      await vacances("ajouter", [
        { name: "du", value: "06/01/2031" },
        { name: "au", value: "19/12/2030" },
      ]),
    ).toContain("La période finit avant de commencer (du 06/01/2031 au 19/12/2030)");
    expect(
      await vacances("ajouter", [
        { name: "du", value: "19/12/2030" },
        { name: "au", value: "05/01/2031" },
      ]),
    ).toContain("Cette période existe déjà");

    // A period starting today: the next tip is announced after it.
    expect(
      await vacances("ajouter", [
        { name: "du", value: french(today) },
        { name: "au", value: lastDay },
      ]),
    ).toContain(`du ${french(today)} au ${french(lastDay)}`);
    expect(
      await config([
        {
          name: "astuces",
          options: [
            { name: "salon", value: annonces },
            { name: "heure", value: "00:00" },
          ],
        },
      ]),
    ).toContain("✅ Astuces du jour enregistrées.");
    expect(room.discord.channelMessages(annonces).filter((message) => !message.interactionId)).toEqual([]);

    const status = await config([{ name: "voir" }]);
    expect(status).toContain("Jours sans astuce");
    expect(status).toContain("Jours fériés : France (les jours d'école seulement)");
    expect(status).toContain("• du 19/12/2030 au 05/01/2031 (Noël)");
    expect(status).toContain(`• du ${french(today)} au ${french(lastDay)}`);
    expect(status).toContain("du lundi au vendredi, sauf jours fériés (France) et vacances définies");
    const next = Number(/Prochaine astuce : <t:(\d+):F>/.exec(status)?.[1]);
    expect(next * 1000).toBeGreaterThan(Date.parse(`${lastDay}T00:00:00Z`));

    // Removing: picked from the autocomplete; an unknown value lists the periods.
    const choices = await room.discord.sendAutocomplete({
      name: "config",
      userId: teacherId,
      options: [
        {
          name: "vacances",
          options: [{ name: "retirer", options: [{ name: "periode", value: "noël", focused: true }] }],
        },
      ],
    });
    await choices.settled();
    expect(choices.autocompleteChoices()).toEqual([
      { name: "du 19/12/2030 au 05/01/2031 (Noël)", value: "2030-12-19_2031-01-05" },
    ]);
    expect(await vacances("retirer", [{ name: "periode", value: "2030-12-19_2031-01-05" }])).toContain(
      "✅ Période retirée : du 19/12/2030 au 05/01/2031 (Noël).",
    );
    const unknown = await vacances("retirer", [{ name: "periode", value: "Pâques" }]);
    expect(unknown).toContain("Aucune période ne correspond à « Pâques »");
    expect(unknown).toContain(`du ${french(today)} au ${french(lastDay)}`);

    // Clearing asks first; cancelled, nothing goes. In English, for an English Discord.
    const english = await clearQuestion("en-US");
    expect(english.text).toContain("Remove the holiday period? Tips will be posted on those days again.");
    expect(english.text).toContain(`from ${today} to ${lastDay}`);
    expect(await click(english.message, english.keep, { locale: "en-US" })).toBe(
      "Nothing was removed: the holiday periods stay.",
    );
    expect(await config([{ name: "voir" }])).toContain(`• du ${french(today)} au ${french(lastDay)}`);

    // Whoever lost Manage Server since the question cannot confirm it (buttons bypass command permissions).
    const asked = await clearQuestion();
    expect(asked.text).toContain("Effacer la période de vacances ?");
    expect(await click(asked.message, asked.confirm, { memberPermissions: 0n })).toContain(
      "Seuls les modérateurs (permission « Gérer le serveur »)",
    );
    // The list changed after the question: the old question clears nothing.
    await vacances("ajouter", [
      { name: "du", value: "12/04/2031" },
      { name: "au", value: "27/04/2031" },
    ]);
    expect(await click(asked.message, asked.confirm)).toContain("ont changé depuis la question : rien n'a été effacé");
    expect(await config([{ name: "voir" }])).toContain("• du 12/04/2031 au 27/04/2031");

    // Confirmed, twice at once: cleared once, the other click says there is nothing left.
    const both = await clearQuestion();
    expect(both.text).toContain("Effacer les 2 périodes de vacances ?");
    const clicks = await Promise.all([1, 2].map(() => click(both.message, both.confirm)));
    expect(clicks.filter((text) => text.includes("Toutes les périodes de vacances sont supprimées (2)"))).toHaveLength(
      1,
    );
    expect(clicks.filter((text) => text.includes("Aucune période de vacances n'est définie"))).toHaveLength(1);
    expect(await vacances("effacer")).toContain("Aucune période de vacances n'est définie");
    expectNoViolations(room.discord);
  }, 60_000);

  it("GIVEN public holidays by country and region THEN bad values are named with the valid ones, good ones show in /config voir and /aide", async () => {
    const joursFeries = (options: Option[], locale = "fr") => config([{ name: "jours-feries", options }], locale);

    const country = await joursFeries([{ name: "pays", value: "Atlantide" }]);
    expect(country).toContain("« Atlantide » n'est pas un pays connu");
    expect(country).toMatch(/\bBE, .*\bFR\b/);
    expect(country).toContain("Rien n'a été modifié.");
    const region = await joursFeries([
      { name: "pays", value: "FR" },
      { name: "region", value: "Bretagne" },
    ]);
    expect(region).toContain("« Bretagne » n'est pas une région de France");
    expect(region).toContain("67 (");

    const suggestions = await room.discord.sendAutocomplete({
      name: "config",
      userId: teacherId,
      options: [
        {
          name: "jours-feries",
          options: [
            { name: "pays", value: "FR" },
            { name: "region", value: "rhin", focused: true },
          ],
        },
      ],
    });
    await suggestions.settled();
    expect(suggestions.autocompleteChoices()?.map((choice) => choice.value)).toEqual(
      expect.arrayContaining(["67", "68"]),
    );

    expect(
      await joursFeries([
        { name: "pays", value: "france" },
        { name: "region", value: "67" },
      ]),
    ).toContain("✅ Jours fériés : **France, ");
    const status = await config([{ name: "voir" }]);
    expect(status).toMatch(/Jours fériés : France, [^\n]*Bas-Rhin/);

    const aide = await room.discord.sendCommand({ name: "aide", userId: DEFAULT_IDS.studentIds[0] });
    await aide.settled();
    const help = messageText(aide.message() as MessageState);
    expect(help).toContain("Astuce du jour");
    // Every moderator command and the note on permissions fit: /config's subcommands take more than one field.
    expect(help).toContain("Paramètres du serveur → Intégrations → Réso.");
    expect(help).toContain("`/config vacances effacer`");
    expect(help).toMatch(
      /Publiée à 00:00 \(Europe\/Paris\) dans <#\d+>, du lundi au vendredi, sauf jours fériés \(France, [^)]*Bas-Rhin\)\./,
    );

    expect(await joursFeries([{ name: "pays", value: "aucun" }])).toContain("Aucun jour férié n'est sauté");
    const english = await room.discord.sendCommand({ name: "aide", locale: "en-US" });
    await english.settled();
    expect(messageText(english.message() as MessageState)).toContain("Monday to Friday.");
    expectNoViolations(room.discord);
  }, 60_000);
});
