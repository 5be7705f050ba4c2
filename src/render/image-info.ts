/**
 * The format and size of a picture from its first bytes: PNG, JPEG and GIF, the
 * formats every output holds. Pure; nothing is decoded beyond the header.
 */
import type { ImageData } from './ir.js';

/** Format, width and height, or undefined for bytes that are none of the three (or too short to tell). */
export function imageInfo(bytes: Uint8Array): Omit<ImageData, 'bytes'> | undefined {
  const b = bytes;
  const u16 = (i: number) => (b[i]! << 8) | b[i + 1]!;
  const u32 = (i: number) => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
  // PNG: signature, then the IHDR chunk with width and height.
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && String.fromCharCode(...b.subarray(12, 16)) === 'IHDR') {
    return sized('png', u32(16), u32(20));
  }
  // GIF87a / GIF89a: logical screen size, little-endian.
  if (b.length >= 10 && String.fromCharCode(...b.subarray(0, 6)).match(/^GIF8[79]a$/)) {
    return sized('gif', b[6]! | (b[7]! << 8), b[8]! | (b[9]! << 8));
  }
  // JPEG: walk the segments to the first start-of-frame marker.
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) return undefined;
      const marker = b[i + 1]!;
      if (marker === 0xff) {
        i++;
        continue;
      }
      if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        i += 2;
        continue;
      }
      const length = u16(i + 2);
      // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC).
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return sized('jpg', u16(i + 7), u16(i + 5));
      if (length < 2) return undefined;
      i += 2 + length;
    }
  }
  return undefined;
}

function sized(format: ImageData['format'], width: number, height: number): Omit<ImageData, 'bytes'> | undefined {
  return width > 0 && height > 0 ? { format, width, height } : undefined;
}
