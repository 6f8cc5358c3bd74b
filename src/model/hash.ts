// Feature hashing: strings are hashed once per token, then feature templates combine those
// 32-bit atoms with integer mixing only, so no strings are built on the hot path.

/**
 * FNV-1a over UTF-16 code units of s[from..], started from a seed (one seed per kind of string).
 * The 32 bits come back as an int32 (stored in a Uint32Array they read back unsigned): V8 boxes
 * a returned uint32 above 2^30 in a heap number.
 */
export function hashString(s: string, seed = 0x811c9dc5, from = 0): number {
  let h = seed;
  for (let i = from; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Folds one more 32-bit value into a running hash (murmur3-style finaliser steps). */
export function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca77);
  h ^= h >>> 13;
  return h >>> 0;
}

// Feature templates: one multiply per combined value. Results are int32 (small integers stay
// unboxed); stored in Uint32Arrays they keep the same bits. Buckets are taken from the top bits of
// the product (see LinearTagger.shift), which depend on every input bit.
const SEED = 0xc2b2ae3d;

export function mix2(template: number, a: number): number {
  return Math.imul(Math.imul(template, SEED) ^ a, 0x9e3779b1);
}

export function mix3(template: number, a: number, b: number): number {
  return Math.imul(Math.imul(Math.imul(template, SEED) ^ a, 0x9e3779b1) ^ b, 0x85ebca77);
}

export function mix4(template: number, a: number, b: number, c: number): number {
  return Math.imul(mix3(template, a, b) ^ c, 0x27d4eb2f);
}

/** Small deterministic PRNG for shuffling training order (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
