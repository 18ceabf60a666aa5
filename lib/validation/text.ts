import { z } from 'zod';

// The one rule for text that comes from outside (bodies, forms, path and query parameters). PostgreSQL cannot store
// U+0000 in text or jsonb, and an unpaired UTF-16 surrogate has no UTF-8 form: both would fail deep in the database
// as a 500, so no string may carry them. One-line fields (names, titles, ids, search terms) also refuse C0/C1
// controls, line and paragraph separators and the bidi embeddings, overrides and isolates that make a name read as
// something else on screen ("Trojan Source", CVE-2021-42574); noncharacters are refused everywhere.
// Shared by client and server: nothing here may need Node.

export const INVALID_CHARACTERS = 'invalid_characters';

const NONCHARACTERS = '\\ufdd0-\\ufdef\\ufffe\\uffff';
/** Never acceptable: NUL, lone surrogates, noncharacters. */
const ANY_TEXT_FORBIDDEN = new RegExp(`[\\0\\p{Cs}${NONCHARACTERS}]`, 'u');
/** A message body keeps tab, line feed and carriage return; every other control is refused. */
const MULTI_LINE_FORBIDDEN = new RegExp(`[\\0-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\p{Cs}${NONCHARACTERS}]`, 'u');
const ONE_LINE_FORBIDDEN = new RegExp(
  `[\\p{Cc}\\p{Cs}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069${NONCHARACTERS}]`,
  'u',
);

export type TextKind = 'line' | 'multiline' | 'secret';

const FORBIDDEN: Record<TextKind, RegExp> = {
  line: ONE_LINE_FORBIDDEN,
  multiline: MULTI_LINE_FORBIDDEN,
  secret: ANY_TEXT_FORBIDDEN,
};

/** True when the text has no character its kind of field refuses. */
export function isAcceptableText(value: string, kind: TextKind = 'line'): boolean {
  return !FORBIDDEN[kind].test(value);
}

const check = (kind: TextKind) => (v: string) => isAcceptableText(v, kind);
/** `message`: the code when the value is not a string at all (missing field). */
type Params = { message?: string };

/** A one-line field (name, title, search term), trimmed. */
export const lineText = (p: Params = {}) => z.string(p).trim().refine(check('line'), { message: INVALID_CHARACTERS });

/** A multi-line field (a message body), trimmed; keeps \t, \n and \r. */
export const multilineText = (p: Params = {}) =>
  z.string(p).trim().refine(check('multiline'), { message: INVALID_CHARACTERS });

/** A secret (password) taken as typed: any character but NUL, lone surrogates and noncharacters. */
export const secretText = (p: Params = {}) => z.string(p).refine(check('secret'), { message: INVALID_CHARACTERS });

/** Row ids (cuid-shaped, or short test ids): letters, digits, '-' and '_' only, so nothing odd reaches a query. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const idText = () => z.string({ message: 'invalid_id' }).regex(ID_PATTERN, { message: 'invalid_id' });
