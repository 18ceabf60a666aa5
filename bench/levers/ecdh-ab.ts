// Lever A/B (issue 14): RFC 8291's ECDH step per message as lib/push/encrypt-aes128gcm.ts does it (ECDH object:
// generateKeys + computeSecret on the raw point) against KeyObjects (generateKeyPairSync + the subscription's point
// imported as a KeyObject + crypto.diffieHellman + our public point exported), then each part alone. One core, no
// I/O. Run: node --import tsx bench/levers/ecdh-ab.ts [iterations]
import { createECDH, createPublicKey, diffieHellman, generateKeyPairSync } from 'node:crypto';
import { performance } from 'node:perf_hooks';

const n = Number(process.argv[2] ?? 5000);
const browser = createECDH('prime256v1');
const uaPublic = browser.generateKeys();
/** DER SubjectPublicKeyInfo header of an uncompressed P-256 point: prefix + 65 bytes is a public key KeyObject. */
const SPKI_P256 = Buffer.from('3059301306072a8648ce3d020106082a8648ce3d030107034200', 'hex');
const importPoint = (point: Buffer) =>
  createPublicKey({ key: Buffer.concat([SPKI_P256, point]), format: 'der', type: 'spki' });
const fixedPair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const uaKey = importPoint(uaPublic);
const fixedEcdh = createECDH('prime256v1');
fixedEcdh.generateKeys();

function keyObjectSecret(): { secret: Buffer; ourPoint: Buffer } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const secret = diffieHellman({ privateKey, publicKey: importPoint(uaPublic) });
  return { secret, ourPoint: publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_P256.length) };
}

// Both ways derive the same secret (checked against the browser's side).
const check = keyObjectSecret();
if (!check.secret.equals(browser.computeSecret(check.ourPoint))) throw new Error('the two derivations disagree');

const cases: Record<string, () => number> = {
  'per message, ECDH object (today)': () => {
    const e = createECDH('prime256v1');
    return e.generateKeys().length + e.computeSecret(uaPublic).length;
  },
  'per message, KeyObjects': () => keyObjectSecret().secret.length,
  'part: key pair, ECDH object': () => createECDH('prime256v1').generateKeys().length,
  'part: key pair, KeyObjects': () => (generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey ? 1 : 0),
  'part: derivation, ECDH object': () => fixedEcdh.computeSecret(uaPublic).length,
  'part: derivation, KeyObjects': () => diffieHellman({ privateKey: fixedPair.privateKey, publicKey: uaKey }).length,
  'part: import the point as a KeyObject': () => (importPoint(uaPublic) ? 1 : 0),
};

for (let round = 0; round < 2; round++) {
  for (const [name, step] of Object.entries(cases)) {
    for (let i = 0; i < n / 10; i++) step();
    let sink = 0;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) sink += step();
    const perSecond = n / ((performance.now() - t0) / 1000);
    if (sink <= 0) throw new Error('nothing computed');
    console.log(`${name.padEnd(40)} ${Math.round(perSecond).toLocaleString('en').padStart(7)} /s`);
  }
}
