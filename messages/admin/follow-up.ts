// Admin console, following up what was sent: why a delivery waits, what a notification reached, its audience, the
// chart's axes and empty state, copying a new token. ICU plurals (lib/i18n/format-message.ts).
const en = {
  heldQuietHours: 'Held until {time}, quiet hours',
  heldScheduled: 'Scheduled for {time}',
  heldRetry: 'Retrying at {time} (attempt {attempt} of {max})',
  heldGroup: '{reason} ({count, plural, one {# device} other {# devices}})',
  heldHeading: 'Waiting to leave',
  reachText:
    '{recipients, plural, =0 {No recipient} one {In # inbox} other {In # inboxes}}, ' +
    '{devices, plural, =0 {no device} one {on # device} other {on # devices}}',
  colAudience: 'Audience',
  audience_everyone: 'Everyone',
  audience_role_citizen: 'All residents',
  audience_role_admin: 'All administrators',
  audience_topic: 'Followers of “{topic}”',
  audience_users: '{count, plural, one {# chosen person} other {# chosen people}}',
  audienceInTopic: '{audience}, topic “{topic}”',
  colWhen: 'When',
  whenLastAttempt: 'Last attempt: {date}',
  whenSent: 'Sent: {date}',
  chartEmpty24h: 'No delivery in the last 24 hours.',
  chartEmpty7d: 'No delivery in the last 7 days.',
  chartSummary:
    '{total, plural, one {# delivery} other {# deliveries}} from {from} to {to}; ' +
    'busiest period: {peak}, {peakCount, plural, one {# delivery} other {# deliveries}}.',
  chartAxisCount: 'Deliveries',
  copyToken: 'Copy the token',
  tokenCopied: 'Copied to the clipboard.',
  tokenCopyFailed: 'Could not copy: select the token and copy it by hand.',
};

const fr: Record<keyof typeof en, string> = {
  heldQuietHours: 'Retenu jusqu’à {time}, heures de silence',
  heldScheduled: 'Envoi prévu : {time}',
  heldRetry: 'Nouvel essai à {time} (essai {attempt} sur {max})',
  heldGroup: '{reason} ({count, plural, one {# appareil} other {# appareils}})',
  heldHeading: 'En attente de départ',
  reachText:
    '{recipients, plural, =0 {Aucun destinataire} one {Dans # boîte de réception} ' +
    'other {Dans # boîtes de réception}}, ' +
    '{devices, plural, =0 {aucun appareil} one {sur # appareil} other {sur # appareils}}',
  colAudience: 'Destinataires',
  audience_everyone: 'Tout le monde',
  audience_role_citizen: 'Tous les habitants',
  audience_role_admin: 'Tous les administrateurs',
  audience_topic: 'Abonnés à « {topic} »',
  audience_users: '{count, plural, one {# personne choisie} other {# personnes choisies}}',
  audienceInTopic: '{audience}, sujet « {topic} »',
  colWhen: 'Quand',
  whenLastAttempt: 'Dernier essai : {date}',
  whenSent: 'Envoyé : {date}',
  chartEmpty24h: 'Aucun envoi ces dernières 24 heures.',
  chartEmpty7d: 'Aucun envoi ces 7 derniers jours.',
  chartSummary:
    '{total, plural, one {# envoi} other {# envois}} du {from} au {to} ; ' +
    'période la plus chargée : {peak}, {peakCount, plural, one {# envoi} other {# envois}}.',
  chartAxisCount: 'Envois',
  copyToken: 'Copier le jeton',
  tokenCopied: 'Copié dans le presse-papiers.',
  tokenCopyFailed: 'Copie impossible : sélectionnez le jeton et copiez-le vous-même.',
};

export default { en, fr };
