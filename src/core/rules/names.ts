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
 * SHA, `hashicorp_token` no hash.
 */
export const HASH_NAMES = /integrity|checksum|digest|hash(?!icorp|node)|(?:^|_)(?:sha\d*(?:sum)?|shasum|md5(?:sum)?|etag)(?=_|$)|nonce|salt|fingerprint|commit|revision|uuid|guid|(?:csrf|xsrf)(?!_?(?:secret|signing|key))/;

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
  return name
    .replace(/^k(?=[A-Z])/, '') // a constant's Hungarian `k` (`kAPIKey`, `kAesKey`)
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2') // `JWTSecret`, `ZENDESKToken`: an acronym, then a word
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toLowerCase()
    .replace(/^_+|_+$/g, '');
}

/** The name is a hash's or an identifier's (`model_sha256`, `imageDigest`). */
export function namesHash(name: string): boolean {
  return HASH_NAMES.test(normaliseName(name));
}

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
