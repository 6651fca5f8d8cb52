/**
 * Request validation: discord-api-spec's zod schemas built STRICT, plus the limits Discord enforces
 * that the spec does not express (documentation wins over the spec, see shared/discord-api/README.md).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod/mini";

export type Schema = z.ZodMiniType;

/** One problem in a request body; `path` is relative to the body root. */
export interface BodyIssue {
  path: (string | number)[];
  /** Discord's error code for this field (e.g. BASE_TYPE_MAX_LENGTH). */
  code: string;
  message: string;
  kind: "schema" | "limit";
}

/** Names of the request schemas the server uses; checked to exist when the spec module is loaded. */
export const REQUEST_SCHEMAS = [
  "PongInteractionCallbackRequestSchema",
  "CreateMessageInteractionCallbackRequestSchema",
  "UpdateMessageInteractionCallbackRequestSchema",
  "ApplicationCommandAutocompleteCallbackRequestSchema",
  "ModalInteractionCallbackRequestSchema",
  "LaunchActivityInteractionCallbackRequestSchema",
  "IncomingWebhookRequestPartialSchema",
  "IncomingWebhookUpdateRequestPartialSchema",
  "MessageCreateRequestSchema",
  "MessageEditRequestPartialSchema",
  "ApplicationCommandUpdateRequestSchema",
  "ApplicationCommandCreateRequestSchema",
  "ApplicationCommandPatchRequestPartialSchema",
] as const;
export type RequestSchemaName = (typeof REQUEST_SCHEMAS)[number];

function findSpecModule(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkgFile = join(dir, "node_modules", "discord-api-spec", "package.json");
    if (existsSync(pkgFile)) {
      const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as {
        exports?: Record<string, { import?: string }>;
      };
      const rel = pkg.exports?.["./zod"]?.import;
      if (!rel) throw new Error(`${pkgFile} has no "./zod" export`);
      return join(dirname(pkgFile), rel);
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("discord-api-spec is not installed");
    dir = parent;
  }
}

/**
 * The generated module builds every schema at evaluation time with whatever `zObject` is then, and
 * `setStrictObject` lives in that same module, so importing it always yields non-strict schemas.
 * We therefore evaluate the module's own source as a function body (its only import is zod/mini, which
 * we pass in) and call the generator's own `setStrictObject(true)` right after its definition, before
 * the first schema is built. Any other module syntax makes this fail loudly instead of silently.
 */
function loadStrictSchemas(): Record<string, Schema> {
  const file = findSpecModule();
  const source = readFileSync(file, "utf8");
  const importLine = 'import * as z from "zod/mini";';
  if (source.split(importLine).length !== 2) throw new Error(`${file}: expected exactly one "${importLine}"`);
  const names: string[] = [];
  let body = source.replace(importLine, "").replace(/^export const (\w+)/gm, (_match, name: string) => {
    names.push(name);
    return `const ${name}`;
  });
  if (/^\s*(import|export)\b/m.test(body)) throw new Error(`${file}: unexpected import/export syntax`);
  const setter = /^const setStrictObject = .*$/m;
  if (!setter.test(body)) throw new Error(`${file}: setStrictObject not found`);
  body = body.replace(setter, (line) => `${line}\nsetStrictObject(true);`);
  const factory = new Function("z", `"use strict";\n${body}\nreturn { ${names.join(", ")} };`) as (
    zod: typeof z,
  ) => Record<string, unknown>;
  const exported = factory(z);
  const schemas: Record<string, Schema> = {};
  for (const [name, value] of Object.entries(exported)) {
    if (typeof value === "object" && value !== null && "_zod" in value) schemas[name] = value as Schema;
  }
  for (const name of REQUEST_SCHEMAS) {
    if (!schemas[name]) throw new Error(`discord-api-spec has no ${name}`);
  }
  return schemas;
}

let cache: Record<string, Schema> | undefined;

/** All strict schemas of discord-api-spec, by export name (loaded once per process). */
export function strictSchemas(): Record<string, Schema> {
  cache ??= loadStrictSchemas();
  return cache;
}

export function requestSchema(name: RequestSchemaName): Schema {
  const schema = strictSchemas()[name];
  if (!schema) throw new Error(`unknown schema ${name}`);
  return schema;
}

// ---------------------------------------------------------------------------------------------
// zod issues -> Discord-like issues

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  format?: string;
  errors?: ZodIssueLike[][];
}

function valueAt(root: unknown, path: (string | number)[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function toKeys(path: PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === "number" ? key : String(key)));
}

function isDiscriminatorMismatch(issue: ZodIssueLike): boolean {
  return issue.code === "invalid_value" && issue.path.length === 1 && issue.path[0] === "type";
}

function describeIssue(issue: ZodIssueLike, root: unknown, path: (string | number)[]): BodyIssue {
  const value = valueAt(root, path);
  const max = issue.maximum === undefined ? "" : String(issue.maximum);
  const min = issue.minimum === undefined ? "" : String(issue.minimum);
  switch (issue.code) {
    case "too_big":
      return issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint"
        ? { path, kind: "schema", code: "NUMBER_TYPE_MAX", message: `Must be less than or equal to ${max}.` }
        : { path, kind: "schema", code: "BASE_TYPE_MAX_LENGTH", message: `Must be ${max} or fewer in length.` };
    case "too_small":
      return issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint"
        ? { path, kind: "schema", code: "NUMBER_TYPE_MIN", message: `Must be greater than or equal to ${min}.` }
        : { path, kind: "schema", code: "BASE_TYPE_MIN_LENGTH", message: `Must be ${min} or more in length.` };
    case "invalid_type":
      return value === undefined
        ? { path, kind: "schema", code: "BASE_TYPE_REQUIRED", message: "This field is required" }
        : {
            path,
            kind: "schema",
            code: "BASE_TYPE_BAD_TYPE",
            message: `Must be of type ${issue.expected ?? "?"} (got ${value === null ? "null" : typeof value}).`,
          };
    case "invalid_value":
      return {
        path,
        kind: "schema",
        code: "BASE_TYPE_CHOICES",
        message: `Value must be one of ${JSON.stringify(issue.values ?? [])}.`,
      };
    case "invalid_format":
      return issue.format === "url"
        ? { path, kind: "schema", code: "URL_TYPE_INVALID_URL", message: "Not a well formed URL." }
        : { path, kind: "schema", code: "STRING_TYPE_REGEX", message: `String value did not match ${issue.format}.` };
    default:
      return { path, kind: "schema", code: "BASE_TYPE_INVALID", message: `Invalid value (${issue.code}).` };
  }
}

function flattenIssues(issues: ZodIssueLike[], root: unknown, prefix: (string | number)[], out: BodyIssue[]): void {
  for (const issue of issues) {
    const path = [...prefix, ...toKeys(issue.path)];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys ?? []) {
        out.push({
          path: [...path, key],
          kind: "schema",
          code: "UNKNOWN_FIELD",
          message: `Unknown field "${key}": Discord's schema has no such key here.`,
        });
      }
      continue;
    }
    if (issue.code === "invalid_union" && issue.errors) {
      // Report the branch the value was meant for: its `type` literal matched and the value has the branch's
      // basic shape (no invalid_type at the union's own position); then the one with the fewest problems.
      const candidates = issue.errors.filter(
        (branch) =>
          !branch.some(isDiscriminatorMismatch) &&
          !branch.some((i) => i.path.length === 0 && i.code === "invalid_type"),
      );
      if (candidates.length === 0) {
        const types = issue.errors.flatMap((branch) =>
          branch.filter(isDiscriminatorMismatch).flatMap((i) => i.values ?? []),
        );
        const actual = valueAt(root, [...path, "type"]);
        out.push({
          path: types.length > 0 ? [...path, "type"] : path,
          kind: "schema",
          code: types.length > 0 ? "BASE_TYPE_CHOICES" : "BASE_TYPE_INVALID",
          message:
            types.length > 0
              ? `Value ${JSON.stringify(actual)} must be one of ${JSON.stringify(types)}.`
              : "Value matches none of the allowed shapes.",
        });
        continue;
      }
      const best = [...candidates].sort((a, b) => a.length - b.length)[0] ?? [];
      flattenIssues(best, root, path, out);
      continue;
    }
    out.push(describeIssue(issue, root, path));
  }
}

/** Validates `value` against a strict spec schema; [] when it passes. */
export function schemaIssues(schema: Schema, value: unknown, prefix: (string | number)[] = []): BodyIssue[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  const out: BodyIssue[] = [];
  flattenIssues(result.error.issues as unknown as ZodIssueLike[], value, [], out);
  return out.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
}

/** "data.embeds[0].title" */
export function formatPath(path: (string | number)[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? key : `.${key}`;
  }
  return out;
}

/** Discord's 50035 body: errors nested by path, leaves `{ _errors: [{ code, message }] }`. */
export function invalidFormBody(issues: BodyIssue[]): { code: number; message: string; errors: unknown } {
  const errors: Record<string, unknown> = {};
  for (const issue of issues) {
    let node = errors;
    for (const key of issue.path) {
      const k = String(key);
      node[k] ??= {};
      node = node[k] as Record<string, unknown>;
    }
    node._errors ??= [];
    (node._errors as { code: string; message: string }[]).push({ code: issue.code, message: issue.message });
  }
  return { code: 50035, message: "Invalid Form Body", errors };
}

// ---------------------------------------------------------------------------------------------
// Limits the spec misses

export const MESSAGE_FLAGS = {
  SuppressEmbeds: 1 << 2,
  Ephemeral: 1 << 6,
  Loading: 1 << 7,
  SuppressNotifications: 1 << 12,
  IsComponentsV2: 1 << 15,
} as const;

const CONTENT_LIMIT = 2000;
const EMBED_TOTAL_LIMIT = 6000;
const CUSTOM_ID_LIMIT = 100;
const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** Characters Discord counts toward the 6000 limit of one embed. */
export function embedLength(embed: unknown): number {
  const e = asRecord(embed);
  if (!e) return 0;
  let total = str(e.title).length + str(e.description).length;
  total += str(asRecord(e.footer)?.text).length + str(asRecord(e.author)?.name).length;
  if (Array.isArray(e.fields)) {
    for (const field of e.fields) {
      const f = asRecord(field);
      total += str(f?.name).length + str(f?.value).length;
    }
  }
  return total;
}

/** Walks every component, including rows, Components V2 containers, section accessories and labels. */
export function walkComponents(
  components: unknown,
  visit: (component: Record<string, unknown>, path: (string | number)[]) => void,
  path: (string | number)[] = [],
): void {
  if (!Array.isArray(components)) return;
  components.forEach((raw, index) => {
    const component = asRecord(raw);
    if (!component) return;
    const here = [...path, index];
    visit(component, here);
    walkComponents(component.components, visit, [...here, "components"]);
    const accessory = asRecord(component.accessory);
    if (accessory) {
      visit(accessory, [...here, "accessory"]);
    }
    const child = asRecord(component.component);
    if (child) visit(child, [...here, "component"]);
  });
}

function customIdIssues(components: unknown, prefix: (string | number)[]): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const seen = new Map<string, string>();
  walkComponents(components, (component, path) => {
    const id = component.custom_id;
    if (typeof id !== "string") return;
    const full = [...prefix, ...path, "custom_id"];
    if (id.length > CUSTOM_ID_LIMIT) {
      issues.push({
        path: full,
        kind: "limit",
        code: "BASE_TYPE_MAX_LENGTH",
        message: `Must be ${CUSTOM_ID_LIMIT} or fewer in length.`,
      });
    }
    const previous = seen.get(id);
    if (previous !== undefined) {
      issues.push({
        path: full,
        kind: "limit",
        code: "COMPONENT_CUSTOM_ID_DUPLICATED",
        message: `Component custom id cannot be duplicated ("${id}" already used at ${previous}).`,
      });
    } else {
      seen.set(id, formatPath([...prefix, ...path]));
    }
  });
  return issues;
}

export interface MessageLimitOptions {
  /** A new message must not be empty (Discord 50006). */
  isCreate: boolean;
  /** Number of uploaded files (they make a message non-empty). */
  fileCount: number;
  /** Flags of the message being edited, for Components V2 rules. */
  existingFlags?: number;
}

/** Content, embed total, custom_id and Components V2 rules for a message-like payload at `prefix`. */
export function messageLimitIssues(
  payload: unknown,
  prefix: (string | number)[],
  options: MessageLimitOptions,
): BodyIssue[] {
  const body = asRecord(payload) ?? {};
  const issues: BodyIssue[] = [];
  const content = typeof body.content === "string" ? body.content : "";
  if (content.length > CONTENT_LIMIT) {
    issues.push({
      path: [...prefix, "content"],
      kind: "limit",
      code: "BASE_TYPE_MAX_LENGTH",
      message: `Must be ${CONTENT_LIMIT} or fewer in length.`,
    });
  }
  const embeds = Array.isArray(body.embeds) ? body.embeds : [];
  const embedTotal = embeds.reduce<number>((sum, embed) => sum + embedLength(embed), 0);
  if (embedTotal > EMBED_TOTAL_LIMIT) {
    issues.push({
      path: [...prefix, "embeds"],
      kind: "limit",
      code: "MAX_EMBED_SIZE_EXCEEDED",
      message: `Embed size exceeds maximum size of ${EMBED_TOTAL_LIMIT} (${embedTotal} characters).`,
    });
  }
  issues.push(...customIdIssues(body.components, [...prefix, "components"]));
  const flags = (typeof body.flags === "number" ? body.flags : 0) | (options.existingFlags ?? 0);
  if (flags & MESSAGE_FLAGS.IsComponentsV2) {
    if (content !== "") {
      issues.push({
        path: [...prefix, "content"],
        kind: "limit",
        code: "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
        message: "The 'content' field cannot be used when using MessageFlags.IS_COMPONENTS_V2",
      });
    }
    if (embeds.length > 0) {
      issues.push({
        path: [...prefix, "embeds"],
        kind: "limit",
        code: "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
        message: "The 'embeds' field cannot be used when using MessageFlags.IS_COMPONENTS_V2",
      });
    }
  }
  return issues;
}

/** True when a new message would have nothing to show (Discord answers 50006). */
export function isEmptyMessage(payload: unknown, fileCount: number): boolean {
  const body = asRecord(payload) ?? {};
  const has = (key: string): boolean => Array.isArray(body[key]) && (body[key] as unknown[]).length > 0;
  return (
    str(body.content).trim() === "" &&
    !has("embeds") &&
    !has("components") &&
    !has("sticker_ids") &&
    !body.poll &&
    fileCount === 0
  );
}

/**
 * discord.js's MessagePayload always sends `enforce_nonce` and `tts`, also on routes whose schema has no such
 * field (interaction replies, follow-ups, edits); Discord ignores them there. Only their neutral value `false`
 * is dropped before validating, so a meaningful `tts: true` on an edit is still reported.
 */
export function dropNeutralDefaults(payload: unknown): unknown {
  const body = asRecord(payload);
  if (!body) return payload;
  const copy = { ...body };
  if (copy.enforce_nonce === false) delete copy.enforce_nonce;
  if (copy.tts === false) delete copy.tts;
  return copy;
}

/** discord.js (and Discord) send default_member_permissions as a string of digits; the spec says integer. */
export function normaliseCommandForSchema(command: unknown): unknown {
  const c = asRecord(command);
  if (!c) return command;
  const perms = c.default_member_permissions;
  if (typeof perms === "string" && /^\d+$/.test(perms)) {
    return { ...c, default_member_permissions: Number(BigInt(perms)) };
  }
  return command;
}

function commandTextLength(node: Record<string, unknown>): number {
  let total = str(node.name).length + str(node.description).length;
  if (Array.isArray(node.choices)) {
    for (const choice of node.choices) {
      const c = asRecord(choice);
      total += str(c?.name).length + (typeof c?.value === "string" ? c.value.length : String(c?.value ?? "").length);
    }
  }
  if (Array.isArray(node.options)) {
    for (const option of node.options) {
      const o = asRecord(option);
      if (o) total += commandTextLength(o);
    }
  }
  return total;
}

function optionIssues(options: unknown, prefix: (string | number)[], issues: BodyIssue[]): void {
  if (!Array.isArray(options)) return;
  let sawOptional = false;
  const names = new Set<string>();
  const kinds = new Set<"sub" | "value">();
  options.forEach((raw, index) => {
    const option = asRecord(raw);
    if (!option) return;
    const path = [...prefix, index];
    const name = str(option.name);
    if (!COMMAND_NAME.test(name) || name !== name.toLowerCase()) {
      issues.push({
        path: [...path, "name"],
        kind: "limit",
        code: "APPLICATION_COMMAND_INVALID_NAME",
        message: `Option name "${name}" must match ${COMMAND_NAME} in lower case.`,
      });
    }
    if (names.has(name)) {
      issues.push({
        path: [...path, "name"],
        kind: "limit",
        code: "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS",
        message: `Option name "${name}" is already used.`,
      });
    }
    names.add(name);
    const isSub = option.type === 1 || option.type === 2;
    kinds.add(isSub ? "sub" : "value");
    if (!isSub) {
      if (option.required === true && sawOptional) {
        issues.push({
          path: [...path, "required"],
          kind: "limit",
          code: "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
          message: "Required options must be placed before non-required options",
        });
      }
      if (option.required !== true) sawOptional = true;
      if (option.autocomplete === true && Array.isArray(option.choices) && option.choices.length > 0) {
        issues.push({
          path: [...path, "autocomplete"],
          kind: "limit",
          code: "APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_WITH_CHOICES",
          message: "Autocomplete cannot be enabled on an option that has choices.",
        });
      }
    }
    optionIssues(option.options, [...path, "options"], issues);
  });
  if (kinds.size > 1) {
    issues.push({
      path: prefix,
      kind: "limit",
      code: "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
      message: "Sub-command and sub-command group option types are mutually exclusive to all other types",
    });
  }
}

/** Name, description, option order and size rules for one command at `prefix`. */
export function commandLimitIssues(command: unknown, prefix: (string | number)[]): BodyIssue[] {
  const c = asRecord(command);
  if (!c) return [];
  const issues: BodyIssue[] = [];
  const type = typeof c.type === "number" ? c.type : 1;
  const name = str(c.name);
  if (type === 1) {
    if (!COMMAND_NAME.test(name) || name !== name.toLowerCase()) {
      issues.push({
        path: [...prefix, "name"],
        kind: "limit",
        code: "APPLICATION_COMMAND_INVALID_NAME",
        message: `Command name "${name}" must match ${COMMAND_NAME} in lower case.`,
      });
    }
    if (str(c.description).length === 0) {
      issues.push({
        path: [...prefix, "description"],
        kind: "limit",
        code: "BASE_TYPE_REQUIRED",
        message: "Chat input commands need a description (1-100 characters).",
      });
    }
  } else if (name.length === 0 || name.length > 32) {
    issues.push({
      path: [...prefix, "name"],
      kind: "limit",
      code: "BASE_TYPE_BAD_LENGTH",
      message: "Must be between 1 and 32 in length.",
    });
  }
  optionIssues(c.options, [...prefix, "options"], issues);
  const total = commandTextLength(c);
  if (total > 4000) {
    issues.push({
      path: prefix,
      kind: "limit",
      code: "APPLICATION_COMMAND_TOO_LARGE",
      message: `Command exceeds maximum size (4000): ${total} characters in names, descriptions and choices.`,
    });
  }
  return issues;
}

/** Bulk overwrite: every command valid and (name, type) unique. */
export function commandListIssues(commands: unknown): BodyIssue[] {
  if (!Array.isArray(commands)) {
    return [{ path: [], kind: "schema", code: "BASE_TYPE_BAD_TYPE", message: "Must be an array." }];
  }
  const issues: BodyIssue[] = [];
  const seen = new Set<string>();
  commands.forEach((command, index) => {
    const schemaProblems = schemaIssues(
      requestSchema("ApplicationCommandUpdateRequestSchema"),
      normaliseCommandForSchema(command),
      [index],
    );
    issues.push(...schemaProblems);
    if (schemaProblems.length === 0) issues.push(...commandLimitIssues(command, [index]));
    const c = asRecord(command);
    const key = `${typeof c?.type === "number" ? c.type : 1}:${str(c?.name)}`;
    if (seen.has(key)) {
      issues.push({
        path: [index, "name"],
        kind: "limit",
        code: "APPLICATION_COMMANDS_DUPLICATE_NAME",
        message: `Application command names must be unique ("${str(c?.name)}").`,
      });
    }
    seen.add(key);
  });
  return issues;
}
