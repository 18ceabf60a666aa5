// Admin console, topics: create, edit in both languages, archive.
const en = {
  topicSlug: 'Short name (letters, digits, dashes; used by the API)',
  topicName: 'Name in English',
  topicNameFr: 'Name in French (empty: the English name)',
  topicDescription: 'Description in English (optional)',
  topicDescriptionFr: 'Description in French (optional)',
  createTopic: 'Create the topic',
  topicCreated: 'Topic created.',
  colSubscribers: 'Followers',
  editTopic: 'Edit',
  saveTopic: 'Save',
  renamed: 'Topic saved.',
  archive: 'Archive {name}',
  archived: 'archived',
  archivedDone: 'Topic archived.',
  err_slug_taken: 'This short name is already used.',
  err_invalid_slug: 'Use lowercase letters, digits and single dashes.',
};

const fr: Record<keyof typeof en, string> = {
  topicSlug: 'Nom court (lettres, chiffres, tirets ; utilisé par l’API)',
  topicName: 'Nom en anglais',
  topicNameFr: 'Nom en français (vide : le nom anglais)',
  topicDescription: 'Description en anglais (facultative)',
  topicDescriptionFr: 'Description en français (facultative)',
  createTopic: 'Créer le sujet',
  topicCreated: 'Sujet créé.',
  colSubscribers: 'Abonnés',
  editTopic: 'Modifier',
  saveTopic: 'Enregistrer',
  renamed: 'Sujet enregistré.',
  archive: 'Archiver {name}',
  archived: 'archivé',
  archivedDone: 'Sujet archivé.',
  err_slug_taken: 'Ce nom court est déjà utilisé.',
  err_invalid_slug: 'Utilisez des minuscules, des chiffres et des tirets simples.',
};

export default { en, fr };
