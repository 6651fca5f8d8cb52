import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  DEFAULT_BOT_PERMISSIONS,
  DEFAULT_IDS,
  getButton,
  LocalDiscord,
  type MessageState,
  messageText,
  Permissions,
} from "../discord-server/index.js";
import { tipBank } from "../pack.js";
import { botEnv, runNodeScript, startBot, stopAllBots } from "./harness.js";

const { guildId, teacherId } = DEFAULT_IDS;
const student = DEFAULT_IDS.studentIds[0];
const { general, annonces } = DEFAULT_IDS.channels;
const titles = new Set(tipBank.map((tip) => tip.title));

/** The time of day in Paris, "HH:MM", of `date`. */
function parisTime(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Paris",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(date);
}

/** Waits out the last seconds before midnight in Paris: "the current minute" must still be today when the bot checks. */
async function awayFromMidnight(): Promise<void> {
  const now = new Date();
  if (parisTime(now) === "23:59" && now.getSeconds() >= 45) await new Promise((resolve) => setTimeout(resolve, 20_000));
}

const botMessages = (discord: LocalDiscord, channelId: string): MessageState[] =>
  discord.channelMessages(channelId).filter((message) => message.interactionId === undefined);

describe("daily tips, end to end", () => {
  let discord: LocalDiscord;
  let dataDir: string;

  beforeEach(async () => {
    discord = await LocalDiscord.start();
    dataDir = await mkdtemp(join(tmpdir(), "reso-tips-e2e-"));
    const deploy = await runNodeScript(
      "dist/deploy-commands.js",
      botEnv(discord, dataDir, { DISCORD_GUILD_ID: guildId }),
    );
    expect(deploy.code, deploy.stderr).toBe(0);
  });

  afterEach(async () => {
    await stopAllBots();
    await discord.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("GIVEN a moderator sets the tips for the current minute THEN the tip arrives once, survives a restart without a repeat, and /config voir shows it", async () => {
    const bot = await startBot({ discord, dataDir, env: { LOG_LEVEL: "debug" } });
    await awayFromMidnight();
    const time = parisTime(new Date());

    const configure = await discord.sendCommand({
      name: "config",
      userId: teacherId,
      channelId: general,
      options: [
        {
          name: "astuces",
          options: [
            { name: "salon", value: annonces },
            { name: "heure", value: time },
            { name: "jours", value: "all" },
          ],
        },
      ],
    });
    await configure.settled(10_000);
    const reply = configure.message();
    expect(reply?.ephemeral).toBe(true);
    expect(reply?.content).toContain("✅ Astuces du jour enregistrées.");
    expect(reply?.content).toContain(`**${time}** (Europe/Paris)`);
    expect(reply?.content).toContain("c'est fait →");

    // Exactly one tip in the channel: an embed with a known title, the source in the footer, the section button.
    const posted = botMessages(discord, annonces);
    expect(posted).toHaveLength(1);
    const tipMessage = posted[0] as MessageState;
    const embed = tipMessage.embeds[0];
    expect(embed?.author?.name).toBe("💡 Astuce du jour");
    expect(titles.has(embed?.title ?? "")).toBe(true);
    expect(embed?.footer?.text).toMatch(/^Sources? : /);
    const tipId = tipBank.find((tip) => tip.title === embed?.title)?.id;
    const post = discord.calls.find((call) => call.method === "POST" && call.path === `/channels/${annonces}/messages`);
    expect(post?.body).toMatchObject({ allowed_mentions: { parse: [] } });
    expect(reply?.content).toContain(tipMessage.id);

    // Its button opens the cited section privately, for a student.
    const button = getButton(tipMessage, { customIdPrefix: "cours:open:" });
    const open = await discord.clickButton({
      customId: button.custom_id as string,
      message: tipMessage,
      userId: student,
    });
    await open.settled();
    expect(open.message()?.ephemeral).toBe(true);
    expect(open.message()?.embeds[0]?.title).toBeTruthy();

    // A student's /astuce shows today's tip, privately.
    const astuce = await discord.sendCommand({ name: "astuce", userId: student, channelId: general });
    await astuce.settled();
    expect(astuce.message()?.ephemeral).toBe(true);
    expect(astuce.message()?.embeds[0]?.title).toBe(embed?.title);
    expect(astuce.message()?.content).toContain(tipMessage.id);

    // A restart within the same day: the start-up check runs and posts nothing.
    expect(await bot.stop()).toBe(0);
    const again = await startBot({ discord, dataDir, env: { LOG_LEVEL: "debug" } });
    await again.waitForOutput(/"msg":"daily tips checked"/, 15_000);
    await discord.idle(300);
    expect(botMessages(discord, annonces)).toHaveLength(1);
    expect(again.output()).not.toContain('"msg":"daily tip posted"');

    // Publishing by hand is refused: today's tip is out.
    const publish = await discord.sendCommand({
      name: "config",
      userId: teacherId,
      options: [{ name: "publier-astuce" }],
    });
    await publish.settled(10_000);
    expect(publish.message()?.content).toContain("déjà publiée");
    expect(botMessages(discord, annonces)).toHaveLength(1);

    // /config voir: the settings, the last post (title and link), no problem, and the next one tomorrow.
    const voir = await discord.sendCommand({ name: "config", userId: teacherId, options: [{ name: "voir" }] });
    await voir.settled(10_000);
    const status = voir.message();
    expect(status?.ephemeral).toBe(true);
    const text = messageText(status as MessageState);
    expect(text).toContain(`<#${annonces}>`);
    expect(text).toContain(embed?.title);
    expect(text).toContain(`https://discord.com/channels/${guildId}/${annonces}/${tipMessage.id}`);
    expect(text).toContain("✅ Aucun");
    expect(text).toMatch(/Prochaine astuce[\s\S]*<t:\d+:F>/);
    expect(text).toContain("1 astuce sur");
    expect(tipId).toBeDefined();

    expect(discord.violations).toEqual([]);
  }, 60_000);

  it("GIVEN bad values, a channel Réso cannot post in, or a student THEN nothing changes and each problem is named", async () => {
    await startBot({ discord, dataDir });
    const configure = (options: { name: string; value: string | boolean }[], locale = "fr") =>
      discord.sendCommand({ name: "config", userId: teacherId, locale, options: [{ name: "astuces", options }] });

    const bad = await configure([
      { name: "salon", value: annonces },
      { name: "heure", value: "25:99" },
      { name: "fuseau", value: "Europe/Pariss" },
    ]);
    await bad.settled(10_000);
    expect(bad.message()?.content).toContain("« 25:99 » n'est pas une heure valide");
    expect(bad.message()?.content).toContain("« Europe/Pariss » n'est pas un fuseau horaire connu");
    expect(bad.message()?.content).toContain("Rien n'a été modifié.");

    // Réso may view and send in #annonces, but not embed links: named, nothing saved, nothing posted.
    discord.setChannelBotPermissions(guildId, annonces, DEFAULT_BOT_PERMISSIONS & ~Permissions.EmbedLinks);
    await discord.idle(200);
    const noEmbeds = await configure(
      [
        { name: "salon", value: annonces },
        { name: "heure", value: "00:00" },
      ],
      "en-US",
    );
    await noEmbeds.settled(10_000);
    expect(noEmbeds.message()?.content).toContain(`Réso cannot post in <#${annonces}>: Réso lacks “Embed Links”.`);
    expect(noEmbeds.message()?.content).toContain("Nothing was changed.");
    const voir = await discord.sendCommand({ name: "config", userId: teacherId, options: [{ name: "voir" }] });
    await voir.settled(10_000);
    expect(messageText(voir.message() as MessageState)).toContain("Pas encore configurées");

    // Autocomplete of the zone.
    const zones = await discord.sendAutocomplete({
      name: "config",
      userId: teacherId,
      options: [
        {
          name: "astuces",
          options: [
            { name: "salon", value: general },
            { name: "heure", value: "08:30" },
            { name: "fuseau", value: "paris", focused: true },
          ],
        },
      ],
    });
    await zones.settled();
    expect(zones.autocompleteChoices()?.[0]).toMatchObject({ value: "Europe/Paris" });

    // Saved on #général for later today; then the channel loses a permission: /config voir names it.
    const ok = await configure([
      { name: "salon", value: general },
      { name: "heure", value: "23:59" },
      { name: "actif", value: true },
    ]);
    await ok.settled(10_000);
    expect(ok.message()?.content).toContain("✅ Astuces du jour enregistrées.");
    discord.setChannelBotPermissions(guildId, general, DEFAULT_BOT_PERMISSIONS & ~Permissions.SendMessages);
    await discord.idle(200);
    const broken = await discord.sendCommand({ name: "config", userId: teacherId, options: [{ name: "voir" }] });
    await broken.settled(10_000);
    expect(messageText(broken.message() as MessageState)).toContain("il manque à Réso « Envoyer des messages »");

    // The channel is deleted: /config voir and a manual post say so, and nothing is sent anywhere.
    discord.deleteChannel(guildId, general);
    await discord.idle(200);
    const gone = await discord.sendCommand({
      name: "config",
      userId: teacherId,
      channelId: annonces,
      options: [{ name: "voir" }],
    });
    await gone.settled(10_000);
    expect(messageText(gone.message() as MessageState)).toContain("le salon n'existe plus");
    const publishGone = await discord.sendCommand({
      name: "config",
      userId: teacherId,
      channelId: annonces,
      options: [{ name: "publier-astuce" }],
    });
    await publishGone.settled(10_000);
    expect(publishGone.message()?.content).toContain(
      `Réso ne peut pas publier dans <#${general}> : le salon n'existe plus`,
    );

    // A student cannot post a tip, even if the command reached Réso.
    const sneaky = await discord.sendCommand({
      name: "config",
      userId: student,
      channelId: annonces,
      options: [{ name: "publier-astuce" }],
    });
    await sneaky.settled();
    expect(sneaky.message()?.content).toContain("Seuls les modérateurs");
    expect(
      discord.calls.filter((call) => call.method === "POST" && /^\/channels\/\d+\/messages$/.test(call.path)),
    ).toEqual([]);

    expect(discord.violations).toEqual([]);
  }, 60_000);
});
