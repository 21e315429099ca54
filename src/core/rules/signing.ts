import { isSequential } from '../filters';
import { shannonEntropy } from '../text';
import { eachSecret } from './define';
import { isLiteralPassword } from './httpAuth';
import type { Rule } from '../types';

/**
 * Signing secrets passed straight to the call that signs or verifies with them: whoever reads
 * the literal mints tokens (JWTs, webhook signatures, session cookies) the service trusts.
 * The argument's place says what it is, whatever the variable around it is called.
 */

/** A call argument before the secret: a literal, a name or member chain, a flat object literal, or a call (`OpenSSL::Digest.new('sha256')`). */
const ARG = String.raw`(?:"[^"\n]{0,100}"|'[^'\n]{0,100}'|[\w.$\[\]]{1,100}|\{[^{}\n]{0,200}\}|[\w.:$]{1,80}\([^()\n]{0,80}\))`;
/** The secret itself, a string literal (a Python bytes literal `b"…"` too). */
const KEY = String.raw`[bB]?(?<q>["'\`])(?<secret>(?:[^"'\`\\\n]|\\.){1,300})\k<q>`;
const GAP = String.raw`\s{0,3}`;

const SIGNING_CALLS = [
  // jsonwebtoken's jwt.sign/verify(payload, key), PyJWT's jwt.encode/decode(payload, key),
  // ruby-jwt's JWT.encode and php-jwt's JWT::encode(payload, key, alg).
  new RegExp(String.raw`\b(?:jwt|JWT)(?:\.|::)(?:sign|verify|encode|decode)${GAP}\(${GAP}${ARG}${GAP},${GAP}${KEY}${GAP}[,)]`, 'dg'),
  // Node's crypto.createHmac(alg, key) and Python's hmac.new(key, …) / hmac.digest(key, …).
  new RegExp(String.raw`\bcreateHmac${GAP}\(${GAP}${ARG}${GAP},${GAP}${KEY}${GAP}[,)]`, 'dg'),
  new RegExp(String.raw`\bhmac\.(?:new|digest)${GAP}\(${GAP}(?:key${GAP}=${GAP})?${KEY}(?:\.encode\([^()\n]{0,20}\))?${GAP}[,)]`, 'dg'),
  // Go: golang-jwt's token.SignedString([]byte(key)) and hmac.New(sha256.New, []byte(key)).
  new RegExp(String.raw`\b(?:SignedString|hmac\.New${GAP}\(${GAP}[\w.]{1,40}${GAP},)${GAP}\(?${GAP}\[\]byte${GAP}\(${GAP}${KEY}${GAP}\)`, 'dg'),
  // Java: jjwt's Keys.hmacShaKeyFor(key.getBytes()), java-jwt's Algorithm.HMAC256(key), new SecretKeySpec(key.getBytes(), alg).
  new RegExp(String.raw`\b(?:hmacShaKeyFor|Algorithm\.HMAC(?:256|384|512)|new\s{1,3}SecretKeySpec)${GAP}\(${GAP}${KEY}`, 'dg'),
  // Ruby: OpenSSL::HMAC.hexdigest(digest, key, data), .digest, .base64digest.
  new RegExp(String.raw`\bOpenSSL::HMAC\.(?:hexdigest|digest|base64digest)${GAP}\(${GAP}${ARG}${GAP},${GAP}${KEY}${GAP}[,)]`, 'dg'),
  // .NET: new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)).
  new RegExp(String.raw`\bSymmetricSecurityKey${GAP}\(${GAP}Encoding\.\w{1,10}\.GetBytes${GAP}\(${GAP}${KEY}`, 'dg'),
  // jjwt before 0.10: Jwts.builder().signWith(SignatureAlgorithm.HS256, key), Jwts.parser().setSigningKey(key).
  new RegExp(String.raw`\bsignWith${GAP}\(${GAP}SignatureAlgorithm\.\w{2,10}${GAP},${GAP}${KEY}`, 'dg'),
  new RegExp(String.raw`\bsetSigningKey${GAP}\(${GAP}${KEY}`, 'dg'),
  // Express's cookie-parser signs cookies with its first argument: cookieParser(secret).
  new RegExp(String.raw`\bcookieParser${GAP}\(${GAP}${KEY}${GAP}[,)]`, 'dg'),
];

/**
 * Encryption keys passed straight to the cipher: whoever reads the literal decrypts what the
 * service encrypted (sessions, stored tokens, backups). Node's createCipheriv(alg, key, iv),
 * pycryptodome's AES.new(key, mode), cryptography's Fernet(key), AESGCM(key) and
 * ChaCha20Poly1305(key), Go's aes.NewCipher([]byte(key)), PHP's openssl_encrypt(data, alg, key).
 */
const WRAPPED_KEY = String.raw`(?:Buffer\.from${GAP}\(${GAP}|\[\]byte${GAP}\(${GAP})?${KEY}`;
const ENCRYPTION_CALLS = [
  new RegExp(String.raw`\bcreate(?:Cipheriv|Decipheriv)${GAP}\(${GAP}${ARG}${GAP},${GAP}${WRAPPED_KEY}`, 'dg'),
  new RegExp(String.raw`\b(?:AES|DES3|ChaCha20|Salsa20|Blowfish)\.new${GAP}\(${GAP}(?:key${GAP}=${GAP})?${KEY}`, 'dg'),
  new RegExp(String.raw`\b(?:Fernet|AESGCM|AESCCM|AESSIV|ChaCha20Poly1305|MultiFernet)${GAP}\(${GAP}${KEY}`, 'dg'),
  new RegExp(String.raw`\b(?:aes|des)\.New(?:Triple)?(?:DES)?Cipher${GAP}\(${GAP}\[\]byte${GAP}\(${GAP}${KEY}`, 'dg'),
  new RegExp(String.raw`\bopenssl_(?:en|de)crypt${GAP}\(${GAP}${ARG}${GAP},${GAP}${ARG}${GAP},${GAP}${KEY}`, 'dg'),
  // SQL's: MySQL's AES_ENCRYPT(str, key_str), pgcrypto's pgp_sym_encrypt(data, psw) and encrypt(data, key, type);
  // a query's literal key (a slow-query log, a migration) is the key, hashed into one or not (`UNHEX(SHA2('…', 256))`).
  new RegExp(String.raw`\b(?:AES_(?:EN|DE)CRYPT|aes_(?:en|de)crypt|pgp_sym_(?:en|de)crypt(?:_bytea)?|PGP_SYM_(?:EN|DE)CRYPT)${GAP}\(${GAP}${ARG}${GAP},${GAP}(?:(?:UNHEX|unhex|SHA2|sha2|SHA1|sha1|MD5|md5)${GAP}\(${GAP}){0,2}${KEY}`, 'dg'),
];

/** A literal that could be a key: a literal password (no stand-in, template or variable), Ruby's `#{…}` aside, random enough. */
function isLiteralKey(value: string): boolean {
  if (value.length < 8 || !isLiteralPassword(value) || value.includes('#{')) return false;
  return shannonEntropy(value) >= 3 && !/^(?:your|my|some|change|replace|insert|put|enter)[-_ ]/i.test(value) && !isSequential(value);
}

export const signingRules: Rule[] = [
  {
    id: 'signing-secret-argument', provider: 'Generic', title: 'Hardcoded signing secret',
    source: 'API references: jsonwebtoken jwt.sign/verify, PyJWT jwt.encode/decode, ruby-jwt JWT.encode, php-jwt JWT::encode, Node crypto.createHmac, Python hmac.new/digest, golang-jwt SignedString, Go crypto/hmac New, jjwt Keys.hmacShaKeyFor, java-jwt Algorithm.HMAC256, javax.crypto SecretKeySpec, .NET SymmetricSecurityKey, jjwt signWith/setSigningKey (before 0.10), Express cookie-parser',
    keywords: ['jwt.sign', 'jwt.verify', 'jwt.encode', 'jwt.decode', 'jwt::encode', 'jwt::decode', 'createhmac', 'hmac.new', 'hmac.digest',
      'signedstring', 'hmacshakeyfor', 'algorithm.hmac', 'secretkeyspec', 'symmetricsecuritykey', 'hmac.hexdigest', 'hmac.base64digest',
      'gnwith(', 'tsigningkey(', 'okieparser('],
    find: (window, start) => SIGNING_CALLS.flatMap(re => eachSecret(re, window, start)),
    validate: isLiteralKey,
    confidence: 'generic', severity: 'warning',
    envVar: 'SIGNING_SECRET',
    description: 'A literal key passed to the call that signs or verifies with it: JWT sign/verify/encode/decode, HMAC constructors, signing-key constructors (Node, Python, Ruby, PHP, Go, Java, .NET). Whoever reads it can mint tokens the service trusts.',
  },
  {
    id: 'encryption-key-argument', provider: 'Generic', title: 'Hardcoded encryption key',
    source: 'API references: Node crypto.createCipheriv/createDecipheriv, pycryptodome AES.new, cryptography Fernet/AESGCM/ChaCha20Poly1305, Go crypto/aes NewCipher, PHP openssl_encrypt/openssl_decrypt, MySQL AES_ENCRYPT/AES_DECRYPT, PostgreSQL pgcrypto pgp_sym_encrypt/pgp_sym_decrypt',
    // Rare first letters (the prefilter's cost): `ecipheriv` finds createCipheriv and createDecipheriv.
    keywords: ['ecipheriv', 'aes.new', 'des3.new', 'chacha20.new', 'fernet(', 'aesgcm(', 'aesccm(', 'aessiv(', 'poly1305(',
      'wcipher(', 'escipher(', 'ssl_encrypt', 'ssl_decrypt', 'aes_encrypt', 'aes_decrypt', 'sym_encrypt', 'sym_decrypt'],
    find: (window, start) => ENCRYPTION_CALLS.flatMap(re => eachSecret(re, window, start)),
    validate: isLiteralKey,
    confidence: 'generic', severity: 'warning',
    envVar: 'ENCRYPTION_KEY',
    description: 'A literal key passed to the cipher that encrypts or decrypts with it (Node createCipheriv, pycryptodome AES.new, cryptography Fernet/AESGCM, Go aes.NewCipher, PHP openssl_encrypt, MySQL AES_ENCRYPT, pgcrypto pgp_sym_encrypt). Whoever reads it decrypts what the service encrypted.',
  },
];
