import { describe, expect, it } from 'vitest';
import { buildManifest, manifestLocale } from './build-manifest';

describe('the web app manifest', () => {
  it('names and describes the app in the reader’s language, and says which', () => {
    expect(buildManifest('en')).toMatchObject({
      lang: 'en',
      name: 'Crieur — citizen portal',
      short_name: 'Crieur',
      description: 'Your town’s news, on every device',
    });
    expect(buildManifest('fr')).toMatchObject({
      lang: 'fr',
      name: 'Crieur — portail citoyen',
      short_name: 'Crieur',
      description: 'Les nouvelles de votre ville, sur tous vos appareils',
    });
    // Same app whatever the language: the id and scope do not change.
    expect(buildManifest('fr').id).toBe(buildManifest('en').id);
  });

  it('takes the language from ?lang=, else the language cookie, else Accept-Language', () => {
    const at = (query: string, headers: Record<string, string>) =>
      manifestLocale(new URL(`http://x/manifest.webmanifest${query}`), new Headers(headers));
    expect(at('?lang=fr', { 'accept-language': 'en' })).toBe('fr');
    expect(at('?lang=de', { 'accept-language': 'fr-FR' })).toBe('fr');
    expect(at('', { cookie: 'a=b; crieur-locale=fr', 'accept-language': 'en' })).toBe('fr');
    expect(at('', { cookie: 'crieur-locale=xx', 'accept-language': 'fr-CA,fr;q=0.9' })).toBe('fr');
    expect(at('', {})).toBe('en');
  });
});
