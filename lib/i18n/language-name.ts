// Pure: the composer's tabs (in the browser) and the admin detail (on the server) name languages the same way.

/**
 * "fr" in the reader's language ("French", "Français"), from the platform's locale data: no list to keep. In a
 * sentence (`inSentence`) as the language writes it there ("le français").
 */
export function languageName(code: string, inLocale: string, opts: { inSentence?: boolean } = {}): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([inLocale], { type: 'language' }).of(code);
  } catch {
    name = undefined; // not a language tag: show it as it is
  }
  const text = name ?? code;
  if (opts.inSentence) return text;
  return text.charAt(0).toLocaleUpperCase(inLocale) + text.slice(1);
}
