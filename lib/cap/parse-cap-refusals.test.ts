import { describe, expect, it } from 'vitest';
import { alertXml, HEAD, INFO, refusal, swap } from '@/test/cap-xml-templates';
import type { CapErrorCode } from './cap-error';
import { parseCapAlert } from './parse-cap';

describe('parseCapAlert: refusals name the element', () => {
  it.each<[string, string, CapErrorCode, string | undefined]>([
    ['CAP 1.1 namespace', alertXml(HEAD, INFO, 'urn:oasis:names:tc:emergency:cap:1.1'), 'wrong_namespace', 'alert'],
    ['no namespace', alertXml(HEAD, INFO, ''), 'wrong_namespace', 'alert'],
    ['another root', '<feed xmlns="http://www.w3.org/2005/Atom"/>', 'not_an_alert', 'feed'],
    [
      'a child without namespace',
      swap('<note>', '<note xmlns="">', HEAD + '<note>x</note>'),
      'wrong_namespace',
      'alert/note',
    ],
    ['an unknown element', alertXml(HEAD + '<priority>1</priority>'), 'unknown_element', 'alert/priority'],
    [
      'a foreign element in <info>',
      alertXml(HEAD, INFO.replace('<event>', '<x:y xmlns:x="urn:x"/><event>')),
      'unknown_element',
      'alert/info/y',
    ],
    ['no identifier', swap('<identifier>town-42</identifier>', ''), 'missing_element', 'alert/identifier'],
    ['an empty sender', swap('alerts@town.example', ''), 'missing_element', 'alert/sender'],
    ['no sent', swap('<sent>2025-05-01T10:00:00+02:00</sent>', ''), 'missing_element', 'alert/sent'],
    ['no status', swap('<status>Actual</status>', ''), 'missing_element', 'alert/status'],
    ['no msgType', swap('<msgType>Alert</msgType>', ''), 'missing_element', 'alert/msgType'],
    ['no scope', swap('<scope>Public</scope>', ''), 'missing_element', 'alert/scope'],
    ['two identifiers', alertXml(HEAD + '<identifier>b</identifier>'), 'duplicate_element', 'alert/identifier[2]'],
    ['an identifier with a space', swap('town-42', 'town 42'), 'invalid_value', 'alert/identifier'],
    ['a sender with a comma', swap('alerts@town.example', 'a,b'), 'invalid_value', 'alert/sender'],
    ['status Real', swap('<status>Actual', '<status>Real'), 'invalid_value', 'alert/status'],
    ['status in lower case', swap('<status>Actual', '<status>actual'), 'invalid_value', 'alert/status'],
    ['msgType Notice', swap('<msgType>Alert', '<msgType>Notice'), 'invalid_value', 'alert/msgType'],
    ['scope Everyone', swap('<scope>Public', '<scope>Everyone'), 'invalid_value', 'alert/scope'],
    ['sent in Z', swap('+02:00</sent>', 'Z</sent>'), 'invalid_datetime', 'alert/sent'],
    [
      'sent with fractions',
      swap('10:00:00+02:00</sent>', '10:00:00.123+02:00</sent>'),
      'invalid_datetime',
      'alert/sent',
    ],
    ['sent without offset', swap('+02:00</sent>', '</sent>'), 'invalid_datetime', 'alert/sent'],
    [
      'Restricted without restriction',
      swap('<scope>Public', '<scope>Restricted'),
      'missing_element',
      'alert/restriction',
    ],
    ['Private without addresses', swap('<scope>Public', '<scope>Private'), 'missing_element', 'alert/addresses'],
    ['Update without references', swap('<msgType>Alert', '<msgType>Update'), 'missing_element', 'alert/references'],
    ['Cancel without references', swap('<msgType>Alert', '<msgType>Cancel'), 'missing_element', 'alert/references'],
    [
      'references without sent',
      alertXml(HEAD + '<references>a@b,id-1</references>'),
      'invalid_value',
      'alert/references',
    ],
    [
      'references with a bad sent',
      alertXml(HEAD + '<references>a@b,id-1,2025-01-01</references>'),
      'invalid_value',
      'alert/references',
    ],
    ['an Alert without info', alertXml(HEAD, ''), 'missing_element', 'alert/info'],
    ['no category', swap('<category>Met</category>', ''), 'missing_element', 'alert/info/category'],
    ['category Weather', swap('<category>Met', '<category>Weather'), 'invalid_value', 'alert/info/category'],
    ['no event', swap('<event>Crue</event>', ''), 'missing_element', 'alert/info/event'],
    ['no urgency', swap('<urgency>Immediate</urgency>', ''), 'missing_element', 'alert/info/urgency'],
    ['urgency Now', swap('<urgency>Immediate', '<urgency>Now'), 'invalid_value', 'alert/info/urgency'],
    ['severity High', swap('<severity>Severe', '<severity>High'), 'invalid_value', 'alert/info/severity'],
    [
      'certainty Very Likely (CAP 1.0)',
      swap('<certainty>Likely', '<certainty>Very Likely'),
      'invalid_value',
      'alert/info/certainty',
    ],
    ['no certainty', swap('<certainty>Likely</certainty>', ''), 'missing_element', 'alert/info/certainty'],
    [
      'responseType Run',
      swap('<urgency>', '<responseType>Run</responseType><urgency>'),
      'invalid_value',
      'alert/info/responseType',
    ],
    [
      'expires in Z',
      swap('<area>', '<expires>2025-05-02T10:00:00Z</expires><area>'),
      'invalid_datetime',
      'alert/info/expires',
    ],
    [
      'an onset that is no date',
      swap('<area>', '<onset>tomorrow</onset><area>'),
      'invalid_datetime',
      'alert/info/onset',
    ],
    ['a relative web link', swap('<area>', '<web>/alerts/1</web><area>'), 'invalid_value', 'alert/info/web'],
    ['a bad language tag', swap('<language>fr-FR', '<language>fr_FR'), 'invalid_value', 'alert/info/language'],
    ['no areaDesc', swap('<areaDesc>Bords de Loire</areaDesc>', ''), 'missing_element', 'alert/info/area/areaDesc'],
    [
      'a ceiling without altitude',
      swap('</areaDesc>', '</areaDesc><ceiling>3</ceiling>'),
      'missing_element',
      'alert/info/area/altitude',
    ],
    [
      'an altitude that is no number',
      swap('</areaDesc>', '</areaDesc><altitude>high</altitude>'),
      'invalid_value',
      'alert/info/area/altitude',
    ],
    [
      'a parameter without value',
      swap('<area>', '<parameter><valueName>x</valueName></parameter><area>'),
      'missing_element',
      'alert/info/parameter/value',
    ],
    ['an element inside a leaf', swap('<event>Crue', '<event><b>Crue</b>'), 'unknown_element', 'alert/info/event/b'],
    [
      'an unknown entity',
      swap('Crue de la Loire', 'Crue&nbsp;de la Loire'),
      'entity_not_allowed',
      'alert/info/headline',
    ],
  ])('refuses %s', (_, xml, code, element) => {
    const err = refusal(xml);
    expect({ code: err.code, element: err.element }).toEqual({ code, element });
    expect(err.message.length).toBeGreaterThan(20);
  });

  it('names the <info> block at fault in a multilingual alert', () => {
    const second = INFO.replace('fr-FR', 'en-GB').replace('<severity>Severe', '<severity>Bad');
    expect(refusal(alertXml(HEAD, INFO + second))).toMatchObject({
      code: 'invalid_value',
      element: 'alert/info[2]/severity',
    });
  });

  it('says which values are allowed and cites the specification', () => {
    expect(refusal(swap('<status>Actual', '<status>Real')).message).toBe(
      'alert/status: "Real" is not one of Actual, Exercise, System, Test, Draft (§3.2.1).',
    );
    expect(refusal(swap('+02:00</sent>', 'Z</sent>')).message).toMatch(/not a CAP date-time.*-00:00.*§3\.3\.2/);
  });

  it('accepts the conditional elements when present, and a Cancel without <info>', () => {
    const restricted = swap('<scope>Public</scope>', '<scope>Restricted</scope><restriction>Staff only</restriction>');
    expect(parseCapAlert(restricted).restriction).toBe('Staff only');
    const privateAlert = swap('<scope>Public</scope>', '<scope>Private</scope><addresses>ops@town.example</addresses>');
    expect(parseCapAlert(privateAlert).addresses).toBe('ops@town.example');
    const ref = '<references>alerts@town.example,town-41,2025-05-01T09:00:00+02:00</references>';
    const cancel = alertXml(HEAD.replace('<msgType>Alert', '<msgType>Cancel') + ref, '');
    expect(parseCapAlert(cancel)).toMatchObject({ msgType: 'Cancel', infos: [] });
  });

  it('refuses oversized documents before parsing, with a configurable limit', () => {
    const xml = alertXml(HEAD, INFO.replace('Crue de la Loire', 'x'.repeat(2000)));
    expect(() => parseCapAlert(xml)).not.toThrow();
    expect(() => parseCapAlert(xml, { maxBytes: 1024 })).toThrow(expect.objectContaining({ code: 'too_large' }));
    const huge = alertXml(HEAD, INFO.repeat(3000));
    expect(refusal(huge).code).toBe('too_large');
  });
});
