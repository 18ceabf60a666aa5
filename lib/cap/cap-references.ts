import { formatCapDateTime, parseCapDateTime } from './cap-datetime';
import type { CapReference } from './cap-types';

/**
 * §3.2.1 <references>: "The extended message identifier(s) (in the form sender,identifier,sent) of an earlier CAP
 * message or messages referenced by this one", separated by whitespace. Identifiers and senders cannot contain
 * commas or spaces, which is what makes this split unambiguous.
 */
export function parseCapReferences(text: string): CapReference[] | { invalid: string } {
  const refs: CapReference[] = [];
  for (const item of text.trim().split(/\s+/)) {
    const parts = item.split(',');
    const sent = parts.length === 3 ? parseCapDateTime(parts[2]) : undefined;
    if (!sent || !parts[0] || !parts[1]) return { invalid: item };
    refs.push({ sender: parts[0], identifier: parts[1], sent });
  }
  return refs;
}

export function formatCapReferences(refs: CapReference[]): string {
  return refs.map((r) => `${r.sender},${r.identifier},${formatCapDateTime(r.sent)}`).join(' ');
}
