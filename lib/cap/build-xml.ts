import { XMLBuilder } from 'fast-xml-parser';
import { stripNonXmlChars } from './xml-chars';

// The builder escapes &, <, >, " and ' in every text and attribute value (processEntities), so no untrusted text is
// ever concatenated into markup.
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: false,
  suppressBooleanAttributes: false,
  processEntities: true,
});

/** An XML document (with its declaration) from any tree the builder understands; invalid XML characters dropped. */
export function buildXmlDocument(root: Record<string, unknown>): string {
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, ...(cleanTree(root) as object) });
}

function cleanTree(value: unknown): unknown {
  if (typeof value === 'string') return stripNonXmlChars(value);
  if (Array.isArray(value)) return value.map(cleanTree);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return Object.fromEntries(entries.map(([k, v]) => [k, cleanTree(v)]));
  }
  return value;
}
