/**
 * Word-wise bitset helpers over Uint32Array (bit i lives in word i >>> 5). Hot path: no allocation here.
 * Bitsets of one engine share a length (`words`); several can live in one buffer at offsets of `words`.
 */

export function wordsFor(n: number): number {
  return (n + 31) >>> 5;
}

/** The valid bits of the last word for n bits (all ones when n is a multiple of 32). */
export function lastWordMask(n: number): number {
  return n % 32 === 0 ? 0xffffffff : ((1 << n % 32) - 1) >>> 0;
}

export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function popcount(a: Uint32Array, aOff: number, words: number): number {
  let c = 0;
  for (let w = 0; w < words; w++) {
    let x = a[aOff + w]!;
    if (x === 0) continue;
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    x = (x + (x >>> 4)) & 0x0f0f0f0f;
    c += Math.imul(x, 0x01010101) >>> 24;
  }
  return c;
}

/** popcount(a & b). */
export function popcountAnd(a: Uint32Array, aOff: number, b: Uint32Array, bOff: number, words: number): number {
  let c = 0;
  for (let w = 0; w < words; w++) {
    let x = a[aOff + w]! & b[bOff + w]!;
    if (x === 0) continue;
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    x = (x + (x >>> 4)) & 0x0f0f0f0f;
    c += Math.imul(x, 0x01010101) >>> 24;
  }
  return c;
}

/** dst = src. */
export function copyInto(dst: Uint32Array, dOff: number, src: Uint32Array, sOff: number, words: number): void {
  dst.set(src.subarray(sOff, sOff + words), dOff);
}

/** dst &= src. */
export function andInto(dst: Uint32Array, dOff: number, src: Uint32Array, sOff: number, words: number): void {
  for (let w = 0; w < words; w++) dst[dOff + w]! &= src[sOff + w]!;
}

export function setBit(a: Uint32Array, i: number): void {
  a[i >>> 5]! |= 1 << (i & 31);
}

export function hasBit(a: Uint32Array, i: number): boolean {
  return (a[i >>> 5]! & (1 << (i & 31))) !== 0;
}
