/**
 * `secret-hygiene rules [RULE-ID] [--format json]`: the rule catalogue, for people (a list that
 * fits 80 columns, or one rule explained) and for tools (JSON with the same facts).
 */

import { RULES, type Rule } from '../core';
import type { RulesOptions } from './args';
import { CliError } from './scan';

export function rulesCommand(options: RulesOptions): string {
  const rules = options.id ? [findRule(options.id)] : RULES;
  if (options.format === 'json') return JSON.stringify(options.id ? ruleFacts(rules[0]) : rules.map(ruleFacts), null, 2) + '\n';
  return options.id ? explain(rules[0]) : list(rules);
}

function findRule(id: string): Rule {
  const rule = RULES.find(r => r.id === id);
  if (!rule) throw new CliError(`no rule "${id.slice(0, 60)}" (secret-hygiene rules lists them)`);
  return rule;
}

/** The facts a tool needs: everything but the matcher itself. */
function ruleFacts(r: Rule) {
  return {
    id: r.id, provider: r.provider, title: r.title, severity: r.severity, confidence: r.confidence, envVar: r.envVar,
    ...(r.description ? { description: r.description } : {}),
    ...(r.rotateUrl ? { rotateUrl: r.rotateUrl } : {}),
    ...(r.docsUrl ? { docsUrl: r.docsUrl } : {}),
  };
}

function list(rules: readonly Rule[]): string {
  const idW = Math.min(34, Math.max(...rules.map(r => r.id.length)));
  const lines = rules.map(r => {
    const head = `${r.id.padEnd(idW)}  ${r.severity.padEnd(7)}  `;
    const room = 80 - Math.max(head.length, idW + 11);
    return `${head}${r.title.length <= room ? r.title : `${r.title.slice(0, room - 1)}…`}`;
  });
  return `${lines.join('\n')}\n\n${rules.length} rules. Explain one: secret-hygiene rules RULE-ID\n`;
}

function explain(r: Rule): string {
  const lines = [
    `${r.id}: ${r.title}`,
    '',
    ...(r.description ? [...wrap(r.description, 80), ''] : []),
    `  provider          ${r.provider}`,
    `  severity          ${r.severity} (default; lower in tests, examples and docs)`,
    `  confidence        ${r.confidence}`,
    `  env variable      ${r.envVar} (the name a fix moves the value to)`,
    ...(r.rotateUrl ? [`  rotate            ${r.rotateUrl}`] : []),
    ...(r.docsUrl && r.docsUrl !== r.rotateUrl ? [`  format            ${r.docsUrl}`] : []),
    '',
    'Change or turn it off in .secrethygiene.json:',
    `  {"rules": {"${r.id}": "off"}}    (or "error", "warning", "info")`,
    `Ignore one line: a comment on it holding  secret-hygiene:ignore ${r.id}`,
  ];
  return lines.join('\n') + '\n';
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) out.push(line);
  return out;
}
