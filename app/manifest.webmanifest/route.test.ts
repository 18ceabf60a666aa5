import { expect, it } from 'vitest';
import { GET } from './route';

it('serves the manifest in the language asked for, as a manifest that caches key on the language', async () => {
  const res = GET(new Request('http://portal.test/manifest.webmanifest', { headers: { 'accept-language': 'fr-FR' } }));
  expect(res.headers.get('content-type')).toContain('application/manifest+json');
  expect(res.headers.get('vary')).toMatch(/Accept-Language/);
  expect(await res.json()).toMatchObject({ lang: 'fr', name: 'Crieur — portail citoyen' });
  const url = 'http://portal.test/manifest.webmanifest?lang=en';
  const en = GET(new Request(url, { headers: { 'accept-language': 'fr' } }));
  expect(await en.json()).toMatchObject({ lang: 'en', name: 'Crieur — citizen portal' });
});
