/**
 * Credentials printed in specifications and vendor documentation, which then appear in
 * countless READMEs, docstrings and tests. They grant nothing. Stored as value hashes
 * (see `valueHash` in redact.ts) so that this file does not itself look like a leak.
 */

import { valueHash } from './redact';

const KNOWN_EXAMPLE_HASHES = new Set([
  '686cb5f623e9c249655c80c04aaa5ec2', // RFC 6749 §5.1 access token
  'ef82a750d982a32c415c59c132d951c1', // RFC 6749 §5.1 refresh token
  'aecdbe336bf1e949d68d28c6e2dc5202', // RFC 6749 §4.1.2 authorization code
  '6d0c15262421e9b37bc7ea5fee09147a', // RFC 6749 §2.3.1 client credentials (HTTP Basic)
  'fb2a8db8611c400c29f328ce3fd73bb4', // RFC 6749 §2.3.1 client secret
  '863f4188ba76cd6bcd25e4023aa0acf4', // RFC 6749 §2.3.1 client secret in the request-body example
  'a25a936eece21332d657f56c441ea758', // RFC 5849 §1.2 token
  'dcca90c7493438eb437be2cf0dc6ca72', // RFC 5849 §1.2 token secret
  'a3e5964d7f60e66653276d69b7e97bd0', // RFC 5849 §1.2 temporary token
  'd5e82ba7d2b6ac303ffc04c4935b64a8', // RFC 5849 §1.2 temporary secret
  '18dc70bc3452d0224d2f493d69e5c5e2', // RFC 5849 §3.1 token
  '99ece1d16dc976bb5a3b1d0d3cb98642', // RFC 5849 §3.1 token secret
  '639297deb8e4ed7d9c332037eb45bfc9', // RFC 5849 §1.2 client secret
  // Client identifiers of RFC 5849's examples: `consumer_key` names count as credentials.
  '1504ada1f6dfd853830dfd3ec711cc18', // RFC 5849 §3.5.1 consumer key
  'cbc34e021ea2890ecd0735b977401aff', // RFC 5849 §1.2 client identifier
  '5ece3e9b3b51673a1e2161b48efc3697', // RFC 5849 §3.1 client identifier
  '229c163d18d125e4b3f42bf299486949', // jwt.io's example HS256 token
  '2a88731726b7d6d28e847d3e0cdb4d52', // RFC 7515 §A.1: the example HMAC key (`"k"` of its symmetric JWK), in every JOSE library's tests
  '7bccacdec50b7b8ed46b28235614debf', // RFC 7520 §3.5: the JOSE cookbook's symmetric key (`"k"`, kid 018c0ae5-…)
  '1afd7db98d1de17ed0f4adb53ed0fd89', // AWS documentation secret access key
  '05c89b2e26a1d57b951c8ecb3bbdefc9', // AWS documentation access key id
  '5e2c0346dad2f07ef17eadf1c1e8df69', // Stripe documentation test secret key
  '441dab8973fc1225906e74a134a280ee', // reCAPTCHA FAQ: the test secret key, which passes every verification (its site key is public anyway)
  '22ec3e8bb45fdb799728d601b020c0f2', // reCAPTCHA FAQ: the test site key (other rules may read its 40 characters as a token)
  'f9becf4cddb776424ee4fe7cc91fb4a1', // the Google Cloud SDK's own OAuth client secret, in every gcloud application_default_credentials.json (an installed app's: public)
  'cdad2c927b73dfafe4379f12038f9a7d', 'b1340ee892843056f6e5eaf7bbe2ae54', // the Cloud SDK's and bq's other installed-app client secrets (platform/bq/auth/utils.py)
  '3e44d1e1041368ed6993713652157cf7', // Toss Payments docs: the test secret key anyone may use
  'a648b89e84a43a5bb3f8f5330a9925b7', // Midtrans docs: the example sandbox server key
  '06c41abff7d78f80f46dd70712fa7fb4', // Safaricom Daraja docs: the sandbox Lipa na M-Pesa passkey every integration starts with
  'd75ea6ee19572f4ee2b857d2606b3000', 'a090997fb6b6d405899d4c48076de2dc', // PayPal's NVP/SOAP SDK samples: the sandbox API password and signature (user sdk-three_api1.sdk.com)
  'cb3bafa30212a85f2feb354f1b033d42', // Cloudflare API v4 documentation: the example X-Auth-Key (global API key)
  '71a8e769657fae9c882cd2d467883e4e', // MS14-025 (Group Policy Preferences passwords): the cpassword every write-up decrypts (`Local*P4ssword!`)
  'da93ab4fdf7b08d95626f4a4a4d6eec8', // secretlint's Anthropic rule: the example key in its source comments
  // Frameworks' documented and shipped defaults, copied into countless apps' first commits.
  '217bc76cbdfd89536d749b104cda6716', // FastAPI docs, "OAuth2 with Password, Bearer with JWT tokens": the tutorial's SECRET_KEY
  'e8eb17d0ce7406747e28d3cda8d6a2e7', // Grafana's conf/defaults.ini: the shipped [security] secret_key
  'd3b65a5f5d8f69a17ef5517db4f2469a', // Flask quickstart, "Sessions": the example secret_key bytes, as written
  '1f691ee1b4437eb1145868cd206397f9', // 1Password's help page on the Secret Key: its illustration (A3-ASWWYB-…)
  '5d434f9236bd14815ace95f75b8e3e32', // 1Password's service-account docs: the Secret Key inside the example token's payload (secretlint quotes it too)
  'b1d6241a08722fb2bde46fd67e0d556e', // Slack's Events API docs (api.slack.com/events/url_verification): the example verification token
  'b93758769b7a79a401cce0905c157daf', // Mailgun's documentation API key (its API reference's curl examples and client READMEs)
  '897417c7a170c46ed3b1cc8f8c926cc2', // Azure storage emulator (Azurite) well-known key for devstoreaccount1, in every Azure storage SDK
  'f2722f0b03cac335416719152c14fad4', // Azure Cosmos DB emulator well-known key (Microsoft docs)
  '7f2c3fe3575fc966b2411cfb32019ec5', // MinIO's public playground (play.min.io) access key, in every MinIO SDK's docs
  'fc0450ea972ccc43079a994014cef0d5', // MinIO's public playground secret key
  '9199872c984c31c09f50a38b832a5148', // RFC 8037 appendix A.1: the example Ed25519 JWK's private member d
  'b7b78a6c5526c7e76f2b48e60c652396', // RFC 7517 appendix A.2: the example EC private JWK's d
  // RFC 8032 §7.1: the Ed25519 test vectors' secret keys (TEST 1, 2, 3), in every Ed25519 library's tests.
  'adc86774351df279afb6c263f656b282', '748b4e052a111c09ed9e32c645355940', 'de22e6a26ffec2d81edd37eb3ee6eba0',
  // Hardhat's and Anvil's default development accounts #0 to #2 (from the documented `test … junk` mnemonic), with and without 0x.
  'f1a555fea0cde770381da42b1a812947', '0c04a50a3126848f21203e2f51b61061', '3de7b501d2ca8192730eb613d43974eb',
  'd378b132734ea466dd12a427f1997239', 'da6919eadcfc2e6cfd98d9184ad1ffdb', '363b1757353e97fdd484cd6a91e30318',
  '4965e88fbb0e505f2f2823da7f1e2878', // Google Authenticator's Key Uri Format page: the example TOTP secret, in many 2FA libraries' docs
  'f64ca08d11f500ab80c98e9b06ef2311', // Bitcoin wiki "Wallet import format": the worked example key, in many libraries' tests
  '9e2b0fdab590c65971fe0e19ccd55eb5', // Docker CLI reference "docker swarm join-token": worker token
  '51a1950496f2c596da0079416eab61b7', // the same page's manager token
  '17f186b41e7b4ac1b06332994d7490e9', // the same page's rotated worker token
  '5da4c880a1af96657c3d0990685ec6ef', // Docker Engine API reference: the example swarm unlock key
  // The example keys and salts of WordPress's own docblock (wp-includes/pluggable.php, wp_salt()), in every install.
  'a327ce6a5cac5483d190dc4f21af7946', '849f87ac8029f348c89531d4257ba2a8', '4fd8c3a1833149b5e28245aa05f109f8',
  'cd2cba81737c19baca361142946a6e46', 'cc56104a152901ffef42e69b987bdf4f', '576f557f2bac12d93ade620930d9d623',
  '645c4ff018cdd911686b555f37f47437', '866ff369923a5a67ee5e74f917042c19',
  // Hex and UUID values count under secret names, so the famous ones that docs use as stand-ins do not:
  '4546d30e60cee949cdd7ae6120ff8657', // the UUID example of RFC 4122 tutorials and Wikipedia
  '325a475b08f83c5ee8ee67f36d9c44be', // RFC 4122 §4.1.1-style example UUID used across API docs
  'c073bb9d8dafc00556b28979b5e7f97e', // MD5 of "password"
  '0e5234fc671cdf18ec9fed293f9fc51c', // MD5 of "123456"
  '701e02a7ae9f7fe5d5ca64bccb2b606f', // SHA-1 of "password"
  '583b41759a626f4c96d38c5e8619abb4', // Rocket's docs (config::SecretKey): the example secret_key it says never to use
  'c6873dc63d6a8c2aa8a10fb2b2310fc8', // the Flask Mega-Tutorial's fallback SECRET_KEY, copied into countless Flask apps' config.py
  '6858705637a6fa825cdd5eeddc9b5fff', // MD5 of the empty string
  '7560f4cac8580d8c871dd6410f9224e1', // SHA-1 of the empty string
  '77dc6fd152b631c7dc7dd7758bb6de58', // SHA-256 of the empty string
  '94622b391d8eeb877046c77addccb108', // Netlify's docs ("Build hooks"): the example build hook id in their curl command
  // Recovery phrases every wallet toolkit documents as its development default, and BIP-39's own test vectors.
  '64983dcd68ef43d34993dc336aed12f7', // Ganache's default mnemonic (its deterministic accounts)
  'c827520ec6b2a509ccba6b06040ffe9e', // ganache-cli's `-d` (deterministic) mnemonic
  'a8921931c394571a4cc04da09bd95215', 'f7336b2c78c6fed6e5a3097997019da1', // its account #0's private key, with and without 0x
  '4eb3663e6cac3fbb58a84a22a133bbf2', // Substrate's DEV_PHRASE (Alice, Bob and the other dev accounts)
  '6c349c37bf69c212a6ac7290cdfad154', // BIP-39 test vector (`legal winner thank …`)
  'cd497235d8d75f284aa28542527fa4ab', // BIP-39 test vector (`letter advice cage …`)
  '7a51c59b3f105049e4e9d9b07d1c88b0', // BIP-32 test vector 1's master key (xprv9s21ZrQH143K3QTDL…), in every HD-wallet library's tests
  // Dynatrace docs, "Access tokens" (token format): the example token, with its dt0s01 and dt0c01 prefixes, and its secret portion.
  'ea47eeadffec7888cfdc34ff2c95e09d', 'f6ba6989fb41e71954990d4b7ffe981c', '850120f9ce67b291ebb689dfc28e20e1',
  // X developer docs, "Using and generating bearer tokens": the revoked example bearer token, consumer key and consumer secret.
  '7e3b12ed6709f2690f6b952bd7fd00cf', 'bad56b3206c2f7498913f542031d8566', 'b81a768a368a0e9f16ebb184b029e980',
  // Binance's docs, "API Key Types": the example HMAC key.
  'bd8e0ace131a883928df0120b7f0b7bc',
  // Binance's Spot API docs, "SIGNED Endpoint Examples for POST /api/v3/order": the example API key and secret.
  '20b0ff257d12ec585ea1e08d519e6cac', 'b8785d2bb8de860e886a6cf138c62a24',
  '8065fbe428619734c411f37279917b17', 'e95c9a877a8f4d7b577f1d61792cc857', // ECPay's docs: the stage test merchant's (2000132) HashKey and HashIV
  '7e90aebeb9927557e2e703830b6dacf8', // Postman Echo's docs: the Hawk authentication example key
  '7cb24d137836ca1b966778c8362efe40', // Tibber's developer docs: the public demo token (reads a demo home only)
  '18c1a7c561d9ac0970e46ad0a2331977', // Bundler's manual (bundle-config): the example gem source password
  '7bdc0066d8d7a1fada077fd2aa61df20', // the Supabase CLI: the default secret key of every local stack (`supabase start`)
  // PRAW's docs (quick start and praw.ini): the example script apps' client secrets and accounts' passwords.
  '963d7a445983af3940ea0ca29a5c16a0', 'faddaaf3e6064d42487c6389a5b17b38', 'ba5790a45bfd7f57826bf3dd70efda9d', 'd08a731eef7216d09cecd158f7740646',
  // Svix's docs: the example endpoint signing secret (`whsec_…`) every webhook-verifier's tests reuse, with and without its prefix.
  '026ad2809265764228636079ff08c426', '5946547976ea6c87981aebaa1a022a00',
  '140f7cc24b0c644254dec3ed8ff68b41', // Google Authenticator's Key Uri Format wiki: the example TOTP secret of its otpauth:// URI
  'b1a369aaaaa9c8a17ba0646a643ae657', // Pulumi's secret marker: the constant value under its signature key, in every stack's state
]);

export function isKnownExample(value: string): boolean {
  return KNOWN_EXAMPLE_HASHES.has(valueHash(value));
}
