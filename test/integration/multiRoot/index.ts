/** Entry point of the multi-root suite: VS Code opens a `.code-workspace` of two folders for it (test/harness). */

import { runSuite } from '../index';

export function run(): Promise<void> {
  return runSuite(__dirname);
}
