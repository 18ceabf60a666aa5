import type { Locale } from './locales';

// The one number formatter, beside formatDate: an explicit locale, so a count reads "1,234" in English and
// "1 234" in French wherever it is rendered, and the server's HTML and the browser's first render agree.
const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, opts: { locale: Locale; style?: 'decimal' | 'percent' }): string {
  const style = opts.style ?? 'decimal';
  const key = `${opts.locale}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(opts.locale, { style, maximumFractionDigits: style === 'percent' ? 0 : 2 });
    formatters.set(key, f);
  }
  return f.format(value);
}
