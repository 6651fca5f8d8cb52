import type { Heading, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";

/**
 * Reading the pack's files with positions: YAML through the `yaml` package (parseDocument + LineCounter), the
 * Markdown body through `mdast-util-from-markdown`. Every value read can be traced back to its line and column,
 * so that a problem is reported where the teacher has to look.
 */

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface Problem extends Position {
  /** The file, as shown to the teacher. */
  readonly file: string;
  readonly message: string;
}

export type PathKey = string | number;

/** A parsed YAML text: its value (undefined on a syntax error) and where each path of it is written. */
export interface YamlSource {
  readonly value: unknown;
  readonly syntaxProblems: readonly (Position & { message: string })[];
  /** Where `path` is written, or the closest enclosing node that is (a missing field: its parent). */
  locate(path: readonly PathKey[]): Position;
  /** Where the key `key` of the map at `path` is written (for an unknown field). */
  locateKey(path: readonly PathKey[], key: string): Position;
}

const yamlErrorsInFrench: Record<string, string> = {
  BAD_INDENT: "indentation incorrecte",
  TAB_AS_INDENT: "une tabulation sert d'indentation : utilisez des espaces",
  DUPLICATE_KEY: "ce champ est écrit deux fois",
  MISSING_CHAR: "un caractère manque (guillemet, crochet ou accolade fermant)",
  BLOCK_AS_IMPLICIT_KEY: "un bloc est utilisé comme nom de champ : vérifiez les « : » et l'indentation",
  MULTILINE_IMPLICIT_KEY: "un nom de champ s'étend sur plusieurs lignes : vérifiez les « : » et l'indentation",
  UNEXPECTED_TOKEN: "caractère inattendu",
  BAD_SCALAR_START: "un texte ne peut pas commencer ainsi : mettez-le entre guillemets",
  BAD_DQ_ESCAPE: "séquence d'échappement invalide entre guillemets doubles",
  BLOCK_IN_FLOW: "un bloc à l'intérieur de [ ] ou { }",
  KEY_OVER_1024_CHARS: "nom de champ trop long",
};

/** A YAML syntax error in French: the known codes translated, the parser's own words kept for the others. */
function yamlSyntaxMessage(code: string, message: string): string {
  const french = yamlErrorsInFrench[code];
  const firstLine = message.split("\n")[0] ?? message;
  return `syntaxe YAML : ${french ?? `erreur (${firstLine.replace(/ at line \d+, column \d+:?$/, "")})`}`;
}

/** Parses `text`, whose first line is line `firstLine` of its file (front matter starts at line 2). */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const syntaxProblems = document.errors.map((error) => ({
    ...at(error.pos[0]),
    message: yamlSyntaxMessage(error.code, error.message),
  }));
  const nodeAt = (path: readonly PathKey[]): Node | undefined => {
    let node: unknown = document.contents;
    let found: Node | undefined = isNode(node) ? node : undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key);
        node = pair?.value ?? undefined;
      } else if (isSeq(node) && typeof key === "number") {
        node = node.items[key];
      } else {
        break;
      }
      if (!isNode(node)) break;
      found = node;
    }
    return found;
  };
  const start = (node: Node | undefined): Position => at(node?.range?.[0] ?? 0);
  return {
    value: syntaxProblems.length > 0 ? undefined : document.toJS(),
    syntaxProblems,
    locate: (path) => start(nodeAt(path)),
    locateKey(path, key) {
      const map = nodeAt(path);
      if (isMap(map)) {
        const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
        if (pair && isNode(pair.key)) return start(pair.key);
      }
      return start(map);
    },
  };
}

export interface MarkdownSection {
  readonly id: string | undefined;
  readonly title: string;
  readonly text: string;
  /** Where the "##" heading is. */
  readonly position: Position;
}

export interface MarkdownSource {
  /** The front matter's YAML, undefined when the file has none. */
  readonly frontMatter: YamlSource | undefined;
  readonly sections: readonly MarkdownSection[];
  readonly problems: readonly (Position & { message: string })[];
}

/** "## Title {#section-id}": the id written after the title, as Pandoc and kramdown write heading ids. */
const HEADING = /^##[ \t]+(.*?)(?:[ \t]+\{#([^}\s]*)\})?[ \t]*#*[ \t]*$/;

/**
 * A course document: YAML front matter between "---" lines, then "##" sections. A section's text is the
 * Markdown between its heading and the next one, exactly as written (blank lines around it aside), so the
 * course's own conventions ("• " lists, "### " sub-headings, blank lines between paragraphs) come through
 * unchanged; the Markdown parser only tells where the headings are (and ignores a "##" inside a code block).
 */
export function parseMarkdownSource(raw: string): MarkdownSource {
  const lines = raw.split("\n");
  const problems: (Position & { message: string })[] = [];
  let frontMatter: YamlSource | undefined;
  let bodyStart = 0;
  if (lines[0]?.trimEnd() === "---") {
    const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === "---");
    if (end === -1) {
      problems.push({ line: 1, column: 1, message: "l'en-tête ouvert par « --- » n'est jamais fermé par « --- »" });
      return { frontMatter, sections: [], problems };
    }
    frontMatter = parseYamlSource(lines.slice(1, end).join("\n"), 2);
    bodyStart = end + 1;
  } else {
    problems.push({
      line: 1,
      column: 1,
      message: "le fichier doit commencer par un en-tête « --- » (id, title, description, source)",
    });
  }

  const body = lines.slice(bodyStart);
  const tree: Root = fromMarkdown(body.join("\n"));
  const headings = tree.children.filter((node): node is Heading => node.type === "heading" && node.depth <= 2);
  const lineOf = (node: Heading) => (node.position?.start.line ?? 1) - 1;
  const sections: MarkdownSection[] = [];
  const firstHeading = headings[0];
  const before = body
    .slice(0, firstHeading ? lineOf(firstHeading) : body.length)
    .join("\n")
    .trim();
  if (before !== "") {
    const offset = body.findIndex((line) => line.trim() !== "");
    problems.push({
      line: bodyStart + offset + 1,
      column: 1,
      message: "texte hors section : tout texte doit suivre un titre « ## Titre {#id} »",
    });
  }
  headings.forEach((heading, index) => {
    const line = lineOf(heading);
    const position = { line: bodyStart + line + 1, column: 1 };
    const source = body[line] ?? "";
    const match = HEADING.exec(source);
    if (heading.depth !== 2 || !match) {
      problems.push({
        ...position,
        message:
          heading.depth === 1
            ? "titre de niveau 1 (« # ») : le titre du document va dans l'en-tête, les sections s'écrivent « ## Titre {#id} »"
            : "titre souligné : écrivez les sections « ## Titre {#id} »",
      });
      return;
    }
    const next = headings[index + 1];
    const text = body
      .slice(line + 1, next ? lineOf(next) : body.length)
      .join("\n")
      .replace(/^\n+|\n+$/g, "");
    sections.push({ id: match[2], title: match[1] ?? "", text, position });
  });
  return { frontMatter, sections, problems };
}
