/** Fixes for a secret found inside a `.env`-style file: keep the file out of git, and say what a commit means. */

import { appendLines } from './edits';
import { isEnvTemplate } from '../fileKinds';
import { ignoreLineFor, isGitIgnored } from './gitignore';
import type { EnvFileFixInput, FixPlan } from './types';

export function planEnvFileFix(input: EnvFileFixInput): FixPlan {
  const path = input.envPath.replace(/\\/g, '/').replace(/^\.\//, '');
  const notes: string[] = [];
  const plan: FixPlan = { title: `Add ${path} to .gitignore`, edits: [], envName: '', notes };
  if (isEnvTemplate(path)) {
    plan.title = `${path} is meant to be committed`;
    notes.push(`${path} is a template: replace the value with a placeholder and keep the real one in .env.`);
  } else if (isGitIgnored(input.gitignoreText, path)) {
    plan.title = `${path} is already git-ignored`;
  } else if (input.gitignoreText !== undefined || input.inGitRepo) {
    plan.edits.push(appendLines('gitignore', input.gitignoreText, [ignoreLineFor(path)]));
  } else {
    plan.title = `Keep ${path} out of version control`;
    notes.push('This folder is not a git repository yet: add the file to .gitignore when you create one.');
  }
  if (input.tracked) {
    const where = input.rotateUrl ? ` (revoke at ${input.rotateUrl})` : '';
    notes.unshift(`committed: rotate the key now${where}. It stays in the git history even after removal.`);
    if (!isEnvTemplate(path)) notes.push(`.gitignore does not untrack a committed file: run \`git rm --cached -- ${path}\`.`);
  }
  return plan;
}
