// Admin console, people: search, promote/demote, reset a password (shown once), delete.
const en = {
  people: 'People',
  peopleIntro:
    'Everyone with an account. A demotion, a password reset or a deletion signs the person out everywhere at once.',
  searchPeople: 'Search by name or e-mail',
  search: 'Search',
  colEmail: 'E-mail',
  colRole: 'Role',
  colSessions: 'Open sessions',
  person_admin: 'administrator',
  person_citizen: 'resident',
  you: '(you)',
  noPeople: 'Nobody matches this search.',
  morePeople:
    '{n, plural, one {Only the first person is shown} other {Only the first # people are shown}}: refine the search.',
  promote: 'Promote {name} to administrator',
  demote: 'Demote {name} to resident',
  resetPassword: 'Reset password for {name}',
  deletePerson: 'Delete {name}',
  promoteShort: 'Promote',
  demoteShort: 'Demote',
  resetShort: 'Reset password',
  deleteShort: 'Delete',
  confirmPromote: 'Promote {name} to administrator? They will be able to send messages to everyone.',
  confirmDemote: 'Demote {name} to resident? Their API tokens stop working and they are signed out everywhere.',
  confirmReset: 'Reset password for {name}? They are signed out everywhere; you give them the new password.',
  confirmDelete: 'Delete the account of {name}, with their devices and inbox? This cannot be undone.',
  confirmYes: 'Confirm',
  confirmNo: 'Cancel',
  promoted: '{name} is now an administrator.',
  demoted: '{name} is now a resident.',
  deleted: 'The account of {name} was deleted.',
  passwordReset: 'New password for {email} — give it to them now, it will not be shown again:',
  newPasswordValue: 'New password',
  err_last_admin: 'The portal needs at least one administrator: promote someone else first.',
  err_not_found: 'This account no longer exists.',
};

const fr: Record<keyof typeof en, string> = {
  people: 'Personnes',
  peopleIntro:
    'Toutes les personnes qui ont un compte. Une rétrogradation, une réinitialisation du mot de passe ou une ' +
    'suppression déconnecte la personne partout à la fois.',
  searchPeople: 'Rechercher par nom ou e-mail',
  search: 'Rechercher',
  colEmail: 'E-mail',
  colRole: 'Rôle',
  colSessions: 'Sessions ouvertes',
  person_admin: 'administrateur',
  person_citizen: 'habitant',
  you: '(vous)',
  noPeople: 'Personne ne correspond à cette recherche.',
  morePeople:
    '{n, plural, one {Seule la première personne est affichée} other ' +
    '{Seules les # premières personnes sont affichées}} : ' +
    'précisez la recherche.',
  promote: 'Promouvoir {name} administrateur',
  demote: 'Rétrograder {name} en habitant',
  resetPassword: 'Réinitialiser le mot de passe de {name}',
  deletePerson: 'Supprimer {name}',
  promoteShort: 'Promouvoir',
  demoteShort: 'Rétrograder',
  resetShort: 'Réinitialiser le mot de passe',
  deleteShort: 'Supprimer',
  confirmPromote: 'Promouvoir {name} administrateur ? Cette personne pourra envoyer des messages à tout le monde.',
  confirmDemote:
    'Rétrograder {name} en habitant ? Ses jetons d’API cessent de fonctionner et elle est déconnectée partout.',
  confirmReset:
    'Réinitialiser le mot de passe de {name} ? Cette personne est déconnectée partout ; ' +
    'vous lui transmettez le nouveau mot de passe.',
  confirmDelete: 'Supprimer le compte de {name}, avec ses appareils et ses messages ? C’est définitif.',
  confirmYes: 'Confirmer',
  confirmNo: 'Annuler',
  promoted: '{name} est maintenant administrateur.',
  demoted: '{name} est maintenant habitant.',
  deleted: 'Le compte de {name} a été supprimé.',
  passwordReset: 'Nouveau mot de passe pour {email} — transmettez-le maintenant, il ne sera plus affiché :',
  newPasswordValue: 'Nouveau mot de passe',
  err_last_admin: 'Le portail doit garder au moins un administrateur : nommez d’abord quelqu’un d’autre.',
  err_not_found: 'Ce compte n’existe plus.',
};

export default { en, fr };
