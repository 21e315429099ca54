/**
 * SARIF 2.1.0 report, for GitHub code scanning and other SARIF viewers. Every rule of the
 * catalogue is listed (viewers show rule help even for rules without results), results point
 * at the secret's 1-based region, and `partialFingerprints` tell results apart by rule, masked
 * value and place (file and occurrence in it, not the line), so alerts survive code moving
 * around and the same secret in two places is two alerts. Follows GitHub code scanning's limits:
 * at most 25,000 results per run (the most severe kept, the cut said), URIs relative to the
 * repository root, a help URI for every rule.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { RULES, sha256Hex, type Rule, type Severity } from '../../core';
import type { ReportFinding, ScanResult } from '../scan';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFO_URI = 'https://github.com/secret-hygiene/secret-hygiene';
/** Rules with neither a rotation page nor format docs link to their row in the rule list. */
const RULES_DOC = `${INFO_URI}/blob/main/docs/rules.md`;
const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub code scanning ranks security alerts by this (0–10). */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', info: '2.0' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** GitHub code scanning rejects a run with more results than this. */
export const MAX_SARIF_RESULTS = 25_000;

export interface SarifOptions {
  /**
   * The repository's top folder: artifact URIs are relative to it (GitHub resolves them
   * against the repository, whatever sub-folder was scanned). Default: the scan's base.
   */
  root?: string;
  /** Results per run (GitHub's limit by default). */
  maxResults?: number;
}

export function sarifReport(result: ScanResult, toolVersion: string, options: SarifOptions = {}): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const { root, prefix } = rootAndPrefix(result.base, options.root);
  const max = options.maxResults ?? MAX_SARIF_RESULTS;
  // Over the limit, keep the most severe (stable within a severity: report order).
  const kept = result.findings.length <= max ? result.findings
    : result.findings.map((f, i) => ({ f, i })).sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
      .slice(0, max).sort((a, b) => a.i - b.i).map(x => x.f);
  const dropped = result.findings.length - kept.length;
  const occurrences = new Map<string, number>();
  const log: Sarif.Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Secret Hygiene', informationUri: INFO_URI, version: toolVersion, semanticVersion: toolVersion, rules: RULES.map(sarifRule) } },
      originalUriBaseIds: { '%SRCROOT%': { uri: folderUri(root) } },
      invocations: [{
        executionSuccessful: true,
        toolExecutionNotifications: [
          ...(dropped ? [{
            level: 'warning',
            message: { text: `${dropped} of ${result.findings.length} results left out: GitHub code scanning accepts at most ${max} per run. ` +
              'The most severe are kept; run with --format json for all of them.' },
          } satisfies Sarif.Notification] : []),
          ...result.skipped.map((s): Sarif.Notification => ({
            level: 'note',
            message: { text: `Skipped (${s.reason}): ${prefix + s.path}` },
            locations: [{ physicalLocation: { artifactLocation: artifact(prefix + s.path) } }],
          })),
        ],
      }],
      results: kept.map(f => sarifResult(f, ruleIndex.get(f.ruleId), prefix + f.path, occurrences)),
      ...(dropped ? { properties: { resultsTruncated: true, resultsTotal: result.findings.length } } : {}),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** "OpenAI project API key", not "OpenAI OpenAI project API key". */
export function labelOf(provider: string, title: string): string {
  return title.toLowerCase().startsWith(provider.toLowerCase()) ? title : `${provider} ${title}`;
}

function sarifRule(rule: Rule): Sarif.ReportingDescriptor {
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
    helpUri: rule.rotateUrl ?? rule.docsUrl ?? `${RULES_DOC}#${rule.id}`,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ['security', 'secret', rule.provider],
      precision: rule.confidence === 'generic' ? 'medium' : rule.confidence === 'provider' ? 'high' : 'very-high',
      'security-severity': SECURITY_SEVERITY[rule.severity],
    },
  };
}

function sarifResult(f: ReportFinding, ruleIndex: number | undefined, uri: string, occurrences: Map<string, number>): Sarif.Result {
  const detail = f.detail ? ` (${f.detail})` : '';
  const what = labelOf(f.provider, f.title);
  // The nth result with this fingerprint in this file (and commit): distinct per place, yet
  // unchanged when lines are added above it.
  const place = `${f.commit ?? ''}\0${uri}\0${f.fingerprint}`;
  const nth = (occurrences.get(place) ?? 0) + 1;
  occurrences.set(place, nth);
  return {
    ruleId: f.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[f.severity],
    message: { text: f.commit
      ? `${what} added in commit ${f.commit}: ${f.masked}${detail}.${f.inHead === false ? ' Removed from the tree but still in history: rotate it.' : ' Rotate it.'}`
      : `${what} hardcoded: ${f.masked}${detail}. Move it to ${f.envVar} and rotate it.` },
    locations: [{
      physicalLocation: {
        artifactLocation: artifact(uri),
        region: {
          startLine: f.range.start.line + 1,
          startColumn: f.range.start.column + 1,
          endLine: f.range.end.line + 1,
          endColumn: f.range.end.column + 1,
        },
      },
    }],
    // Built from the published fingerprint (which hides the value) and the place.
    partialFingerprints: { 'secretHygiene/v2': sha256Hex(`${place}\0${nth}`).slice(0, 32) },
    properties: {
      confidence: f.confidence, masked: f.masked, fingerprint: f.fingerprint,
      // The finding's own severity (raised when committed or client-exposed, lowered in tests).
      'security-severity': SECURITY_SEVERITY[f.severity],
      ...(f.tags?.length ? { tags: f.tags } : {}),
      ...(f.commit ? { commit: f.commit } : {}), ...(f.inHead !== undefined ? { inHead: f.inHead } : {}),
    },
  };
}

/**
 * The URI base and the prefix that turns a base-relative path into a root-relative one
 * (`src/` when `scan src` ran at the repository's top). No root, or a base outside it: the base.
 */
function rootAndPrefix(base: string, root: string | undefined): { root: string; prefix: string } {
  if (!root) return { root: base, prefix: '' };
  const rel = path.relative(realpath(root), realpath(base)).split(path.sep).join('/');
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { root: base, prefix: '' };
  return { root, prefix: rel ? `${rel}/` : '' };
}

function realpath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

function artifact(relPath: string): Sarif.ArtifactLocation {
  return { uri: relPath.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function folderUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function pascalCase(id: string): string {
  return id.split('-').map(w => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}
