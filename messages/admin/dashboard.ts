// Admin console, the /admin dashboard: recent notifications, failures needing attention, devices.
const en = {
  dashRecent: 'Recent notifications',
  dashRecentEmpty: 'Nothing sent yet. Write the first message from “Compose a notification”.',
  dashAllNotifications: 'All notifications sent',
  dashFailures: 'Needs attention',
  dashFailuresEmpty: 'No failed delivery. Everything that was due has left.',
  dashFailedCount: '{count, plural, one {# failed delivery} other {# failed deliveries}}',
  dashDevices: 'Devices receiving notifications',
  dashDevicesTotal:
    '{devices, plural, one {# device} other {# devices}} for ' + '{people, plural, one {# person} other {# people}}',
  dashDevicesEmpty: 'No device yet: residents turn notifications on from their settings.',
  dashByBrowser: 'By browser',
  dashOtherBrowser: 'Other',
  dashAllDevices: 'All devices',
};

const fr: Record<keyof typeof en, string> = {
  dashRecent: 'Dernières notifications',
  dashRecentEmpty: 'Rien n’a encore été envoyé. Rédigez le premier message depuis « Rédiger une notification ».',
  dashAllNotifications: 'Toutes les notifications envoyées',
  dashFailures: 'À vérifier',
  dashFailuresEmpty: 'Aucun envoi en échec : tout ce qui devait partir est parti.',
  dashFailedCount: '{count, plural, one {# envoi en échec} other {# envois en échec}}',
  dashDevices: 'Appareils qui reçoivent les notifications',
  dashDevicesTotal:
    '{devices, plural, one {# appareil} other {# appareils}} pour ' +
    '{people, plural, one {# personne} other {# personnes}}',
  dashDevicesEmpty: 'Aucun appareil pour l’instant : les habitants activent les notifications dans leurs réglages.',
  dashByBrowser: 'Par navigateur',
  dashOtherBrowser: 'Autre',
  dashAllDevices: 'Tous les appareils',
};

export default { en, fr };
