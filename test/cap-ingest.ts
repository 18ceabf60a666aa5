// CAP 1.2 messages for the import tests (route, OpenAPI examples, feed poller): current at the time of the test.
const NS = 'urn:oasis:names:tc:emergency:cap:1.2';
export const CAP_SENDER = 'alerts@prefecture.example';

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, '+00:00');

export type CapInfoFields = {
  language?: string;
  event?: string;
  category?: string;
  urgency?: string;
  severity?: string;
  headline?: string;
  description?: string;
  instruction?: string;
  web?: string;
  expires?: Date;
};

export function capInfoXml(f: CapInfoFields = {}): string {
  const opt = (name: string, v?: string) => (v === undefined ? '' : `<${name}>${v}</${name}>`);
  return `<info>${opt('language', f.language ?? 'en-GB')}<category>${f.category ?? 'Met'}</category>
<event>${f.event ?? 'Flood'}</event><urgency>${f.urgency ?? 'Immediate'}</urgency>
<severity>${f.severity ?? 'Severe'}</severity><certainty>Likely</certainty>
${opt('expires', f.expires && iso(f.expires))}${opt('headline', f.headline ?? 'River flood')}
${opt('description', f.description ?? 'The river is rising.')}${opt('instruction', f.instruction)}${opt('web', f.web)}
<area><areaDesc>Riverside</areaDesc></area></info>`;
}

export type CapMessageFields = {
  identifier: string;
  sender?: string;
  sent?: Date;
  status?: string;
  msgType?: string;
  scope?: string;
  /** Identifiers of earlier messages of the same sender, sent at `sent`. */
  references?: string[];
  infos?: string[];
};

export function capMessageXml(f: CapMessageFields): string {
  const sender = f.sender ?? CAP_SENDER;
  const sent = iso(f.sent ?? new Date(Math.floor(Date.now() / 1000) * 1000));
  const refs = f.references?.length
    ? `<references>${f.references.map((id) => `${sender},${id},${sent}`).join(' ')}</references>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="${NS}"><identifier>${f.identifier}</identifier><sender>${sender}</sender><sent>${sent}</sent>
<status>${f.status ?? 'Actual'}</status><msgType>${f.msgType ?? 'Alert'}</msgType><scope>${f.scope ?? 'Public'}</scope>
${refs}${(f.infos ?? [capInfoXml()]).join('')}</alert>`;
}
