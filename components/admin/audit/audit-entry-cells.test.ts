import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { AuditEntryRow } from '@/lib/audit/list/list-audit-entries';
import { catalogs } from '@/messages';
import { AuditActionName, AuditActor, AuditDetails, AuditTarget } from './audit-entry-cells';

const entry = (over: Partial<AuditEntryRow>): AuditEntryRow => ({
  id: 'a1',
  at: new Date('2026-03-01T10:00:00Z'),
  actorKind: 'user',
  actorUserId: 'u1',
  actorTokenId: null,
  actorLabel: 'Ada <ada@example.org>',
  action: 'auth.signin',
  targetKind: null,
  targetId: null,
  details: {},
  ip: null,
  ...over,
});
const when = (iso: string) => `at ${iso}`;
const render = (el: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(el).replace(/<[^>]+>/g, '');

describe('audit log cells', () => {
  it('put recorded codes into words, in both languages, and keep unknown ones as recorded', () => {
    const e = entry({ details: { method: 'credentials', from: 'citizen', to: 'admin', draft: false, custom: 'x' } });
    expect(render(h(AuditDetails, { entry: e, t: catalogs.admin.en, when }))).toBe(
      'with: passwordbefore: residentafter: administratordraft: nocustom: x',
    );
    expect(render(h(AuditDetails, { entry: e, t: catalogs.admin.fr, when }))).toBe(
      'avec: mot de passeavant: habitantaprès: administrateurbrouillon: noncustom: x',
    );
    const action = (code: string, t: typeof catalogs.admin.en) =>
      render(h(AuditActionName, { entry: entry({ action: code }), t }));
    expect(action('user.role', catalogs.admin.fr)).toBe('Rôle modifié');
    expect(action('future.thing', catalogs.admin.en)).toBe('future.thing');
  });

  it('name non-person actors and link notifications', () => {
    const token = entry({ actorKind: 'token', actorLabel: 'Town website' });
    expect(render(h(AuditActor, { entry: token, t: catalogs.admin.en }))).toBe('Town website (API token)');
    const target = entry({ targetKind: 'notification', targetId: 'n1' });
    expect(renderToStaticMarkup(h(AuditTarget, { entry: target, t: catalogs.admin.en }))).toContain(
      'href="/admin/notifications/n1"',
    );
  });
});
