/**
 * Codes that stand in for a second factor or unlock a disk, kept in notes and break-glass files:
 * BitLocker's recovery password (its blocks carry a check of their own), and an account's
 * two-factor recovery codes listed under their words.
 */

import type { RawMatch, Rule } from '../types';

/** Eight blocks of six digits, as BitLocker shows its recovery password. */
const BITLOCKER_PASSWORD = /(?<![\d-])(?<secret>\d{6}(?:-\d{6}){7})(?![\d-])/g;

/**
 * Each block of a BitLocker recovery password is a 16-bit part of the key times 11: divisible by
 * 11 and below 65,536 × 11. Eight blocks pass by chance once in 11⁸ (about 2 × 10⁸).
 */
function isBitlockerPassword(value: string): boolean {
  return value.split('-').every(block => Number(block) % 11 === 0 && Number(block) < 720896);
}

function bitlockerPasswords(window: string, start: number): RawMatch[] {
  const out: RawMatch[] = [];
  BITLOCKER_PASSWORD.lastIndex = 0;
  for (let m = BITLOCKER_PASSWORD.exec(window); m; m = BITLOCKER_PASSWORD.exec(window)) {
    const value = m.groups!.secret;
    if (isBitlockerPassword(value) && !/^(\d)\1{5}(?:-\1{6}){7}$/.test(value)) out.push({ start: start + m.index, end: start + m.index + value.length, value });
  }
  return out;
}

/** One code: GitHub's (`b786e-7cf44`, ten hex digits in two fives) or eight digits, spaced in fours or not (Google's). */
const CODE = String.raw`(?:[0-9a-f]{5}-[0-9a-f]{5}|\d{4}[ \t]?\d{4})`;
/** A list item's marker before a code: `1.`, `2)`, `-`, `*`, `•`. */
const MARKER = String.raw`(?:(?:\d{1,2}[.)]|[-*•])[ \t]{1,4})?`;
/** A line of one to four codes and nothing else. */
const CODE_LINE = new RegExp(String.raw`^[ \t]{0,12}${MARKER}${CODE}(?:[ \t]{1,12}${MARKER}${CODE}){0,3}[ \t]*\r?$`);
/** Where a run's first code starts, after indentation and a list marker. */
const FIRST_CODE = new RegExp(`(?<![\\w-])${CODE}`);
/** Fewer codes than this make no list (a date, a number in prose). */
const MIN_CODES = 3;

/**
 * The runs of lines holding only codes in the window: one finding per run, from its first code to
 * its last (each code signs in once; the list is the secret). GitHub's hex codes need a letter
 * among them; digit codes come from the words above them (the window opens at them).
 */
function recoveryCodeLists(window: string, start: number): RawMatch[] {
  const out: RawMatch[] = [];
  let runStart = -1, runEnd = -1, codes = 0;
  const close = () => {
    const run = window.slice(runStart, runEnd).trimEnd();
    const first = run.search(FIRST_CODE);
    const value = run.slice(first);
    if (codes >= MIN_CODES && (/[a-f]/.test(value) || /\d{4}[ \t]?\d{4}/.test(value))) {
      out.push({ start: start + runStart + first, end: start + runStart + run.length, value });
    }
    runStart = -1;
    codes = 0;
  };
  for (let lineStart = 0; lineStart < window.length;) {
    const nl = window.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? window.length : nl;
    const line = window.slice(lineStart, lineEnd);
    if (CODE_LINE.test(line)) {
      if (runStart < 0) runStart = lineStart;
      runEnd = lineEnd;
      codes += line.match(new RegExp(CODE, 'g'))!.length;
    } else if (runStart >= 0 && line.trim()) close();
    lineStart = lineEnd + 1;
  }
  if (runStart >= 0) close();
  return out;
}

export const recoveryCodeRules: Rule[] = [
  {
    id: 'bitlocker-recovery-key', provider: 'BitLocker', title: 'BitLocker recovery password',
    source: 'Microsoft Learn, "BitLocker recovery overview" (a 48-digit recovery password in eight groups of six); libbde documentation, "BitLocker Drive Encryption (BDE) format" (each group is a 16-bit value times 11)',
    keywords: ['recovery', 'bitlocker', 'wiederherstellung', 'recupera', 'herstelsleutel', 'ripristino', '回復キー', '恢复密钥', 'восстановлени'],
    window: { before: 0, after: 600, wholeLines: true },
    find: (window, start) => bitlockerPasswords(window, start),
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'BITLOCKER_RECOVERY_PASSWORD', rotateUrl: 'https://learn.microsoft.com/windows/security/operating-system-security/data-protection/bitlocker/recovery-overview',
    description: 'A BitLocker recovery password (48 digits in eight blocks, each a multiple of 11): it unlocks the encrypted drive without its TPM or PIN. Keep it in Entra ID, Active Directory or a password manager; after it has been seen, rotate it (manage-bde -protectors).',
  },
  {
    id: 'two-factor-recovery-codes', provider: 'Generic', title: 'Two-factor recovery codes',
    source: 'GitHub Docs, "Configuring two-factor authentication recovery methods" (github-recovery-codes.txt, codes of ten hex digits); Google Account Help, "Sign in with backup codes" (eight digits each)',
    keywords: ['recovery code', 'backup code', 'recovery-code', 'recovery_code', 'backup-code', 'backup verification code', 'codes de secours', 'wiederherstellungscodes', 'backup-codes'],
    // GitHub's own download holds the codes and nothing else.
    paths: /(?:^|\/)[\w.-]{0,40}recovery[-_]?codes[\w.-]{0,40}\.txt$/i,
    window: { before: 0, after: 1200, wholeLines: true },
    find: (window, start) => recoveryCodeLists(window, start),
    skipPlaceholderCheck: true,
    confidence: 'generic', severity: 'warning',
    envVar: 'RECOVERY_CODES', rotateUrl: 'https://docs.github.com/authentication/securing-your-account-with-two-factor-authentication-2fa/configuring-two-factor-authentication-recovery-methods',
    description: 'A list of an account\'s two-factor recovery codes (GitHub\'s ten hex digits, Google\'s eight digits): each one signs in without the second factor. Keep them in a password manager, and regenerate them once they have been seen.',
  },
];
