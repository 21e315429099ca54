/**
 * Format-valid fake tokens, built at run time so that no complete token-shaped literal is
 * committed (GitHub push protection and our own scanner would flag it). Deterministic:
 * the same seed gives the same token, so failures are reproducible.
 */

import { base62, crc32, utf8Bytes } from '../../src/core/hash';
import { bech32Checksum } from '../../src/core/checksums';

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const URLSAFE = ALNUM + '_-';
export const HEX = '0123456789abcdef';
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const BASE64 = ALNUM + '+/';

/** A small seeded PRNG (mulberry32), so fakes are random-looking yet reproducible. */
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

let counter = 1;

/** `n` random characters from `alphabet`; each call differs unless a seed is given. */
export function randomString(n: number, alphabet = ALNUM, seed = counter++ * 7919): string {
  const next = rng(seed);
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

/** GitHub-style token: prefix + 30 random + base62(CRC-32 of the 30), as GitHub and npm issue them. */
export function crcToken(prefix: string, seed?: number): string {
  const random = randomString(30, ALNUM, seed);
  return prefix + random + base62(crc32(utf8Bytes(random)), 6);
}

/** The same token with one checksum character changed: a look-alike that must not be reported. */
export function corruptChecksum(token: string): string {
  const last = token[token.length - 1];
  return token.slice(0, -1) + (last === 'A' ? 'B' : 'A');
}

/** Joins fragments at run time (keeps prefixes and markers from forming literals in source). */
export function join(...parts: string[]): string {
  return parts.join('');
}

/** OpenAI marker: base64 of "OpenAI". */
export const OPENAI_MARKER = join('T3Blbk', 'FJ');

export function openaiProjectKey(seed?: number): string {
  return join('sk-', 'proj-', randomString(74, URLSAFE, seed), OPENAI_MARKER, randomString(74, URLSAFE, seed ? seed + 1 : undefined));
}

export function openaiLegacyKey(seed?: number): string {
  return join('sk-', randomString(20, ALNUM, seed), OPENAI_MARKER, randomString(20, ALNUM, seed ? seed + 1 : undefined));
}

export function awsAccessKeyId(seed?: number): string {
  return join('AK', 'IA', randomString(16, BASE32, seed));
}

export function awsSecretKey(seed?: number): string {
  return randomString(40, BASE64, seed);
}

/** age secret key with a valid bech32 checksum. */
export function ageSecretKey(seed?: number): string {
  const next = rng(seed ?? counter++ * 104729);
  const data = Array.from({ length: 52 }, () => Math.floor(next() * 32));
  const hrp = join('age-secret-', 'key-');
  const alphabet = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
  return (hrp + '1' + data.map(d => alphabet[d]).join('') + bech32Checksum(hrp, data)).toUpperCase();
}

/** A base64 body for PEM blocks. */
export function pemBody(lines = 10, seed?: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(randomString(64, BASE64, seed ? seed + i : undefined));
  return out.join('\n');
}

export function pemBlock(kind: string, seed?: number): string {
  const dashes = '-----';
  return `${dashes}BEGIN ${kind}${dashes}\n${pemBody(10, seed)}\n${dashes}END ${kind}${dashes}`;
}
