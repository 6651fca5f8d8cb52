import { escapeMarkdown } from "discord.js";

/**
 * Course text → Discord markdown. The course is plain text (footnotes start with "*", titles hold "_"):
 * everything is escaped, then the two conventions of the content are turned into formatting:
 * "### " sub-headings become bold lines, "• " list items stay as they are.
 */
export function renderCourseText(text: string): string {
  return text
    .split("\n\n")
    .map((paragraph) => {
      const escaped = escapeMarkdown(paragraph.replace(/^### /, ""), {
        heading: true,
        bulletedList: true,
        numberedList: true,
        maskedLink: true,
      });
      return paragraph.startsWith("### ") ? `**${escaped}**` : escaped;
    })
    .join("\n\n");
}

/** Undoes `renderCourseText`, to compare what Discord shows with the source text (used by tests). */
export function unrenderCourseText(markdown: string): string {
  return markdown
    .split("\n\n")
    .map((paragraph) => {
      const heading = /^\*\*(.*)\*\*$/s.exec(paragraph);
      const body = heading ? `### ${heading[1]}` : paragraph;
      return body.replace(/\\([\\*_~`|>#\-[\]().])/g, "$1");
    })
    .join("\n\n");
}
