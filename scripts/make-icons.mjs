// Draws the toolbar icons (a teal disc with a white "comeback" arc and arrow head) as PNGs,
// so the repo needs no image editor. Run once: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

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
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function icon(size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 4x supersampling for smooth edges
      let disc = 0, ring = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
        const px = x + (sx + 0.5) / 4 - c, py = y + (sy + 0.5) / 4 - c;
        const r = Math.hypot(px, py) / c;
        const a = Math.atan2(py, px);
        if (r <= 0.98) disc++;
        const onArc = r > 0.46 && r < 0.64 && !(a > -Math.PI / 2 && a < -Math.PI / 8);
        // arrow head at the arc's open end (pointing clockwise, top)
        const hx = px / c - 0.05, hy = py / c + 0.55;
        const head = hx > -0.02 && hx < 0.3 && Math.abs(hy) < 0.3 - hx;
        if (onArc || head) ring++;
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const w = ring / 16, d = disc / 16;
      raw[o] = Math.round(13 * (1 - w) + 255 * w);
      raw[o + 1] = Math.round(118 * (1 - w) + 255 * w);
      raw[o + 2] = Math.round(110 * (1 - w) + 255 * w);
      raw[o + 3] = Math.round(255 * d);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const s of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${s}.png`, icon(s));
