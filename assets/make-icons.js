#!/usr/bin/env node
/**
 * Draws Rota's icon (a rotation grid with a check mark on a teal tile) as PNG files at every size
 * Office asks for, with no dependency but node's zlib: `node assets/make-icons.js`.
 * The output is deterministic, so the committed PNGs only change when this drawing does.
 *
 * Sizes: 16, 20, 24, 32, 40, 48, 64 and 80 for ribbon buttons (16, 32 and 80 required; the others
 * are the scaled sizes Office uses on high-DPI screens), 32 and 64 for the add-in's IconUrl and
 * HighResolutionIconUrl, 128 for the store listing and the admin centre.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];
const TILE = [0x0f, 0x6e, 0x62]; // teal
const SUB = 4; // 4×4 samples per pixel

/** Coverage of the tile (a rounded square) at (x, y) in unit coordinates. */
function inTile(x, y) {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The grid's lines (rows and block columns of a rotation plan), drawn faint. */
function inGrid(x, y, size) {
  if (size < 24) return false; // too small to read: the check mark alone
  const w = Math.max(1.2 / size, 0.03);
  const lines = [0.3, 0.5, 0.7];
  const inside = x > 0.18 && x < 0.82 && y > 0.18 && y < 0.82;
  return inside && lines.some((l) => Math.abs(x - l) < w / 2 || Math.abs(y - l) < w / 2);
}

/** Distance from (x, y) to the segment (a, b). */
function segmentDistance(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** The check mark, thicker on small icons so it survives. */
function inCheck(x, y, size) {
  const half = size <= 20 ? 0.1 : size <= 32 ? 0.085 : 0.07;
  const d = Math.min(segmentDistance(x, y, 0.24, 0.52, 0.43, 0.71), segmentDistance(x, y, 0.43, 0.71, 0.78, 0.3));
  return d <= half;
}

function pixels(size) {
  const data = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    const row = py * (size * 4 + 1);
    data[row] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let tile = 0;
      let grid = 0;
      let check = 0;
      for (let sy = 0; sy < SUB; sy++) {
        for (let sx = 0; sx < SUB; sx++) {
          const x = (px + (sx + 0.5) / SUB) / size;
          const y = (py + (sy + 0.5) / SUB) / size;
          if (!inTile(x, y)) continue;
          tile++;
          if (inCheck(x, y, size)) check++;
          else if (inGrid(x, y, size)) grid++;
        }
      }
      const n = SUB * SUB;
      const white = (check + grid * 0.45) / Math.max(tile, 1);
      const o = row + 1 + px * 4;
      for (let c = 0; c < 3; c++) data[o + c] = Math.round(TILE[c] + (255 - TILE[c]) * white);
      data[o + 3] = Math.round((255 * tile) / n);
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([len, typed, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(pixels(size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  for (const size of SIZES) {
    const file = path.join(__dirname, `icon-${size}.png`);
    fs.writeFileSync(file, png(size));
    console.log(`${path.relative(process.cwd(), file)} ${size}×${size}`);
  }
}

module.exports = { SIZES, png };
