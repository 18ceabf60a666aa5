// The receiver's certificate: made at bench start, trusted by each sender through its agent's `ca` (and by the
// dispatcher process through NODE_EXTRA_CA_CERTS), never by turning verification off. ECDSA P-256 like the push
// services' own certificates, so the handshake costs what it costs against them.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import selfsigned from 'selfsigned';

export type BenchCertificate = { cert: string; key: string; certFile: string; keyFile: string };

export async function createBenchCertificate(dir: string): Promise<BenchCertificate> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 2 * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
    ],
  });
  mkdirSync(dir, { recursive: true });
  const certFile = path.join(dir, 'receiver-cert.pem');
  const keyFile = path.join(dir, 'receiver-key.pem');
  writeFileSync(certFile, pems.cert);
  writeFileSync(keyFile, pems.private, { mode: 0o600 });
  return { cert: pems.cert, key: pems.private, certFile, keyFile };
}
