// Draws the app icons (a broadcast symbol on Crieur blue) as PNGs with no image library: run once, commit the output.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [29, 63, 166];
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 4×4 supersampling for smooth edges
      let acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const p = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          acc = acc.map((v, i) => v + p[i] * (i === 3 ? 1 : p[3] / 255));
        }
      const a = acc[3] / 16;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? acc[0] / 16 / (a / 255) : 0;
      raw[o + 1] = a ? acc[1] / 16 / (a / 255) : 0;
      raw[o + 2] = a ? acc[2] / 16 / (a / 255) : 0;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// symbol in unit square centred on (0.5, 0.56), scaled by s
function symbol(x, y, s) {
  const dx = (x - 0.5) / s,
    dy = (y - 0.58) / s,
    r = Math.hypot(dx, dy);
  if (r < 0.075) return true;
  const ang = Math.atan2(-dy, dx);
  const upper = ang > Math.PI / 4 && ang < (3 * Math.PI) / 4;
  return upper && ((r > 0.17 && r < 0.23) || (r > 0.29 && r < 0.35));
}
const roundedSquare = (x, y, radius) => {
  const cx = Math.min(Math.max(x, radius), 1 - radius),
    cy = Math.min(Math.max(y, radius), 1 - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
};
const any = (x, y) =>
  !roundedSquare(x, y, 0.18) ? [0, 0, 0, 0] : symbol(x, y, 1.25) ? [255, 255, 255, 255] : [...BLUE, 255];
const maskable = (x, y) => (symbol(x, y, 0.95) ? [255, 255, 255, 255] : [...BLUE, 255]);

writeFileSync('public/icons/icon-192.png', png(192, any));
writeFileSync('public/icons/icon-512.png', png(512, any));
writeFileSync('public/icons/icon-maskable-512.png', png(512, maskable));
writeFileSync('public/icons/apple-touch-icon.png', png(180, maskable));
writeFileSync(
  'public/icons/badge-72.png',
  png(72, (x, y) => (symbol(x, y, 1.5) ? [255, 255, 255, 255] : [0, 0, 0, 0])),
);
