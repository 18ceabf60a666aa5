// Admin console, API tokens for other systems: create (the secret is shown once), revoke.
const en = {
  tokenName: 'Name of the system using the token',
  createToken: 'Create a token',
  tokenCreated: 'Copy this token now: it will not be shown again.',
  tokenValue: 'New token',
  colPrefix: 'Starts with',
  colLastUsed: 'Last used',
  colRevoked: 'State',
  active: 'active',
  revokedOn: 'revoked on {date}',
  revoke: 'Revoke {name}',
  revoked: 'Token revoked.',
  noTokens: 'No token yet.',
};

const fr: Record<keyof typeof en, string> = {
  tokenName: 'Nom du système qui utilise le jeton',
  createToken: 'Créer un jeton',
  tokenCreated: 'Copiez ce jeton maintenant : il ne sera plus affiché.',
  tokenValue: 'Nouveau jeton',
  colPrefix: 'Commence par',
  colLastUsed: 'Dernière utilisation',
  colRevoked: 'État',
  active: 'actif',
  revokedOn: 'révoqué le {date}',
  revoke: 'Révoquer {name}',
  revoked: 'Jeton révoqué.',
  noTokens: 'Aucun jeton pour l’instant.',
};

export default { en, fr };
