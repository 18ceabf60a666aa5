import { describe, expect, it } from 'vitest';
import { localPath } from './local-path';

describe('localPath', () => {
  it.each(['/', '/inbox', '/admin?tab=devices#top', '/settings/notifications'])('keeps the local path %s', (p) => {
    expect(localPath(p)).toBe(p);
  });

  it.each([
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '/\\/evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    'javascript:alert(1)',
    'inbox',
    '',
    undefined,
    ['/inbox'],
  ])('refuses %j', (p) => {
    expect(localPath(p)).toBe('/');
  });
});
