/**
 * Turns the findings in the store into diagnostics: one collection, re-rendered per file
 * whenever the store says the file changed.
 */

import * as vscode from 'vscode';
import { ruleById, type Confidence, type Finding, type Severity } from '../core';
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

/** `OpenAI project API key hardcoded: sk-pro…x9Qa (provider format)`: masked value only. */
export function diagnosticMessage(f: Finding): string {
  const why = [CONFIDENCE_LABEL[f.confidence], f.detail].filter(Boolean).join('; ');
  return `${f.title} hardcoded: ${f.masked} (${why})${f.advice ? ` ${f.advice}` : ''}`;
}

/** Where to rotate the credential, else where its format is documented. */
export function ruleDocsUrl(ruleId: string): string | undefined {
  const rule = ruleById(ruleId);
  return rule?.rotateUrl ?? rule?.docsUrl;
}
