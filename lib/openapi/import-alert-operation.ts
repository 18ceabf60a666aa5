import { errorResponseRefs } from './components';
import { ref } from './create-document';
import { json, mediaExamples } from './media-examples';

// POST /api/v1/alerts in the OpenAPI document. The request examples are replayed in this order by crieur-api.test.ts:
// the alert, then the update and the cancel that reference it.

const SENT = '2026-12-02T08:00:00+00:00';
const REF = `alerts@prefecture.example,prefecture-flood-1,${SENT}`;
const cap = (identifier: string, msgType: string, rest: string) => `<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>${identifier}</identifier>
  <sender>alerts@prefecture.example</sender>
  <sent>${SENT}</sent>
  <status>Actual</status>
  <msgType>${msgType}</msgType>
  <scope>Public</scope>
${rest}</alert>`;
const info = (headline: string, description: string) => `  <info>
    <language>en-GB</language>
    <category>Met</category>
    <event>Flood</event>
    <urgency>Immediate</urgency>
    <severity>Severe</severity>
    <certainty>Likely</certainty>
    <headline>${headline}</headline>
    <description>${description}</description>
    <instruction>Leave the quays now.</instruction>
    <web>https://prefecture.example/flood</web>
    <area><areaDesc>Riverside</areaDesc></area>
  </info>
`;

export const CAP_REQUEST_EXAMPLES = {
  alert: cap('prefecture-flood-1', 'Alert', info('Flood warning on the Loire', 'The river is rising fast.')),
  update: cap(
    'prefecture-flood-2',
    'Update',
    `  <references>${REF}</references>\n${info('Flood warning: water still rising', 'Up 40 cm since noon.')}`,
  ),
  cancel: cap('prefecture-flood-3', 'Cancel', `  <references>${REF}</references>\n`),
};

export const importAlert = {
  operationId: 'importAlert',
  summary: 'Import a CAP 1.2 public alert',
  description:
    'Turns one OASIS CAP 1.2 `<alert>` into a notification. `Alert` publishes it; `Update` publishes the new text ' +
    'under the same push tag (devices replace what they show) and cancels what the referenced notifications had ' +
    'not delivered; `Cancel` withdraws the referenced notifications. `<references>` must name alerts imported with ' +
    'this token. `Actual` reaches residents (the topic chosen from `<category>`/`<event>` by the server’s ' +
    'CAP_TOPIC_RULES, else CAP_DEFAULT_AUDIENCE); `Test` and `Exercise`, or a scope other than Public, reach ' +
    'administrators only; `System`, `Draft`, `Ack` and `Error` are refused (422). Severity Extreme/Severe with ' +
    'urgency Immediate/Expected makes it critical (through quiet hours); `<expires>` sets the expiry (at most 28 ' +
    'days), `<web>` the link (https only). A message already imported (same sender and identifier) returns the ' +
    'first notification (200, `Idempotent-Replayed: true`). DTDs and entities are refused; at most 512 KiB.',
  tags: ['Public alerts (CAP)'],
  requestBody: {
    required: true,
    content: {
      ...mediaExamples('application/cap+xml', { type: 'string' }, CAP_REQUEST_EXAMPLES),
      'application/xml': { schema: { type: 'string' } },
    },
  },
  responses: {
    201: {
      description: 'An Alert or Update became a notification.',
      headers: { Location: { description: 'The notification’s URL in this API.', schema: { type: 'string' } } },
      content: json(ref('schemas', 'AlertImported'), {
        alert: {
          msgType: 'Alert',
          id: 'cm4x0f2a10000',
          recipients: 1200,
          deliveries: 1850,
          created: true,
          cancelled: [],
        },
        update: {
          msgType: 'Update',
          id: 'cm4x0f2a10001',
          recipients: 1200,
          deliveries: 1850,
          created: true,
          cancelled: ['cm4x0f2a10000'],
        },
      }),
    },
    200: {
      description: 'A Cancel was applied, or this message was imported before (its first notification).',
      content: json(ref('schemas', 'AlertImported'), {
        cancel: { msgType: 'Cancel', created: false, cancelled: ['cm4x0f2a10001'] },
        replayed: {
          msgType: 'Alert',
          id: 'cm4x0f2a10000',
          recipients: 1200,
          deliveries: 1850,
          created: false,
          cancelled: [],
        },
      }),
    },
    ...errorResponseRefs(['400', '401', '413', '415', '422', '429']),
  },
};
