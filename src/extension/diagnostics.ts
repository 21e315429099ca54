/**
 * Turns the findings in the store into diagnostics: one collection, re-rendered per file
 * whenever the store says the file changed.
 */

import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, escapeControls, ruleById, type AllowlistEntry, type Confidence, type Finding, type Severity } from '../core';
import { toRange, type FindingStore } from './findingStore';
import { DIAGNOSTIC_SOURCE } from './ids';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** How the finding was recognised, in words a user can weigh. */
export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  'verified-format': 'checksum verified',
  provider: 'provider format',
  generic: 'generic: name + entropy',
};

export class DiagnosticsPublisher implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('secretHygiene');
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: FindingStore) {
    this.subscription = store.onDidChange(uris => uris.forEach(u => this.render(u)));
  }

  private render(uri: vscode.Uri): void {
    const findings = this.store.get(uri);
    if (findings.length) this.collection.set(uri, findings.map(f => toDiagnostic(uri, f)));
    else this.collection.delete(uri);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}

export function toDiagnostic(uri: vscode.Uri, f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(f), diagnosticMessage(f), SEVERITY[f.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  const docs = ruleDocsUrl(f.ruleId);
  d.code = docs ? { value: f.ruleId, target: vscode.Uri.parse(docs) } : f.ruleId;
  if (f.related?.length) {
    d.relatedInformation = f.related.map(r => new vscode.DiagnosticRelatedInformation(
      new vscode.Location(uri, toRange(r)), `Paired with this ${ruleById(r.ruleId)?.title ?? r.ruleId}`));
  }
  return d;
}

/** A detail longer than this is advice, not a label: it goes to the hover. */
const SHORT_DETAIL = 40;

/**
 * One short line, masked value only: `OpenAI project API key hardcoded: sk-pro…x9Qa (provider format)`.
 * A title that already says what is wrong ("Hardcoded password", "Secret written to logs")
 * gets no second "hardcoded". Advice and the rotation steps are in the hover (FindingHover).
 */
export function diagnosticMessage(f: Finding): string {
  const what = /hardcoded|written|logged|exposed|committed|leak|in git/i.test(f.title) ? f.title : `${f.title} hardcoded`;
  const detail = f.detail && f.detail.length <= SHORT_DETAIL ? f.detail : undefined;
  return `${what}: ${f.masked} (${[CONFIDENCE_LABEL[f.confidence], detail].filter(Boolean).join('; ')})`;
}

/** The advice the one-line diagnostic leaves out: shown when hovering over a finding. */
export class FindingHover implements vscode.HoverProvider {
  /** `expiredEntry`: the allowlist entry that hid the finding until it expired (FolderConfigs). */
  constructor(private readonly store: FindingStore, private readonly expiredEntry?: (uri: vscode.Uri, f: Finding) => AllowlistEntry | undefined) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const expired = (f: Finding) => this.expiredEntry?.(document.uri, f);
    const here = this.store.get(document.uri).filter(f => toRange(f).contains(position) && (f.advice || f.detail || f.rotateUrl || expired(f)));
    if (!here.length) return undefined;
    return new vscode.Hover(here.map(f => {
      const md = findingTooltip(f);
      const entry = expired(f);
      // The reason is text from the repository's config file: plain text, control characters escaped.
      if (entry) md.appendText(`\n\nAllowlisted until ${entry.expires}${entry.reason ? ` (reason: ${escapeControls(entry.reason)})` : ''}; that entry has expired, so it is reported again. Remove it or set a later "expires" in ${CONFIG_FILE_NAME}.`);
      return md;
    }), toRange(here[0]));
  }
}

/** Title, masked value, why it was reported, the advice, and where to rotate or read more. */
export function findingTooltip(f: Finding): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${escapeMarkdown(f.title)}**: \`${codeSpan(f.masked)}\`\n\n`);
  // A detail may quote a token's own claims (a JWT's issuer): plain text, never markdown or links.
  md.appendMarkdown(`${f.severity} · ${CONFIDENCE_LABEL[f.confidence]}${f.detail ? ` · ${escapeMarkdown(f.detail)}` : ''} · rule \`${f.ruleId}\`\n\n`);
  if (f.reasons?.length) md.appendText(`Flagged because: ${f.reasons.join('; ')}\n\n`);
  if (f.advice) md.appendMarkdown(`${f.advice}\n\n`);
  const url = ruleDocsUrl(f.ruleId);
  if (url) md.appendMarkdown(`[${f.rotateUrl ? 'Rotate this credential' : 'About this format'}](${url})`);
  return md;
}

/** Text as literal markdown: every markdown punctuation character backslash-escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, '\\$&');
}

/** Text inside a `code span`: backticks cannot close it early. */
export function codeSpan(text: string): string {
  return text.replace(/`/g, "'");
}

/** Where to rotate the credential, else where its format is documented. */
export function ruleDocsUrl(ruleId: string): string | undefined {
  const rule = ruleById(ruleId);
  return rule?.rotateUrl ?? rule?.docsUrl;
}
