import { fieldErrors } from './field-errors';

const en = {
  signInTitle: 'Sign in to Crieur',
  signUpTitle: 'Create your Crieur account',
  email: 'E-mail address',
  password: 'Password',
  passwordHint: 'At least 10 characters.',
  name: 'Your name',
  submitSignIn: 'Sign in',
  submitSignUp: 'Create my account',
  working: 'Please wait…',
  noAccount: 'No account yet?',
  haveAccount: 'Already have an account?',
  orWith: 'or',
  signInWith: 'Sign in with {provider}',
  CredentialsSignin: 'Wrong e-mail or password.',
  AccessDenied:
    'Your identity provider did not confirm this e-mail address, or it is linked to another account. ' +
    'Sign in with your password instead.',
  invalid_email: 'Enter a valid e-mail address, like name@example.org.',
  password_too_short: 'The password must have at least 10 characters.',
  password_too_long: 'The password is too long (200 characters at most).',
  password_too_common: 'This password is too common; choose another one.',
  password_is_email: 'The password must not be your e-mail address.',
  name_required: 'Enter your name.',
  name_too_long: 'The name is too long (100 characters at most).',
  invalid_characters: 'Remove the invisible or control characters (tabs, line breaks, direction marks…).',
  email_taken: 'An account with this e-mail address already exists. Sign in instead.',
  generic: 'Something went wrong. Please try again.',
  ...fieldErrors.en,
  errorSummary: 'The form has errors:',
  tooManyAttempts:
    'Too many attempts. For your security, try again in ' + '{minutes, plural, one {# minute} other {# minutes}}.',
  passwordChanged: 'Your password was changed and you were signed out everywhere. Sign in with your new password.',
  signedOutEverywhere: 'You were signed out on all your devices.',
  forgotLink: 'Forgot your password?',
  forgotTitle: 'Forgotten password',
  forgotIntro: 'Enter the e-mail address of your account: we will send you a link to choose a new password.',
  submitForgot: 'Send me a link',
  resetSent: 'If an account exists for {email}, we sent a link to it.',
  resetSentHelp:
    'The link works once, for {minutes, plural, one {# minute} other {# minutes}}. ' +
    'Nothing after a few minutes? Check your spam folder, or ask again.',
  askAgain: 'Send another link',
  backToSignIn: 'Back to sign in',
  resetTitle: 'Choose a new password',
  resetIntro: 'Your new password replaces the old one and signs you out on all your devices.',
  newPassword: 'New password',
  submitReset: 'Save my new password',
  invalid_token: 'This link no longer works',
  linkInvalidBody:
    'A reset link works only once, for {minutes, plural, one {# minute} other {# minutes}}, and only ' +
    'the latest one you asked for. Ask for a new link: it only takes a moment.',
  askNewLink: 'Ask for a new link',
};

const fr: Record<keyof typeof en, string> = {
  signInTitle: 'Connexion à Crieur',
  signUpTitle: 'Créer votre compte Crieur',
  email: 'Adresse e-mail',
  password: 'Mot de passe',
  passwordHint: 'Au moins 10 caractères.',
  name: 'Votre nom',
  submitSignIn: 'Se connecter',
  submitSignUp: 'Créer mon compte',
  working: 'Veuillez patienter…',
  noAccount: 'Pas encore de compte ?',
  haveAccount: 'Vous avez déjà un compte ?',
  orWith: 'ou',
  signInWith: 'Se connecter avec {provider}',
  CredentialsSignin: 'E-mail ou mot de passe incorrect.',
  AccessDenied:
    'Votre fournisseur d’identité n’a pas confirmé cette adresse e-mail, ou elle est liée à un autre compte. ' +
    'Connectez-vous plutôt avec votre mot de passe.',
  invalid_email: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
  password_too_short: 'Le mot de passe doit comporter au moins 10 caractères.',
  password_too_long: 'Le mot de passe est trop long (200 caractères au plus).',
  password_too_common: 'Ce mot de passe est trop courant ; choisissez-en un autre.',
  password_is_email: 'Le mot de passe ne doit pas être votre adresse e-mail.',
  name_required: 'Saisissez votre nom.',
  name_too_long: 'Le nom est trop long (100 caractères au plus).',
  invalid_characters:
    'Retirez les caractères invisibles ou de contrôle (tabulations, sauts de ligne, marques de direction…).',
  email_taken: 'Un compte existe déjà avec cette adresse e-mail. Connectez-vous plutôt.',
  generic: 'Une erreur est survenue. Veuillez réessayer.',
  ...fieldErrors.fr,
  errorSummary: 'Le formulaire contient des erreurs :',
  tooManyAttempts:
    'Trop de tentatives. Par sécurité, réessayez dans ' + '{minutes, plural, one {# minute} other {# minutes}}.',
  passwordChanged:
    'Votre mot de passe a été modifié et vous avez été déconnecté·e partout. ' +
    'Connectez-vous avec le nouveau mot de passe.',
  signedOutEverywhere: 'Vous avez été déconnecté·e de tous vos appareils.',
  forgotLink: 'Mot de passe oublié ?',
  forgotTitle: 'Mot de passe oublié',
  forgotIntro:
    'Saisissez l’adresse e-mail de votre compte : nous vous enverrons un lien pour choisir ' +
    'un nouveau mot de passe.',
  submitForgot: 'M’envoyer un lien',
  resetSent: 'Si un compte existe pour {email}, nous lui avons envoyé un lien.',
  resetSentHelp:
    'Le lien fonctionne une seule fois, ' +
    '{minutes, plural, one {pendant # minute} other {pendant # minutes}}. ' +
    'Rien reçu après quelques minutes ? Regardez dans vos indésirables, ou redemandez un lien.',
  askAgain: 'Renvoyer un lien',
  backToSignIn: 'Retour à la connexion',
  resetTitle: 'Choisissez un nouveau mot de passe',
  resetIntro: 'Le nouveau mot de passe remplace l’ancien et ferme vos sessions sur tous vos appareils.',
  newPassword: 'Nouveau mot de passe',
  submitReset: 'Enregistrer mon nouveau mot de passe',
  invalid_token: 'Ce lien ne fonctionne plus',
  linkInvalidBody:
    'Un lien de réinitialisation ne fonctionne qu’une seule fois, ' +
    '{minutes, plural, one {pendant # minute} other {pendant # minutes}}, et seul le dernier demandé est valable. ' +
    'Demandez-en un nouveau : c’est rapide.',
  askNewLink: 'Demander un nouveau lien',
};

export default { en, fr };
