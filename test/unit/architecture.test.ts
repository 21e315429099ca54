import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  it('the engine imports neither vscode nor Node built-ins (it must run in a web worker)', () => {
    const offenders: string[] = [];
    for (const file of sources(path.join(ROOT, 'src', 'core'))) {
      const text = fs.readFileSync(file, 'utf8');
      const imports = [...text.matchAll(/(?:from\s+|require\(|import\()\s*['"]([^'"]+)['"]/g)].map(m => m[1]);
      for (const spec of imports) {
        if (!spec.startsWith('.')) offenders.push(`${path.relative(ROOT, file)}: ${spec}`);
      }
      // Strings are dropped first; a backslash is read with its escaped character only (a lone
      // `.` alternative would backtrack exponentially over regex literals full of `\t`).
      if (/\b(?:process|Buffer|__dirname)\./.test(text.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '').replace(/(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g, ''))) {
        offenders.push(`${path.relative(ROOT, file)}: uses a Node global`);
      }
    }
    assert.deepStrictEqual(offenders, []);
  });

  it('rules never import checks (checks build on rules; the catalogue joins both from outside)', () => {
    const offenders: string[] = [];
    const rulesDir = path.join(ROOT, 'src', 'core', 'rules');
    const checksDir = path.join(ROOT, 'src', 'core', 'checks');
    for (const file of sources(rulesDir)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from\s+|require\(|import\()\s*['"](\.[^'"]*)['"]/g)) {
        const target = path.resolve(path.dirname(file), m[1]);
        if (target === checksDir || target.startsWith(checksDir + path.sep)) offenders.push(`${path.relative(ROOT, file)}: ${m[1]}`);
      }
    }
    assert.deepStrictEqual(offenders, []);
  });
});
