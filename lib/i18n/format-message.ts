import { IntlMessageFormat } from 'intl-messageformat';
import { formatNumber } from './format-number';
import type { Locale } from './locales';

// ICU MessageFormat (plural, select, number) so that "1 person" / "2 people" and French's "0 personne, 1 personne,
// 2 personnes" come from the language's own plural rules (Intl.PluralRules) instead of "(s)" or English-only code.
// Plain templates ("Hello, {name}") take the fast path: no parser in the loop for the common case.
const compiled = new Map<string, IntlMessageFormat>();
const ICU = /\{\s*\w+\s*,\s*(plural|select|selectordinal|number)\b/;

export type MessageVars = Record<string, string | number>;

export function formatMessage(locale: Locale, template: string, vars?: MessageVars): string {
  if (!ICU.test(template)) {
    if (!vars) return template;
    // As ICU formats a number in a simple {placeholder}: with the language's grouping (12,480 / 12 480).
    const text = (v: string | number) => (typeof v === 'number' ? formatNumber(v, { locale }) : v);
    return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? text(vars[k]) : m));
  }
  const key = `${locale}\u0000${template}`;
  let mf = compiled.get(key);
  if (!mf) {
    mf = new IntlMessageFormat(template, locale);
    compiled.set(key, mf);
  }
  return String(mf.format(vars));
}
