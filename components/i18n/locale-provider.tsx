'use client';
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { formatMessage, type MessageVars } from '@/lib/i18n/format-message';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';

// The request's language, given once by the root layout, so that client components format counts with the
// language's plural rules and grouping ("1 personne", "12 480 appareils") exactly as the server did.
const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** formatMessage bound to the request's language: `fm(t.reach, { recipients, devices })`. */
export function useFormatMessage() {
  const locale = useLocale();
  return useCallback((template: string, vars?: MessageVars) => formatMessage(locale, template, vars), [locale]);
}
