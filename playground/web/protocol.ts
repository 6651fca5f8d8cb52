/** What the playground's server and its page exchange (JSON). */
// The page is browser code: it restates the loose Discord shapes of test/discord-server/types.ts (which needs Node).

export interface ApiEmbed {
  title?: string;
  description?: string;
  color?: number;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
  author?: { name: string };
  [key: string]: unknown;
}

export interface ApiComponent {
  type: number;
  custom_id?: string;
  label?: string;
  style?: number;
  disabled?: boolean;
  url?: string;
  options?: { label: string; value: string; description?: string; [key: string]: unknown }[];
  components?: ApiComponent[];
  component?: ApiComponent;
  [key: string]: unknown;
}

export interface ModalData {
  custom_id: string;
  title: string;
  components: ApiComponent[];
  [key: string]: unknown;
}

export type PageLocale = "fr" | "en-US";

export interface PageMember {
  id: string;
  name: string;
  username: string;
  roleName: string;
  roleColor?: string;
  /** Has Manage Server: sees the moderators' commands. */
  moderator: boolean;
}

export interface CommandOption {
  type: number;
  name: string;
  name_localizations?: Record<string, string> | null;
  description: string;
  description_localizations?: Record<string, string> | null;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name: string; name_localizations?: Record<string, string> | null; value: string | number }[];
  options?: CommandOption[];
  min_value?: number;
  max_value?: number;
  min_length?: number;
  max_length?: number;
  channel_types?: number[];
}

export interface RegisteredCommand {
  id: string;
  name: string;
  name_localizations?: Record<string, string> | null;
  description: string;
  description_localizations?: Record<string, string> | null;
  default_member_permissions: string | null;
  options?: CommandOption[];
}

export interface PageState {
  guild: { id: string; name: string };
  bot: { id: string; name: string };
  channels: { id: string; name: string; topic?: string }[];
  members: PageMember[];
}

export interface PageAttachment {
  filename: string;
  size: number;
  contentType: string;
  url: string;
}

export interface PageMessage {
  id: string;
  content: string;
  embeds: ApiEmbed[];
  components: ApiComponent[];
  attachments: PageAttachment[];
  ephemeral: boolean;
  /** A deferred reply not yet edited: "Réso réfléchit…". */
  loading: boolean;
  edited: boolean;
  createdAt: number;
  /** For a reply to a slash command: who ran which command. */
  command?: { name: string; userId: string };
}

export interface MessagesResponse {
  messages: PageMessage[];
  /** How many messages each channel shows this user (to mark the others unread). */
  counts: Record<string, number>;
}

/** Who acts, where, in which language: every action carries it. */
export interface Actor {
  userId: string;
  channelId: string;
  locale: PageLocale;
}

export interface OptionValue {
  name: string;
  value?: string | number | boolean;
  focused?: boolean;
  options?: OptionValue[];
}

export type ActionRequest =
  | ({ kind: "command" | "autocomplete"; name: string; options: OptionValue[] } & Actor)
  | ({ kind: "button"; messageId: string; customId: string } & Actor)
  | ({ kind: "select"; messageId: string; customId: string; values: string[] } & Actor)
  | ({ kind: "modal"; customId: string; fields: Record<string, string> } & Actor);

export interface ActionResponse {
  /** Why Discord would not even send this interaction, or why it failed (no answer within 3 s). */
  error?: string;
  modal?: ModalData;
  choices?: { name: string; value: string | number }[];
}

/** Server-sent events. */
export interface ViolationEvent {
  kind: string;
  method: string;
  route: string;
  path: string;
  reason: string;
}
