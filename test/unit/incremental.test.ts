import * as assert from 'assert';
import { addChange, createScanner, rescanRegion, type DirtyRegion, type Finding, type TextChange } from '../../src/core';
import { LineIndex } from '../../src/core/text';
import { crcToken, join, openaiProjectKey, rng } from '../helpers/fakes';

const scanner = createScanner();
const ctx = { path: 'src/big.ts', languageId: 'typescript' };

/** What a user sees of a finding: rule, value span and line/column. */
function shown(findings: readonly Finding[]): string[] {
  return findings.map(f => `${f.ruleId}@${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column}/${f.range.start.offset}`);
}

function apply(text: string, c: TextChange): string {
  return text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);
}

/** Edits the way the editor reports them, then re-scans only the dirty lines. */
function editAndRescan(text: string, previous: Finding[], changes: TextChange[]): { text: string; findings: Finding[] } {
  let dirty: DirtyRegion | undefined;
  for (const c of changes) {
    text = apply(text, c);
    dirty = addChange(dirty, c);
  }
  const lines = new LineIndex(text);
  const findings = rescanRegion({
    text, previous, dirty: dirty!,
    positionAt: o => { const p = lines.position(o); return { line: p.line, character: p.column }; },
    scan: slice => scanner.scan(slice, ctx),
  });
  return { text, findings };
}

function document(): string {
  const lines: string[] = [];
  for (let i = 0; i < 5000; i++) lines.push(i % 97 === 0 ? `export const k${i} = "${openaiProjectKey(i)}";` : `const v${i} = compute(${i}, "label ${i}");`);
  return lines.join('\n');
}

describe('incremental re-scan (big documents in the editor)', () => {
  it('after random typing, deleting and pasting, finds exactly what a full scan finds', () => {
    const random = rng(7);
    let text = document();
    let findings = scanner.scan(text, ctx);
    for (let step = 0; step < 60; step++) {
      const at = Math.floor(random() * text.length);
      const kind = step % 4;
      const change: TextChange =
        kind === 0 ? { rangeOffset: at, rangeLength: 0, text: 'x' } // typing
          : kind === 1 ? { rangeOffset: at, rangeLength: Math.min(40, text.length - at), text: '' } // deleting, maybe through a key
            : kind === 2 ? { rangeOffset: at, rangeLength: 0, text: `\nconst t${step} = "${crcToken(join('gh', 'p_'), step)}";\n` } // pasting a token
              : { rangeOffset: text.indexOf('\n', at) + 1, rangeLength: 0, text: 'line one\nline two\n' }; // pasting lines
      const next = editAndRescan(text, findings, [change]);
      text = next.text;
      findings = next.findings;
      assert.deepStrictEqual(shown(findings), shown(scanner.scan(text, ctx)), `step ${step} (${['type', 'delete', 'paste token', 'paste lines'][kind]})`);
    }
  }).timeout(10_000); // 120 scans of a 220 KB document: 2 s is too tight on a loaded 2-core machine

  it('several changes before one re-scan (fast typing) are folded into one dirty region', () => {
    let text = document();
    const findings = scanner.scan(text, ctx);
    const key = openaiProjectKey(4242);
    // Type a key one chunk at a time at the start of line 2500, as keystrokes arrive.
    const lineStart = text.split('\n').slice(0, 2500).join('\n').length + 1;
    const chunks = ['const fresh = "', key.slice(0, 40), key.slice(40), '";\n'];
    let offset = lineStart;
    const changes = chunks.map(t => { const c = { rangeOffset: offset, rangeLength: 0, text: t }; offset += t.length; return c; });
    const next = editAndRescan(text, findings, changes);
    text = next.text;
    assert.deepStrictEqual(shown(next.findings), shown(scanner.scan(text, ctx)));
    assert.ok(next.findings.some(f => f.range.start.line === 2500), 'the new key is found on its line');
  });
});
