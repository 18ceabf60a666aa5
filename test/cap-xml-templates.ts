import { CapError } from '@/lib/cap/cap-error';
import { parseCapAlert } from '@/lib/cap/parse-cap';

// A minimal valid CAP 1.2 alert, in pieces that tests replace to make one thing wrong at a time.
export const INFO =
  `<info><language>fr-FR</language><category>Met</category><event>Crue</event>` +
  `<urgency>Immediate</urgency>
<severity>Severe</severity><certainty>Likely</certainty><headline>Crue de la Loire</headline>
<area><areaDesc>Bords de Loire</areaDesc></area></info>`;
export const HEAD =
  `<identifier>town-42</identifier><sender>alerts@town.example</sender>` +
  `<sent>2025-05-01T10:00:00+02:00</sent>
<status>Actual</status><msgType>Alert</msgType><scope>Public</scope>`;
export const alertXml = (head = HEAD, infos = INFO, ns = 'urn:oasis:names:tc:emergency:cap:1.2') =>
  `<?xml version="1.0" encoding="UTF-8"?><alert xmlns="${ns}">${head}${infos}</alert>`;

/** The CapError parseCapAlert throws for this document (fails the test when it accepts it). */
export function refusal(xml: string): CapError {
  try {
    parseCapAlert(xml);
  } catch (err) {
    if (err instanceof CapError) return err;
    throw err;
  }
  throw new Error('the alert was accepted');
}

export const swap = (from: string, to: string, head = HEAD, infos = INFO) =>
  alertXml(head.replace(from, to), infos.replace(from, to));
