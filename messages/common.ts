const en = {
  appName: 'Crieur',
  manifestName: 'Crieur — citizen portal',
  tagline: 'Your town’s news, on every device',
  skipToContent: 'Skip to main content',
  navHome: 'Home',
  navInbox: 'Messages',
  navSettings: 'Settings',
  navAccount: 'Account',
  navAdmin: 'Administration',
  mainNav: 'Main navigation',
  signIn: 'Sign in',
  signUp: 'Create an account',
  signOut: 'Sign out',
  signedInAs: 'Signed in as {name}',
  unreadBadge: '{count, plural, one {# unread message} other {# unread messages}}',
  language: 'Language',
  footer:
    'Crieur — a public-service portal. Notifications are sent with open web standards; no advertising, no tracking.',
  landingTitle: 'Stay informed by your town',
  landingBody:
    'Roadworks, waste collection, weather alerts and events: ' +
    'get the messages that matter to you, in the portal and as notifications on your phone or computer.',
  homeTitle: 'Hello, {name}',
  homeBody: 'Your messages from the town arrive in Messages and, if you wish, as notifications on your devices.',
  offlineTitle: 'You are offline',
  offlineBody:
    'Crieur cannot reach the network right now. Check your connection; ' +
    'this page will work again as soon as you are back online.',
  offlineRetry: 'Try again',
  notFound: 'This page does not exist.',
  notFoundBody: 'The address may be mistyped, or the page has moved.',
  backHome: 'Back to the home page',
  forbiddenTitle: 'Access refused',
  forbiddenBody:
    'This part of the portal is for the town’s administrators. If you need it, ask your administrator for access.',
  settingsTitle: 'Settings',
  inboxTitle: 'Messages',
  adminTitle: 'Administration',
};

const fr: Record<keyof typeof en, string> = {
  appName: 'Crieur',
  manifestName: 'Crieur — portail citoyen',
  tagline: 'Les nouvelles de votre ville, sur tous vos appareils',
  skipToContent: 'Aller au contenu principal',
  navHome: 'Accueil',
  navInbox: 'Messages',
  navSettings: 'Paramètres',
  navAccount: 'Compte',
  navAdmin: 'Administration',
  mainNav: 'Navigation principale',
  signIn: 'Se connecter',
  signUp: 'Créer un compte',
  signOut: 'Se déconnecter',
  signedInAs: 'Connecté·e : {name}',
  unreadBadge: '{count, plural, one {# message non lu} other {# messages non lus}}',
  language: 'Langue',
  footer:
    'Crieur — un portail de service public. Les notifications utilisent des standards ouverts du web ; ' +
    'ni publicité, ni pistage.',
  landingTitle: 'Restez informé·e par votre ville',
  landingBody:
    'Travaux, collecte des déchets, alertes météo et événements : ' +
    'recevez les messages qui vous concernent, dans le portail et en notification sur votre ' +
    'téléphone ou votre ordinateur.',
  homeTitle: 'Bonjour, {name}',
  homeBody:
    'Les messages de la ville arrivent dans Messages et, si vous le souhaitez, en notification sur vos appareils.',
  offlineTitle: 'Vous êtes hors ligne',
  offlineBody:
    'Crieur ne peut pas joindre le réseau pour le moment. Vérifiez votre connexion ; ' +
    'cette page refonctionnera dès votre retour en ligne.',
  offlineRetry: 'Réessayer',
  notFound: 'Cette page n’existe pas.',
  notFoundBody: 'L’adresse est peut-être mal saisie, ou la page a été déplacée.',
  backHome: 'Retour à l’accueil',
  forbiddenTitle: 'Accès refusé',
  forbiddenBody:
    'Cette partie du portail est réservée aux administrateurs de la ville. ' +
    'Si vous en avez besoin, demandez un accès à votre administrateur.',
  settingsTitle: 'Paramètres',
  inboxTitle: 'Messages',
  adminTitle: 'Administration',
};

export default { en, fr };
