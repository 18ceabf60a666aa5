import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { installPeerAddressHeader, PEER_ADDRESS_HEADER } from './peer-address';

it('stamps the TCP peer on every request, replacing whatever the client sent under that name', async () => {
  installPeerAddressHeader(http.Server);
  const server = http.createServer((req, res) => res.end(String(req.headers[PEER_ADDRESS_HEADER])));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/`, {
      headers: { [PEER_ADDRESS_HEADER]: '9.9.9.9', 'x-forwarded-for': '8.8.8.8' },
    });
    expect(await res.text()).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  } finally {
    server.close();
  }
});

it("replaces a client's X-Forwarded-Host/-Proto with the Host it used (no trusted proxy by default)", async () => {
  installPeerAddressHeader(http.Server);
  const server = http.createServer((req, res) =>
    res.end(`${req.headers['x-forwarded-proto']}://${req.headers['x-forwarded-host']}`),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/`, {
      headers: { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
    });
    expect(await res.text()).toBe(`http://127.0.0.1:${port}`);
  } finally {
    server.close();
  }
});
