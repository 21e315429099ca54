import { decodeBase64, lineStartWithin } from '../text';
import { eachSecret, leadIn, mixesLettersAndDigits } from './define';
import { base58CheckPayload, base58Decode, hasValidBech32 } from '../checksums';
import { isBip39Phrase, isBip39Word, PHRASE_LENGTHS } from './bip39';
import type { RawMatch, Rule, RuleContext } from '../types';

const KIND_TITLES: Record<string, string> = {
  'RSA PRIVATE KEY': 'RSA private key', 'EC PRIVATE KEY': 'EC private key', 'DSA PRIVATE KEY': 'DSA private key',
  'OPENSSH PRIVATE KEY': 'OpenSSH private key', 'PRIVATE KEY': 'PKCS#8 private key',
  'ENCRYPTED PRIVATE KEY': 'Encrypted PKCS#8 private key', 'PGP PRIVATE KEY BLOCK': 'PGP private key block',
  'SSH2 ENCRYPTED PRIVATE KEY': 'SSH2 encrypted private key', 'OPENVPN STATIC KEY V1': 'OpenVPN static key',
};

/** The key material without armor, headers, escaped newlines or whitespace. */
function keyBody(block: string): string {
  return block
    // A margin before each line, taken off before escapes are read: Scala's `|` (stripMargin),
    // Zig's multiline `\\` (whose line may go on with an `n`: no `\n` escape).
    .replace(/^[ \t]*(?:\||\\\\)/gm, '')
    .replace(/-----(?:BEGIN|END)[^-]{1,40}-----/g, '')
    // Concatenated string literals (`"…\n" . "…"`, `'…' + '…'`) and line continuations (`\n\⏎`).
    .replace(/["'`][ \t]{0,4}[.+][ \t]{0,4}(?:\r?\n[ \t]{0,40})?["'`]/g, '')
    .replace(/\\\r?\n/g, '\n')
    // (Escaped twice where a JSON string is kept in another string: `\\n` in an SQL dump's JSON column.)
    .replace(/\\{1,3}[nr]/g, '\n')
    .split('\n')
    .filter(line => !/^[\s"',+]*[A-Za-z-]{2,30}:/.test(line)) // Proc-Type:, DEK-Info:, Version:, Comment:
    .join('')
    .replace(/[\s"',+]/g, '');
}

/** WIF version bytes (Bitcoin wiki; Litecoin's and Dogecoin's chainparams). */
const WIF_NETWORKS: Record<number, string> = { 0x80: 'bitcoin', 0xef: 'testnet', 0xb0: 'litecoin', 0x9e: 'dogecoin' };

/**
 * The network of a Wallet Import Format key, or undefined when it is none: base58check holds and
 * the payload is a version byte, 32 key bytes and, for a compressed key, the flag 0x01.
 */
function wifNetwork(value: string): string | undefined {
  const payload = base58CheckPayload(value);
  if (!payload || !(payload.length === 33 || (payload.length === 34 && payload[33] === 1))) return undefined;
  return WIF_NETWORKS[payload[0]];
}

function isEncrypted(kind: string, block: string, body: string): boolean {
  if (kind.includes('ENCRYPTED') || /Proc-Type:\s*4,ENCRYPTED/.test(block)) return true;
  if (kind === 'OPENSSH PRIVATE KEY') {
    // openssh-key-v1\0, then a length-prefixed cipher name: "none" means unencrypted.
    const head = decodeBase64(body.slice(0, 64)) ?? '';
    return head.startsWith('openssh-key-v1') && !head.slice(15, 40).includes('none');
  }
  return false;
}

/**
 * What a base64 DER blob is, read from its first bytes: a private key's structure opens with a
 * SEQUENCE and a version INTEGER (0 for PKCS#8 and PKCS#1, 1 for SEC1), then the algorithm
 * (PKCS#8), the modulus (PKCS#1) or the key octets (SEC1). Undefined for anything else
 * (certificates and public keys have no version there).
 */
export function derPrivateKeyKind(value: string): 'pkcs8' | 'pkcs1' | 'sec1' | 'pkcs12' | undefined {
  const head = decodeBase64(value.slice(0, 32));
  if (!head || head.charCodeAt(0) !== 0x30) return undefined;
  const lengthBytes = head.charCodeAt(1) < 0x80 ? 0 : head.charCodeAt(1) - 0x80;
  if (lengthBytes > 3) return undefined;
  const at = 2 + lengthBytes;
  const bytes = [...head.slice(at, at + 6)].map(c => c.charCodeAt(0));
  if (bytes[0] !== 0x02 || bytes[1] !== 0x01) return undefined;
  if (bytes[2] === 0x00 && bytes[3] === 0x30) return 'pkcs8';
  if (bytes[2] === 0x00 && bytes[3] === 0x02) return 'pkcs1';
  if (bytes[2] === 0x01 && bytes[3] === 0x04) return 'sec1';
  // PKCS#12 (RFC 7292): version 3, then the authenticated content's SEQUENCE.
  if (bytes[2] === 0x03 && bytes[3] === 0x30) return 'pkcs12';
  return undefined;
}

/** 64 numbers in a JSON or JS array: a keypair file, or the argument of `Keypair.fromSecretKey`. */
const SOLANA_SECRET_BYTES = /\[(?<secret>[ \t\r\n]{0,4}\d{1,3}(?:[ \t]{0,2},[ \t\r\n]{0,8}\d{1,3}){63})[ \t\r\n,]{0,4}\]/dg;

/**
 * The same 64 bytes as base58 text, decoded where the key is made: `Keypair.fromSecretKey(bs58.decode("…"))`,
 * Python's solders `Keypair.from_base58_string("…")`. (A transaction's signature is as long: it is never passed there.)
 */
const SOLANA_SECRET_BASE58 = /(?:fromSecretKey\([ \t]{0,4}(?:[\w.]{0,30}\.)?(?:bs58|base58)\.decode\(|from_base58_string\()[ \t]{0,4}["'`](?<secret>[1-9A-HJ-NP-Za-km-z]{86,90})["'`]/dg;

/** Exactly 64 byte values, varied as random bytes are (not a lookup table of small numbers). */
function isSecretKeyBytes(list: string): boolean {
  const bytes = list.split(',').map(n => Number(n.trim()));
  return bytes.length === 64 && bytes.every(b => b <= 255) && new Set(bytes).size >= 40 && bytes.some(b => b > 127);
}

/** A JWK's private member `d` (base64url), in JSON, JS objects or Python dicts. */
const JWK_PRIVATE_MEMBER = /(?<=[{,\s])["']d["'][ \t]{0,2}:[ \t]{0,2}["'](?<secret>[A-Za-z0-9_-]{20,1400})["']/dg;
/** The text before a match on its line opens a line comment. */
const IN_LINE_COMMENT = /^[ \t]*(?:\/\/|#|\*|--|;)/;
/** A symmetric JWK's key, `k`, in the object whose `kty` is `oct` (either order): an HMAC or AES key itself. */
const JWK_SYMMETRIC_KEY = [
  /["']kty["'][ \t]{0,2}:[ \t]{0,2}["']oct["'][^{}]{0,600}?["']k["'][ \t]{0,2}:[ \t]{0,2}["'](?<secret>[A-Za-z0-9_-]{16,1400})["']/dg,
  /(?<=[{,\s])["']k["'][ \t]{0,2}:[ \t]{0,2}["'](?<secret>[A-Za-z0-9_-]{16,1400})["'][^{}]{0,600}?["']kty["'][ \t]{0,2}:[ \t]{0,2}["']oct["']/dg,
];

/** 12 to 24 lower-case words after a mnemonic or seed-phrase name, quoted or not. */
const MNEMONIC = /(?:mnemonic|seed[_-]?phrase|recovery[_-]?phrase|secret[_-]?phrase|seed[_-]?words)["']?[ \t]{0,2}(?:[:=]|=>)[ \t]{0,2}(?:\{[ \t]{0,2}phrase[ \t]{0,2}:[ \t]{0,2})?["'`]?(?<secret>[a-z]{3,8}(?: [a-z]{3,8}){11,23})(?![ a-z])/dgi;

/**
 * A phrase of 12, 15, 18, 21 or 24 words (BIP-39's lengths) that is not a documented test
 * phrase: Hardhat's `test … junk` and the BIP's `abandon … about` repeat most of their words.
 */
function isRecoveryPhrase(phrase: string): boolean {
  const words = phrase.split(' ');
  return [12, 15, 18, 21, 24].includes(words.length) && new Set(words).size >= words.length - 2;
}

/** A run of 12 to 24 lower-case words (the longest a phrase can be), read for a BIP-39 phrase inside it. */
const WORD_RUN = /(?<![A-Za-z])[a-z]{3,8}(?: [a-z]{3,8}){11,23}(?![A-Za-z])/g;

/**
 * BIP-39 phrases anywhere in the window: 12 to 24 words of its list whose checksum holds (a
 * command's word before it, `echo`, is no part of one: each start and length is tried).
 */
function verifiedPhrases(window: string, windowStart: number): RawMatch[] {
  const out: RawMatch[] = [];
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(window); m; m = WORD_RUN.exec(window)) {
    const words = m[0].split(' ');
    if (words.filter(isBip39Word).length < 12) continue;
    found: for (let i = 0; i + 12 <= words.length; i++) {
      for (const n of PHRASE_LENGTHS) {
        const phrase = words.slice(i, i + n);
        // (A word list, as libraries bundle it, runs in alphabetical order: a phrase drawn at random does not.)
        if (phrase.length < n || !isRecoveryPhrase(phrase.join(' ')) || phrase.every((w, k) => k === 0 || phrase[k - 1] <= w) || !isBip39Phrase(phrase)) continue;
        const start = windowStart + m.index + words.slice(0, i).join(' ').length + (i ? 1 : 0);
        const value = phrase.join(' ');
        out.push({ start, end: start + value.length, value, reasons: ['its words are on BIP-39\'s list and its checksum holds'] });
        break found;
      }
    }
  }
  return out;
}

/** The value's place says wallet key: a constructor's argument, a deploy config's accounts, a wallet-key name. */
const WALLET_CALL = /(?:\bWallet|privateKeyToAccount|from_key|fromPrivateKey|HexToECDSA|SigningKey|privateKeyToAddress)\s{0,2}\(\s{0,2}(?:[\w.]{1,40}\s{0,2}[:=]\s{0,2})?["'`]$/;
/** Foundry's cheatcodes that take a private key (a uint256): `vm.startBroadcast(0x…)`, `vm.addr(uint256(0x…))`, `vm.rememberKey(…)`. */
const FOUNDRY_KEY_CALL = /\bvm\.(?:startBroadcast|broadcast|addr|rememberKey|sign)\(\s{0,2}(?:uint256\(\s{0,2})?$/;
const ACCOUNTS_LIST = /\baccounts\s{0,2}[:=]\s{0,2}\[\s{0,4}(?:["'`](?:0x)?[0-9a-fA-F]{64}["'`]\s{0,2},\s{0,4}){0,20}["'`]$/;
const WALLET_KEY_NAME = /(?:wallet|deployer|signer|eth|evm|owner|operator|relayer|funder|minter|account|keeper|bot|hot|treasury|payer|sender|executor|searcher|liquidator)[_-]?(?:private[_-]?)?(?:key|pk)(?:[_-]?hex)?["']?\s{0,2}[:=]{1,2}\s{0,2}["'`]?$/i;
/** `PRIVATE_KEY=0x…`: a bare private-key name counts with the 0x that web3 tooling writes. */
// (In prose too: `… with private key \`0x…\``, `the private key is 0x…`.)
const PRIVATE_KEY_NAME = /private[_ -]?key["']?(?:\s{0,2}[:=]{1,2}|[ \t]{1,2}(?:is[ \t]{1,2})?)\s{0,2}["'`]?$/i;

/** A network's `accounts: [NAME, …]` listing constants by name (Hardhat, Truffle). */
const ACCOUNTS_BY_NAME = /\baccounts\s{0,2}[:=]\s{0,2}\[\s{0,4}((?:[A-Za-z_$][\w$]{0,60}\s{0,2},\s{0,4}){0,7}[A-Za-z_$][\w$]{0,60})\s{0,4},?\s{0,4}\]/g;

/**
 * The keys a network's accounts list names (`const SEPOLIA_DEPLOYER = "0x…"` above, then
 * `accounts: [SEPOLIA_DEPLOYER]`): each constant's literal, where it is defined.
 */
function accountsListedByName(window: string, ctx: RuleContext): RawMatch[] {
  const out: RawMatch[] = [];
  ACCOUNTS_BY_NAME.lastIndex = 0;
  for (let m = ACCOUNTS_BY_NAME.exec(window); m; m = ACCOUNTS_BY_NAME.exec(window)) {
    for (const name of m[1].split(/\s{0,2},\s{0,4}/)) {
      const definition = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}\\s{0,2}(?::\\s{0,2}string\\s{0,2})?=\\s{0,2}(["'\`])(?<secret>0x[0-9a-fA-F]{64})\\1`).exec(ctx.text);
      if (!definition) continue;
      const start = definition.index + definition[0].lastIndexOf(definition.groups!.secret);
      out.push({ start, end: start + 66, value: definition.groups!.secret, reasons: [`a network's accounts list ${name}`] });
    }
  }
  return out;
}

function isWalletKeyPlace(text: string, start: number, value: string): boolean {
  const before = text.slice(Math.max(0, start - 1600), start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  if (WALLET_CALL.test(line) || WALLET_KEY_NAME.test(line.slice(-60)) || FOUNDRY_KEY_CALL.test(line)) return true;
  // (The call's arguments may take a line each: `new ethers.Wallet(⏎  "…",⏎  provider)`.)
  if (/^\s*["'`]$/.test(line) && WALLET_CALL.test(before.slice(-200).replace(/\s*\r?\n\s*/g, ''))) return true;
  if (value.startsWith('0x') && PRIVATE_KEY_NAME.test(line.slice(-40))) return true;
  // A Hardhat/Truffle network's `accounts: [` may open a line above (one key per line).
  return ACCOUNTS_LIST.test(before.replace(/\s*\r?\n\s*/g, ' ').slice(-1400));
}

export const privateKeyRules: Rule[] = [
  {
    id: 'private-key', provider: 'Private key', title: 'Private key',
    source: 'RFC 7468 (PEM armor) and OpenSSH PROTOCOL.key; PGP armor per RFC 4880',
    keywords: ['-----begin'],
    // (A block never holds another's BEGIN: `-----BEGIN RSA PRIVATE KEY-----⏎...⏎-----END …` too short to be one is
    // no start of a block that ends at the next key's END, swallowing the keys between.)
    pattern: /-----BEGIN (?<kind>(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |SSH2 ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?|OPENVPN Static key V1|OpenVPN Static key V1)-----(?:[^-]|-(?!----BEGIN )){64,16000}?-----END \k<kind>-----/,
    window: { before: 0, after: 20000 },
    skipPlaceholderCheck: true,
    validate: (value, _ctx, match) => {
      const kind = /-----BEGIN ([^-]+)-----/.exec(value)![1];
      const body = keyBody(value);
      // An Ed25519 PKCS#8 key is one 64-character line, some of it `+` (stripped with concatenation signs).
      if (body.length < 40 || !/^[A-Za-z0-9+/=]+$/.test(body)) return false; // "...", "<your key>", prose
      if (/(?:x{6}|\.{3}|A{16}|EXAMPLE|REDACTED)/i.test(body) && !/[a-z]/.test(body.replace(/x/g, ''))) return false;
      const title = KIND_TITLES[kind.toUpperCase()] ?? 'Private key';
      return isEncrypted(kind.toUpperCase(), value, body)
        ? { ...match, title, severity: 'warning', detail: 'passphrase-encrypted' }
        : { ...match, title };
    },
    confidence: 'provider', severity: 'error',
    envVar: 'PRIVATE_KEY',
    description: 'PEM/OpenSSH/PGP private key block (RSA, EC, DSA, Ed25519, PKCS#8). Encrypted keys are reported as warnings.',
  },
  {
    id: 'private-key-der', provider: 'Private key', title: 'Private key (base64 DER, no PEM armor)',
    source: 'RFC 5208/5958 (PKCS#8 PrivateKeyInfo), RFC 8017 (RSAPrivateKey), RFC 5915 (ECPrivateKey): DER structure checked by decoding',
    // The body of a PEM block pasted without its armor (`privateKey = "MIIEvQIBADAN…"`, Java and
    // .NET code, JWT signing settings). Certificates and public keys share the `MII…` start but
    // not the version field a private key opens with, so decoding tells them apart.
    // RSA keys open `MII…`; the EC and Ed25519 structures are fixed to their version field
    // (P-256/P-384 PKCS#8 and SEC1, Ed25519 PKCS#8), so `mig` alone (every `migrate`) is no keyword.
    keywords: ['mii', 'mighagea', 'mig2agea', 'migkageb', 'mhccaqee', 'mc4caqaw'],
    pattern: /(?<![A-Za-z0-9+/])(?<secret>M[A-Za-z0-9+/]{60,16000}={0,2})(?![A-Za-z0-9+/=])/,
    window: { before: 256, after: 16000, oneLine: true }, // a keystore runs to several thousand characters on one line
    // Inside armor (also one commented out line by line) the PEM rule decides about the whole block.
    validate: (value, ctx, m) => {
      const kind = derPrivateKeyKind(value);
      if (kind === undefined || /-----BEGIN [A-Z0-9 ]{0,40}-----(?:\\[nr]|[\s"'+,/#*;.\\|]|[A-Za-z-]{2,30}:[^\n]{0,80}\n)*$/.test(ctx.text.slice(Math.max(0, m.start - 200), m.start))) return false;
      // A PKCS#12 keystore (`.p12`/`.pfx` as base64: electron-builder's CSC_LINK, .NET settings) holds a
      // private key under a password, and its password is usually the next setting.
      return kind === 'pkcs12' ? { title: 'PKCS#12 keystore (base64)', severity: 'warning', detail: 'password-protected: check that its password is not beside it' } : true;
    },
    skipPlaceholderCheck: true,
    confidence: 'verified-format', severity: 'error',
    envVar: 'PRIVATE_KEY',
    description: 'A private key as bare base64 DER (PKCS#8, PKCS#1 RSA or SEC1 EC), the body of a PEM block without its armor: whoever has it signs or decrypts as its owner.',
  },
  {
    id: 'private-key-base64-pem', provider: 'Private key', title: 'Private key (base64-encoded PEM)',
    source: 'RFC 7468 (PEM armor) base64-encoded once more (RFC 4648): how env vars and CI secrets carry a key on one line',
    // `LS0tLS1CRUdJTiB` is base64 of `-----BEGIN `; decoding tells a private key from a certificate.
    keywords: ['ls0tls1crudjtib'],
    pattern: /(?<![A-Za-z0-9+/])(?<secret>LS0tLS1CRUdJTiB[A-Za-z0-9+/]{40,30000}={0,2})(?![A-Za-z0-9+/=])/,
    validate: (value, ctx, match) => {
      // A kubeconfig's client-key-data has its own rule, which names the file's purpose.
      if (/client-key-data:[ \t]{0,4}["']?$/.test(ctx.text.slice(Math.max(0, match.start - 40), match.start))) return false;
      const pem = decodeBase64(value) ?? '';
      const kind = /^-----BEGIN ([A-Z0-9 ]{1,40})-----/.exec(pem)?.[1];
      if (!kind || !kind.includes('PRIVATE KEY')) return false;
      const body = keyBody(pem);
      if (body.length < 64 || !/^[A-Za-z0-9+/=]+$/.test(body)) return false;
      const title = `${KIND_TITLES[kind] ?? 'Private key'} (base64-encoded PEM)`;
      return isEncrypted(kind, pem, body) ? { title, severity: 'warning', detail: 'passphrase-encrypted' } : { title };
    },
    skipPlaceholderCheck: true,
    confidence: 'verified-format', severity: 'error',
    envVar: 'PRIVATE_KEY_BASE64',
    description: 'A PEM private key base64-encoded once more (one line in an env var, a CI variable, a Helm value), decoded to check it is a private key and not a certificate.',
  },
  {
    id: 'java-keystore-base64', provider: 'Private key', title: 'Java keystore (base64)',
    source: 'JDK keytool formats: JKS opens with the magic 0xFEEDFEED, JCEKS with 0xCECECECE (base64 `/u3+7Q`, `zs7Ozg`)',
    // Android release builds in CI carry the upload keystore as a base64 variable.
    keywords: ['/u3+7q', 'zs7ozg'],
    pattern: /(?<![A-Za-z0-9+/])(?<secret>(?:\/u3\+7Q|zs7Ozg)AAAA[A-Za-z0-9+/]{200,60000}={0,2})(?![A-Za-z0-9+/=])/,
    skipPlaceholderCheck: true,
    confidence: 'verified-format', severity: 'warning',
    envVar: 'KEYSTORE_BASE64',
    description: 'A JKS or JCEKS keystore as base64 (an Android signing keystore in a CI variable): its private keys are behind the store password, which usually sits beside it.',
  },
  {
    id: 'minisign-secret-key', provider: 'Private key', title: 'minisign / signify secret key',
    source: 'minisign and OpenBSD signify key formats: base64 of "Ed", the KDF ("\\0\\0" none, "Sc" scrypt; signify "BK" with its rounds), then the key',
    keywords: ['untrusted comment'], // both tools' key files open with it
    pattern: /untrusted comment: [^\r\n]{0,80}secret key\r?\n(?<secret>RW[A-Za-z0-9+/]{80,300}={0,2})/,
    window: { before: 0, after: 400, wholeLines: true },
    validate: value => {
      const bytes = decodeBase64(value) ?? '';
      if (!bytes.startsWith('Ed')) return false;
      const kdf = bytes.slice(2, 4);
      // signify: "BK" then the bcrypt rounds (0: no passphrase); minisign: "\0\0" none, "Sc" scrypt.
      const unencrypted = kdf === '\0\0' || (kdf === 'BK' && bytes.slice(4, 8) === '\0\0\0\0');
      return unencrypted ? true : { severity: 'warning', detail: 'passphrase-encrypted' };
    },
    skipPlaceholderCheck: true,
    confidence: 'verified-format', severity: 'error',
    envVar: 'SIGNING_SECRET_KEY',
    description: 'A minisign or signify secret key file (release signing): whoever has an unencrypted one signs releases as the project.',
  },
  {
    id: 'solana-keypair', provider: 'Private key', title: 'Solana keypair (secret key bytes)',
    source: 'Solana CLI keypair files (a JSON array of the 64-byte secret key, id.json) and @solana/web3.js Keypair.fromSecretKey',
    keywords: ['msecretkey', 'base58_string'], // `fromSecretKey`, keyed on its rare middle (every `from` would open a window)
    window: { before: 0, after: 1200, wholeLines: true }, // the array follows on the next lines
    // (Or any JSON file in a keys folder, or named for the role the key signs as: `keys/deployer.json`, `payer.json`.)
    paths: /(?:^|\/)(?:id|[\w.-]{0,40}keypair[\w.-]{0,40}|[\w.-]{0,40}wallet|[\w.-]{0,20}(?:deployer|authority|payer|signer|admin|treasury))\.json$|(?:^|\/)(?:keys|keypairs|wallets)\/[\w.-]{1,60}\.json$/i,
    find: (window, start) => [...eachSecret(SOLANA_SECRET_BYTES, window, start, value => (isSecretKeyBytes(value) ? {} : undefined)),
      ...eachSecret(SOLANA_SECRET_BASE58, window, start, value => (base58Decode(value)?.length === 64 ? {} : undefined))],
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'SOLANA_KEYPAIR',
    description: 'A Solana secret key as its 64 bytes (a CLI keypair file, Keypair.fromSecretKey([...])): whoever has it moves the account\'s funds.',
  },
  {
    id: 'jwk-private-key', provider: 'Private key', title: 'Private JSON Web Key',
    source: 'RFC 7517 (JSON Web Key) and RFC 7518 section 6 (private members: d for EC, OKP and RSA keys; k of symmetric "oct" keys)',
    // A JWK is private when it has `d`; public JWKs (and JWKS endpoints' documents) have only x/y/n/e.
    keywords: ['"kty"', "'kty'"],
    window: { before: 2000, after: 4000, wholeLines: true },
    // A symmetric key in a comment is an example of a format (a doc comment showing a token's decoded JSON).
    find: (window, start) => [JWK_PRIVATE_MEMBER, ...JWK_SYMMETRIC_KEY].flatMap(re => eachSecret(re, window, start, (value, m) =>
      (mixesLettersAndDigits(value) && (re === JWK_PRIVATE_MEMBER || !IN_LINE_COMMENT.test(window.slice(lineStartWithin(window, m.index, 400), m.index))) ? {} : undefined))),
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'JWK_PRIVATE_KEY',
    description: 'A JSON Web Key with its private member `d` (RSA, EC or OKP/Ed25519), or a symmetric one (`"kty": "oct"`) with its key `k`: signs tokens as the key\'s owner. A JWKS meant for publishing must carry public members only.',
  },
  {
    id: 'wallet-recovery-phrase', provider: 'Private key', title: 'Wallet recovery phrase (BIP-39 mnemonic)',
    source: 'BIP-39 (12 to 24 words from a fixed list derive every key of a wallet); Hardhat and Truffle accounts.mnemonic',
    // Keyed past common first letters (`seed`, `reco`, `secr` open many windows).
    // A phrase whose BIP-39 checksum holds needs no name: near words that speak of one (`seed phrase`,
    // `--recover`, Substrate's `--suri`, a keyring), or in a file that holds one (Truffle's `.secret`).
    keywords: ['mnemonic', 'eed_phrase', 'eedphrase', 'eed-phrase', 'ecovery_phrase', 'ret_phrase', 'eed_words',
      'phrase', '--recover', 'recover ', 'suri', 'keyring', 'hdwallet', 'bip39', 'bip-39'],
    // (solana-keygen prints the phrase on the line after its words; an `echo` sets it before `--recover`.)
    window: { before: 300, after: 400, wholeLines: true },
    paths: /(?:^|\/)(?:\.secret|\.mnemonic|mnemonic(?:\.txt)?|seed(?:[-_]?phrase)?\.txt|recovery[-_]?phrase\.txt)$/i,
    find: (window, start) => {
      const named = eachSecret(MNEMONIC, window, start, value => (isRecoveryPhrase(value) ? {} : undefined));
      const taken = new Set(named.map(m => m.start));
      return [...named, ...verifiedPhrases(window, start).filter(m => !taken.has(m.start))];
    },
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'WALLET_MNEMONIC',
    description: 'A BIP-39 recovery phrase (12 to 24 words) under a mnemonic or seed-phrase name: it derives every account of the wallet. Move the funds; a phrase cannot be revoked.',
  },
  {
    id: 'bitcoin-wif-private-key', provider: 'Private key', title: 'Bitcoin (or Litecoin, Dogecoin) private key in WIF',
    source: 'Bitcoin wiki "Wallet import format" (version byte, 32-byte key, optional 0x01 compression flag, base58check); Litecoin and Dogecoin chainparams for their version bytes',
    keywords: ['wif', 'privkey', 'privatekey', 'private_key', 'private-key', 'private key', 'btc', 'bitcoin', 'p2wpkh', 'p2pkh'],
    pattern: /(?<![A-Za-z0-9])(?<secret>[5KL9c6TQ][1-9A-HJ-NP-Za-km-z]{50,51})(?![A-Za-z0-9])/,
    validate: value => {
      const network = wifNetwork(value);
      if (!network) return false;
      return network === 'testnet' ? { severity: 'warning', detail: 'a testnet key' } : true;
    },
    skipPlaceholderCheck: true,
    confidence: 'verified-format', severity: 'error',
    envVar: 'BTC_PRIVATE_KEY',
    description: 'A wallet private key in Wallet Import Format (base58check verified): it spends every coin of its address. Move the funds; a key cannot be revoked.',
  },
  {
    id: 'bip32-extended-private-key', provider: 'Private key', title: 'HD wallet extended private key (BIP-32 xprv)',
    source: 'BIP-32 (serialization format: 78 bytes, base58check; xprv/tprv version bytes) and SLIP-132 (yprv/zprv/uprv/vprv and the multisig Yprv/Zprv/Uprv/Vprv)',
    // (`prv` after the network's letter: one 3-character keyword, cheaper to gate than six.)
    keywords: ['prv'],
    pattern: /(?<![A-Za-z0-9])(?<secret>[xtyzuvYZUV]prv[1-9A-HJ-NP-Za-km-z]{100,112})(?![A-Za-z0-9])/,
    validate: value => {
      const payload = base58CheckPayload(value);
      // A private key's 33 bytes open with a zero: the last 33 of the 78.
      if (!payload || payload.length !== 78 || payload[45] !== 0) return false;
      return /^[tuvUV]/.test(value) ? { severity: 'warning', detail: 'a testnet key' } : true;
    },
    skipPlaceholderCheck: true,
    confidence: 'verified-format', severity: 'error',
    envVar: 'WALLET_XPRV', rotateUrl: 'https://bitcoin.org/en/secure-your-wallet',
    description: 'A BIP-32 extended private key (xprv, or SLIP-132\'s yprv/zprv; base58check verified): it derives every key below it in the wallet, so it spends all of their coins. Move the funds; a key cannot be revoked.',
  },
  {
    id: 'engine-api-jwt-secret', provider: 'Ethereum', title: 'Ethereum Engine API JWT secret',
    source: 'Ethereum execution-apis, "Engine API – Authentication" (a 32-byte secret in a hex file, shared by the execution and the consensus client: geth --authrpc.jwtsecret)',
    keywords: [],
    paths: /(?:^|\/)(?:jwt(?:[-_.]?secret)?\.hex|jwtsecret(?:\.hex|\.txt)?|jwt[-_]secret\.txt)$/i,
    pattern: /^\s{0,4}(?<secret>(?:0x)?[0-9a-fA-F]{64})\s{0,4}$/,
    validate: value => mixesLettersAndDigits(value.replace(/^0x/, '')),
    confidence: 'provider', severity: 'warning',
    envVar: 'ENGINE_JWT_SECRET', rotateUrl: 'https://geth.ethereum.org/docs/getting-started/consensus-clients',
    description: 'The JWT secret an Ethereum node\'s execution and consensus clients share (jwt.hex): whoever has it drives the execution client\'s Engine API, if that port is reachable. Generate a new one for both clients.',
  },
  {
    id: 'nostr-private-key', provider: 'Private key', title: 'Nostr private key (nsec)',
    source: 'NIP-19 (bech32-encoded keys: nsec for private keys), checksum checked (BIP-173)',
    keywords: ['nsec1'],
    pattern: /(?<![A-Za-z0-9])(?<secret>nsec1[02-9ac-hj-np-z]{58})(?![A-Za-z0-9])/,
    validate: value => hasValidBech32(value),
    skipPlaceholderCheck: true,
    confidence: 'verified-format', severity: 'error',
    envVar: 'NOSTR_NSEC',
    description: 'A Nostr private key (nsec1…, bech32 checksum verified): whoever has it posts as the identity, for good.',
  },
  {
    id: 'ethereum-private-key', provider: 'Ethereum', title: 'Ethereum (EVM) wallet private key',
    source: 'ethereum.org accounts docs (a private key is 64 hex characters, 32 bytes); wallet constructors of ethers, web3.js, viem, web3.py, go-ethereum; Foundry cheatcodes (vm.startBroadcast, vm.addr, vm.rememberKey, vm.sign take a private key)',
    // 64 hex is also every transaction hash and storage slot: only a wallet's place counts, as
    // the argument of a constructor that takes a private key, in a Hardhat/Truffle `accounts`
    // list, or under a wallet-key name.
    keywords: ['wallet(', 'privatekeytoaccount', 'from_key', 'fromprivatekey', 'hextoecdsa', 'signingkey(', 'accounts:', 'accounts =',
      'private_key', 'privatekey', 'private-key', 'private key ',
      // A role's key by name (`BASE_DEPLOYER_PK=`, Solidity's `KEEPER_KEY = 0x…`, Go's `relayerKeyHex`).
      'deployer_pk', 'deployer_key', 'deployerkey', 'keeper_key', 'keeperkey', 'relayer_key', 'relayerkey', 'signer_key', 'signerkey',
      'wallet_key', 'walletkey', 'owner_key', 'ownerkey', 'operator_key', 'bot_key', 'hot_key', 'treasury_key', '_pk=', '_pk =', '_pk:', 'keyhex', 'key_hex',
      // Foundry's scripts and tests pass the key to a cheatcode.
      'startbroadcast(', 'vm.broadcast(', 'vm.addr(', 'rememberkey(', 'vm.sign('],
    pattern: /(?<![0-9A-Za-z_])(?<secret>(?:0x)?[0-9a-fA-F]{64})(?![0-9A-Za-z_])/,
    find: (window, _start, ctx) => accountsListedByName(window, ctx),
    window: { before: 200, after: 1500, wholeLines: true }, // an accounts list runs over lines
    validate: (value, ctx, m) => {
      if (!mixesLettersAndDigits(value.replace(/^0x/, '')) || !(m.reasons || isWalletKeyPlace(ctx.text, m.start, value))) return false;
      // Library docs show keys in their usage examples (`@example`, `// const wallet = …`).
      return /^[ \t]*(?:\*|\/\/|#)/.test(leadIn(ctx.text, m.start, 400)) ? { severity: 'info', detail: 'in a comment: a documentation example?' } : true;
    },
    confidence: 'provider', severity: 'error',
    envVar: 'PRIVATE_KEY', rotateUrl: 'https://ethereum.org/en/security/',
    description: 'An Ethereum/EVM account private key (64 hex): whoever has it signs transactions as the account and drains its funds, on every EVM chain at once. Move the funds to a new wallet; a key cannot be revoked.',
  },
];
