import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CapError } from './cap-error';
import { findNonXmlChar } from './xml-chars';

/** One element with its resolved namespace, its text (character data and CDATA) and its child elements. */
export type XmlElement = {
  ns: string | undefined;
  name: string;
  /** "alert/info[2]/area/areaDesc": for error messages. */
  path: string;
  /** Attributes by qualified name, references decoded, namespace declarations left out (Atom's <link href>). */
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
};

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

// Entities stay unexpanded (processEntities: false) and are decoded below, so that only the five predefined ones
// and character references are accepted; DTDs never reach the parser (refuseDeclarations).
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  // CAP nests 5 deep (alert/info/area/geocode/value): a deeper document is refused before it can exhaust the stack.
  maxNestedTags: 32,
});

/**
 * Parses untrusted XML without ever expanding a DTD: the size is checked in bytes before anything else, a DOCTYPE
 * or any other markup declaration is refused outright (no internal subset, no external entity, no billion laughs),
 * references other than the five XML entities and character references are refused, then the document must be
 * well-formed with exactly one root element and declared namespace prefixes.
 */
export function readSafeXml(xml: string, opts: { maxBytes: number }): XmlElement {
  const bytes = Buffer.byteLength(xml, 'utf8');
  if (bytes > opts.maxBytes) {
    throw new CapError('too_large', `The document is ${bytes} bytes; at most ${opts.maxBytes} bytes are accepted.`);
  }
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  const bad = findNonXmlChar(text);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new CapError(
      'malformed_xml',
      `Character U+${code} on line ${lineOf(text, bad.index)} is not allowed in XML.`,
    );
  }
  refuseDeclarations(text);
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new CapError('malformed_xml', `The document is not well-formed XML (line ${line}, column ${col}): ${msg}`);
  }
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(text) as OrderedNode[];
  } catch (err) {
    throw new CapError('malformed_xml', `The document could not be read as XML: ${(err as Error).message}`);
  }
  const roots = nodes.filter((n) => elementName(n) !== undefined);
  const strayText = nodes.some((n) => typeof n['#text'] === 'string' && n['#text'].trim() !== '');
  if (roots.length !== 1 || strayText) {
    throw new CapError('malformed_xml', 'The document must have exactly one root element and nothing else.');
  }
  return toElement(roots[0], new Map([['xml', XML_NAMESPACE]]), '');
}

function refuseDeclarations(xml: string): void {
  for (let i = xml.indexOf('<'); i !== -1; i = xml.indexOf('<', i)) {
    if (xml.startsWith('<!--', i)) i = skipPast(xml, '-->', i + 4);
    else if (xml.startsWith('<![CDATA[', i)) i = skipPast(xml, ']]>', i + 9);
    else if (xml.startsWith('<?', i)) i = skipPast(xml, '?>', i + 2);
    else if (xml.startsWith('<!', i)) throw declarationError(xml, i);
    else i += 1;
  }
}

function declarationError(xml: string, at: number): CapError {
  const where = `line ${lineOf(xml, at)}`;
  if (/^<!DOCTYPE/i.test(xml.slice(at, at + 9))) {
    return new CapError('doctype_not_allowed', `A DOCTYPE (${where}) is not accepted: CAP alerts may not carry a DTD.`);
  }
  if (/^<!ENTITY/i.test(xml.slice(at, at + 8))) {
    return new CapError('entity_not_allowed', `An entity declaration (${where}) is not accepted in CAP alerts.`);
  }
  return new CapError('malformed_xml', `Unexpected markup declaration "${xml.slice(at, at + 12)}…" (${where}).`);
}

function toElement(node: OrderedNode, parentScope: Map<string, string>, parentPath: string, index = ''): XmlElement {
  const qname = elementName(node)!;
  const scope = new Map(parentScope);
  const attributes: Record<string, string> = {};
  for (const [attr, raw] of Object.entries(node[':@'] ?? {})) {
    const value = decodeReferences(raw, `${parentPath}${qname} attribute ${attr}`);
    if (attr === 'xmlns') scope.set('', value);
    else if (attr.startsWith('xmlns:')) scope.set(attr.slice(6), value);
    else attributes[attr] = value;
  }
  const colon = qname.indexOf(':');
  const prefix = colon === -1 ? '' : qname.slice(0, colon);
  const name = colon === -1 ? qname : qname.slice(colon + 1);
  const path = `${parentPath}${name}${index}`;
  const ns = scope.get(prefix) || undefined;
  if (prefix && !ns)
    throw new CapError('malformed_xml', `The prefix "${prefix}:" of <${qname}> is not declared.`, path);

  const childNodes = node[qname] as OrderedNode[];
  const elements = childNodes.filter((c) => elementName(c) !== undefined);
  const counts = new Map<string, number>();
  for (const c of elements) counts.set(elementName(c)!, (counts.get(elementName(c)!) ?? 0) + 1);
  const seen = new Map<string, number>();
  const children = elements.map((c) => {
    const childName = elementName(c)!;
    const n = (seen.get(childName) ?? 0) + 1;
    seen.set(childName, n);
    return toElement(c, scope, `${path}/`, counts.get(childName)! > 1 ? `[${n}]` : '');
  });
  return { ns, name, path, attributes, text: textOf(childNodes, path), children };
}

/** Character data is decoded; CDATA sections are taken as they are (that is what CDATA means). */
function textOf(nodes: OrderedNode[], path: string): string {
  let text = '';
  for (const n of nodes) {
    if (typeof n['#text'] === 'string') text += decodeReferences(n['#text'], path);
    else if (Array.isArray(n['#cdata'])) text += (n['#cdata'] as OrderedNode[]).map((c) => c['#text'] ?? '').join('');
  }
  return text;
}

// Without a DTD, XML defines only five entities; anything else (&nbsp;, which CAP 1.2 §3.3.3 discourages anyway, or
// an attacker's &xxe;) names nothing and is refused rather than kept as literal text.
function decodeReferences(raw: string, where: string): string {
  return raw.replace(/&([^;&]*)(;?)/g, (whole, ref: string, semicolon: string) => {
    if (!semicolon) throw new CapError('malformed_xml', `A bare "&" in ${where} must be written "&amp;".`, where);
    if (ref in PREDEFINED) return PREDEFINED[ref];
    const num = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(ref);
    if (num) {
      const cp = num[1] !== undefined ? parseInt(num[1], 16) : Number(num[2]);
      const ch = cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
      if (!ch || findNonXmlChar(ch)) {
        throw new CapError('malformed_xml', `"${whole}" in ${where} is not an XML character.`, where);
      }
      return ch;
    }
    throw new CapError(
      'entity_not_allowed',
      `"${whole}" in ${where}: only &lt; &gt; &amp; &quot; &apos; and character references (&#233;) are accepted.`,
      where,
    );
  });
}

function elementName(node: OrderedNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@' && k !== '#text' && k !== '#cdata');
}

function skipPast(xml: string, terminator: string, from: number): number {
  const end = xml.indexOf(terminator, from);
  return end === -1 ? xml.length : end + terminator.length;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
