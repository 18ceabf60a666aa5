// The words the push status line needs, named once: the server picks them from the 'push' messages (only these
// cross to the client), and the client component's props are typed from the same list.
const KEYS = [
  'statusChecking',
  'statusOn',
  'statusOff',
  'statusBlocked',
  'statusUnsupported',
  'statusIos',
  'statusChange',
  'statusTurnOn',
] as const;

export type PushStatusWords = Record<(typeof KEYS)[number], string>;

export function pickPushStatusWords(messages: PushStatusWords): PushStatusWords {
  return Object.fromEntries(KEYS.map((k) => [k, messages[k]])) as PushStatusWords;
}
