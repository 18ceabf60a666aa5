// E-mails the portal sends, in the recipient's language. Kept apart from the pages' areas: never sent to a browser.
// ICU messages (formatMessage): a plain ' would start a quotation there, so apostrophes are typographic (’).
const en = {
  greeting: 'Hello {name},',
  resetSubject: 'Choose a new password for Crieur',
  resetIntro: 'Someone, probably you, asked to reset the password of your Crieur account ({email}).',
  resetAction: 'To choose a new password, open this link within {minutes, plural, one {# minute} other {# minutes}}:',
  resetButton: 'Choose a new password',
  resetFootnote:
    'The link works only once. If you did not ask for it, ignore this e-mail: ' + 'your password stays as it is.',
  oidcSubject: 'How to sign in to Crieur',
  oidcAction:
    'Your account has no password: you sign in with {provider}. ' +
    'Open the sign-in page and choose “Sign in with {provider}”:',
  oidcButton: 'Open the sign-in page',
  oidcFootnote: 'If you did not ask for this, ignore this e-mail: nothing has changed.',
  linkFallback: 'If the button does not work, copy this address into your browser:',
};

const fr: Record<keyof typeof en, string> = {
  greeting: 'Bonjour {name},',
  resetSubject: 'Choisissez un nouveau mot de passe pour Crieur',
  resetIntro: 'Quelqu’un, sans doute vous, a demandé à réinitialiser le mot de passe de votre compte Crieur ({email}).',
  resetAction:
    'Pour choisir un nouveau mot de passe, ouvrez ce lien ' +
    '{minutes, plural, one {dans la minute} other {dans les # minutes}} :',
  resetButton: 'Choisir un nouveau mot de passe',
  resetFootnote:
    'Le lien ne fonctionne qu’une seule fois. Si vous n’êtes pas à l’origine de cette demande, ' +
    'ignorez ce message : votre mot de passe reste inchangé.',
  oidcSubject: 'Comment vous connecter à Crieur',
  oidcAction:
    'Votre compte n’a pas de mot de passe : vous vous connectez avec {provider}. ' +
    'Ouvrez la page de connexion et choisissez « Se connecter avec {provider} » :',
  oidcButton: 'Ouvrir la page de connexion',
  oidcFootnote: 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : rien n’a changé.',
  linkFallback: 'Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :',
};

export default { en, fr };
