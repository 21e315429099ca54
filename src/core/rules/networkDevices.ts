/**
 * Secrets in network devices' configurations and backups: routers, switches, firewalls and access
 * points, in their own CLI grammars (Cisco IOS, NX-OS and ASA, Arista EOS, HPE ProCurve and
 * Aruba AOS-CX, Junos `set` and hierarchical, EdgeOS and VyOS, FortiOS, MikroTik RouterOS,
 * Ubiquiti AirOS) and XML exports (pfSense, OPNsense, PAN-OS). Each grammar's syntax comes from
 * its vendor's command reference (`source`). Cisco IOS running-configs have their own rule
 * (systemFiles.ts: `cisco-ios-password`); this one reads the directives that rule does not, in any
 * of these configurations, and the small files VPN and Wi-Fi daemons read.
 */

import { decodeBase64 } from '../text';
import { eachSecret, isDummyPassword, loneSecretFile, passwordsIn } from './define';
import type { RawMatch, Rule } from '../types';

/** SNMP v1/v2c's well-known default communities: open, but no secret. */
const DEFAULT_COMMUNITY = /^(?:public|private)$/i;

/** A value written in a device's CLI: quoted or one word. */
const WORD = String.raw`"?(?<secret>[^\s"{};]{3,200})"?`;

/**
 * Line grammars, each a directive and its secret, with what the value is. One table: adding a
 * vendor's directive is one row. `context`, when given, must occur in the text before the value.
 */
interface Directive { pattern: RegExp; title: string; detail?: string; community?: boolean; context?: RegExp }

const DIRECTIVES: Directive[] = [
  // Cisco IOS, NX-OS, ASA, Arista, ProCurve: `snmp-server community <c> [RO|group …]`, and the community a trap host is sent.
  { pattern: new RegExp(String.raw`^[ \t]{0,40}snmp-server[ \t]{1,4}community[ \t]{1,4}${WORD}`, 'dgm'), title: 'SNMP community string', community: true },
  { pattern: new RegExp(String.raw`^[ \t]{0,40}snmp-server[ \t]{1,4}host[ \t][^\r\n]{0,120}?(?:[ \t]community|[ \t]version[ \t]{1,4}(?:1|2c))[ \t]{1,4}${WORD}`, 'dgm'), title: 'SNMP community string', community: true },
  // TACACS+ and RADIUS keys: IOS/NX-OS `key [0|7] …`, AOS-CX `key plaintext|ciphertext …`, ProCurve `key "…"`.
  {
    pattern: new RegExp(String.raw`^[ \t]{0,40}(?:tacacs|radius)-server[ \t]{1,4}(?:host[ \t]{1,4}\S{1,100}[ \t]{1,4}(?:[^\r\n]{0,80}?[ \t])?)?key[ \t]{1,4}(?:(?<kind>0|7|plaintext|ciphertext)[ \t]{1,4})?${WORD}`, 'dgm'),
    title: 'TACACS+ or RADIUS shared key',
  },
  { pattern: new RegExp(String.raw`^[ \t]{0,40}vtp[ \t]{1,4}password[ \t]{1,4}${WORD}`, 'dgm'), title: 'VTP domain password' },
  // NX-OS type 3: 3DES under a key every switch shares; Arista's type 7: base64 under a key derived from the peer's name.
  { pattern: /\bpassword[ \t]{1,4}3[ \t]{1,4}(?<secret>[0-9A-Fa-f]{16,256})[ \t]{0,40}\r?$/dgm, title: 'BGP or OSPF password', detail: 'NX-OS type 3: encrypted with a key every NX-OS device shares, so reversible' },
  { pattern: /\bpassword[ \t]{1,4}7[ \t]{1,4}(?<secret>(?=[0-9A-Fa-f]{0,199}[G-Zg-z+/=])[A-Za-z0-9+/]{8,200}={0,2})[ \t]{0,40}\r?$/dgm, title: 'BGP or OSPF password', detail: 'Arista type 7: encrypted with a key derived from the peer group\'s name, so reversible' },
  // ProCurve: `password manager|operator [user-name "…"] plaintext "…"`.
  { pattern: new RegExp(String.raw`^[ \t]{0,40}password[ \t]{1,4}(?:manager|operator)[ \t]{1,4}(?:user-name[ \t]{1,4}"?[^\s"]{1,64}"?[ \t]{1,4})?plaintext[ \t]{1,4}${WORD}`, 'dgm'), title: 'Switch administrator password' },
  // Junos `set` commands: a login's plain text (Junos stores it hashed once committed), an SNMP community.
  { pattern: new RegExp(String.raw`\bplain-text-password-value[ \t]{1,4}${WORD}`, 'dg'), title: 'Junos login password' },
  { pattern: new RegExp(String.raw`^[ \t]{0,40}set[ \t]{1,4}snmp[ \t]{1,4}community[ \t]{1,4}${WORD}`, 'dgm'), title: 'SNMP community string', community: true },
  // Junos, EdgeOS and VyOS hierarchies: `snmp { community <c> { … } }`.
  { pattern: /^[ \t]{0,40}community[ \t]{1,4}"?(?<secret>[^\s"{};]{3,64})"?[ \t]{1,4}\{/dgm, title: 'SNMP community string', community: true, context: /\bsnmp[ \t]{0,4}\{/ },
  // EdgeOS and VyOS: IPsec pre-shared secrets, WireGuard keys (base64 of 32 bytes; a path is a file's), a PSK block's secret, L2TP users.
  { pattern: new RegExp(String.raw`^[ \t]{0,40}pre-shared-secret[ \t]{1,4}${WORD}`, 'dgm'), title: 'IPsec pre-shared key' },
  { pattern: /^[ \t]{0,40}(?:preshared-key|private-key)[ \t]{1,4}"?(?<secret>[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)"?[ \t]{0,40}\r?$/dgm, title: 'WireGuard key' },
  { pattern: new RegExp(String.raw`\bpsk[ \t]{1,4}\S{1,64}[ \t]{0,4}\{[^{}]{0,300}?\bsecret[ \t]{1,4}${WORD}`, 'dg'), title: 'IPsec pre-shared key' },
  { pattern: new RegExp(String.raw`\blocal-users[ \t]{0,4}\{\s{0,40}username[ \t]{1,4}\S{1,64}[ \t]{0,4}\{\s{0,40}password[ \t]{1,4}${WORD}`, 'dg'), title: 'VPN user password' },
  // FortiOS in clear (a CLI script; a backup holds `ENC …`, see fortios-encrypted-secret), and its SNMP community's name.
  { pattern: new RegExp(String.raw`^[ \t]{0,40}set[ \t]{1,4}(?:psksecret|passwd)[ \t]{1,4}(?!ENC[ \t])${WORD}`, 'dgm'), title: 'FortiOS password or pre-shared key', context: /^[ \t]{0,40}config[ \t]{1,4}(?:user|vpn|system|wireless-controller)\b/m },
  { pattern: /^[ \t]{0,40}config[ \t]{1,4}system[ \t]{1,4}snmp[ \t]{1,4}community\s{1,40}edit[ \t]{1,4}\d{1,5}\s{1,40}set[ \t]{1,4}name[ \t]{1,4}"?(?<secret>[^\s"]{3,64})"?/dgm, title: 'SNMP community string', community: true },
  // RouterOS: `/snmp community` then `add|set … name=<c>`; RoMON's `secrets=`.
  { pattern: /(?<=^\/snmp[ \t]{1,4}community[ \t]{0,40}\r?\n(?:[^/\r\n][^\r\n]{0,300}\r?\n){0,20})(?:add|set)\b[^\r\n]{0,200}?[ \t]name=(?<secret>[^\s"]{3,64})/dgm, title: 'SNMP community string', community: true },
  { pattern: /^\/tool[ \t]{1,4}romon\b[^\r\n]{0,20}\r?\n?[^\r\n]{0,200}?\bsecrets=(?<secret>[^\s"]{3,200})/dgm, title: 'RoMON secret' },
  // Ubiquiti AirOS system.cfg.
  { pattern: /^snmp\.community=(?<secret>\S{3,64})/dgm, title: 'SNMP community string', community: true },
  // pfSense and OPNsense backups (config.xml), PAN-OS: pre-shared keys and communities as elements.
  { pattern: /<(?<tag>ipsecpsk|psk|pre-shared-key|rocommunity|snmp-community-string)>(?<secret>[^<\s]{3,300})<\/\k<tag>>/dg, title: 'Pre-shared key or SNMP community in a firewall backup' },
  // OPNsense's IPsec pre-shared keys: `<preSharedKey uuid="…">` holds its `<ident>`, then the `<Key>`.
  { pattern: /<preSharedKey\b[^>]{0,200}>(?:[^<]|<(?!\/preSharedKey>)){0,600}?<Key>(?<secret>[^<\s]{3,300})<\/Key>/dg, title: 'IPsec pre-shared key in a firewall backup' },
  // OpenWRT's UCI: a Wi-Fi interface's `option key` is its WPA passphrase (8 to 63 characters; a WEP key's index is a digit).
  { pattern: /^[ \t]{0,40}option[ \t]{1,4}key[ \t]{1,4}(?<q>['"]?)(?<secret>[^\s'"]{8,64})\k<q>[ \t]*\r?$/dgm, title: 'Wi-Fi passphrase', context: /^config[ \t]{1,4}wifi-iface\b/m },
  // PAN-OS encrypts a configuration's secrets with the device's master key, a default one unless changed.
  { pattern: />(?<secret>-AQ==[A-Za-z0-9+/=]{20,400})</dg, title: 'PAN-OS secret encrypted with the master key', detail: 'encrypted with the firewall\'s master key, the documented default unless it was changed' },
  // Net-SNMP's Python binding and Prometheus's snmp_exporter.
  { pattern: /\bCommunityData\([ \t]{0,4}["'](?<secret>[^"'\s]{3,64})["']/dg, title: 'SNMP community string', community: true },
  { pattern: /^[ \t]{2,16}community:[ \t]{1,4}["']?(?<secret>[^\s"'#]{3,64})["']?[ \t]{0,40}\r?$/dgm, title: 'SNMP community string', community: true, context: /^auths:/m },
];

/** A pfSense OpenVPN server's `<tls>`: base64 of its static key (in a CDATA section or not). */
const PFSENSE_TLS = /<tls>(?:<!\[CDATA\[)?(?<secret>[A-Za-z0-9+/]{200,2000}={0,2})(?:\]\]>)?<\/tls>/dg;

function deviceSecrets(window: string, start: number, text: string): RawMatch[] {
  const out: RawMatch[] = [];
  for (const d of DIRECTIVES) {
    out.push(...eachSecret(d.pattern, window, start, (value, m) => {
      if (isDummyPassword(value) || (d.community && DEFAULT_COMMUNITY.test(value))) return undefined;
      if (d.context && !d.context.test(text.slice(Math.max(0, start + m.index - 4000), start + m.index))) return undefined;
      const ciphertext = m.groups!.kind === 'ciphertext' ? 'AOS-CX ciphertext: encrypted with the default export password unless one was set' : undefined;
      return { title: d.title, detail: ciphertext ?? d.detail };
    }));
  }
  out.push(...eachSecret(PFSENSE_TLS, window, start, value => (decodeBase64(value)?.includes('-----BEGIN OpenVPN Static key V1-----')
    ? { title: 'OpenVPN static key in a firewall backup' } : undefined)));
  return out;
}

export const networkDeviceRules: Rule[] = [
  {
    id: 'network-device-secret', provider: 'Network device', title: 'Secret in a network device configuration',
    source: 'vendor command references: Cisco IOS/NX-OS/ASA (snmp-server community and host, tacacs-server/radius-server key, vtp password, NX-OS type 3), Arista EOS (neighbor password 7), HPE ProCurve and Aruba AOS-CX (password … plaintext, key plaintext|ciphertext), Junos (plain-text-password-value, snmp community), EdgeOS and VyOS (pre-shared-secret, wireguard private-key/preshared-key), FortiOS CLI (set psksecret, set passwd, system snmp community), MikroTik RouterOS (/snmp community, /tool romon secrets=), Ubiquiti AirOS (snmp.community), pfSense/OPNsense config.xml (OPNsense preSharedKeys), OpenWRT UCI (a wifi-iface\'s option key), PAN-OS (-AQ== encrypted values), pysnmp CommunityData, Prometheus snmp_exporter',
    keywords: ['snmp-server', 'tacacs-server', 'radius-server', 'vtp password', 'password 3 ', 'password 7 ', 'password manager', 'password operator',
      // (A hierarchy's `community <c> {` is indented by blanks: a word of prose is not.)
      'text-password-value', 'snmp community', '  community ', 'pre-shared-secret', 'preshared-key', 'private-key ', 'psk ', 'local-users',
      'set psksecret', 'set passwd', '/snmp', 'romon', 'snmp.community=', '<ipsecpsk>', '<psk>', '<pre-shared-key>', '<rocommunity>', '-community-string>',
      '>-aq==', 'communitydata(', 'community:', '<tls>', '<presharedkey', 'option key'],
    // (A block's directives follow its opener on the lines below: `config system snmp community`, `/snmp community`.)
    window: { before: 0, after: 400, wholeLines: true, readsAhead: true },
    find: (window, start, ctx) => deviceSecrets(window, start, ctx.text),
    confidence: 'provider', severity: 'error',
    envVar: 'DEVICE_SECRET',
    description: 'A secret in a router\'s, switch\'s or firewall\'s configuration or backup: an SNMP community (the agent\'s password, sent in clear), a TACACS+ or RADIUS shared key, an IPsec or WireGuard key, a user\'s password in clear, or one encrypted with a key every device of the vendor shares (NX-OS type 3, Arista type 7, AOS-CX ciphertext, PAN-OS -AQ==). Whoever reads the backup can log in to the device or join the network.',
  },
  {
    id: 'tuya-local-key', provider: 'Tuya', title: 'Tuya device local key',
    source: 'Tuya developer docs (a device\'s local key: 16 printable characters, the AES key of its LAN protocol 3.1–3.5); tinytuya\'s devices.json (`id`, `key` per device) and localtuya\'s `local_key`',
    // (tinytuya's entries are looked for at their `"mac"`: a bare `"key"` is in every other JSON file.)
    keywords: ['local_key', 'localkey', '"mac"'],
    // Under its own name anywhere; as tinytuya's `"key"` beside the device's id (20–22 lowercase letters and digits) and its MAC address.
    find: (window, start) => [
      ...eachSecret(/\blocal_?key["']?[ \t]{0,4}[:=][ \t]{0,4}(?<q>["'])(?<secret>[\x21-\x7e]{16})\k<q>/dgi, window, start, tuyaKey),
      ...eachSecret(/"id"[ \t]{0,4}:[ \t]{0,4}"[a-z0-9]{20,22}",\s{0,40}"key"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[\x21-\x7e]{16})"/dg, window, start, tuyaKey),
      // (Or the key first, its device's MAC address after it.)
      ...eachSecret(/"key"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[\x21-\x7e]{16})",\s{0,40}"mac"[ \t]{0,4}:[ \t]{0,4}"(?:[0-9a-f]{2}:){5}[0-9a-f]{2}"/dg, window, start, tuyaKey),
    ],
    window: { before: 200, after: 200 },
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'warning',
    envVar: 'TUYA_LOCAL_KEY', rotateUrl: 'https://developer.tuya.com/en/docs/iot/device-connection-protocol?id=Kb3kq5nl2291v',
    description: 'A Tuya (Smart Life) device\'s local key: it encrypts the device\'s LAN protocol, so whoever has it on the network controls the plug, lamp or lock. Re-pairing the device issues a new one.',
  },
  {
    id: 'hostapd-wpa-psk', provider: 'hostapd', title: 'Wi-Fi key in a hostapd PSK file',
    source: 'hostapd.conf, wpa_psk_file: one line per station, `[keyid=… ][vlanid=… ]<MAC> <64 hex PSK or 8-63 character passphrase>`',
    keywords: [],
    paths: /(?:^|\/)(?:hostapd[\w.-]{0,40}\.)?wpa_psk$|(?:^|\/)hostapd[\w.-]{0,40}\.psk$/,
    find: (window, start) => passwordsIn(/^(?:[\w-]{1,20}=\S{1,100}[ \t]{1,8}){0,4}(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}[ \t]{1,8}(?<secret>[0-9A-Fa-f]{64}|\S[^\r\n]{6,61}\S)[ \t]{0,40}\r?$/dgm, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'WIFI_PASSPHRASE',
    description: 'A station\'s Wi-Fi key in hostapd\'s wpa_psk_file (a 256-bit PSK in hex or a passphrase): whoever has it joins the network.',
  },
  {
    id: 'rancid-cloginrc-password', provider: 'RANCID', title: 'Device password in a RANCID .cloginrc',
    source: 'RANCID cloginrc(5): `add password <router glob> {<vty password>} {<enable password>}`, `add enauth`, `add user`',
    keywords: [],
    paths: /(?:^|\/)\.?cloginrc$/,
    find: (window, start) => [
      ...passwordsIn(/^[ \t]{0,40}add[ \t]{1,4}password[ \t]{1,4}\S{1,200}[ \t]{1,4}\{(?<secret>[^{}\s]{3,200})\}/dgm, window, start),
      ...passwordsIn(/^[ \t]{0,40}add[ \t]{1,4}password[ \t]{1,4}\S{1,200}[ \t]{1,4}\{[^{}\r\n]{0,200}\}[ \t]{1,4}\{(?<secret>[^{}\s]{3,200})\}/dgm, window, start),
    ],
    confidence: 'provider', severity: 'error',
    envVar: 'DEVICE_PASSWORD',
    description: 'The login and enable passwords RANCID (and its clogin) use for the routers and switches a pattern names.',
  },
  {
    id: 'panrc-api-key', provider: 'Palo Alto Networks', title: 'PAN-OS API key or password in .panrc',
    source: 'pan-python panrc(5): `api_key[%tagname]=…`, `api_password[%tagname]=…`, `api_username`, `hostname` per firewall or Panorama',
    keywords: [],
    paths: /(?:^|\/)\.panrc$/,
    find: (window, start) => passwordsIn(/^[ \t]{0,40}(?:api_key|api_password)(?:%[\w.-]{1,64})?[ \t]{0,40}=[ \t]{0,40}(?<secret>\S{3,300})/dgm, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'PANOS_API_KEY',
    description: 'A PAN-OS XML API key or an administrator\'s password in pan-python\'s .panrc: full API access to the firewall or Panorama it names.',
  },
  {
    id: 'wireguard-private-key-file', provider: 'WireGuard', title: 'WireGuard private key file',
    source: 'wg(8): `wg genkey > privatekey` writes a base64 Curve25519 private key (32 bytes, 44 characters); its public key goes to `publickey`',
    keywords: [],
    paths: /(?:^|\/)(?:privatekey|private\.key|(?:wg\d{0,3}|wireguard)[\w-]{0,40}\.key|[\w-]{0,40}(?:_|-)private(?:_|-)?key)$/i,
    pattern: /^\s{0,4}(?<secret>[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)\s{0,8}$/,
    confidence: 'provider', severity: 'error',
    envVar: 'WIREGUARD_PRIVATE_KEY',
    description: 'A WireGuard private key in a file of its own (`wg genkey` output): whoever has it is that peer of the tunnel.',
  },
  {
    id: 'oxidized-router-db', provider: 'Oxidized', title: 'Device password in an Oxidized router.db',
    source: 'Oxidized README, source CSV: router.db holds a device per line, fields split by `:` and named by `map` (name, model) and `vars_map`; its documented layout is name:model:username:password[:enable]',
    keywords: [],
    paths: /(?:^|\/)router\.db$/,
    // (RANCID's router.db has three fields, `host;type;state`: no password.)
    find: (window, start) => [
      ...passwordsIn(/^[\w.-]{1,253}:[a-z][a-z0-9_]{1,20}:[^:\s]{1,64}:(?<secret>[^:\s]{3,128})(?=:|[ \t]*\r?$)/dgm, window, start),
      ...passwordsIn(/^[\w.-]{1,253}:[a-z][a-z0-9_]{1,20}:[^:\s]{0,64}:[^:\s]{0,128}:(?<secret>[^:\s]{3,128})[ \t]*\r?$/dgm, window, start)],
    confidence: 'provider', severity: 'error',
    envVar: 'DEVICE_PASSWORD',
    description: 'The login and enable passwords Oxidized uses to back up each router and switch its router.db lists: whoever has the file logs in to them.',
  },
  loneSecretFile({
    id: 'openvpn-management-password', provider: 'OpenVPN', title: 'OpenVPN management interface password',
    source: 'OpenVPN manual, --management <ip> <port> [pw-file]: the file\'s first line is the password the management interface asks for',
    paths: /(?:^|\/)(?:open)?vpn\/(?:[^/]{1,100}\/){0,3}[\w.-]{0,40}(?:mgmt|management)[\w.-]{0,40}(?:pw|pass|passwd|password)[\w.-]{0,20}$/i,
    envVar: 'OPENVPN_MANAGEMENT_PASSWORD',
    description: 'The password of an OpenVPN server\'s management interface, in the file `--management` names: whoever has it can kill clients and read their addresses.',
  }),
];

/** A local key as Tuya issues them: sixteen printable characters, mixed (not a stand-in of one repeated character or a word). */
function tuyaKey(value: string): {} | undefined {
  return new Set(value).size >= 10 && /[A-Za-z]/.test(value) && /[^A-Za-z]/.test(value) && !isDummyPassword(value) ? {} : undefined;
}
