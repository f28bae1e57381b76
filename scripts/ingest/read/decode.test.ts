import { describe, it, expect } from 'vitest';
import { binaryReason, decodeDocument, invalidUtf8Offsets, lineOfOffset } from './decode';

const enc = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('decode', () => {
  it('skips empty and whitespace-only files with a reason', () => {
    expect(decodeDocument('e.txt', new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeDocument('w.txt', enc(' \n\t\n'))).toEqual({
      ok: false,
      reason: 'empty file (only whitespace)',
    });
  });

  it('refuses binary files (NUL bytes or many control characters)', () => {
    const png = cat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const r = decodeDocument('x.txt', png);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/binary/);
    expect(binaryReason(Uint8Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 1 : 65)))).toMatch(
      /control characters/,
    );
    expect(binaryReason(enc('plain text\twith tabs\r\n'))).toBeNull();
  });

  it('decodes invalid UTF-8 with U+FFFD and warns with the line of the first bad byte', () => {
    const bytes = cat(enc('line one\nline two\nbad '), [0xff, 0xc3], enc(' here\nlast'));
    const r = decodeDocument('bad.txt', bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toBe('line one\nline two\nbad \ufffd\ufffd here\nlast');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ file: 'bad.txt', line: 3 });
    expect(r.warnings[0]?.message).toMatch(/invalid UTF-8.*2 bad sequence/);
  });

  it('finds invalid sequences as the WHATWG decoder does', () => {
    expect(invalidUtf8Offsets(enc('ok é 日本 😀'))).toEqual([]);
    expect(invalidUtf8Offsets(Uint8Array.from([0x41, 0xe2, 0x82, 0x41]))).toEqual([1]); // truncated 3-byte sequence
    expect(invalidUtf8Offsets(Uint8Array.from([0xc0, 0xaf]))).toEqual([0, 1]); // overlong
    expect(invalidUtf8Offsets(Uint8Array.from([0xed, 0xa0, 0x80]))).toEqual([0, 1, 2]); // surrogate
    expect(lineOfOffset(enc('a\r\nb\rc\nd'), 7)).toBe(4);
  });

  it('strips a UTF-8 BOM and decodes UTF-16 with a BOM', () => {
    const r = decodeDocument('bom.txt', cat([0xef, 0xbb, 0xbf], enc('US, WA, Seattle\nText')));
    expect(r.ok && r.text).toBe('US, WA, Seattle\nText');
    const utf16 = cat([0xff, 0xfe], ...[...'Hi ü\n'].map((c) => [c.charCodeAt(0), 0]));
    const u = decodeDocument('u16.txt', utf16);
    expect(u.ok && u.text).toBe('Hi ü\n');
  });

  it('turns CRLF and lone CR into LF, keeping line numbers', () => {
    const r = decodeDocument('crlf.txt', enc('one\r\ntwo\rthree\n\r\nfive'));
    expect(r.ok && r.text.split('\n')).toEqual(['one', 'two', 'three', '', 'five']);
  });
});
