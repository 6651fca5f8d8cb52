/** Avatars drawn here (an initial on a colour), since Discord's default avatars live on its CDN. */
const COLOURS = ["#5865f2", "#3ba55c", "#faa61a", "#ed4245", "#eb459e", "#747f8d"];

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function avatarSvg(seed: string, label: string, bot = false): string {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const colour = bot ? "#5865f2" : (COLOURS[hash % COLOURS.length] ?? "#5865f2");
  const initial = escapeXml([...label.trim()][0]?.toUpperCase() ?? "?");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 80"><rect width="80" height="80" fill="${colour}"/><text x="40" y="53" font-family="Noto Sans, sans-serif" font-size="38" font-weight="700" fill="#fff" text-anchor="middle">${initial}</text></svg>`;
}
