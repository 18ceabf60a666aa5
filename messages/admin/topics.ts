// Admin console, topics: create, rename, archive.
const en = {
  topicSlug: 'Short name (letters, digits, dashes; used by the API)',
  topicName: 'Name shown to residents',
  createTopic: 'Create the topic',
  topicCreated: 'Topic created.',
  colSubscribers: 'Subscribers',
  rename: 'Rename',
  renameLabel: 'New name for {name}',
  renamed: 'Topic renamed.',
  archive: 'Archive {name}',
  archived: 'archived',
  archivedDone: 'Topic archived.',
  err_slug_taken: 'This short name is already used.',
  err_invalid_slug: 'Use lowercase letters, digits and single dashes.',
};

const fr: Record<keyof typeof en, string> = {
  topicSlug: 'Nom court (lettres, chiffres, tirets ; utilisé par l’API)',
  topicName: 'Nom affiché aux habitants',
  createTopic: 'Créer le thème',
  topicCreated: 'Thème créé.',
  colSubscribers: 'Abonnés',
  rename: 'Renommer',
  renameLabel: 'Nouveau nom pour {name}',
  renamed: 'Thème renommé.',
  archive: 'Archiver {name}',
  archived: 'archivé',
  archivedDone: 'Thème archivé.',
  err_slug_taken: 'Ce nom court est déjà utilisé.',
  err_invalid_slug: 'Utilisez des minuscules, des chiffres et des tirets simples.',
};

export default { en, fr };
