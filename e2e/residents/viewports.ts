// The two sizes and two languages every resident flow is walked in (issue 11): desktop and phone, English and French.
import type { Page } from '@playwright/test';

export const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
} as const;

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** Switches a signed-in person to French with the header's switcher (saved on their account), as a person does. */
export async function useLanguage(page: Page, lang: Lang) {
  if (lang === 'en') return;
  await page.getByRole('button', { name: 'Language: Français' }).click();
  await page.locator('html[lang="fr"]').waitFor();
}
