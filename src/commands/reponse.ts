import {
  ApplicationIntegrationType,
  InteractionContextType,
  LabelBuilder,
  MessageFlags,
  ModalBuilder,
  SlashCommandBuilder,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import { reponseCommandTexts, reponseStrings } from "../content/reponse-strings.js";
import { type Command, modal } from "../discord/contracts.js";
import { customId } from "../discord/customId.js";
import { localize } from "../discord/localize.js";
import { displayNameOf } from "../discord/members.js";
import { answerPrivately } from "../discord/respond.js";
import { oneLine, readStudyQuestion, studyQuestion, studyQuestionOption } from "../discord/studyQuestions.js";
import { gradedView } from "../discord/views/reponse.js";
import { truncate } from "../domain/text.js";

const texts = reponseCommandTexts.reponse;
const ANSWER_FIELD = "answer";
export const ANSWER_MIN_LENGTH = 20;
export const ANSWER_MAX_LENGTH = 2000;

export default {
  data: (pack) =>
    localize(new SlashCommandBuilder(), texts)
      .setContexts(InteractionContextType.Guild)
      .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
      .addIntegerOption(studyQuestionOption(pack, texts.options.question, { required: true })),
  guildOnly: true,

  async execute(interaction, { pack, locale }) {
    const strings = reponseStrings[locale];
    const question = readStudyQuestion(interaction, pack, texts.options.question);
    if (!question) {
      await answerPrivately(interaction, { content: strings.unknownQuestion });
      return;
    }
    const form = new ModalBuilder()
      .setCustomId(customId("reponse", "submit", question.number))
      .setTitle(truncate(strings.modalTitle(question.number), 45))
      .addLabelComponents(
        new LabelBuilder()
          .setLabel(truncate(strings.answerLabel, 45))
          .setDescription(truncate(oneLine(question.text), 100))
          .setTextInputComponent(
            new TextInputBuilder()
              .setCustomId(ANSWER_FIELD)
              .setStyle(TextInputStyle.Paragraph)
              .setMinLength(ANSWER_MIN_LENGTH)
              .setMaxLength(ANSWER_MAX_LENGTH)
              .setPlaceholder(truncate(strings.answerPlaceholder, 100))
              .setRequired(true),
          ),
      );
    await interaction.showModal(form);
  },

  components: {
    /** "reponse:submit:<question>": grade, store, then show the result privately. */
    submit: modal(async (interaction, [question = ""], { written, catalog, pack, locale, guildId }) => {
      const strings = reponseStrings[locale];
      const number = Number(question);
      const rubric = pack.rubric.get(number);
      if (!studyQuestion(pack, number) || !rubric) {
        await answerPrivately(interaction, { content: strings.unknownQuestion });
        return;
      }
      const outcome = await written.submit({
        guildId,
        userId: interaction.user.id,
        name: displayNameOf(interaction),
        question: number,
        text: interaction.fields.getTextInputValue(ANSWER_FIELD),
      });
      if (outcome.status === "not-french") {
        await answerPrivately(interaction, { content: strings.notFrench });
        return;
      }
      const view = gradedView({ outcome, rubric, catalog, strings });
      await interaction.reply({ ...view, flags: MessageFlags.Ephemeral });
    }),
  },
} satisfies Command;
