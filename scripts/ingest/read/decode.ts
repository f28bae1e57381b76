/**
 * Stage 2: bytes → text. Strips a BOM (UTF-8, or UTF-16 which is then decoded as such), refuses binary files,
 * decodes invalid UTF-8 with U+FFFD replacement and a warning naming the line of the first bad byte, and turns
 * CRLF / lone CR into LF so that line numbers are the ones an editor shows.
 */
import type { Warning } from '../types';

export type Decoded = { ok: true; text: string; warnings: Warning[] } | { ok: false; reason: string };

const SAMPLE = 64 * 1024;

/** True for bytes that never appear in text: C0 controls other than tab, LF, VT, FF, CR and ESC, and DEL. */
function isControlByte(b: number): boolean {
  return (
    (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) ||
    b === 0x7f
  );
}

/** Why the bytes look binary, or null when they look like text. */
export function binaryReason(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) nul++;
    if (isControlByte(b)) control++;
  }
  // A stray NUL in a scraped page is noise to strip (with a warning), not a reason to lose its listings;
  // binary formats carry NULs densely.
  if (n > 0 && nul / n > 0.001) return 'binary file (contains NUL bytes)';
  if (n > 0 && control / n > 0.05)
    return `binary file (${Math.round((100 * control) / n)}% control characters)`;
  return null;
}

/**
 * Offsets of invalid UTF-8 sequences (the first byte of each), at most `limit` of them. A straight validator:
 * overlong forms, surrogates and code points above U+10FFFF count as invalid, as the WHATWG decoder treats them.
 */
export function invalidUtf8Offsets(bytes: Uint8Array, limit = 1000): number[] {
  const bad: number[] = [];
  const n = bytes.length;
  let i = 0;
  while (i < n && bad.length < limit) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      bad.push(i);
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      const min = j === 1 ? lo : 0x80;
      const max = j === 1 ? hi : 0xbf;
      if (c === undefined || c < min || c > max) break;
    }
    if (j <= need) {
      bad.push(i);
      i += j; // the decoder resumes at the first byte that broke the sequence
    } else i += need + 1;
  }
  return bad;
}

/** 1-based line of a byte offset (counting LF, CRLF and lone CR as one break each). */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    else if (b === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

export function normaliseNewlines(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}

export function decodeDocument(file: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const warnings: Warning[] = [];
  let body = bytes;
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  }
  let text: string;
  if (encoding === 'utf-8') {
    const reason = binaryReason(body);
    if (reason !== null) return { ok: false, reason };
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      const bad = invalidUtf8Offsets(body);
      const first = bad[0] ?? 0;
      const line = lineOfOffset(body, first);
      const more = bad.length >= 1000 ? '1000 or more' : String(bad.length);
      warnings.push({
        file,
        line,
        message: `invalid UTF-8 (first bad byte 0x${(body[first] ?? 0).toString(16).padStart(2, '0')} at byte ${first + (bytes.length - body.length)}; ${more} bad sequence(s) replaced with U+FFFD)`,
      });
      text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
    }
  } else {
    text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(body);
    if (text.indexOf('\u0000') !== -1) return { ok: false, reason: 'binary file (contains NUL characters)' };
  }
  text = normaliseNewlines(text);
  const firstNul = text.indexOf('\u0000');
  if (firstNul !== -1) {
    const count = text.split('\u0000').length - 1;
    warnings.push({
      file,
      line: text.slice(0, firstNul).split('\n').length,
      message: `${count} NUL character(s) removed`,
    });
    text = text.replaceAll('\u0000', '');
  }
  if (text.trim() === '') return { ok: false, reason: 'empty file (only whitespace)' };
  return { ok: true, text, warnings };
}
