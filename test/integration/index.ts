/**
 * Entry point of the integration suite, called by VS Code's extension host with the
 * extensionTestsPath contract (the offline harness and @vscode/test-electron both use it).
 */

import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  return runSuite(__dirname);
}

/** Runs every `*.test.js` of `dir` (not its subfolders: the multi-root suite has its own launch). */
export function runSuite(dir: string): Promise<void> {
  // Generous: file watching and settings updates can lag by seconds on a loaded CI machine; a passing
  // test returns as soon as its condition holds, so this only bounds how long a failure takes.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 180_000, reporter: 'spec' });
  // `SECRET_HYGIENE_TEST_GREP='status|Quick fixes' npm run test:integration` runs a subset while
  // developing (a regular expression over the full test titles).
  if (process.env.SECRET_HYGIENE_TEST_GREP) mocha.grep(new RegExp(process.env.SECRET_HYGIENE_TEST_GREP));
  for (const file of fs.readdirSync(dir).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(dir, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures => {
      // The launcher reads this file (the extension host runs in local Node on the same machine).
      const out = process.env.SECRET_HYGIENE_RESULT_FILE;
      if (out) fs.writeFileSync(out, JSON.stringify({ passes: runner.stats?.passes ?? 0, failures }));
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
