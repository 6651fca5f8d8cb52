/** Local Discord test server: public API. */
export {
  allComponents,
  type ButtonQuery,
  customIds,
  findButton,
  findComponent,
  getButton,
  messageText,
} from "./components.js";
export {
  ALL_PERMISSIONS,
  DEFAULT_BOT_PERMISSIONS,
  DEFAULT_EVERYONE_PERMISSIONS,
  DEFAULT_IDS,
  defaultGuildFixture,
  Permissions,
} from "./fixtures.js";
export { Intents } from "./gateway.js";
export { LocalDiscord } from "./server.js";
export type {
  ApiComponent,
  ApiEmbed,
  AttachmentState,
  AutocompleteChoice,
  ButtonInput,
  ChannelFixture,
  CommandInput,
  CommandOptionInput,
  FaultResponse,
  GuildFixture,
  InteractionContextInput,
  InteractionHandle,
  LocalDiscordOptions,
  MemberFixture,
  MessageState,
  ModalData,
  ModalSubmitInput,
  PermissionOverwriteFixture,
  RecordedCall,
  RecordedFile,
  RoleFixture,
  SelectInput,
  TimelineMessage,
  Violation,
  ViolationKind,
} from "./types.js";
export { embedLength, MESSAGE_FLAGS, strictSchemas } from "./validation.js";
