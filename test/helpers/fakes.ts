/**
 * Format-valid fake tokens, built at run time so that no complete token-shaped literal is
 * committed (GitHub push protection and our own scanner would flag it). Deterministic:
 * the same seed gives the same token, so failures are reproducible.
 */

import { base62, crc32, utf8Bytes } from '../../src/core/hash';
import { base58CheckSum, base58Encode, bech32Checksum, crc16Xmodem } from '../../src/core/checksums';
import { isPlaceholder } from '../../src/core/filters';
import { phraseOfEntropy } from '../../src/core/rules/bip39';
// The demo workspace's generator: one PRNG and one set of alphabets for every fake.
import { ALNUM, BASE32, BASE64, DIGITS, drawChars, HEX, seededRandom, URLSAFE } from '../../src/cli/seededRandom';

export { ALNUM, BASE32, BASE64, DIGITS, HEX, URLSAFE };

/** A small seeded PRNG (mulberry32), so fakes are random-looking yet reproducible. */
export const rng = seededRandom;

let counter = 1;

/**
 * Restarts the default seeds from a value of the caller's own (e.g. a hash of a rule id), so a
 * group of generated cases gets the same values whichever tests ran before it.
 */
export function reseedFakes(seed: number): void {
  counter = (seed >>> 0) % 1_000_000 + 1;
}

/**
 * `n` random characters from `alphabet`; each call differs unless a seed is given.
 * Long strings that happen to contain a placeholder word (`tbd`, `fake`, … about 0.1% of
 * 40-character strings) are drawn again: the shared filter rightly drops those, and a fake
 * must look like a real credential.
 */
export function randomString(n: number, alphabet = ALNUM, seed = counter++ * 7919): string {
  const next = rng(seed);
  for (;;) {
    const out = drawChars(next, n, alphabet);
    if (n < 16 || !isPlaceholder(out)) return out;
  }
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

/** `hrp` + `1` + 52 random bech32 characters (32 bytes) + a valid checksum (BIP-173). */
function bech32Key(hrp: string, seed?: number): string {
  const next = rng(seed ?? counter++ * 104729);
  const data = Array.from({ length: 52 }, () => Math.floor(next() * 32));
  const alphabet = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
  return hrp + '1' + data.map(d => alphabet[d]).join('') + bech32Checksum(hrp, data);
}

/** age secret key with a valid bech32 checksum. */
export function ageSecretKey(seed?: number): string {
  return bech32Key(join('age-secret-', 'key-'), seed).toUpperCase();
}

/** RFC 4648 base32, upper case, no padding. */
function base32Encode(bytes: Uint8Array): string {
  let bits = 0, value = 0, out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[(value >>> bits) & 31];
    }
  }
  return bits > 0 ? out + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[(value << (5 - bits)) & 31] : out;
}

/** A NATS nkey seed (`SU…` for a user) with a valid CRC-16 checksum. */
export function natsNkeySeed(type: 'U' | 'A' | 'O' = 'U', seed?: number): string {
  const typeByte = { U: 20, A: 0, O: 14 }[type] << 3;
  const next = rng(seed ?? counter++ * 7877);
  const bytes = new Uint8Array(36);
  bytes[0] = (18 << 3) | (typeByte >> 5);
  bytes[1] = (typeByte & 31) << 3;
  for (let i = 2; i < 34; i++) bytes[i] = Math.floor(next() * 256);
  const crc = crc16Xmodem(bytes.slice(0, 34));
  bytes[34] = crc & 0xff;
  bytes[35] = crc >> 8;
  return base32Encode(bytes);
}

/** A Nostr private key (NIP-19 `nsec1…`) with a valid bech32 checksum. */
export function nostrSecretKey(seed?: number): string {
  return bech32Key(join('ns', 'ec'), seed);
}

/**
 * A wallet key in Wallet Import Format: `version` (0x80 Bitcoin, 0xef testnet), 32 random
 * bytes, the compression flag when asked, and a valid base58check checksum.
 */
export function wifKey(opts: { version?: number; compressed?: boolean; seed?: number } = {}): string {
  const next = rng(opts.seed ?? counter++ * 104729);
  const key = Array.from({ length: 32 }, () => Math.floor(next() * 256));
  const payload = Uint8Array.from([opts.version ?? 0x80, ...key, ...(opts.compressed ? [1] : [])]);
  return base58Encode(Uint8Array.from([...payload, ...base58CheckSum(payload)]));
}

/** Twelve words of a BIP-39-like phrase (random lower-case words, not checked against the list). */
export function recoveryPhrase(words = 12, seed?: number): string {
  const next = rng(seed ?? counter++ * 104729);
  const syllables = ['ba', 'ko', 'ri', 'tem', 'lun', 'por', 'vex', 'dra', 'mi', 'sol', 'gan', 'fe'];
  return Array.from({ length: words }, () => Array.from({ length: 2 + Math.floor(next() * 2) }, () => syllables[Math.floor(next() * syllables.length)]).join('').slice(0, 8)).join(' ');
}

/** A BIP-39 recovery phrase of `words` words (12 to 24) whose checksum holds. */
export function bip39Phrase(words = 12, seed?: number): string {
  const next = rng(seed ?? counter++ * 7919);
  const entropy = new Uint8Array((words * 11 * 32) / 33 / 8).map(() => Math.floor(next() * 256));
  return phraseOfEntropy(entropy);
}

/** A BIP-32 extended private key (`xprv…`, or `tprv…` on testnet), base58check valid. */
export function extendedPrivateKey(network: 'main' | 'test' = 'main', seed?: number): string {
  const next = rng(seed ?? counter++ * 6151);
  const version = network === 'main' ? [0x04, 0x88, 0xad, 0xe4] : [0x04, 0x35, 0x83, 0x94];
  const payload = new Uint8Array(78).map(() => Math.floor(next() * 256));
  payload.set(version, 0);
  payload[45] = 0;
  return base58Encode(new Uint8Array([...payload, ...base58CheckSum(payload)]));
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

// ---- Provider fakes (rule catalogue tests). Prefixes are split so no literal is token-shaped. ----

export const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Base64url without padding, as JWTs and most tokens write it. */
export function base64url(bytes: string | Uint8Array): string {
  return Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes)
    .toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** CRC-32 as 8 hex digits (upper case), for Atlassian-style trailers. */
export function crc32Hex(text: string): string {
  return crc32(utf8Bytes(text)).toString(16).toUpperCase().padStart(8, '0');
}

export function anthropicKey(kind: 'api03' | 'admin01' = 'api03', seed?: number): string {
  return join('sk-', 'ant-', kind, '-', randomString(93, URLSAFE, seed), 'AA');
}

export function googleApiKey(seed?: number): string {
  return join('AI', 'za', randomString(35, URLSAFE, seed));
}

/** A service-account key file as Google issues it (private key with escaped newlines). */
export function gcpServiceAccountJson(seed?: number): { json: string; privateKey: string; keyId: string } {
  const keyId = randomString(40, HEX, seed);
  const dashes = '-----';
  const privateKey = `${dashes}BEGIN PRIVATE KEY${dashes}\\n${pemBody(8, seed).split('\n').join('\\n')}\\n${dashes}END PRIVATE KEY${dashes}\\n`;
  const json = [
    '{',
    '  "type": "service_account",',
    '  "project_id": "demo-project-4242",',
    `  "private_key_id": "${keyId}",`,
    `  "private_key": "${privateKey}",`,
    '  "client_email": "runner@demo-project-4242.iam.gserviceaccount.com",',
    '  "client_id": "104242424242424242424"',
    '}',
  ].join('\n');
  return { json, privateKey, keyId };
}

/** Atlassian API token: prefix + payload + hex CRC-32 of everything before it. */
export function atlassianToken(seed?: number): string {
  const payload = join('ATA', 'TT3', randomString(178, URLSAFE, seed));
  return payload + crc32Hex(payload);
}

/** Grafana service-account token: CRC-32 of `glsa_<32>`, little-endian hex, after a `_`. */
export function grafanaToken(seed?: number): string {
  const head = join('gl', 'sa_', randomString(32, ALNUM, seed));
  const crc = crc32(utf8Bytes(head));
  let le = '';
  for (let i = 0; i < 4; i++) le += ((crc >>> (8 * i)) & 0xff).toString(16).padStart(2, '0');
  return `${head}_${le}`;
}

/** Serialises one macaroon v2 field: type, varint length, data. */
function macaroonField(type: number, data: string): string {
  let len = data.length, varint = '';
  do {
    let b = len & 0x7f;
    len >>>= 7;
    if (len) b |= 0x80;
    varint += String.fromCharCode(b);
  } while (len);
  return String.fromCharCode(type) + varint + data;
}

/**
 * A PyPI API token: a v2 macaroon for pypi.org with the given caveats (JSON strings), then a
 * random 32-byte "signature" (it cannot be checked offline, so any bytes do).
 */
export function pypiToken(caveats: string[] = ['{"version": 1, "permissions": "user"}'], seed?: number, location = 'pypi.org'): string {
  const id = randomString(32, ALNUM, seed);
  let bytes = '\x02' + macaroonField(1, location) + macaroonField(2, id) + '\x00';
  for (const c of caveats) bytes += macaroonField(2, c) + '\x00';
  bytes += '\x00' + macaroonField(6, randomString(32, ALNUM, seed ? seed + 1 : undefined));
  return join('py', 'pi-', base64url(bytes));
}

/** A Discord bot token: base64 of a numeric snowflake . 6-char timestamp . HMAC part. */
export function discordBotToken(seed?: number, id = '1' + randomString(17, DIGITS, seed)): string {
  return [base64url(id), randomString(6, URLSAFE, seed), randomString(38, URLSAFE, seed ? seed + 1 : undefined)].join('.');
}

/** A signed-looking JWT with the given header and claims. */
export function jwt(claims: Record<string, unknown>, header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }, seed?: number): string {
  return [base64url(JSON.stringify(header)), base64url(JSON.stringify(claims)), randomString(43, URLSAFE, seed)].join('.');
}

/** Seconds since the epoch, offset by `days`. */
export function epoch(days = 0): number {
  return Math.floor(Date.now() / 1000) + days * 86400;
}

export function slackBotToken(seed?: number): string {
  return join('xo', 'xb-', randomString(12, DIGITS, seed), '-', randomString(13, DIGITS, seed ? seed + 1 : undefined), '-', randomString(24, ALNUM, seed));
}

export function slackUserToken(seed?: number): string {
  return join('xo', 'xp-', randomString(11, DIGITS, seed), '-', randomString(12, DIGITS, seed), '-', randomString(13, DIGITS, seed), '-', randomString(32, HEX, seed));
}

/** `prefix` + `n` characters of `alphabet` (prefix split by the caller keeps sources clean). */
export function token(prefix: string, n: number, alphabet = ALNUM, seed?: number): string {
  return prefix + randomString(n, alphabet, seed);
}

export function uuid(seed?: number): string {
  const h = randomString(32, HEX, seed);
  return [h.slice(0, 8), h.slice(8, 12), '4' + h.slice(13, 16), 'a' + h.slice(17, 20), h.slice(20)].join('-');
}
