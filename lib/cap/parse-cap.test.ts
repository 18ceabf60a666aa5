import { describe, expect, it } from 'vitest';
import { readCapFixture as fixture } from '@/test/cap-alerts';
import { alertXml, HEAD, INFO } from '@/test/cap-xml-templates';
import { parseCapAlert } from './parse-cap';

describe('parseCapAlert: real-world alerts', () => {
  it('reads the CAP 1.2 spec example A.1, defaulting <language> to en-US', () => {
    const a = parseCapAlert(fixture('spec-a1-homeland-security.xml'));
    expect(a).toMatchObject({
      identifier: '43b080713727',
      sender: 'hsas@dhs.gov',
      sent: new Date('2003-04-02T19:39:01Z'),
      status: 'Actual',
      msgType: 'Alert',
      scope: 'Public',
      references: [],
      codes: [],
    });
    expect(a.infos).toHaveLength(1);
    expect(a.infos[0]).toMatchObject({
      language: 'en-US',
      categories: ['Security'],
      urgency: 'Immediate',
      severity: 'Severe',
      certainty: 'Likely',
      headline: 'Homeland Security Sets Code ORANGE',
      web: 'http://www.dhs.gov/dhspublic/display?theme=29',
      parameters: [{ valueName: 'HSAS', value: 'ORANGE' }],
      resources: [
        {
          resourceDesc: 'Image file (GIF)',
          mimeType: 'image/gif',
          uri: 'http://www.dhs.gov/dhspublic/getAdvisoryImage',
        },
      ],
      areas: [{ areaDesc: 'U.S. nationwide and interests worldwide', polygons: [], circles: [], geocodes: [] }],
    });
    expect(a.infos[0].instruction).toMatch(/^A High Condition/);
  });

  it('reads an Update and its references (spec example A.3)', () => {
    const a = parseCapAlert(fixture('spec-a3-earthquake-update.xml'));
    expect(a.msgType).toBe('Update');
    expect(a.references).toEqual([
      { sender: 'trinet@caltech.edu', identifier: 'TRI13970876.1', sent: new Date('2003-06-12T03:30:00Z') },
    ]);
    expect(a.infos[0].areas[0].circles).toEqual(['32.9525,-115.5527 0']);
  });

  it('reads every <info> of a multilingual alert, with CDATA and character references (MeteoAlarm style)', () => {
    const a = parseCapAlert(fixture('meteoalarm-style-thunderstorm-multilingual.xml'));
    expect(a.infos.map((i) => i.language)).toEqual(['fr-BE', 'nl-BE', 'en-GB']);
    expect(a.infos[0].senderName).toBe('Institut royal météorologique');
    expect(a.infos[0].description).toBe(
      'Des orages localement violents sont attendus : grêle, rafales > 90 km/h & fortes pluies.',
    );
    expect(a.infos[0].instruction).toBe("Rangez les objets susceptibles d'être emportés & évitez les déplacements.");
    expect(a.infos[0]).toMatchObject({
      onset: new Date('2025-07-11T14:00:00Z'),
      expires: new Date('2025-07-12T00:00:00Z'),
    });
  });

  it('reads several references, codes and empty parameter values (NWS style)', () => {
    const a = parseCapAlert(fixture('nws-style-flash-flood-update.xml'));
    expect(a.codes).toEqual(['IPAWSv1.0']);
    expect(a.references.map((r) => r.identifier)).toEqual([
      'urn:oid:2.49.0.1.840.0.5b2f7c0e9d1a.001.1',
      'urn:oid:2.49.0.1.840.0.4a1e6b0d8c09.001.1',
    ]);
    expect(a.infos[0].parameters).toContainEqual({ valueName: 'BLOCKCHANNEL', value: '' });
    expect(a.infos[0].eventCodes).toHaveLength(2);
    expect(a.infos[0].description).toContain('\n\n* Until 945 PM CDT.');
  });

  it('reads a document whose CAP elements use a prefix', () => {
    const a = parseCapAlert(fixture('town-cancel-water-advisory.xml'));
    expect(a).toMatchObject({ msgType: 'Cancel', identifier: 'mairie-2025-0412-cancel' });
    expect(a.infos[0].responseTypes).toEqual(['AllClear']);
  });

  it('reads two languages of the AMBER alert (spec example A.4)', () => {
    const a = parseCapAlert(fixture('spec-a4-amber-alert.xml'));
    expect(a.infos.map((i) => [i.language, i.event])).toEqual([
      ['en-US', 'Child Abduction'],
      ['es-US', 'Abducción de Niño'],
    ]);
  });

  it('ignores an XML signature after the last <info> (§3.3.4)', () => {
    const sig = '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo/></Signature>';
    expect(parseCapAlert(alertXml(HEAD, INFO + sig)).infos).toHaveLength(1);
  });
});
