// Admin console, devices: every subscription, removing one, pruning stale ones.
const en = {
  colBrowser: 'Browser',
  colLastSeen: 'Last seen',
  colLastSuccess: 'Last success',
  colFailures: 'Failures in a row',
  colAdded: 'Added',
  remove: 'Remove',
  removeDevice: 'Remove {name}',
  deviceRemoved: 'Device removed.',
  noDevices: 'No device receives notifications.',
  pruneTitle: 'Prune stale devices',
  pruneDays: 'No success for this many days',
  pruneFailures: 'Or this many failures in a row',
  prunePreview: 'Preview what would be pruned',
  pruneNone: 'No device matches.',
  pruneMatches: '{n} devices would be removed',
  pruneConfirm: 'Remove these {n} devices',
  pruned: '{n} devices removed.',
};

const fr: Record<keyof typeof en, string> = {
  colBrowser: 'Navigateur',
  colLastSeen: 'Vu la dernière fois',
  colLastSuccess: 'Dernier succès',
  colFailures: 'Échecs d’affilée',
  colAdded: 'Ajouté le',
  remove: 'Retirer',
  removeDevice: 'Retirer {name}',
  deviceRemoved: 'Appareil retiré.',
  noDevices: 'Aucun appareil ne reçoit de notifications.',
  pruneTitle: 'Nettoyer les appareils inactifs',
  pruneDays: 'Aucun succès depuis ce nombre de jours',
  pruneFailures: 'Ou ce nombre d’échecs d’affilée',
  prunePreview: 'Voir ce qui serait retiré',
  pruneNone: 'Aucun appareil ne correspond.',
  pruneMatches: '{n} appareils seraient retirés',
  pruneConfirm: 'Retirer ces {n} appareils',
  pruned: '{n} appareils retirés.',
};

export default { en, fr };
