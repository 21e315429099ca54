/**
 * The fewest characters a regular expression's match can have, read from its source: literals,
 * escapes and classes count one, groups the shortest of their branches, quantifiers their lower
 * bound, lookarounds and anchors none. Backreferences count none (a lower bound stays a lower
 * bound). Used to tell a truncated value from a value of another shape (scanner.ts, look-alikes).
 */
export function minMatchLength(source: string): number {
  return new MinLengthReader(source).alternatives();
}

/** The fewest characters the named group (`(?<secret>…)`) can match; the whole pattern's without one. */
export function minGroupLength(source: string, name: string): number {
  const at = source.indexOf(`(?<${name}>`);
  return at < 0 ? minMatchLength(source) : new MinLengthReader(source, at).groupLength();
}

class MinLengthReader {
  constructor(private readonly source: string, private at = 0) {}

  /** The group opening at the reading position. */
  groupLength(): number {
    return this.group();
  }

  /** Branches separated by `|`, up to the end or a closing parenthesis: the shortest. */
  alternatives(): number {
    let best = this.sequence();
    while (this.source[this.at] === '|') {
      this.at++;
      best = Math.min(best, this.sequence());
    }
    return best;
  }

  private sequence(): number {
    let total = 0;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      total += atom * this.lowerBound();
    }
    return total;
  }

  /** One atom's shortest length (before its quantifier). */
  private atom(): number {
    const c = this.source[this.at];
    if (c === '(') return this.group();
    if (c === '[') {
      this.skipClass();
      return 1;
    }
    if (c === '\\') {
      const next = this.source[this.at + 1];
      this.at += 2;
      if (next === 'b' || next === 'B' || /[1-9]/.test(next)) return 0; // a boundary or a backreference
      if (next === 'k') this.at = this.source.indexOf('>', this.at) + 1; // a named backreference
      else if (next === 'x') this.at += 2;
      else if (next === 'u') this.at += this.source[this.at] === '{' ? this.source.indexOf('}', this.at) + 1 - this.at : 4;
      return next === 'k' ? 0 : 1;
    }
    this.at++;
    return c === '^' || c === '$' ? 0 : 1;
  }

  private group(): number {
    this.at++; // (
    let zeroWidth = false;
    if (this.source[this.at] === '?') {
      const kind = this.source[this.at + 1];
      if (kind === '=' || kind === '!') zeroWidth = true;
      if (kind === '<' && (this.source[this.at + 2] === '=' || this.source[this.at + 2] === '!')) zeroWidth = true;
      if (kind === '<' && !zeroWidth) this.at = this.source.indexOf('>', this.at) + 1; // a named group
      else this.at += kind === '<' ? 3 : 2;
    }
    const inner = this.alternatives();
    this.at++; // )
    return zeroWidth ? 0 : inner;
  }

  private skipClass(): void {
    this.at++; // [
    while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
    this.at++; // ]
  }

  /** The quantifier after an atom, if any: its lower bound (1 without one). */
  private lowerBound(): number {
    const c = this.source[this.at];
    const braces = c === '{' ? /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.at)) : null;
    let bound: number;
    if (c === '*' || c === '?') bound = 0;
    else if (c === '+') bound = 1;
    else if (braces) bound = Number(braces[1]);
    else return 1; // none (or a literal brace)
    this.at += braces ? braces[0].length : 1;
    if (this.source[this.at] === '?') this.at++; // lazy
    return bound;
  }
}
