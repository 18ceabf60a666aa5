// Pure: the dispatcher, the composer's meter (in the browser) and the inbox share it.

/** Right-to-left languages, for engines without Intl.Locale's text info (Firefox before 2025). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

type TextInfo = { direction?: string };
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };

/**
 * The writing direction of a language tag (BCP 47), for the Notifications API's `dir` and the inbox's `dir`:
 * from the platform's locale data when it has them (an added language needs no list here), else from a list.
 */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(lang) as LocaleWithTextInfo;
    const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    return 'ltr'; // not a language tag: the Notifications API's default
  }
  return RTL_LANGUAGES.has(lang.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
}
