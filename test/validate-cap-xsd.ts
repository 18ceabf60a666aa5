import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { CAP_FIXTURES } from './cap-alerts';

const xsd = readFileSync(path.join(CAP_FIXTURES, 'CAP-v1.2.xsd'), 'utf8');

/** libxml2's verdict (compiled to WebAssembly) on a document against the OASIS CAP 1.2 schema: [] when valid. */
export async function capSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'alert.xml', contents: xml }],
    schema: [{ fileName: 'CAP-v1.2.xsd', contents: xsd }],
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
