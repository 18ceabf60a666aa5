// Admin console, the composer: fields, buttons, audience, preview, payload meter, sending and its errors.
const en = {
  fieldTitle: 'Title',
  fieldBody: 'Message',
  fieldUrl: 'Link opened on click (a path like /inbox or an https address)',
  fieldIcon: 'Icon address',
  fieldImage: 'Image address (optional)',
  fieldTopic: 'Topic (a label)',
  fieldTopicHint:
    'A label shown with the message in the inbox. It does not change who receives it: ' +
    'to reach only the people who follow a topic, choose “Followers of a topic” under “Who receives it”.',
  noTopic: 'No topic',
  fieldUrgency: 'Urgency',
  urgency_very_low: 'Very low',
  urgency_low: 'Low',
  urgency_normal: 'Normal',
  urgency_high: 'High',
  fieldCritical: 'Critical: show it until the person reacts',
  fieldExpires: 'Expires at (empty: 24 hours after sending)',
  fieldSchedule: 'Send at (empty: now; your time zone: {zone})',
  actionsLegend: 'Action buttons (up to two)',
  actionType: 'Button {n}',
  actionNone: 'None',
  actionAck: 'Acknowledge (“OK”)',
  actionLink: 'Open a link',
  actionTitle: 'Button {n} label',
  actionUrl: 'Button {n} link',
  audienceLegend: 'Who receives it',
  audienceUsers: 'Chosen people',
  audienceRole: 'Everyone with a role',
  audienceTopic: 'Followers of a topic',
  audienceEveryone: 'Everyone',
  ruleEveryone: 'Every account on the portal, whatever topics they follow.',
  ruleRole: 'Every account with the role chosen below, whatever topics they follow.',
  ruleTopic: 'Only the people who follow the topic chosen below in their preferences.',
  ruleUsers: 'Only the people you add below, whatever topics they follow.',
  err_invalid_audience: 'Choose who receives it.',
  searchUsers: 'Search people by name or e-mail',
  chosenUsers: 'Chosen people',
  removeUser: 'Remove {name}',
  addUser: 'Add {name}',
  noUserFound: 'Nobody matches.',
  searchingPeople: 'Searching…',
  searchFailed: 'Could not search just now. Try again in a moment.',
  role_citizen: 'Residents',
  role_admin: 'Administrators',
  fieldRole: 'Role',
  fieldAudienceTopic: 'Topic',
  reach:
    'Reaches {recipients, plural, one {# person} other {# people}} on ' +
    '{devices, plural, one {# device} other {# devices}}.',
  reachUnknown: 'Choose who receives it to see how many people it reaches.',
  reachCounting: 'Counting who it reaches…',
  reachFailed:
    'Could not count who it reaches just now. Sending to a large audience will still ask you to confirm its count.',
  languagesLabel: 'Languages',
  tabDefault: '{language} (default)',
  tabOptional: '{language} (optional)',
  tabWritten: 'written',
  tabEmpty: 'empty',
  languageDefaultHint: 'Required. Everyone whose language has no version of its own gets this one.',
  languageOptionalHint:
    'Optional. Residents who chose {language} get this version; leave it empty and they get the {default} one.',
  fieldUrlTranslation: 'Link opened on click (empty: the same as in {default})',
  actionTitlesTranslation: 'Button labels (empty: the {default} ones)',
  previewIn: 'Preview in {language}',
  err_invalid_language: 'This language is not one of the portal’s.',
  err_duplicate_language: 'This language is already the message’s default.',
  previewTitle: 'Preview',
  previewDesktop: 'As a computer shows it',
  previewPhone: 'As a phone shows it',
  previewEmptyTitle: 'Your title',
  meterLabel: 'Payload size',
  meterText: '{bytes, number} of {budget, plural, one {# byte} other {# bytes}}',
  meterOver: 'Over the budget: the device will fetch the content from Crieur when the push arrives.',
  sendTest: 'Send a test to my devices',
  testSent: 'The test reached {n, plural, one {your device} other {all # of your devices}}.',
  testPartial:
    'The test reached {reached, plural, one {# of your devices} other {# of your devices}}; ' +
    '{failed, plural, one {# failed} other {# failed}}.',
  testGone:
    '{gone, plural, one {# device no longer existed at its push service and was removed.} ' +
    'other {# devices no longer existed at their push service and were removed.}}',
  testNone:
    'You have no device with push turned on, so no test was sent. Turn on notifications on one of your ' +
    'devices (Settings), then try again.',
  err_payload_too_large:
    'This draft is over the {budget, plural, one {# byte} other {# bytes}} a push carries in ' +
    'full: residents’ devices would fetch it from their inbox, which a test cannot do. Shorten it to send a test.',
  submit: 'Send the notification',
  submitSchedule: 'Schedule the notification',
  sending: 'Sending…',
  resultSent: 'Notification sent',
  resultScheduled: 'Notification scheduled',
  resultText:
    '“{title}” was created for {recipients, plural, =0 {no one} one {# person} other {# people}} on ' +
    '{deliveries, plural, =0 {no device} one {# device} other {# devices}}.',
  resultNewDraft: 'The form below is a new, empty draft: pressing “Send” again will not send this message twice.',
  resultReuse: 'Send again as a new message',
  viewIt: 'Follow its delivery',
  confirmTitle:
    'Send to {recipients, plural, one {# person} other {# people}} on ' +
    '{devices, plural, one {# device} other {# devices}}?',
  confirmScheduleTitle:
    'Schedule for {recipients, plural, one {# person} other {# people}} on ' +
    '{devices, plural, one {# device} other {# devices}}?',
  confirmBody:
    'Each of them will find “{title}” in their inbox, and their devices will show it as a notification. ' +
    'A sent notification cannot be taken back.',
  confirmChanged: 'The number of people changed since the count you saw. Check the new count before sending.',
  confirmSend: 'Send to {recipients, plural, one {# person} other {# people}}',
  confirmSchedule: 'Schedule for {recipients, plural, one {# person} other {# people}}',
  confirmBack: 'Back to the draft',
  fixErrors: 'Please correct the highlighted fields.',
  err_invalid_url: 'Use a path starting with / or an https address.',
  err_invalid_date: 'Enter a valid date and time.',
  err_expires_in_past: 'The expiry must be in the future.',
  err_expires_before_schedule: 'The expiry must come after the sending time.',
  err_expires_too_far: 'The expiry can be at most 28 days after sending (push services keep messages no longer).',
  err_scheduled_in_past: 'The sending time has passed: choose a time to come, or leave it empty to send now.',
  err_scheduled_too_far: 'A notification can be scheduled at most one year ahead.',
  err_idempotency_key_reused:
    'A notification was already created from this form with different content. Send again to create a new one.',
  err_audience_empty: 'Choose at least one person.',
  err_unknown_topic: 'This topic does not exist.',
  err_topic_archived: 'This topic is archived.',
  err_one_ack_only: 'Only one “OK” button is allowed.',
};

const fr: Record<keyof typeof en, string> = {
  fieldTitle: 'Titre',
  fieldBody: 'Message',
  fieldUrl: 'Lien ouvert au clic (un chemin comme /inbox ou une adresse https)',
  fieldIcon: 'Adresse de l’icône',
  fieldImage: 'Adresse de l’image (facultatif)',
  fieldTopic: 'Sujet (étiquette)',
  fieldTopicHint:
    'Une étiquette affichée avec le message dans la boîte de réception. Elle ne change pas qui le reçoit : ' +
    'pour n’atteindre que les personnes abonnées à un sujet, choisissez « Les abonnés d’un ' +
    'sujet » sous « Qui la reçoit ».',
  noTopic: 'Aucun sujet',
  fieldUrgency: 'Urgence',
  urgency_very_low: 'Très faible',
  urgency_low: 'Faible',
  urgency_normal: 'Normale',
  urgency_high: 'Élevée',
  fieldCritical: 'Importante : la laisser affichée jusqu’à ce que la personne réagisse',
  fieldExpires: 'Expire le (vide : 24 heures après l’envoi)',
  fieldSchedule: 'Envoyer le (vide : maintenant ; votre fuseau : {zone})',
  actionsLegend: 'Boutons d’action (deux au plus)',
  actionType: 'Bouton {n}',
  actionNone: 'Aucun',
  actionAck: 'Accuser réception (« OK »)',
  actionLink: 'Ouvrir un lien',
  actionTitle: 'Libellé du bouton {n}',
  actionUrl: 'Lien du bouton {n}',
  audienceLegend: 'Qui la reçoit',
  audienceUsers: 'Des personnes choisies',
  audienceRole: 'Toutes les personnes d’un rôle',
  audienceTopic: 'Les abonnés d’un sujet',
  audienceEveryone: 'Tout le monde',
  ruleEveryone: 'Tous les comptes du portail, quels que soient les sujets suivis.',
  ruleRole: 'Tous les comptes qui ont le rôle choisi ci-dessous, quels que soient les sujets suivis.',
  ruleTopic: 'Seulement les personnes abonnées au sujet choisi ci-dessous dans leurs préférences.',
  ruleUsers: 'Seulement les personnes que vous ajoutez ci-dessous, quels que soient les sujets suivis.',
  err_invalid_audience: 'Choisissez qui la reçoit.',
  searchUsers: 'Chercher une personne par nom ou e-mail',
  chosenUsers: 'Personnes choisies',
  removeUser: 'Retirer {name}',
  addUser: 'Ajouter {name}',
  noUserFound: 'Personne ne correspond.',
  searchingPeople: 'Recherche en cours…',
  searchFailed: 'Impossible de chercher pour le moment. Réessayez dans un instant.',
  role_citizen: 'Habitants',
  role_admin: 'Administrateurs',
  fieldRole: 'Rôle',
  fieldAudienceTopic: 'Sujet',
  reach:
    'Atteint {recipients, plural, one {# personne} other {# personnes}} sur ' +
    '{devices, plural, one {# appareil} other {# appareils}}.',
  reachUnknown: 'Choisissez qui la reçoit pour voir combien de personnes elle atteindra.',
  reachCounting: 'Calcul du nombre de personnes atteintes…',
  reachFailed:
    'Impossible de compter les personnes atteintes pour le moment. ' +
    'Un envoi à un large public vous demandera toujours de confirmer son nombre.',
  languagesLabel: 'Langues',
  tabDefault: '{language} (par défaut)',
  tabOptional: '{language} (facultatif)',
  tabWritten: 'rédigé',
  tabEmpty: 'vide',
  languageDefaultHint: 'Obligatoire. Toute personne dont la langue n’a pas sa propre version reçoit celle-ci.',
  languageOptionalHint:
    'Facultatif. Les habitants qui ont choisi le {language} reçoivent cette version ; laissée vide, ils reçoivent ' +
    'la version en {default}.',
  fieldUrlTranslation: 'Lien ouvert au clic (vide : le même qu’en {default})',
  actionTitlesTranslation: 'Libellés des boutons (vides : ceux en {default})',
  previewIn: 'Aperçu en {language}',
  err_invalid_language: 'Cette langue n’est pas une langue du portail.',
  err_duplicate_language: 'Cette langue est déjà celle du message par défaut.',
  previewTitle: 'Aperçu',
  previewDesktop: 'Comme sur un ordinateur',
  previewPhone: 'Comme sur un téléphone',
  previewEmptyTitle: 'Votre titre',
  meterLabel: 'Taille du contenu',
  meterText: '{bytes, number} sur {budget, plural, one {# octet} other {# octets}}',
  meterOver: 'Budget dépassé : l’appareil ira chercher le contenu sur Crieur à l’arrivée de la notification.',
  sendTest: 'M’envoyer un test sur mes appareils',
  testSent: 'Le test a atteint {n, plural, one {votre appareil} other {vos # appareils}}.',
  testPartial:
    'Le test a atteint {reached, plural, one {# de vos appareils} other {# de vos appareils}} ; ' +
    '{failed, plural, one {# a échoué} other {# ont échoué}}.',
  testGone:
    '{gone, plural, one {# appareil n’existait plus auprès de son service de notification et a été retiré.} ' +
    'other {# appareils n’existaient plus auprès de leur service de notification et ont été retirés.}}',
  testNone:
    'Aucun de vos appareils n’a les notifications activées : aucun test n’a été envoyé. Activez les ' +
    'notifications sur l’un de vos appareils (Paramètres), puis réessayez.',
  err_payload_too_large:
    'Ce brouillon dépasse les {budget, plural, one {# octet} other {# octets}} qu’une ' +
    'notification porte en entier : les appareils des habitants iraient le chercher dans leur boîte de réception, ' +
    'ce qu’un test ne peut pas faire. Raccourcissez-le pour envoyer un test.',
  submit: 'Envoyer la notification',
  submitSchedule: 'Programmer la notification',
  sending: 'Envoi en cours…',
  resultSent: 'Notification envoyée',
  resultScheduled: 'Notification programmée',
  resultText:
    '« {title} » a été créée pour {recipients, plural, =0 {aucune personne} one {# personne} other {# personnes}} ' +
    'sur {deliveries, plural, =0 {aucun appareil} one {# appareil} other {# appareils}}.',
  resultNewDraft:
    'Le formulaire ci-dessous est un nouveau brouillon, vide : ' +
    'appuyer de nouveau sur « Envoyer » n’enverra pas ce message une deuxième fois.',
  resultReuse: 'Renvoyer comme nouveau message',
  viewIt: 'Suivre son envoi',
  confirmTitle:
    'Envoyer à {recipients, plural, one {# personne} other {# personnes}} sur ' +
    '{devices, plural, one {# appareil} other {# appareils}} ?',
  confirmScheduleTitle:
    'Programmer pour {recipients, plural, one {# personne} other {# personnes}} sur ' +
    '{devices, plural, one {# appareil} other {# appareils}} ?',
  confirmBody:
    'Chacune trouvera « {title} » dans sa boîte de réception, et ses appareils l’afficheront en notification. ' +
    'Une notification envoyée ne peut pas être reprise.',
  confirmChanged:
    'Le nombre de personnes a changé depuis le décompte affiché. Vérifiez le nouveau nombre avant d’envoyer.',
  confirmSend: 'Envoyer à {recipients, plural, one {# personne} other {# personnes}}',
  confirmSchedule: 'Programmer pour {recipients, plural, one {# personne} other {# personnes}}',
  confirmBack: 'Revenir au brouillon',
  fixErrors: 'Veuillez corriger les champs signalés.',
  err_invalid_url: 'Utilisez un chemin commençant par / ou une adresse https.',
  err_invalid_date: 'Saisissez une date et une heure valides.',
  err_expires_in_past: 'L’expiration doit être dans le futur.',
  err_expires_before_schedule: 'L’expiration doit suivre l’heure d’envoi.',
  err_expires_too_far:
    'L’expiration peut être au plus 28 jours après l’envoi (les services de notification ne gardent pas les ' +
    'messages plus longtemps).',
  err_scheduled_in_past:
    'L’heure d’envoi est passée : choisissez une heure à venir, ou laissez vide pour envoyer maintenant.',
  err_scheduled_too_far: 'Une notification peut être programmée au plus un an à l’avance.',
  err_idempotency_key_reused:
    'Une notification a déjà été créée depuis ce formulaire avec un autre contenu. ' +
    'Envoyez de nouveau pour en créer une nouvelle.',
  err_audience_empty: 'Choisissez au moins une personne.',
  err_unknown_topic: 'Ce sujet n’existe pas.',
  err_topic_archived: 'Ce sujet est archivé.',
  err_one_ack_only: 'Un seul bouton « OK » est permis.',
};

export default { en, fr };
