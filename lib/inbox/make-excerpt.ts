/**
 * The first words of a message for a collapsed inbox item or the home page: whole words, one line of text, at most
 * `max` characters plus an ellipsis. Pure, so the server builds it and the browser gets only the result.
 */
export function makeExcerpt(body: string, max = 140): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut.slice(0, max)).replace(/[\s,;:.–-]+$/, '')}…`;
}
