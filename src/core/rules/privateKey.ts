import { decodeBase64 } from '../text';
import type { Rule } from '../types';

const KIND_TITLES: Record<string, string> = {
  'RSA PRIVATE KEY': 'RSA private key', 'EC PRIVATE KEY': 'EC private key', 'DSA PRIVATE KEY': 'DSA private key',
  'OPENSSH PRIVATE KEY': 'OpenSSH private key', 'PRIVATE KEY': 'PKCS#8 private key',
  'ENCRYPTED PRIVATE KEY': 'Encrypted PKCS#8 private key', 'PGP PRIVATE KEY BLOCK': 'PGP private key block',
  'SSH2 ENCRYPTED PRIVATE KEY': 'SSH2 encrypted private key', 'OPENVPN STATIC KEY V1': 'OpenVPN static key',
};

/** The key material without armor, headers, escaped newlines or whitespace. */
function keyBody(block: string): string {
  return block
    .replace(/-----(?:BEGIN|END)[^-]{1,40}-----/g, '')
    .replace(/\\[nr]/g, '\n')
    .split('\n')
    .filter(line => !/^[\s"',+]*[A-Za-z-]{2,30}:/.test(line)) // Proc-Type:, DEK-Info:, Version:, Comment:
    .join('')
    .replace(/[\s"',+]/g, '');
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

export const privateKeyRules: Rule[] = [
  {
    id: 'private-key', provider: 'Private key', title: 'Private key',
    source: 'RFC 7468 (PEM armor) and OpenSSH PROTOCOL.key; PGP armor per RFC 4880',
    keywords: ['-----begin'],
    pattern: /-----BEGIN (?<kind>(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |SSH2 ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?|OPENVPN Static key V1)-----[\s\S]{64,16000}?-----END \k<kind>-----/,
    window: { before: 0, after: 20000 },
    skipPlaceholderCheck: true,
    validate: (value, _ctx, match) => {
      const kind = /-----BEGIN ([^-]+)-----/.exec(value)![1];
      const body = keyBody(value);
      if (body.length < 64 || !/^[A-Za-z0-9+/=]+$/.test(body)) return false; // "...", "<your key>", prose
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
];
