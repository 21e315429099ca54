/**
 * INI/TOML section headers (`[openai]`, `[[servers]]`), found in one pass per scan the first time
 * a rule asks: the generic rule names a bare `key` by its section, the provider rules check that
 * their provider's name is in the section that holds a value.
 */
import type { RuleContext } from '../types';

const SECTION_HEADER = /^[ \t]*\[{1,2}[ \t]*([A-Za-z][\w.-]{0,40}?)[ \t]*\]{1,2}[ \t]*\r?$/gm;

interface Sections { offsets: number[]; names: string[] }
const sections = new WeakMap<RuleContext, Sections>();

function sectionsOf(ctx: RuleContext): Sections {
  let found = sections.get(ctx);
  if (!found) {
    found = { offsets: [], names: [] };
    SECTION_HEADER.lastIndex = 0;
    for (let m = SECTION_HEADER.exec(ctx.text); m; m = SECTION_HEADER.exec(ctx.text)) {
      found.offsets.push(m.index);
      found.names.push(m[1]);
    }
    sections.set(ctx, found);
  }
  return found;
}

/** The section that holds `at`: its name, where its header starts and where the next one does (or the text ends). */
export function sectionAt(ctx: RuleContext, at: number): { name: string; start: number; end: number } | undefined {
  const { offsets, names } = sectionsOf(ctx);
  let lo = 0, hi = offsets.length; // the first header at or after `at`
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < at) lo = mid + 1; else hi = mid;
  }
  return lo === 0 ? undefined : { name: names[lo - 1], start: offsets[lo - 1], end: offsets[lo] ?? ctx.text.length };
}
