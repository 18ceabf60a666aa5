// Admin console, words every page uses: navigation, section names, common columns and errors.
import { prefixedFieldErrors } from '../field-errors';

const en = {
  navLabel: 'Administration sections',
  home: 'Administration',
  homeIntro: 'Send messages to residents and follow their delivery.',
  compose: 'Compose a notification',
  composeIntro: 'Write the message, choose who receives it, check the preview, then send.',
  history: 'Notifications sent',
  devices: 'Devices',
  topics: 'Topics',
  tokens: 'API tokens',
  forbidden: 'You are not allowed to do this.',
  genericError: 'Something went wrong. Please try again.',
  ...prefixedFieldErrors('en'),
  err_invalid_characters:
    'Remove the invisible or control characters (line breaks, tabs, direction marks…) from this field.',
  colCreated: 'Created',
  colUser: 'Person',
  colDevice: 'Device',
  colName: 'Name',
  never: 'never',
  none: '—',
};

const fr: Record<keyof typeof en, string> = {
  navLabel: 'Sections de l’administration',
  home: 'Administration',
  homeIntro: 'Envoyer des messages aux habitants et suivre leur envoi.',
  compose: 'Rédiger une notification',
  composeIntro: 'Écrivez le message, choisissez qui le reçoit, vérifiez l’aperçu, puis envoyez.',
  history: 'Notifications envoyées',
  devices: 'Appareils',
  topics: 'Sujets',
  tokens: 'Jetons d’API',
  forbidden: 'Vous n’êtes pas autorisé·e à faire cela.',
  genericError: 'Une erreur est survenue. Veuillez réessayer.',
  ...prefixedFieldErrors('fr'),
  err_invalid_characters:
    'Retirez les caractères invisibles ou de contrôle (sauts de ligne, tabulations, marques ' +
    'de direction…) de ce champ.',
  colCreated: 'Création',
  colUser: 'Personne',
  colDevice: 'Appareil',
  colName: 'Nom',
  never: 'jamais',
  none: '—',
};

export default { en, fr };
