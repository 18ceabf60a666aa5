// Settings → Account: change password, sign out on all devices.
import { fieldErrors } from './field-errors';

const en = {
  accountTitle: 'Account and security',
  accountIntro: 'Signed in as {name} ({email}).',
  notificationSettingsLink: 'Notification settings',
  accountSettingsLink: 'Account and security (password, sign out on all devices)',
  changePasswordTitle: 'Change your password',
  changePasswordIntro:
    'You will be signed out on all your devices, this one included, and sign in again with the new password. ' +
    'Notifications stop on those devices too.',
  currentPassword: 'Current password',
  newPassword: 'New password',
  newPasswordHint: 'At least 10 characters; not your e-mail address.',
  submitChangePassword: 'Change my password',
  working: 'Please wait…',
  errorSummary: 'The form has errors.',
  current_password_required: 'Enter your current password.',
  wrong_current_password: 'This is not your current password.',
  password_too_short: 'The password must have at least 10 characters.',
  password_too_long: 'The password is too long (200 characters at most).',
  password_too_common: 'This password is too common; choose another one.',
  password_is_email: 'The password must not be your e-mail address.',
  tooManyAttempts:
    'Too many attempts. For your security, try again in ' + '{minutes, plural, one {# minute} other {# minutes}}.',
  generic: 'Something went wrong. Please try again.',
  ...fieldErrors.en,
  sessionsTitle: 'Sign out on all devices',
  sessionsCount:
    '{n, plural, =1 {You are signed in on this device only.} ' + 'other {You are signed in on # devices or browsers.}}',
  sessionsIntro:
    'Lost a phone, or signed in on a shared computer? This ends every session at once, this one included, ' +
    'and turns off notifications on those devices until you sign in there again.',
  signOutEverywhere: 'Sign out on all devices',
  confirmSignOutEverywhere: 'Sign out on all devices now? Notifications stop on them too.',
  confirm: 'Yes, sign out everywhere',
  cancel: 'Cancel',
};

const fr: Record<keyof typeof en, string> = {
  accountTitle: 'Compte et sécurité',
  accountIntro: 'Connecté·e en tant que {name} ({email}).',
  notificationSettingsLink: 'Réglages des notifications',
  accountSettingsLink: 'Compte et sécurité (mot de passe, déconnexion de tous les appareils)',
  changePasswordTitle: 'Changer de mot de passe',
  changePasswordIntro:
    'Vous serez déconnecté·e de tous vos appareils, y compris celui-ci, puis vous vous reconnecterez ' +
    'avec le nouveau mot de passe. Les notifications s’arrêtent aussi sur ces appareils.',
  currentPassword: 'Mot de passe actuel',
  newPassword: 'Nouveau mot de passe',
  newPasswordHint: 'Au moins 10 caractères ; pas votre adresse e-mail.',
  submitChangePassword: 'Changer mon mot de passe',
  working: 'Veuillez patienter…',
  errorSummary: 'Le formulaire contient des erreurs.',
  current_password_required: 'Saisissez votre mot de passe actuel.',
  wrong_current_password: 'Ce n’est pas votre mot de passe actuel.',
  password_too_short: 'Le mot de passe doit comporter au moins 10 caractères.',
  password_too_long: 'Le mot de passe est trop long (200 caractères au plus).',
  password_too_common: 'Ce mot de passe est trop courant ; choisissez-en un autre.',
  password_is_email: 'Le mot de passe ne doit pas être votre adresse e-mail.',
  tooManyAttempts:
    'Trop de tentatives. Par sécurité, réessayez dans ' + '{minutes, plural, one {# minute} other {# minutes}}.',
  generic: 'Une erreur est survenue. Veuillez réessayer.',
  ...fieldErrors.fr,
  sessionsTitle: 'Se déconnecter de tous les appareils',
  sessionsCount:
    '{n, plural, =1 {Vous n’êtes connecté·e que sur cet appareil.} ' +
    'other {Vous êtes connecté·e sur # appareils ou navigateurs.}}',
  sessionsIntro:
    'Téléphone perdu, ou connexion sur un ordinateur partagé ? ' +
    'Ceci met fin à toutes vos sessions d’un coup, y compris celle-ci, et coupe les notifications ' +
    'sur ces appareils jusqu’à ce que vous vous y reconnectiez.',
  signOutEverywhere: 'Se déconnecter de tous les appareils',
  confirmSignOutEverywhere: 'Se déconnecter de tous les appareils maintenant ? Les notifications s’y arrêteront aussi.',
  confirm: 'Oui, me déconnecter partout',
  cancel: 'Annuler',
};

export default { en, fr };
