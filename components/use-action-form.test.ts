import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textFor } from '@/lib/i18n/text-for';
import { projectFiles } from '@/test/hostile-input';
import { callAction, settle } from './use-action-form';

const GENERIC = 'Something went wrong.';

describe('callAction', () => {
  it('turns an action that threw (a crash, a lost connection) into the unexpected failure', async () => {
    expect(await callAction(() => Promise.reject(new Error('offline')))).toEqual({ ok: false, error: 'unexpected' });
    expect(await callAction(async () => ({ ok: true as const, data: 3 }))).toEqual({ ok: true, data: 3 });
  });
});

describe('settle', () => {
  it('announces the success text, or nothing, and clears the field codes', () => {
    expect(settle({ ok: true, data: 2 }, { success: (n) => `${n} retried` }, GENERIC)).toEqual({
      status: { kind: 'success', text: '2 retried' },
      fields: {},
    });
    expect(settle({ ok: true, data: 2 }, {}, GENERIC)).toEqual({ status: null, fields: {} });
    const none = { kind: 'error' as const, text: 'No device' };
    expect(settle({ ok: true, data: 0 }, { success: () => none }, GENERIC).status).toEqual(none);
  });

  it('announces the form’s text for a failure, the generic one when it has none, or nothing when told', () => {
    const failure = { ok: false as const, error: 'last_admin' as const };
    expect(settle(failure, { failure: () => 'Keep one admin' }, GENERIC).status).toEqual({
      kind: 'error',
      text: 'Keep one admin',
    });
    expect(settle(failure, { failure: () => undefined }, GENERIC).status).toEqual({ kind: 'error', text: GENERIC });
    expect(settle({ ok: false, error: 'unexpected' }, {}, GENERIC).status).toEqual({ kind: 'error', text: GENERIC });
    expect(settle(failure, { failure: () => null }, GENERIC).status).toBeNull();
  });

  it('keeps the field codes of a refusal for the fields to show', () => {
    const refused = { ok: false as const, error: 'invalid' as const, fields: { slug: 'slug_taken' } };
    expect(settle(refused, {}, GENERIC).fields).toEqual({ slug: 'slug_taken' });
  });
});

describe('textFor', () => {
  it('finds a catalogue’s own text and nothing else', () => {
    const t = { err_slug_taken: 'Taken', count: 3 };
    expect(textFor(t, 'err_slug_taken')).toBe('Taken');
    expect(textFor(t, 'err_unknown')).toBeUndefined();
    expect(textFor(t, 'count')).toBeUndefined();
    expect(textFor(t, 'toString')).toBeUndefined();
  });
});

// Every client component that calls a server action goes through the hook (or callAction), instead of each
// re-implementing busy flags and swallowing failures with `.catch(() => null)`.
const callers = projectFiles('components', (f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts')).filter((f) =>
  readFileSync(f, 'utf8').includes("from '@/lib/actions/"),
);

it('finds the components that call server actions', () => expect(callers.length).toBeGreaterThan(10));

// A row's editor may get its page's runner as a prop (EditTopic); a plain <form action> needs no JavaScript at all.
const USES_HOOK = /from '(@\/components\/use-action-form|(\.|@\/components\/auth)\/use-form-feedback)'/;
const USES_RUNNER = /\brun\(\(\) => \w+\(/;

it.each(callers)('%s calls its server actions through use-action-form', (file) => {
  const source = readFileSync(file, 'utf8');
  expect(USES_HOOK.test(source) || USES_RUNNER.test(source) || /<form action=/.test(source), file).toBe(true);
  expect(source).not.toMatch(/\.catch\(/);
  expect(source).not.toMatch(/as (unknown as )?Record<string, string>/);
});
