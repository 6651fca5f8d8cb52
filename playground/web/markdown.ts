/**
 * Discord markdown → the web components' elements (discord-bold, discord-spoiler…), parsed by
 * discord-markdown-parser (the parser discord-html-transcripts uses). Built node by node with textContent:
 * whatever Réso sends, nothing is injected as HTML.
 */
import { parse } from "discord-markdown-parser";

interface MdNode {
  type: string;
  content?: string | MdNode[];
  target?: string;
  level?: number;
  lang?: string;
  timestamp?: string;
  format?: string;
}

const WRAPPERS: Record<string, string> = {
  strong: "discord-bold",
  em: "discord-italic",
  underline: "discord-underlined",
  strike: "s",
  spoiler: "discord-spoiler",
  inlineCode: "discord-inline-code",
  blockQuote: "discord-quote",
  subtext: "discord-subscript",
};

/** The page's language, for timestamps (<t:…:R> reads "dans 59 secondes"). */
let language = "fr";

export function setMarkdownLanguage(locale: string): void {
  language = locale;
}

export function renderMarkdown(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  append(fragment, parse(text, "extended") as MdNode[]);
  return fragment;
}

function append(parent: ParentNode, nodes: MdNode[]): void {
  for (const node of nodes) parent.append(render(node));
}

function render(node: MdNode): Node {
  const children = (element: HTMLElement): HTMLElement => {
    if (typeof node.content === "string") element.textContent = node.content;
    else if (node.content) append(element, node.content);
    return element;
  };
  switch (node.type) {
    case "text":
      return document.createTextNode(typeof node.content === "string" ? node.content : "");
    case "br":
      return document.createElement("br");
    case "heading": {
      const heading = children(document.createElement("discord-header"));
      heading.setAttribute("level", String(node.level ?? 1));
      return heading;
    }
    case "codeBlock": {
      const pre = document.createElement("pre");
      pre.className = "code-block";
      pre.textContent = typeof node.content === "string" ? node.content : "";
      return pre;
    }
    case "timestamp":
      return timestamp(Number(node.timestamp) * 1000, node.format ?? "f");
    case "url":
    case "autolink":
    case "link": {
      const link = children(document.createElement("a"));
      const href = node.target ?? "";
      if (/^https?:\/\//.test(href)) link.setAttribute("href", href);
      link.setAttribute("target", "_blank");
      link.setAttribute("rel", "noopener noreferrer");
      return link;
    }
    default: {
      const tag = WRAPPERS[node.type];
      if (tag) return children(document.createElement(tag));
      // Mentions, emoji, timestamps… Réso sends none: their text is enough.
      return children(document.createElement("span"));
    }
  }
}

/** Discord's timestamp styles (t T d D f F R), in the page's language; the full date as a tooltip. */
function timestamp(ms: number, format: string): HTMLElement {
  const element = document.createElement("time");
  element.className = "timestamp";
  const date = new Date(ms);
  element.dateTime = date.toISOString();
  element.title = date.toLocaleString(language, { dateStyle: "full", timeStyle: "short" });
  const styles: Record<string, Intl.DateTimeFormatOptions> = {
    t: { timeStyle: "short" },
    T: { timeStyle: "medium" },
    d: { dateStyle: "short" },
    D: { dateStyle: "long" },
    f: { dateStyle: "long", timeStyle: "short" },
    F: { dateStyle: "full", timeStyle: "short" },
  };
  if (format === "R") {
    const seconds = Math.round((ms - Date.now()) / 1000);
    const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
      Math.abs(seconds) < 60
        ? [seconds, "second"]
        : Math.abs(seconds) < 3600
          ? [Math.round(seconds / 60), "minute"]
          : Math.abs(seconds) < 86_400
            ? [Math.round(seconds / 3600), "hour"]
            : [Math.round(seconds / 86_400), "day"];
    element.textContent = new Intl.RelativeTimeFormat(language, { numeric: "auto" }).format(value, unit);
  } else {
    element.textContent = date.toLocaleString(language, styles[format] ?? styles.f);
  }
  return element;
}
