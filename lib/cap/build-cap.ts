import { buildXmlDocument } from './build-xml';
import { formatCapDateTime } from './cap-datetime';
import { formatCapReferences } from './cap-references';
import {
  CAP_NAMESPACE,
  type CapAlert,
  type CapArea,
  type CapInfo,
  type CapResource,
  type CapValuePair,
} from './cap-types';

/**
 * One CAP 1.2 <alert> document, elements in the order of the CAP-v1.2.xsd sequences and date-times in CAP's format
 * (§3.3.2). Parsing the result with parseCapAlert gives the same alert back.
 */
export function buildCapAlert(alert: CapAlert): string {
  return buildXmlDocument({
    alert: {
      '@_xmlns': CAP_NAMESPACE,
      identifier: alert.identifier,
      sender: alert.sender,
      sent: formatCapDateTime(alert.sent),
      status: alert.status,
      msgType: alert.msgType,
      source: alert.source,
      scope: alert.scope,
      restriction: alert.restriction,
      addresses: alert.addresses,
      code: alert.codes,
      note: alert.note,
      references: alert.references.length ? formatCapReferences(alert.references) : undefined,
      incidents: alert.incidents,
      info: alert.infos.map(infoElement),
    },
  });
}

function infoElement(info: CapInfo) {
  return {
    language: info.language,
    category: info.categories,
    event: info.event,
    responseType: info.responseTypes,
    urgency: info.urgency,
    severity: info.severity,
    certainty: info.certainty,
    audience: info.audience,
    eventCode: info.eventCodes.map(pair),
    effective: info.effective && formatCapDateTime(info.effective),
    onset: info.onset && formatCapDateTime(info.onset),
    expires: info.expires && formatCapDateTime(info.expires),
    senderName: info.senderName,
    headline: info.headline,
    description: info.description,
    instruction: info.instruction,
    web: info.web,
    contact: info.contact,
    parameter: info.parameters.map(pair),
    resource: info.resources.map(resourceElement),
    area: info.areas.map(areaElement),
  };
}

function resourceElement(r: CapResource) {
  return {
    resourceDesc: r.resourceDesc,
    mimeType: r.mimeType,
    size: r.size?.toString(),
    uri: r.uri,
    derefUri: r.derefUri,
    digest: r.digest,
  };
}

function areaElement(a: CapArea) {
  return {
    areaDesc: a.areaDesc,
    polygon: a.polygons,
    circle: a.circles,
    geocode: a.geocodes.map(pair),
    altitude: a.altitude?.toString(),
    ceiling: a.ceiling?.toString(),
  };
}

const pair = (p: CapValuePair) => ({ valueName: p.valueName, value: p.value });
