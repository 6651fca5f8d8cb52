import {
  type ButtonInteraction,
  escapeMarkdown,
  LabelBuilder,
  MessageFlags,
  ModalBuilder,
  type ModalSubmitInteraction,
  TextInputBuilder,
  TextInputStyle,
  type UserSelectMenuInteraction,
} from "discord.js";
import { privacyStrings } from "../content/privacy-strings.js";
import {
  asMemberId,
  CONFIRMATION_LIFETIME_MS,
  confirmationAlive,
  confirmationStamp,
  eraseMemberData,
  exportMemberData,
  findMembers,
  holdsAnything,
  type MemberDataSources,
} from "../domain/privacy/memberData.js";
import { guildProfiles } from "../domain/report/classReport.js";
import { truncate } from "../domain/text.js";
import { type BotContext, button, type Component, type InteractionContext, modal, userSelect } from "./contracts.js";
import { customId } from "./customId.js";
import { moderator } from "./moderators.js";
import { answerPrivately } from "./respond.js";
import { memberEraseActions, memberEraseConfirmView, memberPickerView } from "./views/privacy.js";

const SEARCH_FIELD = "query";
const LISTED_MATCHES = 10;

/** What a member's data is read from and erased in: the bot's own services, so caches and locks stay shared. */
export function memberDataSources(context: BotContext): MemberDataSources {
  const { quiz, written, locks, clock } = context;
  return { quiz, written, live: context.live.rounds, locks, clock };
}

type Interaction = ButtonInteraction | UserSelectMenuInteraction | ModalSubmitInteraction;
type Context = InteractionContext<string>;

/**
 * The erasure question for one member, or why there is nothing to erase: replaces the picker after a
 * selection, or answers a search privately.
 */
async function askToErase(interaction: Interaction, context: Context, userId: string, name: string): Promise<void> {
  const strings = privacyStrings[context.locale];
  const data = await exportMemberData(memberDataSources(context), context.guildId, userId);
  const shown = escapeMarkdown(truncate(data.profile?.name ?? name, 100));
  const view = holdsAnything(data)
    ? memberEraseConfirmView(
        {
          userId,
          name: shown,
          held: strings.held(
            data.thisTerm?.points ?? 0,
            data.thisTerm?.answered ?? 0,
            data.writtenAnswers.length,
            data.liveRounds.length,
          ),
          stamp: confirmationStamp(context.clock.now()),
        },
        strings,
      )
    : { content: strings.memberHoldsNothing(shown), embeds: [], components: [] };
  if (interaction.isMessageComponent()) await interaction.update({ ...view });
  else await interaction.reply({ ...view, flags: MessageFlags.Ephemeral });
}

/** The handlers `/rapport` routes for a member's erasure (spread into its components). */
export const memberEraseHandlers: Record<string, Component<string>> = {
  /** "rapport:erase-member": whom to erase, privately. */
  [memberEraseActions.open]: button(async (interaction, _args, context) => {
    if (!(await moderator(interaction, context.locale))) return;
    await interaction.reply({
      ...memberPickerView(privacyStrings[context.locale]),
      flags: MessageFlags.Ephemeral,
    });
  }),

  /** "rapport:erase-pick": a member chosen in Discord's picker. */
  [memberEraseActions.pick]: userSelect(async (interaction, _args, context) => {
    if (!(await moderator(interaction, context.locale))) return;
    const user = interaction.users.first();
    // The menu asks for exactly one member; an empty selection just shows the picker again.
    if (!user) await interaction.update({ ...memberPickerView(privacyStrings[context.locale]) });
    else await askToErase(interaction, context, user.id, user.displayName);
  }),

  /** "rapport:erase-find": a member who left, by the name or id the report's CSV gives. */
  [memberEraseActions.find]: button(async (interaction, _args, context) => {
    if (!(await moderator(interaction, context.locale))) return;
    const strings = privacyStrings[context.locale];
    const form = new ModalBuilder()
      .setCustomId(customId("rapport", memberEraseActions.search))
      .setTitle(truncate(strings.searchTitle, 45))
      .addLabelComponents(
        new LabelBuilder()
          .setLabel(truncate(strings.searchLabel, 45))
          .setDescription(truncate(strings.searchDescription, 100))
          .setTextInputComponent(
            new TextInputBuilder()
              .setCustomId(SEARCH_FIELD)
              .setStyle(TextInputStyle.Short)
              .setMinLength(1)
              .setMaxLength(100)
              .setPlaceholder(truncate(strings.searchPlaceholder, 100))
              .setRequired(true),
          ),
      );
    await interaction.showModal(form);
  }),

  /** "rapport:erase-search": the typed name or id; one match is asked about, several are listed. */
  [memberEraseActions.search]: modal(async (interaction, _args, context) => {
    if (!(await moderator(interaction, context.locale))) return;
    const strings = privacyStrings[context.locale];
    const query = interaction.fields.getTextInputValue(SEARCH_FIELD).trim();
    const id = asMemberId(query);
    if (id) {
      await askToErase(interaction, context, id, id);
      return;
    }
    const { guildId } = context;
    const season = (await context.guildSettings.get(guildId)).season;
    const matches = findMembers(await guildProfiles(context.stores.namespace("quiz"), guildId, season), query);
    const [only] = matches;
    if (only && matches.length === 1) {
      await askToErase(interaction, context, only.userId, only.profile.name);
      return;
    }
    const shown = escapeMarkdown(truncate(query, 100));
    const lines = matches
      .slice(0, LISTED_MATCHES)
      .map((match) => strings.memberLine(escapeMarkdown(truncate(match.profile.name, 100)), match.userId));
    await answerPrivately(interaction, {
      content: truncate(
        matches.length === 0 ? strings.noMemberFound(shown) : strings.severalMembers(shown, lines),
        2000,
      ),
    });
  }),

  /** "rapport:erase-member-ok:<userId>:<stamp>": erases once, even if clicked twice or from two copies. */
  [memberEraseActions.confirm]: button(async (interaction, [userId = "", stamp = ""], context) => {
    if (!(await moderator(interaction, context.locale))) return;
    const strings = privacyStrings[context.locale];
    if (!confirmationAlive(stamp, context.clock.now()) || !asMemberId(userId)) {
      await interaction.update({
        content: strings.confirmationExpired(CONFIRMATION_LIFETIME_MS / 60_000, "/rapport"),
        components: [],
      });
      return;
    }
    await interaction.deferUpdate();
    const outcome = await eraseMemberData(memberDataSources(context), context.guildId, userId);
    if (outcome.status === "erased") {
      // Who erased, not whom: the log must not keep the id of the member whose data is gone.
      context.logger.info({ guild: interaction.guildId, moderator: interaction.user.id }, "member data erased");
    }
    const name = outcome.status === "erased" && outcome.name ? escapeMarkdown(outcome.name) : strings.unknownName;
    await interaction.editReply({
      content: outcome.status === "erased" ? strings.memberErased(name) : strings.memberNothingToErase,
      components: [],
    });
  }),

  [memberEraseActions.cancel]: button(async (interaction, _args, context) => {
    await interaction.update({ content: privacyStrings[context.locale].eraseCancelled, components: [] });
  }),
};
