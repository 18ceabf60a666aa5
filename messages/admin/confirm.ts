// Admin console, the confirmation dialogs of destructive actions (components/admin/confirm-dialog.tsx): what will
// happen, said before it happens.
const en = {
  confirmGoBack: 'Go back',
  cancelDeliveriesTitle: 'Cancel the remaining deliveries?',
  cancelDeliveriesBody:
    'Devices that have not received this notification yet will not get it, and a scheduled one will not leave at ' +
    'all. Deliveries already made stay made. This cannot be undone.',
  archiveTopicTitle: 'Archive “{name}”?',
  archiveTopicBody:
    'Residents will no longer see this topic in their choices, and it can no longer be chosen for a message. ' +
    'Its followers and the messages already sent are kept, and you can restore it at any time.',
  restoreTopic: 'Restore {name}',
  restoredDone: 'Topic restored.',
  revokeTokenTitle: 'Revoke “{name}”?',
  revokeTokenBody:
    'The system that uses this token will be refused from its next request. ' +
    'A revoked token cannot be turned back on: you would create a new one and give it to that system.',
  removeDeviceTitle: 'Remove {name}?',
  removeDeviceBody:
    'This device will stop receiving notifications until its owner turns them on again on it. Their inbox is kept.',
  removeDeviceYes: 'Remove the device',
  pruneConfirmTitle: 'Remove {n, plural, one {# stale device} other {# stale devices}}?',
  pruneConfirmBody:
    'The devices listed will stop receiving notifications; one that has come back to life since the preview is kept. ' +
    'Their owners can turn notifications on again on them.',
};

const fr: Record<keyof typeof en, string> = {
  confirmGoBack: 'Revenir en arrière',
  cancelDeliveriesTitle: 'Annuler les envois restants ?',
  cancelDeliveriesBody:
    'Les appareils qui n’ont pas encore reçu cette notification ne la recevront pas, et une notification programmée ' +
    'ne partira pas du tout. Les envois déjà faits restent faits. C’est définitif.',
  archiveTopicTitle: 'Archiver « {name} » ?',
  archiveTopicBody:
    'Les habitants ne verront plus ce sujet dans leurs choix, et il ne pourra plus être choisi pour un message. ' +
    'Ses abonnés et les messages déjà envoyés sont conservés, et vous pourrez le restaurer à tout moment.',
  restoreTopic: 'Restaurer {name}',
  restoredDone: 'Sujet restauré.',
  revokeTokenTitle: 'Révoquer « {name} » ?',
  revokeTokenBody:
    'Le système qui utilise ce jeton sera refusé dès sa prochaine requête. ' +
    'Un jeton révoqué ne peut pas être réactivé : il faudrait en créer un nouveau et le donner à ce système.',
  removeDeviceTitle: 'Retirer {name} ?',
  removeDeviceBody:
    'Cet appareil ne recevra plus de notifications tant que son propriétaire ne les aura pas réactivées dessus. ' +
    'Sa boîte de réception est conservée.',
  removeDeviceYes: 'Retirer l’appareil',
  pruneConfirmTitle: 'Retirer {n, plural, one {# appareil inactif} other {# appareils inactifs}} ?',
  pruneConfirmBody:
    'Les appareils listés ne recevront plus de notifications ; ' +
    'un appareil redevenu actif depuis l’aperçu est conservé. ' +
    'Leurs propriétaires pourront réactiver les notifications dessus.',
};

export default { en, fr };
