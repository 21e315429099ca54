/**
 * SARIF 2.1.0 report, for GitHub code scanning and other SARIF viewers. Every rule of the
 * catalogue is listed (viewers show rule help even for rules without results), results point
 * at the secret's 1-based region, and `partialFingerprints` carry our line-independent
 * fingerprint so alerts survive code moving around.
 */

import { pathToFileURL } from 'node:url';
import { RULES, type Rule, type Severity } from '../../core';
import type { ReportFinding, ScanResult } from '../scan';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFO_URI = 'https://github.com/secret-hygiene/secret-hygiene';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub code scanning ranks security alerts by this (0–10). */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', info: '2.0' };

export function sarifReport(result: ScanResult, toolVersion: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Secret Hygiene', informationUri: INFO_URI, version: toolVersion, semanticVersion: toolVersion, rules: RULES.map(sarifRule) } },
      originalUriBaseIds: { '%SRCROOT%': { uri: folderUri(result.base) } },
      invocations: [{
        executionSuccessful: true,
        toolExecutionNotifications: result.skipped.map(s => ({
          level: 'note',
          message: { text: `Skipped (${s.reason}): ${s.path}` },
          locations: [{ physicalLocation: { artifactLocation: artifact(s.path) } }],
        })),
      }],
      results: result.findings.map(f => sarifResult(f, ruleIndex.get(f.ruleId))),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function sarifRule(rule: Rule) {
  const what = rule.description ?? `${rule.title} (${rule.provider}).`;
  const rotate = rule.rotateUrl ? `Revoke or rotate it at ${rule.rotateUrl}` : 'Revoke or rotate it with the provider';
  const fix = `Move the value out of the source: read it from the environment (${rule.envVar}) or a secret manager, ` +
    `and keep .env files out of version control. ${rotate}, since anyone who saw the code or its history may have it.`;
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: `Hardcoded ${rule.title}` },
    fullDescription: { text: what },
    help: {
      text: `${what}\n\n${fix}`,
      markdown: `**${rule.title}** (${rule.provider}): ${what}\n\n` +
        `- Move the value to an environment variable such as \`${rule.envVar}\` or a secret manager.\n` +
        `- ${rule.rotateUrl ? `Rotate it at <${rule.rotateUrl}>` : 'Rotate it with the provider'}: it is in the history already.\n` +
        (rule.docsUrl ? `- Format documentation: <${rule.docsUrl}>\n` : ''),
    },
    ...(rule.rotateUrl ?? rule.docsUrl ? { helpUri: rule.rotateUrl ?? rule.docsUrl } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ['security', 'secret', rule.provider],
      precision: rule.confidence === 'generic' ? 'medium' : rule.confidence === 'provider' ? 'high' : 'very-high',
      'security-severity': SECURITY_SEVERITY[rule.severity],
    },
  };
}

function sarifResult(f: ReportFinding, ruleIndex: number | undefined) {
  const detail = f.detail ? ` (${f.detail})` : '';
  return {
    ruleId: f.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[f.severity],
    message: { text: f.commit
      ? `${f.provider} ${f.title} added in commit ${f.commit}: ${f.masked}${detail}.${f.inHead === false ? ' Removed from the tree but still in history: rotate it.' : ' Rotate it.'}`
      : `${f.provider} ${f.title} hardcoded: ${f.masked}${detail}. Move it to ${f.envVar} and rotate it.` },
    locations: [{
      physicalLocation: {
        artifactLocation: artifact(f.path),
        region: {
          startLine: f.range.start.line + 1,
          startColumn: f.range.start.column + 1,
          endLine: f.range.end.line + 1,
          endColumn: f.range.end.column + 1,
        },
      },
    }],
    // --history: the same secret in two commits is two results; the commit keeps them apart.
    partialFingerprints: { 'secretHygiene/v1': f.fingerprint, ...(f.commit ? { 'secretHygiene/commit/v1': `${f.commit}:${f.fingerprint}` } : {}) },
    properties: {
      confidence: f.confidence, masked: f.masked, ...(f.tags?.length ? { tags: f.tags } : {}),
      ...(f.commit ? { commit: f.commit } : {}), ...(f.inHead !== undefined ? { inHead: f.inHead } : {}),
    },
  };
}

function artifact(relPath: string) {
  return { uri: relPath.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function folderUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function pascalCase(id: string): string {
  return id.split('-').map(w => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}
