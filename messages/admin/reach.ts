// Admin console, reach: a notification's funnel (targeted → accepted → shown → opened → acknowledged), the history
// list's shown/opened rates, silent devices.
const en = {
  reachTitle: 'Reach',
  reachCaption: 'From the devices targeted to the people who acknowledged it',
  colStage: 'Stage',
  colCount: 'Number',
  colShare: 'Share',
  stage_targeted: 'Devices targeted',
  stage_accepted: 'Accepted by the push service',
  stage_shown: 'Shown on the device',
  stage_opened: 'Opened (notification or button clicked)',
  stage_acknowledged: 'Acknowledged in the inbox (people)',
  shareOfTargeted: '{pct} of devices targeted',
  shareOfRecipients: '{pct} of {n, plural, one {# recipient} other {# recipients}}',
  shareNone: 'none to compare with',
  reachNote:
    'Shown and opened are reported by each device and may come later (a device offline shows it when it is back) ' +
    'or never (a browser may drop the report): they are at least these numbers.',
  reachRates: '{shown} shown, {opened} opened, of {accepted, plural, one {# accepted} other {# accepted}}',
  colLastShown: 'Last shown',
  silent: 'Silent',
  silentHint: 'accepted pushes but showed none for {days, plural, one {# day} other {# days}}',
  silentCount: '{n, plural, =0 {No silent device} one {# silent device} other {# silent devices}}',
};

const fr: Record<keyof typeof en, string> = {
  reachTitle: 'Portée',
  reachCaption: 'Des appareils visés aux personnes qui l’ont prise en compte',
  colStage: 'Étape',
  colCount: 'Nombre',
  colShare: 'Part',
  stage_targeted: 'Appareils visés',
  stage_accepted: 'Acceptés par le service de notification',
  stage_shown: 'Affichés sur l’appareil',
  stage_opened: 'Ouverts (clic sur la notification ou un bouton)',
  stage_acknowledged: 'Prise en compte dans la boîte de réception (personnes)',
  shareOfTargeted: '{pct} des appareils visés',
  shareOfRecipients: '{pct} {n, plural, one {du # destinataire} other {des # destinataires}}',
  shareNone: 'rien à comparer',
  reachNote:
    'L’affichage et l’ouverture sont signalés par chaque appareil, parfois plus tard (un appareil hors ligne ' +
    'l’affiche à son retour) ou jamais (un navigateur peut perdre le signalement) : ce sont des minimums.',
  reachRates: '{shown} affichés, {opened} ouverts, sur {accepted, plural, one {# accepté} other {# acceptés}}',
  colLastShown: 'Dernier affichage',
  silent: 'Muet',
  silentHint: 'a accepté des notifications sans en afficher aucune depuis {days, plural, one {# jour} other {# jours}}',
  silentCount: '{n, plural, =0 {Aucun appareil muet} one {# appareil muet} other {# appareils muets}}',
};

export default { en, fr };
