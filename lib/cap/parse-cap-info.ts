import { CapElementReader } from './cap-element-reader';
import {
  CAP_CATEGORIES,
  CAP_CERTAINTIES,
  CAP_RESPONSE_TYPES,
  CAP_SEVERITIES,
  CAP_URGENCIES,
  type CapArea,
  type CapInfo,
  type CapResource,
} from './cap-types';
import type { XmlElement } from './read-safe-xml';

// xs:language (RFC 3066 / BCP 47 shape), the type of <language>.
const LANGUAGE_TAG = /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/;

/** §3.2.2 <info>. */
export function readCapInfo(el: XmlElement): CapInfo {
  const r = new CapElementReader(el, '§3.2.2', {
    language: 'optional',
    category: 'many',
    event: 'one',
    responseType: 'many',
    urgency: 'one',
    severity: 'one',
    certainty: 'one',
    audience: 'optional',
    eventCode: 'many',
    effective: 'optional',
    onset: 'optional',
    expires: 'optional',
    senderName: 'optional',
    headline: 'optional',
    description: 'optional',
    instruction: 'optional',
    web: 'optional',
    contact: 'optional',
    parameter: 'many',
    resource: 'many',
    area: 'many',
  });
  const language = r.optional('language') ?? 'en-US';
  if (!LANGUAGE_TAG.test(language)) throw r.invalid('language', `"${language}" is not a language tag such as fr-FR`);
  const web = r.optional('web');
  // "A full, absolute URI for an HTML page or other text resource with additional or reference information".
  if (web !== undefined && !URL.canParse(web)) throw r.invalid('web', `"${web}" is not an absolute URI`);
  return {
    language,
    categories: r.enums('category', CAP_CATEGORIES, true),
    event: r.required('event'),
    responseTypes: r.enums('responseType', CAP_RESPONSE_TYPES),
    urgency: r.requiredEnum('urgency', CAP_URGENCIES),
    severity: r.requiredEnum('severity', CAP_SEVERITIES),
    certainty: r.requiredEnum('certainty', CAP_CERTAINTIES),
    ...optionals(r, ['audience', 'senderName', 'headline', 'description', 'instruction', 'contact']),
    eventCodes: r.valuePairs('eventCode'),
    ...definedOnly({ effective: r.optionalDate('effective'), onset: r.optionalDate('onset') }),
    ...definedOnly({ expires: r.optionalDate('expires'), web }),
    parameters: r.valuePairs('parameter'),
    resources: r.elements('resource').map(readCapResource),
    areas: r.elements('area').map(readCapArea),
  };
}

/** §3.2.3 <resource>. */
function readCapResource(el: XmlElement): CapResource {
  const r = new CapElementReader(el, '§3.2.3', {
    resourceDesc: 'one',
    mimeType: 'one',
    size: 'optional',
    uri: 'optional',
    derefUri: 'optional',
    digest: 'optional',
  });
  const uri = r.optional('uri');
  if (uri !== undefined && !URL.canParse(uri)) throw r.invalid('uri', `"${uri}" is not an absolute URI`);
  return {
    resourceDesc: r.required('resourceDesc'),
    mimeType: r.required('mimeType'),
    ...definedOnly({ size: r.optionalNumber('size', true), uri }),
    ...optionals(r, ['derefUri', 'digest']),
  };
}

/** §3.2.4 <area>. */
function readCapArea(el: XmlElement): CapArea {
  const r = new CapElementReader(el, '§3.2.4', {
    areaDesc: 'one',
    polygon: 'many',
    circle: 'many',
    geocode: 'many',
    altitude: 'optional',
    ceiling: 'optional',
  });
  const altitude = r.optionalNumber('altitude');
  const ceiling = r.optionalNumber('ceiling');
  // "<ceiling> MAY only be used in combination with the <altitude> element."
  if (ceiling !== undefined && altitude === undefined) throw r.missing('altitude');
  return {
    areaDesc: r.required('areaDesc'),
    polygons: r.all('polygon'),
    circles: r.all('circle'),
    geocodes: r.valuePairs('geocode'),
    ...definedOnly({ altitude, ceiling }),
  };
}

/** Optional text elements, left out of the object when absent (so parsed alerts compare equal). */
export function optionals<K extends string>(r: CapElementReader, names: K[]): Partial<Record<K, string>> {
  return definedOnly(Object.fromEntries(names.map((n) => [n, r.optional(n)])) as Record<K, string | undefined>);
}

export function definedOnly<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as never;
}
