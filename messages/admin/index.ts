// The admin console's messages, one file per part of the console ({ en, fr } with the same keys). The parts are
// merged into one catalog area, so pages and components keep using `t.key`; a key must live in one part only
// (lib/i18n/locales.test.ts checks it: a spread would let the later part win silently).
import api from './api';
import audit from './audit';
import compose from './compose';
import confirm from './confirm';
import dashboard from './dashboard';
import devices from './devices';
import followUp from './follow-up';
import history from './history';
import people from './people';
import reach from './reach';
import shared from './shared';
import tokens from './tokens';
import topics from './topics';

export const adminParts = {
  shared,
  api,
  audit,
  compose,
  confirm,
  dashboard,
  devices,
  followUp,
  history,
  people,
  reach,
  tokens,
  topics,
};

export default {
  en: {
    ...shared.en,
    ...api.en,
    ...audit.en,
    ...compose.en,
    ...confirm.en,
    ...dashboard.en,
    ...devices.en,
    ...followUp.en,
    ...history.en,
    ...people.en,
    ...reach.en,
    ...tokens.en,
    ...topics.en,
  },
  fr: {
    ...shared.fr,
    ...api.fr,
    ...audit.fr,
    ...compose.fr,
    ...confirm.fr,
    ...dashboard.fr,
    ...devices.fr,
    ...followUp.fr,
    ...history.fr,
    ...people.fr,
    ...reach.fr,
    ...tokens.fr,
    ...topics.fr,
  },
};
