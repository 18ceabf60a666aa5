// The admin console's messages, one file per part of the console ({ en, fr } with the same keys). The parts are
// merged into one catalog area, so pages and components keep using `t.key`; a key must live in one part only
// (lib/i18n/locales.test.ts checks it: a spread would let the later part win silently).
import compose from './compose';
import devices from './devices';
import history from './history';
import shared from './shared';
import tokens from './tokens';
import topics from './topics';

export const adminParts = { shared, compose, history, devices, topics, tokens };

export default {
  en: { ...shared.en, ...compose.en, ...history.en, ...devices.en, ...topics.en, ...tokens.en },
  fr: { ...shared.fr, ...compose.fr, ...history.fr, ...devices.fr, ...topics.fr, ...tokens.fr },
};
