import { once } from "node:events";
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  type ChatInputCommandInteraction,
  Client,
  ContainerBuilder,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  LabelBuilder,
  MessageFlags,
  ModalBuilder,
  PermissionFlagsBits,
  Routes,
  SlashCommandBuilder,
  TextChannel,
  TextDisplayBuilder,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  customIds,
  DEFAULT_IDS,
  defaultGuildFixture,
  findButton,
  getButton,
  LocalDiscord,
  type LocalDiscordOptions,
  messageText,
  Permissions,
  strictSchemas,
} from "./index.js";

type Handler = (interaction: Interaction) => Promise<void> | void;

interface Connected {
  server: LocalDiscord;
  client: Client;
  /** Replaces the interactionCreate handler; errors thrown by it are collected in `errors`. */
  on(handler: Handler): void;
  errors: unknown[];
}

async function connect(options: LocalDiscordOptions = {}, clientOptions: { shards?: "auto" } = {}): Promise<Connected> {
  const server = await LocalDiscord.start(options);
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: server.apiUrl }, ...clientOptions });
  const errors: unknown[] = [];
  let current: Handler = () => undefined;
  client.on(Events.InteractionCreate, (interaction) => {
    Promise.resolve()
      .then(() => current(interaction))
      .catch((error: unknown) => errors.push(error));
  });
  const ready = once(client, Events.ClientReady);
  await client.login(server.token);
  await ready;
  await server.waitForReady();
  return {
    server,
    client,
    errors,
    on(handler) {
      current = handler;
    },
  };
}

async function disconnect(connected: Connected | undefined): Promise<void> {
  if (!connected) return;
  await connected.client.destroy();
  await connected.server.close();
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `errors` has an entry (handlers run asynchronously after the server's dispatch). */
async function firstError(errors: unknown[], timeoutMs = 3000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  while (errors.length === 0) {
    if (Date.now() > deadline) throw new Error("expected the handler to fail");
    await sleep(10);
  }
  return errors[0];
}

describe("strict schemas", () => {
  it("rejects unknown keys, also nested", () => {
    const schemas = strictSchemas();
    const create = schemas.MessageCreateRequestSchema;
    expect(create?.safeParse({ content: "ok" }).success).toBe(true);
    expect(create?.safeParse({ content: "ok", ephemeral: true }).success).toBe(false);
    expect(create?.safeParse({ embeds: [{ title: "t", colour: 3 }] }).success).toBe(false);
  });
});

describe("with one client logged in", () => {
  let c: Connected;

  beforeAll(async () => {
    c = await connect();
  });
  afterAll(async () => {
    await disconnect(c);
  });
  beforeEach(() => {
    c.server.clearRecords();
    c.errors.length = 0;
    c.on(() => undefined);
  });
  afterEach(() => {
    // Handler errors show up as failures of the test that caused them.
    expect(c.errors).toEqual([]);
  });

  it("logs in, becomes ready and caches the default guild with permissions the server enforces", () => {
    const guild = c.client.guilds.cache.get(DEFAULT_IDS.guildId);
    expect(guild?.name).toBe("Classe de 1re");
    expect(guild?.channels.cache.map((ch) => ch.name).sort()).toEqual(["annonces", "général"]);
    const me = guild?.members.me;
    expect(me?.id).toBe(c.server.botUserId);
    const general = guild?.channels.cache.get(DEFAULT_IDS.channels.general);
    expect(general?.permissionsFor(c.client.user ?? "")?.has(PermissionFlagsBits.SendMessages)).toBe(true);
    expect(c.server.identifiedIntents).toBe(GatewayIntentBits.Guilds);
    // Without GUILD_PRESENCES, Discord only sends the bot itself in GUILD_CREATE.
    expect(guild?.members.cache.size).toBe(1);
  });

  it("registers commands through PUT, with ids, and rejects invalid names", async () => {
    const quiz = new SlashCommandBuilder()
      .setName("quiz")
      .setDescription("Lance un quiz")
      .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
      .addSubcommand((sub) =>
        sub
          .setName("lancer")
          .setDescription("Lance")
          .addStringOption((o) => o.setName("theme").setDescription("Thème").setRequired(true).setAutocomplete(true))
          .addIntegerOption((o) => o.setName("questions").setDescription("Nombre")),
      );
    const saved = await c.client.application?.commands.set([quiz]);
    expect(saved?.size).toBe(1);
    expect(c.server.violations).toEqual([]);
    const global = c.server.registeredCommands().global as {
      id: string;
      name: string;
      default_member_permissions: string;
    }[];
    expect(global[0]?.name).toBe("quiz");
    expect(global[0]?.default_member_permissions).toBe("32");
    expect(global[0]?.id).toMatch(/^\d+$/);

    await expect(
      c.client.rest.put(Routes.applicationCommands(c.server.applicationId), {
        body: [{ name: "Quiz Start", description: "x", type: 1 }],
      }),
    ).rejects.toMatchObject({ code: 50035, status: 400 });
    expect(c.server.violations).toMatchObject([
      { kind: "limit", path: "[0].name", route: "/applications/:app/commands" },
    ]);
    // The failed PUT did not replace the registered commands.
    expect((c.server.registeredCommands().global[0] as { name: string }).name).toBe("quiz");
  });

  it("answers a slash command with reply: recorded, valid, message state ephemeral", async () => {
    let seen: ChatInputCommandInteraction | undefined;
    c.on(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      seen = interaction;
      await interaction.reply({ content: `Bonjour ${interaction.user.globalName}`, flags: MessageFlags.Ephemeral });
    });
    const handle = await c.server.sendCommand({ name: "aide", userId: DEFAULT_IDS.studentIds[1] });
    const call = await handle.response();
    expect(call.status).toBe(204);
    expect(call.body).toMatchObject({ type: 4, data: { content: "Bonjour Hugo", flags: 64 } });
    expect(call.headers.authorization).toBeUndefined();
    await handle.settled();
    expect(handle.message()).toMatchObject({
      content: "Bonjour Hugo",
      ephemeral: true,
      channelId: DEFAULT_IDS.channels.general,
    });
    expect(handle.violations()).toEqual([]);
    expect(seen?.locale).toBe("fr");
    expect(seen?.inCachedGuild()).toBe(true);
    expect(seen?.memberPermissions?.has(PermissionFlagsBits.ManageGuild)).toBe(false);
  });

  it("types options from the registered command, nested in sub-commands", async () => {
    await c.client.application?.commands.set([
      new SlashCommandBuilder()
        .setName("revision")
        .setDescription("Révisions")
        .addSubcommandGroup((group) =>
          group
            .setName("fiche")
            .setDescription("Fiches")
            .addSubcommand((sub) =>
              sub
                .setName("voir")
                .setDescription("Voir")
                .addIntegerOption((o) => o.setName("numero").setDescription("N°").setRequired(true))
                .addUserOption((o) => o.setName("eleve").setDescription("Élève")),
            ),
        ),
    ]);
    let summary = "";
    c.on(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const o = interaction.options;
      summary = `${o.getSubcommandGroup()}/${o.getSubcommand()}/${o.getInteger("numero")}/${o.getUser("eleve")?.username}`;
      await interaction.reply({ content: summary });
    });
    const handle = await c.server.sendCommand({
      name: "revision",
      userId: DEFAULT_IDS.teacherId,
      options: [
        {
          name: "fiche",
          options: [
            {
              name: "voir",
              options: [
                { name: "numero", value: 3 },
                { name: "eleve", value: DEFAULT_IDS.studentIds[0] },
              ],
            },
          ],
        },
      ],
    });
    await handle.settled();
    expect(summary).toBe("fiche/voir/3/lea.dubois");
    expect(handle.message()?.ephemeral).toBe(false);
    await expect(c.server.sendCommand({ name: "revision", options: [{ name: "inconnu" }] })).rejects.toThrow(
      /does not exist/,
    );
  });

  it("follows deferReply + editReply, and reply + followUp", async () => {
    c.on(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      if (interaction.commandName === "lent") {
        await interaction.deferReply();
        await sleep(200);
        await interaction.editReply({ content: "Prêt", embeds: [{ title: "Résultat", description: "Fini" }] });
      } else {
        await interaction.reply("Première");
        await interaction.followUp({ content: "Deuxième", flags: MessageFlags.Ephemeral });
      }
    });
    const slow = await c.server.sendCommand({ name: "lent" });
    expect((await slow.response()).body).toMatchObject({ type: 5 });
    await slow.settled();
    expect(slow.message()).toMatchObject({ content: "Prêt", flags: 0, embeds: [{ title: "Résultat", type: "rich" }] });
    expect(slow.calls().map((call) => `${call.method} ${call.route}`)).toEqual([
      "POST /interactions/:id/:token/callback",
      "PATCH /webhooks/:app/:token/messages/@original",
    ]);

    const twice = await c.server.sendCommand({ name: "double" });
    await twice.settled();
    expect(twice.message()?.content).toBe("Première");
    expect(twice.followUps()).toMatchObject([{ content: "Deuxième", ephemeral: true }]);
    expect(c.server.violations).toEqual([]);
  });

  it("lets a follow-up fill a deferred reply, like Discord", async () => {
    c.on(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.followUp({ content: "Réponse" });
    });
    const handle = await c.server.sendCommand({ name: "suivi" });
    await handle.settled();
    expect(handle.message()).toMatchObject({ content: "Réponse", ephemeral: true });
    expect(handle.followUps()).toEqual([]);
  });

  it("returns the message with withResponse (with_response=true)", async () => {
    let messageId: string | undefined;
    c.on(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const response = await interaction.reply({ content: "Avec réponse", withResponse: true });
      messageId = response.resource?.message?.id;
    });
    const handle = await c.server.sendCommand({ name: "ping" });
    const call = await handle.response();
    await handle.settled();
    expect(call.status).toBe(200);
    expect(call.query.with_response).toBe("true");
    expect(messageId).toBe(handle.message()?.id);
  });

  it("posts channel messages, then updates them from a button click", async () => {
    const channel = c.client.channels.cache.get(DEFAULT_IDS.channels.annonces);
    if (!(channel instanceof TextChannel)) throw new Error("annonces is not cached as a text channel");
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId("vote:oui").setLabel("Oui").setStyle(ButtonStyle.Success),
      new ButtonBuilder().setCustomId("vote:non").setLabel("Non").setStyle(ButtonStyle.Danger),
    );
    await channel.send({ content: "Sortie vendredi ?", components: [row] });
    const [posted] = c.server.channelMessages(DEFAULT_IDS.channels.annonces);
    if (!posted) throw new Error("no message recorded");
    expect(customIds(posted)).toEqual(["vote:oui", "vote:non"]);
    expect(findButton(posted, { label: "Non" })?.custom_id).toBe("vote:non");

    c.on(async (interaction) => {
      if (!interaction.isButton()) return;
      await interaction.update({
        content: `Vote de ${interaction.user.username} : ${interaction.customId}`,
        components: [],
      });
    });
    const button = getButton(posted, { customIdPrefix: "vote:o" });
    const handle = await c.server.clickButton({ customId: button.custom_id ?? "", message: posted });
    await handle.settled();
    expect((await handle.response()).body).toMatchObject({ type: 7 });
    expect(handle.message()?.id).toBe(posted.id);
    expect(c.server.channelMessages(DEFAULT_IDS.channels.annonces)[0]).toMatchObject({
      content: "Vote de lea.dubois : vote:oui",
      components: [],
    });
    await expect(c.server.clickButton({ customId: "vote:oui", message: posted })).rejects.toThrow(/no component/);
  });

  it("shows a modal and receives its submission", async () => {
    c.on(async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const modal = new ModalBuilder()
          .setCustomId("question")
          .setTitle("Poser une question")
          .addLabelComponents(
            new LabelBuilder()
              .setLabel("Ta question")
              .setTextInputComponent(new TextInputBuilder().setCustomId("texte").setStyle(TextInputStyle.Paragraph)),
          );
        await interaction.showModal(modal);
      } else if (interaction.isModalSubmit()) {
        await interaction.reply({
          content: `Reçu : ${interaction.fields.getTextInputValue("texte")}`,
          flags: MessageFlags.Ephemeral,
        });
      }
    });
    const command = await c.server.sendCommand({ name: "question" });
    await command.settled();
    expect(command.modal()).toMatchObject({ custom_id: "question", title: "Poser une question" });
    await expect(c.server.submitModal({ customId: "question", fields: { texte: "" } })).rejects.toThrow(/required/);
    const submit = await c.server.submitModal({ customId: "question", fields: { texte: "Pourquoi ?" } });
    await submit.settled();
    expect(submit.message()).toMatchObject({ content: "Reçu : Pourquoi ?", ephemeral: true });
    expect(c.server.violations).toEqual([]);
  });

  it("records autocomplete choices and rejects more than 25", async () => {
    c.on(async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const typed = interaction.options.getFocused();
      const count = typed === "beaucoup" ? 26 : 2;
      await interaction.respond(
        Array.from({ length: count }, (_, i) => ({ name: `${typed} ${i}`, value: `${typed}-${i}` })),
      );
    });
    const ok = await c.server.sendAutocomplete({
      name: "quiz",
      options: [{ name: "lancer", options: [{ name: "theme", value: "fr", focused: true }] }],
    });
    await ok.settled();
    expect(ok.autocompleteChoices()).toEqual([
      { name: "fr 0", value: "fr-0" },
      { name: "fr 1", value: "fr-1" },
    ]);

    const tooMany = await c.server.sendAutocomplete({
      name: "quiz",
      options: [{ name: "lancer", options: [{ name: "theme", value: "beaucoup", focused: true }] }],
    });
    await tooMany.response();
    const error = await firstError(c.errors);
    c.errors.length = 0;
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ code: 50035 });
    expect(tooMany.violations()).toMatchObject([{ kind: "schema", path: "data.choices" }]);
  });

  it("refuses a second acknowledgement with 40060", async () => {
    c.on(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply("Une");
      // Bypass discord.js's own guard, as a buggy bot using raw REST would.
      await c.client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: { type: 4, data: { content: "Deux" } },
        auth: false,
      });
    });
    const handle = await c.server.sendCommand({ name: "double-ack" });
    await handle.settled();
    expect(await firstError(c.errors)).toMatchObject({ code: 40060, status: 400 });
    c.errors.length = 0;
    expect(handle.violations()).toMatchObject([{ kind: "duplicate-ack" }]);
    expect(handle.message()?.content).toBe("Une");
  });

  it("reports invalid bodies with the path and reason", async () => {
    await expect(
      c.client.rest.post(Routes.channelMessages(DEFAULT_IDS.channels.general), { body: { content: "a".repeat(2001) } }),
    ).rejects.toMatchObject({ code: 50035, status: 400 });
    expect(c.server.violations).toMatchObject([
      { kind: "limit", path: "content", reason: expect.stringContaining("2000") },
    ]);
    c.server.clearRecords();

    c.on(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({ embeds: [{ title: "Titre", colour: 0xff0000 } as never] });
    });
    const handle = await c.server.sendCommand({ name: "embed" });
    await handle.response();
    expect(await firstError(c.errors)).toMatchObject({ code: 50035 });
    c.errors.length = 0;
    expect(handle.violations()).toMatchObject([
      { kind: "schema", path: "data.embeds[0].colour", reason: expect.stringContaining("Unknown field") },
    ]);
    // An invalid callback does not acknowledge the interaction.
    expect(handle.message()).toBeUndefined();
    c.server.clearRecords();

    const big = Array.from({ length: 4 }, (_, i) => ({ title: `Partie ${i}`, description: "x".repeat(1600) }));
    await expect(
      c.client.rest.post(Routes.channelMessages(DEFAULT_IDS.channels.general), { body: { embeds: big } }),
    ).rejects.toMatchObject({ code: 50035 });
    expect(c.server.violations).toMatchObject([
      { kind: "limit", path: "embeds", reason: expect.stringContaining("6000") },
    ]);
    c.server.clearRecords();

    const row = { type: 1, components: ["a", "a"].map((id) => ({ type: 2, style: 1, label: id, custom_id: id })) };
    await expect(
      c.client.rest.post(Routes.channelMessages(DEFAULT_IDS.channels.general), {
        body: { content: "x", components: [row] },
      }),
    ).rejects.toMatchObject({ code: 50035 });
    expect(c.server.violations).toMatchObject([{ path: "components[0].components[1].custom_id" }]);
  });

  it("refuses follow-ups before the acknowledgement", async () => {
    c.on(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await c.client.rest.post(Routes.webhook(interaction.applicationId, interaction.token), {
        body: { content: "trop tôt" },
        auth: false,
      });
    });
    const handle = await c.server.sendCommand({ name: "tot" });
    expect(await firstError(c.errors)).toMatchObject({ code: 10015 });
    c.errors.length = 0;
    expect(handle.violations()).toMatchObject([{ kind: "not-acknowledged" }]);
  });

  it("answers 10003 for a deleted channel, for channel messages and interaction replies", async () => {
    const guild = defaultGuildFixture();
    const extra = { id: "1310000000000000299", name: "temporaire", type: 0 };
    const local = await connect({ guilds: [{ ...guild, channels: [...guild.channels, extra] }] });
    try {
      local.server.deleteChannel(guild.id, extra.id);
      await expect(
        local.client.rest.post(Routes.channelMessages(extra.id), { body: { content: "Allô ?" } }),
      ).rejects.toMatchObject({ code: 10003, status: 404 });
      local.on(async (interaction) => {
        if (interaction.isChatInputCommand()) await interaction.reply("Perdu");
      });
      const handle = await local.server.sendCommand({ name: "aide", channelId: extra.id });
      expect(await firstError(local.errors)).toMatchObject({ code: 10003 });
      expect(handle.violations()).toMatchObject([{ kind: "unknown-channel" }]);
      expect(local.client.channels.cache.has(extra.id)).toBe(false);
    } finally {
      await disconnect(local);
    }
  });

  it("parses multipart uploads and keeps the file", async () => {
    const channel = c.client.channels.cache.get(DEFAULT_IDS.channels.general);
    if (!(channel instanceof TextChannel)) throw new Error("général is not cached");
    await channel.send({
      content: "Notes",
      files: [{ attachment: Buffer.from("eleve;note\nLéa;15\n"), name: "notes.csv" }],
    });
    const [message] = c.server.channelMessages(DEFAULT_IDS.channels.general);
    expect(message?.attachments).toMatchObject([{ filename: "notes.csv" }]);
    expect(message?.attachments[0]?.data.toString("utf8")).toBe("eleve;note\nLéa;15\n");
    const call = c.server.calls.find((x) => x.route === "/channels/:channelId/messages" && x.method === "POST");
    expect(call?.files.map((f) => f.filename)).toEqual(["notes.csv"]);
    expect(call?.body).toMatchObject({ content: "Notes" });
    expect(c.server.violations).toEqual([]);
  });

  it("supports Components V2 replies and clicks inside containers", async () => {
    c.on(async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const container = new ContainerBuilder()
          .addTextDisplayComponents(new TextDisplayBuilder().setContent("Question 1"))
          .addActionRowComponents(
            new ActionRowBuilder<ButtonBuilder>().addComponents(
              new ButtonBuilder().setCustomId("q1:a").setLabel("A").setStyle(ButtonStyle.Primary),
            ),
          );
        await interaction.reply({
          components: [container],
          flags: MessageFlags.IsComponentsV2 | MessageFlags.Ephemeral,
        });
      } else if (interaction.isButton()) {
        await interaction.deferUpdate();
      }
    });
    const handle = await c.server.sendCommand({ name: "quiz-v2" });
    await handle.settled();
    const message = handle.message();
    if (!message) throw new Error("no reply");
    expect(customIds(message)).toEqual(["q1:a"]);
    expect(messageText(message)).toContain("Question 1");
    await expect(
      c.server.clickButton({ customId: "q1:a", message, userId: DEFAULT_IDS.studentIds[2] }),
    ).rejects.toThrow(/ephemeral/);
    const click = await c.server.clickButton({ customId: "q1:a", message });
    await click.settled();
    expect((await click.response()).body).toEqual({ type: 6 });
    expect(c.server.violations).toEqual([]);
  });

  it("answers a command sent in a DM", async () => {
    c.on(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply(interaction.inGuild() ? "serveur" : "mp");
    });
    const handle = await c.server.sendCommand({ name: "aide", guildId: null });
    await handle.settled();
    expect(handle.message()).toMatchObject({ content: "mp", guildId: null });
  });

  it("injects a 429 that discord.js retries after Retry-After", async () => {
    c.server.failNext(/^POST \/channels\/:channelId\/messages$/, { status: 429, retryAfter: 0.05 });
    const channel = c.client.channels.cache.get(DEFAULT_IDS.channels.general);
    if (!(channel instanceof TextChannel)) throw new Error("général is not cached");
    await channel.send("Après attente");
    const posts = c.server.calls.filter((x) => x.route === "/channels/:channelId/messages" && x.method === "POST");
    expect(posts.map((p) => [p.status, p.injected ?? false])).toEqual([
      [429, true],
      [200, false],
    ]);
  });

  it("handles select menus: string options and user selects with resolved members", async () => {
    c.on(async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply({
          content: "Choisis",
          components: [
            {
              type: 1,
              components: [
                {
                  type: 3,
                  custom_id: "niveau",
                  options: [
                    { label: "Facile", value: "facile" },
                    { label: "Difficile", value: "difficile" },
                  ],
                },
              ],
            },
            { type: 1, components: [{ type: 5, custom_id: "binome", max_values: 2 }] },
          ],
        });
      } else if (interaction.isStringSelectMenu()) {
        await interaction.update({ content: `Niveau ${interaction.values.join()}` });
      } else if (interaction.isUserSelectMenu()) {
        await interaction.reply({
          content: interaction.users.map((u) => u.username).join(" + "),
          flags: MessageFlags.Ephemeral,
        });
      }
    });
    const command = await c.server.sendCommand({ name: "niveau" });
    await command.settled();
    const message = command.message();
    if (!message) throw new Error("no reply");
    await expect(c.server.selectMenu({ customId: "niveau", values: ["expert"], message })).rejects.toThrow(/no option/);
    const pick = await c.server.selectMenu({ customId: "niveau", values: ["difficile"], message });
    await pick.settled();
    expect(command.message()?.content).toBe("Niveau difficile");
    const users = await c.server.selectMenu({
      customId: "binome",
      values: [...DEFAULT_IDS.studentIds.slice(1)],
      message,
    });
    await users.settled();
    expect(users.message()?.content).toBe("hugo.bernard + ines.petit");
    expect(c.server.violations).toEqual([]);
  });

  it("attaches files to an edited reply and deletes replies", async () => {
    c.on(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      if (interaction.commandName === "export") {
        await interaction.editReply({
          content: "Export",
          files: [{ attachment: Buffer.from("a;b\n1;2\n"), name: "export.csv" }],
        });
      } else {
        await interaction.deleteReply();
      }
    });
    const exported = await c.server.sendCommand({ name: "export" });
    await exported.settled();
    expect(exported.message()?.attachments).toMatchObject([
      { filename: "export.csv", contentType: expect.stringMatching(/^text\/csv/) },
    ]);
    expect(exported.message()?.attachments[0]?.data.toString()).toBe("a;b\n1;2\n");
    const deleted = await c.server.sendCommand({ name: "efface" });
    await deleted.settled();
    expect(deleted.message()).toBeUndefined();
    expect(c.server.violations).toEqual([]);
  });

  it("answers with bodies that match the spec's strict response schemas", async () => {
    const schemaFor: Record<string, string> = {
      "/gateway/bot": "GatewayBotResponseSchema",
      "/users/@me": "UserPIIResponseSchema",
      "/applications/@me": "PrivateApplicationResponseSchema",
      "/applications/:app/commands": "ApplicationCommandResponseSchema",
      "/interactions/:id/:token/callback": "InteractionCallbackResponseSchema",
      "/webhooks/:app/:token": "MessageResponseSchema",
      "/webhooks/:app/:token/messages/@original": "MessageResponseSchema",
      "/channels/:channelId": "GuildChannelResponseSchema",
      "/channels/:channelId/messages": "MessageResponseSchema",
      "/guilds/:guildId": "GuildResponseSchema",
      "/guilds/:guildId/members/:userId": "GuildMemberResponseSchema",
      "/guilds/:guildId/roles": "GuildRoleResponseSchema",
    };
    c.on(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({ content: "Réponse", withResponse: true });
      await interaction.editReply({ embeds: [{ title: "Édité", fields: [{ name: "a", value: "b" }] }] });
      await interaction.followUp({
        content: "Suite",
        components: [{ type: 1, components: [{ type: 2, style: 1, label: "Ok", custom_id: "ok" }] }],
      });
    });
    const handle = await c.server.sendCommand({ name: "forme" });
    await handle.settled();
    const rest = c.client.rest;
    const guildId = DEFAULT_IDS.guildId;
    await rest.get(Routes.gatewayBot());
    await rest.get(Routes.user());
    await rest.get(Routes.currentApplication());
    await rest.get(Routes.applicationCommands(c.server.applicationId));
    await rest.get(Routes.channel(DEFAULT_IDS.channels.general));
    await rest.post(Routes.channelMessages(DEFAULT_IDS.channels.general), { body: { content: "Salut" } });
    await rest.get(Routes.guild(guildId));
    await rest.get(Routes.guildMember(guildId, DEFAULT_IDS.teacherId));
    await rest.get(Routes.guildRoles(guildId));
    const schemas = strictSchemas();
    const checked: string[] = [];
    for (const call of c.server.calls) {
      const name = schemaFor[call.route];
      const schema = name ? schemas[name] : undefined;
      if (!schema || call.status >= 300) continue;
      for (const item of Array.isArray(call.responseBody) ? call.responseBody : [call.responseBody]) {
        const result = schema.safeParse(item);
        expect(result.success, `${call.method} ${call.route}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
      }
      checked.push(call.route);
    }
    expect(new Set(checked).size).toBe(Object.keys(schemaFor).length);
  });

  it("applies live permission changes (CHANNEL_UPDATE) to the client and to REST", async () => {
    const { server, client } = c;
    const readOnly = Permissions.ViewChannel | Permissions.ReadMessageHistory;
    const updated = once(client, Events.ChannelUpdate);
    server.setChannelBotPermissions(DEFAULT_IDS.guildId, DEFAULT_IDS.channels.general, readOnly);
    await updated;
    const channel = client.channels.cache.get(DEFAULT_IDS.channels.general);
    if (!(channel instanceof TextChannel)) throw new Error("général is not cached");
    try {
      expect(channel.permissionsFor(client.user ?? "")?.bitfield).toBe(readOnly);
      await expect(channel.send("Interdit")).rejects.toMatchObject({ code: 50013 });
      server.clearRecords();
    } finally {
      const restored = once(client, Events.ChannelUpdate);
      server.setChannelBotPermissions(DEFAULT_IDS.guildId, DEFAULT_IDS.channels.general, undefined);
      await restored;
    }
    expect(channel.permissionsFor(client.user ?? "")?.has(PermissionFlagsBits.SendMessages)).toBe(true);
  });

  it("changes a member's permissions for later interactions", async () => {
    const student = DEFAULT_IDS.studentIds[2];
    let granted: boolean | undefined;
    c.on(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      granted = interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild);
      await interaction.reply({ content: "vu", flags: MessageFlags.Ephemeral });
    });
    const before = await c.server.sendCommand({ name: "config", userId: student });
    await before.settled();
    expect(granted).toBe(false);
    c.server.setMemberPermissions(DEFAULT_IDS.guildId, student, Permissions.ManageGuild | Permissions.ViewChannel);
    const after = await c.server.sendCommand({ name: "config", userId: student });
    await after.settled();
    expect(granted).toBe(true);
  });

  it("answers unknown routes with 404 and a violation", async () => {
    await expect(c.client.rest.get("/nulle/part" as `/${string}`)).rejects.toMatchObject({ status: 404 });
    expect(c.server.violations).toMatchObject([{ kind: "unknown-route" }]);
  });
});

describe("timing, auth, resume, sharding, permissions", () => {
  let local: Connected | undefined;
  afterEach(async () => {
    await disconnect(local);
    local = undefined;
  });

  it("rejects a late first callback with 10062", async () => {
    local = await connect({ ackTimeoutMs: 200 });
    const { server, errors } = local;
    local.on(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await sleep(300);
      await interaction.reply("Trop tard");
    });
    const handle = await server.sendCommand({ name: "lent" });
    const error = await firstError(errors);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ code: 10062, status: 404 });
    expect(handle.violations()).toMatchObject([{ kind: "late-ack", reason: expect.stringContaining("limit 200 ms") }]);
    await expect(handle.response(50)).resolves.toMatchObject({ status: 404 });
  });

  it("refuses follow-ups once the interaction token expired", async () => {
    local = await connect({ tokenLifetimeMs: 150 });
    const { server, errors } = local;
    local.on(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      await sleep(250);
      await interaction.editReply("Trop tard");
    });
    const handle = await server.sendCommand({ name: "expire" });
    expect(await firstError(errors)).toMatchObject({ code: 50027, status: 401 });
    expect(handle.violations()).toMatchObject([{ kind: "expired-token" }]);
    await expect(handle.settled(400)).rejects.toThrow(/thinking/);
  });

  it("turns a 401 on GET /gateway/bot into TokenInvalid", async () => {
    const server = await LocalDiscord.start();
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: server.apiUrl } });
    try {
      await expect(client.login("pas-le-bon-jeton")).rejects.toMatchObject({ code: "TokenInvalid" });
      expect(server.violations).toMatchObject([{ kind: "auth", route: "/gateway/bot" }]);
    } finally {
      await client.destroy();
      await server.close();
    }
  });

  it("resumes after disconnectClient and replays what was dispatched meanwhile", async () => {
    local = await connect();
    const { server, client } = local;
    local.on(async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply("Toujours là");
    });
    const resumed = once(client, Events.ShardResume);
    server.disconnectClient();
    // Dispatched while the socket is closed: kept and replayed on RESUME.
    const handle = await server.sendCommand({ name: "aide" });
    await resumed;
    await handle.settled();
    expect(handle.message()?.content).toBe("Toujours là");
    expect(server.violations).toEqual([]);
  });

  it("routes guilds to shards by (guild_id >> 22) % shard_count", async () => {
    const second = {
      ...defaultGuildFixture(),
      id: "1310000000004194404", // (id >> 22) is even: shard 0 of 2; the default guild is on shard 1
      name: "Classe de Tle",
    };
    second.channels = [{ id: "1310000000000000501", name: "général", type: 0 }];
    local = await connect({ shardCount: 2, guilds: [defaultGuildFixture(), second] }, { shards: "auto" });
    const { server, client } = local;
    expect(client.guilds.cache.get(DEFAULT_IDS.guildId)?.shardId).toBe(1);
    expect(client.guilds.cache.get(second.id)?.shardId).toBe(0);
    let shardOf = -1;
    local.on(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      shardOf = interaction.guild?.shardId ?? -1;
      await interaction.reply("ok");
    });
    const handle = await server.sendCommand({ name: "aide", guildId: second.id });
    await handle.settled();
    expect(shardOf).toBe(0);
  });

  it("sends overwrites so permissionsFor matches, and answers 403 50013 when the bot may not post", async () => {
    const guild = defaultGuildFixture();
    const readOnly = Permissions.ViewChannel | Permissions.ReadMessageHistory;
    guild.channels[1] = {
      ...guild.channels[1],
      id: DEFAULT_IDS.channels.annonces,
      name: "annonces",
      botPermissions: readOnly,
    };
    local = await connect({ guilds: [guild] });
    const { server, client } = local;
    const channel = client.channels.cache.get(DEFAULT_IDS.channels.annonces);
    if (!(channel instanceof TextChannel)) throw new Error("annonces is not cached");
    const perms = channel.permissionsFor(client.user ?? "");
    expect(perms?.bitfield).toBe(readOnly);
    await expect(channel.send("Interdit")).rejects.toMatchObject({ code: 50013, status: 403 });
    expect(server.violations).toMatchObject([{ kind: "permission", reason: expect.stringContaining("SEND_MESSAGES") }]);
  });
});
