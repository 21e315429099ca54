/**
 * Seeded randomness for the corpus generator: the same seed always gives the same corpus,
 * so numbers from two runs (or two machines) compare the same bytes.
 */

import { ALNUM, BASE64, HEX, rng } from '../../test/helpers/fakes';

const WORDS = ['user', 'account', 'order', 'invoice', 'payment', 'session', 'cache', 'config', 'request', 'response',
  'client', 'server', 'handler', 'router', 'service', 'store', 'queue', 'worker', 'event', 'message', 'channel', 'item',
  'product', 'cart', 'price', 'report', 'metric', 'logger', 'record', 'profile', 'settings', 'theme', 'layout', 'page',
  'widget', 'table', 'column', 'row', 'filter', 'query', 'result', 'batch', 'job', 'task', 'schedule', 'timer', 'retry',
  'upload', 'download', 'file', 'image', 'thumbnail', 'stream', 'buffer', 'parser', 'token', 'auth', 'login',
  'key', 'permission', 'role', 'team', 'project', 'workspace', 'document', 'comment', 'review', 'search',
  'index', 'graph', 'node', 'edge', 'tree', 'map', 'list', 'count', 'total', 'limit', 'offset', 'cursor', 'page', 'state',
  'status', 'error', 'warning', 'notice', 'email', 'address', 'phone', 'country', 'region', 'zone', 'cluster', 'deploy'];

const PROSE = ['the', 'a', 'this', 'when', 'we', 'you', 'can', 'should', 'is', 'are', 'to', 'of', 'in', 'for', 'with',
  'and', 'or', 'not', 'each', 'before', 'after', 'returns', 'creates', 'updates', 'configure', 'run', 'install',
  'service', 'request', 'value', 'default', 'option', 'environment', 'variable', 'file', 'command', 'endpoint', 'data',
  'user', 'key', 'database', 'cluster', 'build', 'release', 'version', 'feature'];

export class Rand {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = rng(seed);
  }

  float(): number {
    return this.next();
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  chars(n: number, alphabet = ALNUM): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }

  hex(n: number): string {
    return this.chars(n, HEX);
  }

  base64(n: number): string {
    return this.chars(n, BASE64);
  }

  digits(n: number): string {
    return this.chars(1, '123456789') + this.chars(n - 1, '0123456789');
  }

  word(): string {
    return this.pick(WORDS);
  }

  /** `orderService`, `invoiceCount`: two or three words in camelCase. */
  camel(parts = this.int(2, 3)): string {
    let out = this.word();
    for (let i = 1; i < parts; i++) out += capitalise(this.word());
    return out;
  }

  pascal(parts = this.int(2, 3)): string {
    return capitalise(this.camel(parts));
  }

  snake(parts = this.int(2, 3)): string {
    return Array.from({ length: parts }, () => this.word()).join('_');
  }

  kebab(parts = this.int(1, 3)): string {
    return Array.from({ length: parts }, () => this.word()).join('-');
  }

  sentence(min = 6, max = 18): string {
    const words = Array.from({ length: this.int(min, max) }, () => this.pick(PROSE));
    return capitalise(words.join(' ')) + '.';
  }

  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-a${this.hex(3)}-${this.hex(12)}`;
  }

  semver(): string {
    return `${this.int(0, 9)}.${this.int(0, 30)}.${this.int(0, 20)}`;
  }
}

export function capitalise(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}
