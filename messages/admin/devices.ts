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
  searchDevices: 'Find a person’s devices (name or e-mail)',
  noDevicesMatch: 'No device belongs to a person matching this search.',
  moreDevices:
    '{n, plural, one {Only the most recently seen device is shown} ' +
    'other {Only the # most recently seen devices are shown}}: search for a person to find theirs.',
  pruneTitle: 'Prune stale devices',
  pruneDays: 'No success for this many days',
  pruneFailures: 'Or this many failures in a row',
  prunePreview: 'Preview what would be pruned',
  pruneNone: 'No device matches.',
  pruneMatches: '{n, plural, one {# device would be removed} other {# devices would be removed}}',
  pruneConfirm: '{n, plural, one {Remove this device} other {Remove these # devices}}',
  pruned: '{n, plural, one {# device removed.} other {# devices removed.}}',
};

const fr: Record<keyof typeof en, string> = {
  colBrowser: 'Navigateur',
  colLastSeen: 'Dernière activité',
  colLastSuccess: 'Dernier envoi réussi',
  colFailures: 'Échecs consécutifs',
  colAdded: 'Ajouté le',
  remove: 'Retirer',
  removeDevice: 'Retirer {name}',
  deviceRemoved: 'Appareil retiré.',
  noDevices: 'Aucun appareil ne reçoit de notifications.',
  searchDevices: 'Trouver les appareils d’une personne (nom ou e-mail)',
  noDevicesMatch: 'Aucun appareil n’appartient à une personne correspondant à cette recherche.',
  moreDevices:
    '{n, plural, one {Seul l’appareil vu le plus récemment est affiché} ' +
    'other {Seuls les # appareils vus le plus récemment sont affichés}} : ' +
    'cherchez une personne pour trouver les siens.',
  pruneTitle: 'Nettoyer les appareils inactifs',
  pruneDays: 'Aucun envoi réussi depuis (jours)',
  pruneFailures: 'Ou au moins ce nombre d’échecs consécutifs',
  prunePreview: 'Voir ce qui serait retiré',
  pruneNone: 'Aucun appareil ne correspond.',
  pruneMatches: '{n, plural, one {# appareil serait retiré} other {# appareils seraient retirés}}',
  pruneConfirm: '{n, plural, one {Retirer cet appareil} other {Retirer ces # appareils}}',
  pruned: '{n, plural, one {# appareil retiré.} other {# appareils retirés.}}',
};

export default { en, fr };
