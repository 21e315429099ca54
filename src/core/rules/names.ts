/**
 * What a variable's name says about its value, shared by the generic rule and the rules that
 * trust a provider's name nearby: the name's words, whether it names a hash, and which
 * services it names.
 */

import { PROVIDER_WORDS } from './providerWords';

export const PROVIDER_WORD_SET = new Set(PROVIDER_WORDS);
/** A service's name as it appears in credential names (`zendesk`, `openai`). */
export const isProviderWord = (word: string) => PROVIDER_WORD_SET.has(word);

/**
 * Names of hashes and identifiers, whose values look random but are not credentials. A hash is
 * recognised by its name, never by its alphabet: `GH_TOKEN=<40 hex>` is a classic GitHub token,
 * `commit_sha=<40 hex>` is a commit. Short words as whole words only: `shared_secret` holds no
 * SHA, `hashicorp_token` no hash. (Glued, an algorithm opens a stored password's name: Asterisk's `md5secret`.)
 */
export const HASH_NAMES = /integrity|checksum|digest|hash(?!icorp|node)|(?:^|_)(?:sha\d*(?:sum)?|shasum|md5(?:sum)?|etag)(?=_|$)|^(?:md5|sha\d{0,3})(?:secret|pass(?:word|wd)?|pwd|cred)$|nonce|salt|fingerprint|commit|revision|uuid|guid|(?:csrf|xsrf)(?!_?(?:secret|signing|key))/;

/**
 * A name's verdict remembered by name: a file repeats its names (`token`, `tokenPos`) on line
 * after line, and each is judged several times per hit. Cleared when full, so it stays small.
 */
export function rememberedByName<T>(judge: (name: string) => T, max = 4096): (name: string) => T {
  const verdicts = new Map<string, T>();
  return name => {
    let verdict = verdicts.get(name);
    if (verdict === undefined) {
      if (verdicts.size >= max) verdicts.clear();
      verdict = judge(name);
      verdicts.set(name, verdict);
    }
    return verdict;
  };
}

/** Splits `stripeSecretKey` / `STRIPE_SECRET_KEY` / `stripe.secret-key` into normalised snake case. */
export const normaliseName = rememberedByName(snakeCase);

function snakeCase(name: string): string {
  const snake = inEnglish(name)
    .replace(/^k(?=[A-Z])/, '') // a constant's Hungarian `k` (`kAPIKey`, `kAesKey`)
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2') // `JWTSecret`, `ZENDESKToken`: an acronym, then a word
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toLowerCase()
    .replace(/^_+|_+$/g, '');
  return foreignWordsInEnglish(snake);
}

/**
 * Credential words of other languages, in their own scripts: replaced by the English word before
 * the name is split (`数据库.密码` reads as database.password, `gizli anahtar` as secret_key).
 */
const NATIVE_WORDS: readonly [RegExp, string][] = [
  // (Case-insensitive: `Пароль`, `ΚΩΔΙΚΌΣ`.)
  [/密码|口令|密碼|パスワード|暗証番号|비밀번호|암호|пароль|κωδικός|סיסמה|סיסמא|كلمة[ _]?المرور|كلمة[ _]?السر|رمز[ _]?عبور|รหัสผ่าน|पासवर्ड/gi, '_password_'],
  [/密钥|秘钥|金鑰|密鑰|秘密鍵|비밀[ _]?키|секретный[ _]?ключ|المفتاح[ _]?السري/gi, '_secret_key_'],
  [/서명[ _]?키|ключ[ _]?подписи/gi, '_signing_key_'],
  [/授权码|授權碼/g, '_auth_code_'],
  [/令牌|トークン|토큰|токен|टोकन|โทเค็น/gi, '_token_'],
  [/シークレット|秘密|секрет|गुप्त/gi, '_secret_'],
  [/ключ|キー|المفتاح|κλειδί|κλειδι|מפתח|कुंजी|คีย์/gi, '_key_'],
  [/एपीआई/g, '_api_'],
  [/สาธารณะ|公開|公开|공개|публичный|सार्वजनिक/gi, '_public_'],
  [/एक्सेस|เข้าถึง|액세스/g, '_access_'],
];

/**
 * The same words in Latin letters (accents folded, as names are written): German, French, Spanish,
 * Portuguese, Italian, Dutch, Polish, Turkish, Vietnamese, Indonesian, Nordic, Czech, Hungarian and
 * Finnish ones, and Chinese, Japanese, Korean and Russian ones transliterated (`mima`, `pasuwado`,
 * `bimilbeonho`, `parol`). Phrases first, then single words, whole words only.
 */
const FOREIGN_PHRASES: readonly [RegExp, string][] = [
  [/(?:^|_)(?:mot_de_passe|parola_d_ordine|parola_ordine|parola_d_accesso|parola_di_accesso|parola_chiave|kata_sandi(?:nya)?|kata_laluan|mat_khau|mi_ma|kou_ling|rahat_phan|κωδικός_πρόσβασης)(?=_|$)/g, '_password'],
  [/(?:^|_)(?:khoa_bi_mat|gizli_anahtar|clave_secreta|chave_secreta|cle_secrete|chiave_segreta|geheimer_schluessel|geheimer_schlussel|mi_yao|salainen_avain|hemlig_nyckel|hemmelig_nokkel|hemmelig_noekkel|tajny_klic|tajny_klucz|sekretnyi_klyuch|sekretny_klyuch|geheime_sleutel|kunci_rahasia)(?=_|$)/g, '_secret_key'],
  [/(?:^|_)(?:cle|clave|chave|chiave|schluessel|schlussel|sleutel|klucz|anahtar|kunci|klyuch|klic|khoa|key)_api(?=_|$)/g, '_api_key'],
  [/(?:^|_)(?:token|jeton)_(?:acceso|acesso|accesso|d_acces|acces|dostupa)(?=_|$)|(?:^|_)ma_truy_cap(?=_|$)/g, '_access_token'],
  [/(?:^|_)bi_mat(?=_|$)/g, '_secret'],
];
const FOREIGN_WORDS = new Map<string, string>([
  ...['passwort', 'kennwort', 'motdepasse', 'contrasena', 'senha', 'parola', 'wachtwoord', 'haslo', 'sifre', 'parolasi', 'matkhau',
    'katasandi', 'parol', 'mima', 'kouling', 'bimilbeonho', 'pasuwado', 'pasuwaado', 'salasana', 'jelszo', 'heslo', 'losenord',
    'passord', 'adgangskode', 'lozinka', 'geslo', 'parool', 'rahatphan', 'amho', 'sisma', 'mdp'].map(w => [w, 'password'] as [string, string]),
  // (Spanish `clave` alone is the password, as Latin America says it; `clave_api` is read above.)
  ['clave', 'password'],
  ...['schluessel', 'schlussel', 'chave', 'chiave', 'sleutel', 'klucz', 'anahtar', 'anahtari', 'kunci', 'klyuch', 'kljuch', 'nyckel', 'avain', 'kagi',
    'nokkel', 'noekkel', 'klic', 'khoa'].map(w => [w, 'key'] as [string, string]),
  ...['podpis', 'podpisi', 'imza', 'assinatura', 'shomei'].map(w => [w, 'signing'] as [string, string]),
  ['siyao', 'private_key'],
  ['sitio', 'site'],
  ...['aplicacion', 'aplicacao', 'applicazione', 'anwendung'].map(w => [w, 'app'] as [string, string]),
  ...['publica', 'publico', 'publique', 'pubblica', 'oeffentlich', 'offentlich'].map(w => [w, 'public'] as [string, string]),
  ...['miyao', 'miyue'].map(w => [w, 'secret_key'] as [string, string]),
  ...['geheimnis', 'geheim', 'secreto', 'secreta', 'segredo', 'segreto', 'gizli', 'rahasia', 'himitsu', 'bimil', 'sekret', 'tajemstvi',
    'hemlig', 'hemmelig', 'tajny', 'sekretnyi', 'sekretny'].map(w => [w, 'secret'] as [string, string]),
  ...['jeton', 'lingpai'].map(w => [w, 'token'] as [string, string]),
  ['zugangstoken', 'access_token'],
  ...['zugangsdaten', 'credenciais', 'credenciales', 'credenziali', 'identifiants'].map(w => [w, 'credentials'] as [string, string]),
  ['shouquanma', 'auth_code'],
]);

/** A name's credential words in English (see NATIVE_WORDS and FOREIGN_WORDS): English names pass through. */
function inEnglish(name: string): string {
  let out = name;
  if (/[^\x00-\x7f]/.test(out)) {
    for (const [word, english] of NATIVE_WORDS) out = out.replace(word, english);
    // Accents folded: `contraseña`, `Schlüssel`, `şifre`, `clé`, `mật khẩu`; Polish `ł` has no accent to drop.
    out = out.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/đ/g, 'd').replace(/ı/g, 'i');
  }
  return out;
}

/** The snake-case name with foreign credential words in English: `db_contrasena` → `db_password`. */
function foreignWordsInEnglish(snake: string): string {
  let out = snake;
  for (const [phrase, english] of FOREIGN_PHRASES) out = out.replace(phrase, english);
  const words = out.replace(/^_+/, '').split('_');
  // (`clave` with a qualifier is a key: `clave_sitio` is reCAPTCHA's site key, `clave` alone a password.)
  const english = words.map(word => (word === 'clave' && words.length > 1 ? 'key' : FOREIGN_WORDS.get(word) ?? word)).join('_');
  // Romance and Slavic names put the credential first (`chiave_segreta_mac`, `jeton_interne`,
  // `CHAVE_JWT`, `KlyuchPodpisi`): read in English order, `mac_secret_key`, `jwt_key`, `signing_key`.
  const lead = english === snake ? null : /^((?:api_|access_|secret_|private_)?(?:password|secret_key|api_key|access_token|private_key|secret|token|key|credentials))_([a-z0-9_]{1,40})$/.exec(english);
  return lead && !/(?:^|_)(?:password|secret|token|key|credentials)$/.test(lead[2]) ? `${lead[2]}_${lead[1]}` : english;
}

/** The name is a hash's or an identifier's (`model_sha256`, `imageDigest`). */
export function namesHash(name: string): boolean {
  return HASH_NAMES.test(normaliseName(name));
}

/** The name says the value identifies a run, a request or a build (`CORPUS_BUILD_ID`, `traceId`): an id, whatever its shape. */
export function namesRunIdentifier(name: string): boolean {
  return RUN_ID_NAME.test(normaliseName(name));
}

const RUN_ID_NAME = /(?:^|_)(?:build|trace|request|run|job|span|correlation|transaction|event|message|batch|release|deploy|deployment|pipeline|workflow|execution|upload|download|image|container|corpus|dataset|snapshot)_id$/;

/** The name is a public key's (`public_key_openssh`, `signingPubKey`): what it holds is meant to be shared. */
export function namesPublicKey(name: string): boolean {
  return /(?:^|_)(?:public|pub)(?:_|$)|publickey|pubkey/.test(normaliseName(name));
}

/**
 * The name names services, none of them the rule's (its provider's name, or a word its `near`
 * pattern knows): `GOOGLE_API_KEY` next to Fireworks code holds Google's key, not Fireworks'.
 * A name that names no service says nothing.
 */
export function namesOtherService(name: string, near: RegExp, provider: string): boolean {
  const own = provider.toLowerCase().replace(/[^a-z0-9]/g, '');
  const words = normaliseName(name).split('_').filter(isProviderWord);
  return words.length > 0 && !words.some(word => near.test(word) || own.includes(word) || word.includes(own));
}
