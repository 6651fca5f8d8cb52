/** A modal Réso opened (interaction callback type 9), as a dialog laid out like Discord's, in the page's language. */
import type { PageStrings } from "./i18n.js";
import type { ApiComponent, ModalData } from "./protocol.js";

interface TextField {
  customId: string;
  control: HTMLInputElement | HTMLTextAreaElement;
}

/** Shows the modal; resolves with the fields' values on submit, undefined on cancel. */
export function openModal(
  modal: ModalData,
  botName: string,
  botAvatar: string,
  strings: PageStrings,
): Promise<Record<string, string> | undefined> {
  const dialog = document.createElement("dialog");
  dialog.className = "modal";
  const form = document.createElement("form");
  form.method = "dialog";
  const header = document.createElement("header");
  const avatar = document.createElement("img");
  avatar.src = botAvatar;
  avatar.alt = "";
  const title = document.createElement("h2");
  title.textContent = modal.title;
  header.append(avatar, title);
  const warning = document.createElement("p");
  warning.className = "modal-warning";
  warning.textContent = strings.modalWarning(botName);
  form.append(header, warning);
  const fields: TextField[] = [];
  for (const top of modal.components) {
    // A label (type 18) holds one input; an older action row (type 1) holds a text input with its own label.
    const inputs: { input: ApiComponent; label: string; description?: string }[] =
      top.type === 18 && top.component
        ? [{ input: top.component, label: String(top.label ?? ""), description: top.description as string | undefined }]
        : (top.components ?? []).map((input) => ({ input, label: String(input.label ?? "") }));
    for (const { input, label, description } of inputs) {
      if (input.type !== 4 || !input.custom_id) continue;
      form.append(textField(input, label, description, fields));
    }
  }
  const actions = document.createElement("footer");
  const cancel = document.createElement("button");
  cancel.type = "button";
  cancel.className = "modal-cancel";
  cancel.textContent = strings.cancel;
  const submit = document.createElement("button");
  submit.type = "submit";
  submit.className = "modal-submit";
  submit.textContent = strings.submit;
  actions.append(cancel, submit);
  form.append(actions);
  dialog.append(form);
  document.body.append(dialog);
  dialog.showModal();
  fields[0]?.control.focus();
  return new Promise((resolve) => {
    const close = (values: Record<string, string> | undefined) => {
      dialog.close();
      dialog.remove();
      resolve(values);
    };
    cancel.addEventListener("click", () => close(undefined));
    dialog.addEventListener("cancel", () => close(undefined));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      close(Object.fromEntries(fields.map((field) => [field.customId, field.control.value])));
    });
  });
}

function textField(input: ApiComponent, label: string, description: string | undefined, fields: TextField[]) {
  const wrapper = document.createElement("label");
  wrapper.className = "modal-field";
  const name = document.createElement("span");
  name.className = "modal-label";
  name.textContent = label;
  if (input.required !== false) {
    const star = document.createElement("span");
    star.className = "modal-required";
    star.textContent = " *";
    name.append(star);
  }
  wrapper.append(name);
  if (description) {
    const text = document.createElement("span");
    text.className = "modal-description";
    text.textContent = description;
    wrapper.append(text);
  }
  const control = input.style === 2 ? document.createElement("textarea") : document.createElement("input");
  control.name = String(input.custom_id);
  if (typeof input.placeholder === "string") control.placeholder = input.placeholder;
  if (typeof input.value === "string") control.value = input.value;
  if (typeof input.min_length === "number") control.minLength = input.min_length;
  if (typeof input.max_length === "number") control.maxLength = input.max_length;
  control.required = input.required !== false;
  if (control instanceof HTMLTextAreaElement) control.rows = 6;
  const counter = document.createElement("span");
  counter.className = "modal-counter";
  const count = () => {
    counter.textContent = typeof input.max_length === "number" ? `${control.value.length}/${input.max_length}` : "";
  };
  control.addEventListener("input", count);
  count();
  wrapper.append(control, counter);
  fields.push({ customId: String(input.custom_id), control });
  return wrapper;
}
