import { describe, expect, it } from 'vitest';
import { idText, isAcceptableText, lineText, multilineText, secretText } from './text';

// Every string that reaches the database or a page goes through these: one case table for the three kinds.
const NEVER = ['\u0000', '\ud800', '\udbff', '\udc00', '\udfff', 'x\ud800', '\udc00x', '\ufffe', '\uffff', '\ufdd0'];
const NOT_ONE_LINE = [
  '\t',
  '\n',
  '\r',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];
const ALWAYS = [
  'Hello',
  'Élodie Dupré',
  '東京',
  'مرحبا',
  'שלום',
  '🚧👷🏽‍♀️',
  'a\u200fb',
  'a b',
  '\u00a0x',
  'x'.repeat(2000),
];

describe('the text rule', () => {
  it.each(NEVER)('refuses %j in every kind of field', (c) => {
    for (const kind of ['line', 'multiline', 'secret'] as const) expect(isAcceptableText(`a${c}b`, kind)).toBe(false);
  });

  it.each(NOT_ONE_LINE)('refuses %j in one-line fields', (c) => {
    expect(isAcceptableText(`a${c}b`, 'line')).toBe(false);
  });

  it('lets multi-line text keep tab, LF and CR, but no other control', () => {
    expect(isAcceptableText('a\tb\nc\r\nd', 'multiline')).toBe(true);
    for (const c of ['\u0007', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009f']) {
      expect(isAcceptableText(`a${c}b`, 'multiline')).toBe(false);
    }
  });

  it.each(ALWAYS)('accepts %j everywhere (every script, emoji sequences, bidi marks)', (text) => {
    for (const kind of ['line', 'multiline', 'secret'] as const) expect(isAcceptableText(text, kind)).toBe(true);
  });

  it('zod builders answer invalid_characters and trim one-line and multi-line text (not secrets)', () => {
    expect(lineText().safeParse('a\u0000b').error?.issues[0].message).toBe('invalid_characters');
    expect(multilineText().safeParse('a\ud800').error?.issues[0].message).toBe('invalid_characters');
    expect(secretText().safeParse('pass\u0000word').error?.issues[0].message).toBe('invalid_characters');
    expect(lineText().parse('  Name\t')).toBe('Name');
    expect(secretText().parse(' spaced ')).toBe(' spaced ');
    expect(lineText({ message: 'name_required' }).safeParse(undefined).error?.issues[0].message).toBe('name_required');
  });

  it('ids are letters, digits, - and _ only', () => {
    for (const id of ['cmabc123def456ghi789jkl0m', 'draft-test', 'u_1']) expect(idText().parse(id)).toBe(id);
    for (const id of ['', ' ', '\u0000', '%00', 'a/b', 'a b', 'x'.repeat(65), '\ud800', '../x']) {
      expect(idText().safeParse(id).error?.issues[0].message).toBe('invalid_id');
    }
  });
});
