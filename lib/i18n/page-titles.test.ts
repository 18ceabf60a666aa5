import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every page's title is in the reader's language: a static English `metadata.title` under <html lang="fr"> is
// what the issue found on every page but the inbox.
const APP = join(__dirname, '../../app');

// Pages allowed a static title, and why.
const STATIC_TITLES: Record<string, string> = {
  'offline/page.tsx': 'one cached copy for every reader, bilingual like its heading',
};

function listPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return listPages(path);
    return e.name === 'page.tsx' ? [relative(APP, path)] : [];
  });
}

describe('page titles', () => {
  const pages = listPages(APP);

  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)('%s has no static English title', (page) => {
    const source = readFileSync(join(APP, page), 'utf8');
    const staticTitle = /export const metadata\b[^;]*\btitle\s*:\s*['"`]/s.test(source);
    if (STATIC_TITLES[page]) return expect(staticTitle).toBe(true);
    expect(staticTitle, `${page}: use generateMetadata (titleFrom) in the reader's language`).toBe(false);
    // The home page takes the layout's default title (the app's name); every other page names itself.
    if (page !== 'page.tsx') expect(source, page).toMatch(/generateMetadata/);
  });
});
