const en = {
  intro: 'Messages from your town. Unread messages come first.',
  empty: 'No messages yet. When your town sends you news, it appears here and, if you turned notifications on, on your devices.',
  unread: 'New',
  received: 'Received {date}',
  openLink: 'Open the page',
  ok: 'OK',
  okHint: 'Let the town know you have seen this message',
  acknowledged: 'Acknowledged',
  forget: 'Forget',
  forgetHint: 'Hide this message from your inbox',
  announceRead: 'Marked as read.',
  announceAck: 'Acknowledged. Thank you.',
  announceForget: 'Message forgotten.',
  announceNew: 'New message received.',
  error: 'That did not work. Check your connection and try again.',
  listLabel: 'Your messages',
};

const fr: Record<keyof typeof en, string> = {
  intro: 'Les messages de votre ville. Les messages non lus apparaissent en premier.',
  empty: 'Aucun message pour l’instant. Quand votre ville vous envoie une information, elle apparaît ici et, si vous avez activé les notifications, sur vos appareils.',
  unread: 'Nouveau',
  received: 'Reçu le {date}',
  openLink: 'Ouvrir la page',
  ok: 'OK',
  okHint: 'Indiquer à la ville que vous avez vu ce message',
  acknowledged: 'Pris en compte',
  forget: 'Oublier',
  forgetHint: 'Masquer ce message de votre messagerie',
  announceRead: 'Marqué comme lu.',
  announceAck: 'Pris en compte. Merci.',
  announceForget: 'Message oublié.',
  announceNew: 'Nouveau message reçu.',
  error: 'Cela n’a pas fonctionné. Vérifiez votre connexion et réessayez.',
  listLabel: 'Vos messages',
};

export default { en, fr };
