import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

// Which addresses the server may dial for a push: global unicast only. ipaddr.js names every block of the IANA
// special-purpose registries (range() is 'unicast' only outside all of them); what it leaves as 'unicast' is closed
// here with the registries as the source:
// - IANA IPv6 Address Space (iana.org/assignments/ipv6-address-space): only 2000::/3 is Global Unicast; the rest is
//   reserved by the IETF — ::/96 IPv4-compatible (RFC 4291 §2.5.5.1, deprecated), fec0::/10 site-local (RFC 3879),
//   100:0:0:1::/64 (RFC 9780), 5f00::/16 SRv6 SIDs (RFC 9602)…
// - IANA IPv6 Special-Purpose Address Registry (iana.org/assignments/iana-ipv6-special-registry): 64:ff9b:1::/48
//   local-use NAT64 (RFC 8215), 2001::/23 IETF protocol assignments, 2001:db8::/32 and 3fff::/20 documentation
//   (RFC 3849, RFC 9637), 2002::/16 6to4 (RFC 3056): all classified by ipaddr.js, refused by the 'unicast' test.
// - IANA IPv4 Special-Purpose Address Registry (iana.org/assignments/iana-ipv4-special-registry): 0.0.0.0/8,
//   100.64.0.0/10, 192.0.0.0/24, 198.18.0.0/15, 240.0.0.0/4… are all classified by ipaddr.js.
// An IPv6 address that carries an IPv4 one (mapped, compatible, NAT64, 6to4, Teredo) reaches that IPv4 host through
// a translator or tunnel, so the embedded address is judged too: 64:ff9b::a9fe:a9fe is 169.254.169.254.

const GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR('2000::/3');
// RFC 6052's well-known prefix: how IPv6-only hosts behind DNS64 reach IPv4-only services. Allowed when the IPv4
// address it carries is public; the local-use 64:ff9b:1::/48 is not.
const NAT64_WELL_KNOWN = ipaddr.IPv6.parseCIDR('64:ff9b::/96');
const IPV4_COMPATIBLE = ipaddr.IPv6.parseCIDR('::/96');

const v4 = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);

/** The IPv4 addresses an IPv6 address leads to (RFC 4291 mapped/compatible, RFC 6052/6145, RFC 3056, RFC 4380). */
export function embeddedIPv4(ip: ipaddr.IPv6): ipaddr.IPv4[] {
  const p = ip.parts;
  const range = ip.range();
  if (range === 'ipv4Mapped' || range === 'rfc6145' || ip.match(NAT64_WELL_KNOWN) || ip.match(IPV4_COMPATIBLE)) {
    return [v4(p[6], p[7])];
  }
  if (range === '6to4') return [v4(p[1], p[2])];
  // Teredo: the server's address in clear, the client's (the one packets are relayed to) with every bit flipped.
  if (range === 'teredo') return [v4(p[2], p[3]), v4(p[6] ^ 0xffff, p[7] ^ 0xffff)];
  return [];
}

/** True only for a global unicast address; false for anything special-purpose, private, reserved or malformed. */
export function isPublicAddress(address: string): boolean {
  // node:net's isIP takes only canonical literals (ipaddr.parse would also read "0x7f.1" or "127.1").
  const family = isIP(address);
  if (!family) return false;
  const ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv4') return ip.range() === 'unicast';
  const v6 = ip as ipaddr.IPv6;
  const embedded = embeddedIPv4(v6);
  if (embedded.some((a) => a.range() !== 'unicast')) return false;
  // The socket dials the mapped IPv4 address itself, and a DNS64 translator the one it carries: both judged above.
  if (v6.isIPv4MappedAddress() || v6.match(NAT64_WELL_KNOWN)) return true;
  return v6.range() === 'unicast' && v6.match(GLOBAL_UNICAST);
}
