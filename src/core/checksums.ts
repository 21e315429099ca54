/**
 * Offline checksum validators for token formats that carry one.
 * A token whose checksum does not match is a look-alike, not a finding.
 */

import { base62, crc32, sha256, utf8Bytes } from './hash';

/**
 * GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`) and npm (`npm_`) tokens:
 * 30 random base62 characters followed by the CRC-32 of those 30, in base62, padded to 6.
 */
export function hasValidCrc32Base62(token: string, prefixLength: number): boolean {
  const body = token.slice(prefixLength);
  if (body.length !== 36) return false;
  const random = body.slice(0, 30);
  return base62(crc32(utf8Bytes(random)), 6) === body.slice(30);
}

/**
 * Grafana service-account tokens: `glsa_` + 32 alnum + `_` + 8 hex, where the 8 hex are the
 * CRC-32 of `glsa_` + the 32 characters (not the separator before the checksum), written
 * little-endian (Grafana's satokengen).
 */
export function hasValidGrafanaChecksum(token: string): boolean {
  const m = /^(glsa_[A-Za-z0-9]{32})_([0-9a-f]{8})$/.exec(token);
  if (!m) return false;
  return littleEndianHex(crc32(utf8Bytes(m[1]))) === m[2];
}

function littleEndianHex(n: number): string {
  let out = '';
  for (let i = 0; i < 4; i++) out += ((n >>> (8 * i)) & 0xff).toString(16).padStart(2, '0');
  return out;
}

/** Atlassian API tokens (`ATATT…`): the last 8 characters are the hex CRC-32 of the rest. */
export function hasValidAtlassianChecksum(token: string): boolean {
  if (token.length < 20) return false;
  const payload = token.slice(0, -8);
  const check = token.slice(-8).toUpperCase();
  return crc32(utf8Bytes(payload)).toString(16).toUpperCase().padStart(8, '0') === check;
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/** Bech32 (BIP-173) checksum, as used by age secret keys (`AGE-SECRET-KEY-1…`). */
export function hasValidBech32(text: string): boolean {
  const lower = text.toLowerCase();
  const sep = lower.lastIndexOf('1');
  if (sep < 1 || sep + 7 > lower.length) return false;
  const hrp = lower.slice(0, sep);
  const data: number[] = [];
  for (const ch of lower.slice(sep + 1)) {
    const v = BECH32.indexOf(ch);
    if (v === -1) return false;
    data.push(v);
  }
  const values = [...hrp].map(c => c.charCodeAt(0) >> 5).concat([0], [...hrp].map(c => c.charCodeAt(0) & 31), data);
  return bech32Polymod(values) === 1;
}

function bech32Polymod(values: number[]): number {
  const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i];
  }
  return chk >>> 0;
}

/** Computes a bech32 checksum (used by tests to build format-valid fakes). */
export function bech32Checksum(hrp: string, data: number[]): string {
  const values = [...hrp].map(c => c.charCodeAt(0) >> 5).concat([0], [...hrp].map(c => c.charCodeAt(0) & 31), data, [0, 0, 0, 0, 0, 0]);
  const mod = bech32Polymod(values) ^ 1;
  let out = '';
  for (let i = 0; i < 6; i++) out += BECH32[(mod >>> (5 * (5 - i))) & 31];
  return out;
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Bytes of a base58 string (Bitcoin's alphabet), or undefined when a character is outside it. */
export function base58Decode(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (const ch of text) {
    let carry = BASE58.indexOf(ch);
    if (carry === -1) return undefined;
    for (let i = 0; i < bytes.length; i++) {
      carry += bytes[i] * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    for (; carry > 0; carry >>= 8) bytes.push(carry & 0xff);
  }
  // Each leading '1' stands for one zero byte.
  for (let i = 0; i < text.length && text[i] === '1'; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

/** Base58 text of bytes (used by tests to build format-valid fakes). */
export function base58Encode(bytes: Uint8Array): string {
  const digits: number[] = [];
  for (const byte of bytes) {
    let carry = byte;
    for (let i = 0; i < digits.length; i++) {
      carry += digits[i] << 8;
      digits[i] = carry % 58;
      carry = Math.floor(carry / 58);
    }
    for (; carry > 0; carry = Math.floor(carry / 58)) digits.push(carry % 58);
  }
  let out = '';
  for (let i = 0; i < bytes.length && bytes[i] === 0; i++) out += '1';
  for (let i = digits.length - 1; i >= 0; i--) out += BASE58[digits[i]];
  return out;
}

/** The four checksum bytes base58check appends: the start of SHA-256(SHA-256(payload)). */
export function base58CheckSum(payload: Uint8Array): Uint8Array {
  return sha256(sha256(payload)).slice(0, 4);
}

/** The payload of a base58check string (Bitcoin's WIF keys and addresses) whose checksum holds. */
export function base58CheckPayload(text: string): Uint8Array | undefined {
  const bytes = base58Decode(text);
  if (!bytes || bytes.length < 5) return undefined;
  const payload = bytes.slice(0, -4);
  const sum = base58CheckSum(payload);
  return sum.every((b, i) => b === bytes[bytes.length - 4 + i]) ? payload : undefined;
}

/** CRC-16/XMODEM (polynomial 0x1021, initial 0), as NATS nkeys check their encoded keys. */
export function crc16Xmodem(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding (upper case), or undefined for another character. */
export function base32Decode(text: string): Uint8Array | undefined {
  const out: number[] = [];
  let bits = 0, value = 0;
  for (const ch of text) {
    const v = BASE32.indexOf(ch);
    if (v === -1) return undefined;
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/**
 * A NATS nkey seed (`SU…`, `SA…`, `SO…`): base32 of two prefix bytes (the seed's, then the key
 * type's), the 32-byte Ed25519 seed and a CRC-16/XMODEM of those 34 bytes, little-endian.
 */
export function hasValidNkeySeedChecksum(seed: string): boolean {
  const bytes = base32Decode(seed);
  if (!bytes || bytes.length !== 36 || bytes[0] >> 3 !== 18) return false;
  const crc = crc16Xmodem(bytes.slice(0, 34));
  return bytes[34] === (crc & 0xff) && bytes[35] === crc >> 8;
}
