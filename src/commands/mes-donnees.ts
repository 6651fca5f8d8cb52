import {
  ApplicationIntegrationType,
  AttachmentBuilder,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
} from "discord.js";
import { privacyCommandTexts, privacyStrings } from "../content/privacy-strings.js";
import { button, type Command } from "../discord/contracts.js";
import { localize } from "../discord/localize.js";
import { memberDataSources } from "../discord/memberErasure.js";
import { displayNameOf } from "../discord/members.js";
import { answerPrivately } from "../discord/respond.js";
import { eraseConfirmView, memberDataActions, memberDataView } from "../discord/views/privacy.js";
import {
  CONFIRMATION_LIFETIME_MS,
  confirmationAlive,
  confirmationStamp,
  eraseMemberData,
  exportMemberData,
  holdsAnything,
  memberDataJson,
} from "../domain/privacy/memberData.js";
import { localDay } from "../domain/time.js";

/**
 * `/mes-donnees`: what Réso holds about the member who asks (RGPD right of access), as a summary and a JSON
 * file, and their erasure after a confirmation (right to erasure). Always about the clicker: no id travels in
 * these buttons, so nobody can erase someone else's data from here.
 */
export default {
  data: localize(new SlashCommandBuilder(), privacyCommandTexts["mes-donnees"])
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall),
  guildOnly: true,

  async execute(interaction, context) {
    const { guildId } = context;
    const strings = privacyStrings[context.locale];
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const data = await exportMemberData(memberDataSources(context), guildId, interaction.user.id);
    if (!holdsAnything(data)) {
      await interaction.editReply({ content: strings.nothingHeld });
      return;
    }
    const today = localDay(context.clock.now(), (await context.guildSettings.get(guildId)).timeZone);
    const file = new AttachmentBuilder(memberDataJson(data), {
      name: strings.fileName,
      description: strings.fileDescription,
    });
    await interaction.editReply({
      ...memberDataView(data, { name: displayNameOf(interaction), today, strings }),
      files: [file],
    });
  },

  components: {
    /** "mes-donnees:erase": asks for a confirmation, privately (or says at once that nothing is held). */
    [memberDataActions.erase]: button(async (interaction, _args, context) => {
      const strings = privacyStrings[context.locale];
      const data = await exportMemberData(memberDataSources(context), context.guildId, interaction.user.id);
      if (!holdsAnything(data)) {
        await answerPrivately(interaction, { content: strings.nothingToErase });
        return;
      }
      await interaction.reply({
        ...eraseConfirmView(confirmationStamp(context.clock.now()), strings),
        flags: MessageFlags.Ephemeral,
      });
    }),

    /** "mes-donnees:erase-ok:<stamp>": erases once; a second click, or a second copy, finds nothing left. */
    [memberDataActions.confirm]: button(async (interaction, [stamp = ""], context) => {
      const strings = privacyStrings[context.locale];
      if (!confirmationAlive(stamp, context.clock.now())) {
        await interaction.update({
          content: strings.confirmationExpired(CONFIRMATION_LIFETIME_MS / 60_000, "/mes-donnees"),
          components: [],
        });
        return;
      }
      await interaction.deferUpdate();
      const outcome = await eraseMemberData(memberDataSources(context), context.guildId, interaction.user.id);
      if (outcome.status === "erased") {
        context.logger.info({ guild: interaction.guildId }, "member data erased at the member's request");
      }
      await interaction.editReply({
        content: outcome.status === "erased" ? strings.erased : strings.nothingToErase,
        components: [],
      });
    }),

    [memberDataActions.cancel]: button(async (interaction, _args, { locale }) => {
      await interaction.update({
        content: privacyStrings[locale].eraseCancelled,
        components: [],
      });
    }),
  },
} satisfies Command;
