import { CapElementReader } from './cap-element-reader';
import { CapError } from './cap-error';
import { parseCapReferences } from './cap-references';
import { CAP_MSG_TYPES, CAP_NAMESPACE, CAP_SCOPES, CAP_STATUSES, XMLDSIG_NAMESPACE, type CapAlert } from './cap-types';
import { definedOnly, optionals, readCapInfo } from './parse-cap-info';
import { readSafeXml } from './read-safe-xml';

/** Big enough for a multi-language alert with detailed polygons; a DTD trick never gets this far anyway. */
export const DEFAULT_MAX_CAP_BYTES = 512 * 1024;

export type ParseCapOptions = { maxBytes?: number };

// §3.2.1: identifier and sender "MUST NOT include spaces, commas or restricted characters (< and &)".
const NO_SPACES_COMMAS = /^[^\s,<&]+$/;

/**
 * A CAP 1.2 <alert> from untrusted XML, checked against the specification's rules (required elements, code values,
 * date-times, the conditional elements of §3.2.1). Throws a CapError naming the element otherwise.
 */
export function parseCapAlert(xml: string, opts: ParseCapOptions = {}): CapAlert {
  const root = readSafeXml(xml, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_CAP_BYTES });
  if (root.name !== 'alert') {
    throw new CapError('not_an_alert', `The root element is <${root.name}>; a CAP message is an <alert>.`, root.name);
  }
  if (root.ns !== CAP_NAMESPACE) {
    const found = root.ns ? `"${root.ns}"` : 'no namespace';
    throw new CapError(
      'wrong_namespace',
      `<alert> must be in the CAP 1.2 namespace "${CAP_NAMESPACE}", not ${found}.`,
      'alert',
    );
  }
  const r = new CapElementReader(
    root,
    '§3.2.1',
    {
      identifier: 'one',
      sender: 'one',
      sent: 'one',
      status: 'one',
      msgType: 'one',
      source: 'optional',
      scope: 'one',
      restriction: 'optional',
      addresses: 'optional',
      code: 'many',
      note: 'optional',
      references: 'optional',
      incidents: 'optional',
      info: 'many',
    },
    [XMLDSIG_NAMESPACE],
  );

  const alert: CapAlert = {
    identifier: idLike(r, 'identifier'),
    sender: idLike(r, 'sender'),
    sent: r.requiredDate('sent'),
    status: r.requiredEnum('status', CAP_STATUSES),
    msgType: r.requiredEnum('msgType', CAP_MSG_TYPES),
    scope: r.requiredEnum('scope', CAP_SCOPES),
    ...optionals(r, ['source', 'restriction', 'addresses', 'note', 'incidents']),
    codes: r.all('code'),
    references: references(r),
    infos: r.elements('info').map(readCapInfo),
  };
  checkConditionalElements(r, alert);
  return definedOnly(alert) as CapAlert;
}

function idLike(r: CapElementReader, name: string): string {
  const value = r.required(name);
  if (!NO_SPACES_COMMAS.test(value)) throw r.invalid(name, `"${value}" must not contain spaces, commas, < or &`);
  return value;
}

function references(r: CapElementReader): CapAlert['references'] {
  const text = r.optional('references');
  if (text === undefined) return [];
  const refs = parseCapReferences(text);
  if ('invalid' in refs) throw r.invalid('references', `"${refs.invalid}" is not sender,identifier,sent`);
  return refs;
}

function checkConditionalElements(r: CapElementReader, alert: CapAlert): void {
  // <restriction> "Used when <scope> value is 'Restricted'"; <addresses> "Required when <scope> is 'Private'".
  if (alert.scope === 'Restricted' && !alert.restriction) throw r.missing('restriction');
  if (alert.scope === 'Private' && !alert.addresses) throw r.missing('addresses');
  // Update, Cancel, Ack and Error act on "the earlier message(s) identified in <references>".
  if (alert.msgType !== 'Alert' && alert.references.length === 0) throw r.missing('references');
  // An alert or update without any <info> has nothing to say; a Cancel, Ack or Error may stand alone.
  if ((alert.msgType === 'Alert' || alert.msgType === 'Update') && alert.infos.length === 0) throw r.missing('info');
}
