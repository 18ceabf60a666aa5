// The Common Alerting Protocol 1.2 message model (OASIS Standard, 1 July 2010). Section numbers (§) refer to that
// specification; value lists are its code values, identical to the enumerations of CAP-v1.2.xsd.

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';
/** §3.3.4: an alert may carry an XML signature after its last <info> (the XSD's only foreign element). */
export const XMLDSIG_NAMESPACE = 'http://www.w3.org/2000/09/xmldsig#';

export const CAP_STATUSES = ['Actual', 'Exercise', 'System', 'Test', 'Draft'] as const;
export const CAP_MSG_TYPES = ['Alert', 'Update', 'Cancel', 'Ack', 'Error'] as const;
export const CAP_SCOPES = ['Public', 'Restricted', 'Private'] as const;
export { CAP_CATEGORIES } from '../validation/cap-categories';
import { CAP_CATEGORIES } from '../validation/cap-categories';
export const CAP_RESPONSE_TYPES = [
  'Shelter',
  'Evacuate',
  'Prepare',
  'Execute',
  'Avoid',
  'Monitor',
  'Assess',
  'AllClear',
  'None',
] as const;
export const CAP_URGENCIES = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'] as const;
export const CAP_SEVERITIES = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] as const;
export const CAP_CERTAINTIES = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'] as const;

export type CapStatus = (typeof CAP_STATUSES)[number];
export type CapMsgType = (typeof CAP_MSG_TYPES)[number];
export type CapScope = (typeof CAP_SCOPES)[number];
export type CapCategory = (typeof CAP_CATEGORIES)[number];
export type CapResponseType = (typeof CAP_RESPONSE_TYPES)[number];
export type CapUrgency = (typeof CAP_URGENCIES)[number];
export type CapSeverity = (typeof CAP_SEVERITIES)[number];
export type CapCertainty = (typeof CAP_CERTAINTIES)[number];

/** <eventCode>, <parameter>, <geocode>: a system-specific name and its value. */
export type CapValuePair = { valueName: string; value: string };

/** One earlier message named by <references> (§3.2.1: "sender,identifier,sent", whitespace-separated). */
export type CapReference = { sender: string; identifier: string; sent: Date };

/** §3.2.3 <resource>. */
export type CapResource = {
  resourceDesc: string;
  mimeType: string;
  size?: number;
  uri?: string;
  derefUri?: string;
  digest?: string;
};

/** §3.2.4 <area>. */
export type CapArea = {
  areaDesc: string;
  polygons: string[];
  circles: string[];
  geocodes: CapValuePair[];
  altitude?: number;
  ceiling?: number;
};

/** §3.2.2 <info>: the event in one language. */
export type CapInfo = {
  /** RFC 3066 tag as sent; "en-US" when the element is absent (the XSD's default). */
  language: string;
  categories: CapCategory[];
  event: string;
  responseTypes: CapResponseType[];
  urgency: CapUrgency;
  severity: CapSeverity;
  certainty: CapCertainty;
  audience?: string;
  eventCodes: CapValuePair[];
  effective?: Date;
  onset?: Date;
  expires?: Date;
  senderName?: string;
  headline?: string;
  description?: string;
  instruction?: string;
  web?: string;
  contact?: string;
  parameters: CapValuePair[];
  resources: CapResource[];
  areas: CapArea[];
};

/** §3.2.1 <alert>. Times are instants: CAP's offsets are not kept (output always uses "-00:00", §3.3.2). */
export type CapAlert = {
  identifier: string;
  sender: string;
  sent: Date;
  status: CapStatus;
  msgType: CapMsgType;
  source?: string;
  scope: CapScope;
  restriction?: string;
  addresses?: string;
  codes: string[];
  note?: string;
  references: CapReference[];
  incidents?: string;
  infos: CapInfo[];
};
