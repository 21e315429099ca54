/**
 * The README stays a two-minute read whose set-up commands are the ones `.ci/run` and package.json
 * make true, and no relative link in the README, CONTRIBUTING.md or docs/ points nowhere.
 */

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const REPO = path.resolve(__dirname, '..', '..', '..');
const read = (rel: string) => fs.readFileSync(path.join(REPO, rel), 'utf8');

describe('README and docs', () => {
  it('README: at most about 8 KB, with the two set-up commands that work', () => {
    const readme = read('README.md');
    assert.ok(Buffer.byteLength(readme) <= 8 * 1024, `README.md is ${Buffer.byteLength(readme)} bytes`);
    assert.ok(readme.includes('```sh\nnpm install && npm run scan -- <folder>\n```'));
    assert.ok(readme.includes('```sh\nnpm test\n```'));
    const scripts = JSON.parse(read('package.json')).scripts;
    assert.ok(scripts.scan && scripts.test && scripts.prepare, 'scan, test and prepare scripts');
  });

  it('every relative link resolves', () => {
    const files = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...fs.readdirSync(path.join(REPO, 'docs')).filter(f => f.endsWith('.md')).map(f => `docs/${f}`)];
    const broken: string[] = [];
    for (const file of files) {
      for (const m of read(file).matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1].split('#')[0];
        if (!target || /^[a-z]+:/i.test(target)) continue;
        if (!fs.existsSync(path.join(REPO, path.dirname(file), target))) broken.push(`${file} → ${m[1]}`);
      }
    }
    assert.deepStrictEqual(broken, []);
  });
});
