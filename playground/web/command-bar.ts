/**
 * The message bar as Discord's client has it for slash commands: "/" lists the commands this member may use
 * (sub-commands as "config voir"), then each option is a field with what Discord offers for it: the bot's
 * autocomplete (an interaction of its own), fixed choices, true/false, the channels, the members.
 */
import { localized, type PageStrings } from "./i18n.js";
import type { CommandOption, OptionValue, PageLocale, PageState, RegisteredCommand } from "./protocol.js";

export interface CommandBarHost {
  state(): PageState;
  locale(): PageLocale;
  strings(): PageStrings;
  channelName(): string;
  commands(): RegisteredCommand[];
  autocomplete(name: string, options: OptionValue[]): Promise<{ name: string; value: string | number }[]>;
  run(name: string, options: OptionValue[]): Promise<void>;
  error(text: string): void;
}

interface Entry {
  command: RegisteredCommand;
  /** The sub-command, for commands made of them. */
  sub?: CommandOption;
  label: string;
  description: string;
  options: CommandOption[];
}

interface Field {
  option: CommandOption;
  input: HTMLInputElement;
  /** The value chosen from a list (its input shows the name); undefined: the text typed. */
  chosen?: string | number | boolean;
}

interface Suggestion {
  label: string;
  hint?: string;
  pick(): void;
}

export class CommandBar {
  readonly element: HTMLElement;
  private readonly popup: HTMLElement;
  private readonly line: HTMLElement;
  private readonly search: HTMLInputElement;
  private entry: Entry | undefined;
  private fields: Field[] = [];
  private active: Field | undefined;
  private autocompleteTimer: number | undefined;
  private autocompleteTurn = 0;

  constructor(private readonly host: CommandBarHost) {
    this.element = document.createElement("div");
    this.element.className = "command-bar";
    this.popup = document.createElement("div");
    this.popup.className = "popup";
    this.popup.hidden = true;
    this.line = document.createElement("div");
    this.line.className = "bar-line";
    this.search = document.createElement("input");
    this.search.className = "bar-input";
    this.search.setAttribute("aria-label", "message");
    this.search.addEventListener("input", () => this.showCommands());
    this.search.addEventListener("focus", () => this.showCommands());
    this.search.addEventListener("keydown", (event) => this.onKey(event));
    this.element.append(this.popup, this.line);
    this.reset();
  }

  /** Placeholder and names follow the member and language. */
  refresh(): void {
    if (!this.entry) this.search.placeholder = this.host.strings().placeholder(this.host.channelName());
  }

  reset(): void {
    // An autocomplete still waiting belongs to the command being dropped.
    window.clearTimeout(this.autocompleteTimer);
    this.autocompleteTurn += 1;
    this.entry = undefined;
    this.fields = [];
    this.active = undefined;
    this.line.replaceChildren(this.search);
    this.search.value = "";
    this.popup.hidden = true;
    this.refresh();
  }

  private entries(): Entry[] {
    const locale = this.host.locale();
    const out: Entry[] = [];
    for (const command of this.host.commands()) {
      const name = localized(command.name, command.name_localizations, locale);
      const subs = (command.options ?? []).filter((option) => option.type === 1);
      if (subs.length === 0) {
        out.push({
          command,
          label: name,
          description: localized(command.description, command.description_localizations, locale),
          options: command.options ?? [],
        });
      }
      for (const sub of subs) {
        out.push({
          command,
          sub,
          label: `${name} ${localized(sub.name, sub.name_localizations, locale)}`,
          description: localized(sub.description, sub.description_localizations, locale),
          options: sub.options ?? [],
        });
      }
    }
    return out;
  }

  private showCommands(): void {
    if (this.entry) return;
    const text = this.search.value;
    if (!text.startsWith("/")) {
      this.popup.hidden = true;
      return;
    }
    const query = text.slice(1).trim().toLowerCase();
    const matches = this.entries().filter((entry) => entry.label.toLowerCase().includes(query));
    this.showSuggestions(
      matches.map((entry) => ({ label: `/${entry.label}`, hint: entry.description, pick: () => this.choose(entry) })),
      "commands",
    );
  }

  private showSuggestions(suggestions: Suggestion[], kind: string, title?: string): void {
    this.popup.replaceChildren();
    this.popup.dataset.kind = kind;
    if (title) {
      const heading = document.createElement("div");
      heading.className = "popup-title";
      heading.textContent = title;
      this.popup.append(heading);
    }
    if (suggestions.length === 0 && kind === "commands") {
      const empty = document.createElement("div");
      empty.className = "popup-empty";
      empty.textContent = this.host.strings().noCommand;
      this.popup.append(empty);
    }
    suggestions.forEach((suggestion, index) => {
      const item = document.createElement("button");
      item.type = "button";
      item.className = `popup-item${index === 0 ? " selected" : ""}`;
      const label = document.createElement("span");
      label.className = "popup-label";
      label.textContent = suggestion.label;
      item.append(label);
      if (suggestion.hint) {
        const hint = document.createElement("span");
        hint.className = "popup-hint";
        hint.textContent = suggestion.hint;
        item.append(hint);
      }
      // mousedown: before the input loses focus.
      item.addEventListener("mousedown", (event) => {
        event.preventDefault();
        suggestion.pick();
      });
      this.popup.append(item);
    });
    this.popup.hidden = suggestions.length === 0 && kind !== "commands";
  }

  private choose(entry: Entry): void {
    this.entry = entry;
    const locale = this.host.locale();
    const strings = this.host.strings();
    const chip = document.createElement("span");
    chip.className = "command-chip";
    chip.textContent = `/${entry.label}`;
    this.line.replaceChildren(chip);
    this.fields = entry.options.map((option) => {
      const wrapper = document.createElement("label");
      wrapper.className = `option-chip${option.required ? " required" : ""}`;
      const name = document.createElement("span");
      name.className = "option-name";
      name.textContent = localized(option.name, option.name_localizations, locale);
      const input = document.createElement("input");
      input.className = "option-input";
      input.dataset.option = option.name;
      input.placeholder = option.required ? strings.required : strings.optional;
      input.title = localized(option.description, option.description_localizations, locale);
      wrapper.append(name, input);
      this.line.append(wrapper);
      const field: Field = { option, input };
      input.addEventListener("focus", () => this.focus(field));
      input.addEventListener("input", () => {
        delete field.chosen;
        this.focus(field);
      });
      input.addEventListener("keydown", (event) => this.onKey(event));
      return field;
    });
    const send = document.createElement("button");
    send.type = "button";
    send.className = "send";
    send.textContent = strings.send;
    send.addEventListener("click", () => void this.submit());
    this.line.append(send);
    const first = this.fields.find((field) => field.option.required) ?? this.fields[0];
    if (first) first.input.focus();
    else {
      this.popup.hidden = true;
      send.focus();
    }
  }

  private focus(field: Field): void {
    this.active = field;
    const { option, input } = field;
    const locale = this.host.locale();
    const strings = this.host.strings();
    const title = localized(option.description, option.description_localizations, locale);
    const pick = (label: string, value: string | number | boolean) => () => {
      input.value = label;
      field.chosen = value;
      this.popup.hidden = true;
      this.next(field);
    };
    const typed = input.value.trim().toLowerCase();
    const filter = (label: string) => !typed || label.toLowerCase().includes(typed);
    if (option.autocomplete) {
      window.clearTimeout(this.autocompleteTimer);
      this.autocompleteTimer = window.setTimeout(() => void this.fetchChoices(field, title, pick), 200);
      return;
    }
    let suggestions: Suggestion[] = [];
    if (option.choices) {
      suggestions = option.choices
        .map((choice) => ({ label: localized(choice.name, choice.name_localizations, locale), value: choice.value }))
        .filter((choice) => filter(choice.label))
        .map((choice) => ({ label: choice.label, pick: pick(choice.label, choice.value) }));
    } else if (option.type === 5) {
      suggestions = [
        { label: strings.true, pick: pick(strings.true, true) },
        { label: strings.false, pick: pick(strings.false, false) },
      ];
    } else if (option.type === 7) {
      suggestions = this.host
        .state()
        .channels.filter((channel) => filter(channel.name))
        .map((channel) => ({ label: `# ${channel.name}`, pick: pick(`#${channel.name}`, channel.id) }));
    } else if (option.type === 6 || option.type === 9) {
      suggestions = this.host
        .state()
        .members.filter((member) => filter(member.name))
        .map((member) => ({ label: member.name, hint: member.username, pick: pick(`@${member.name}`, member.id) }));
    }
    this.showSuggestions(suggestions, "options", title);
    if (suggestions.length === 0) this.showHint(title);
  }

  private showHint(title: string): void {
    this.popup.replaceChildren();
    const heading = document.createElement("div");
    heading.className = "popup-title";
    heading.textContent = title;
    this.popup.append(heading);
    this.popup.dataset.kind = "hint";
    this.popup.hidden = false;
  }

  private async fetchChoices(
    field: Field,
    title: string,
    pick: (label: string, value: string | number) => () => void,
  ): Promise<void> {
    const entry = this.entry;
    if (!entry || this.active !== field) return;
    const turn = ++this.autocompleteTurn;
    const choices = await this.host.autocomplete(
      entry.command.name,
      this.values({ name: field.option.name, value: field.input.value, focused: true }),
    );
    if (turn !== this.autocompleteTurn || this.active !== field) return;
    this.showSuggestions(
      choices.map((choice) => ({ label: choice.name, pick: pick(choice.name, choice.value) })),
      "options",
      title,
    );
    if (choices.length === 0) this.showHint(title);
  }

  private next(field: Field): void {
    const index = this.fields.indexOf(field);
    const following = this.fields.slice(index + 1).find((candidate) => !candidate.input.value);
    if (following) following.input.focus();
    else (this.line.querySelector(".send") as HTMLButtonElement | null)?.focus();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === "Escape") {
      this.reset();
      this.search.focus();
      return;
    }
    if (event.key === "Tab" || event.key === "Enter") {
      const first = this.popup.hidden ? null : this.popup.querySelector<HTMLButtonElement>(".popup-item");
      if (
        first &&
        (event.key === "Tab" ||
          !this.entry ||
          (this.active && !this.active.input.value) ||
          this.popup.dataset.kind === "options")
      ) {
        event.preventDefault();
        first.dispatchEvent(new MouseEvent("mousedown", { cancelable: true }));
        return;
      }
      if (event.key === "Enter" && this.entry) {
        event.preventDefault();
        void this.submit();
      }
    }
  }

  /** The options as the interaction carries them, typed from the command's definition. */
  private values(focused?: OptionValue): OptionValue[] {
    const options: OptionValue[] = [];
    for (const field of this.fields) {
      if (focused && field.option.name === focused.name) {
        options.push(focused);
        continue;
      }
      const value = this.valueOf(field);
      if (value !== undefined) options.push({ name: field.option.name, value });
    }
    const sub = this.entry?.sub;
    return sub ? [{ name: sub.name, options }] : options;
  }

  private valueOf(field: Field): string | number | boolean | undefined {
    if (field.chosen !== undefined) return field.chosen;
    const text = field.input.value.trim();
    if (text === "") return undefined;
    if (field.option.type === 4 || field.option.type === 10) return Number(text);
    return text;
  }

  private check(): string | undefined {
    const strings = this.host.strings();
    const locale = this.host.locale();
    for (const field of this.fields) {
      const { option } = field;
      const name = localized(option.name, option.name_localizations, locale);
      const value = this.valueOf(field);
      if (value === undefined) {
        if (option.required) return strings.missing(name);
        continue;
      }
      if (option.type === 4 || option.type === 10) {
        const number = Number(value);
        const whole = option.type === 10 || Number.isInteger(number);
        if (
          !whole ||
          Number.isNaN(number) ||
          (option.min_value !== undefined && number < option.min_value) ||
          (option.max_value !== undefined && number > option.max_value)
        ) {
          return strings.range(name, option.min_value, option.max_value);
        }
      }
      if (option.choices && field.chosen === undefined) {
        // Discord only sends one of the choices: the text must name one.
        const match = option.choices.find(
          (choice) =>
            localized(choice.name, choice.name_localizations, locale) === field.input.value ||
            String(choice.value) === field.input.value.trim(),
        );
        if (!match) return strings.missing(name);
        field.chosen = match.value;
      }
      if ((option.type === 5 || option.type === 6 || option.type === 7) && field.chosen === undefined) {
        return strings.missing(name);
      }
    }
    return undefined;
  }

  private async submit(): Promise<void> {
    if (!this.entry) return;
    const problem = this.check();
    if (problem) {
      this.host.error(problem);
      return;
    }
    const name = this.entry.command.name;
    const options = this.values();
    this.reset();
    await this.host.run(name, options);
  }
}
