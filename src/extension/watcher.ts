/**
 * Keeps scan results current as files change on disk (save, create, delete, rename = delete +
 * create, branch switches) and re-reads suppression files and git facts when they change.
 */

import * as vscode from 'vscode';
import type { LiveScan } from './liveScan';
import type { DiskScanner } from './scanWorkspace';
import type { ExtensionServices } from './services';

/** File events arrive in bursts (checkout, formatter on save): handle each file once per burst. */
const BURST_MS = 300;

export interface FileWatch extends vscode.Disposable {
  /** No file event waiting to be handled. */
  readonly idle: boolean;
}

export function watchFiles(deps: { services: ExtensionServices; disk: DiskScanner; live: LiveScan }): FileWatch {
  const { services, disk } = deps;
  const watcher = vscode.workspace.createFileSystemWatcher('**/*');
  const pending = new Map<string, { uri: vscode.Uri; deleted: boolean }>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Bursts are handled one after another, never interleaved.
  let chain: Promise<void> = Promise.resolve();
  let busy = 0;

  const flush = async () => {
    timer = undefined;
    const batch = [...pending.values()];
    pending.clear();
    let configChanged = false;
    for (const { uri, deleted } of batch) {
      if (uri.path.includes('/.git/')) {
        services.git.refreshSoon(); // index/HEAD changed: tracked files may differ
        continue;
      }
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder && services.configs.isConfigFile(folder, uri)) {
        services.configs.invalidate(folder);
        configChanged = true;
      }
      if (deleted) {
        services.store.removeScanned(uri);
        deps.live.forgetDeleted(uri);
        services.git.refreshSoon();
      } else if (disk.workspaceScanned && (await disk.isIncluded(uri))) {
        await disk.scanFile(uri, { onlyIfIncluded: true });
      }
    }
    if (configChanged) await services.rescan();
  };
  const queue = (uri: vscode.Uri, deleted: boolean) => {
    pending.set(uri.toString(), { uri, deleted });
    timer ??= setTimeout(() => {
      busy++;
      chain = chain.then(flush)
        .catch(e => services.log.error(`file watcher: ${(e as Error).message}`))
        .finally(() => busy--);
    }, BURST_MS);
  };
  const disposable = vscode.Disposable.from(
    watcher,
    watcher.onDidCreate(uri => { queue(uri, false); services.git.refreshSoon(); }),
    watcher.onDidChange(uri => queue(uri, false)),
    watcher.onDidDelete(uri => queue(uri, true)),
    { dispose: () => timer && clearTimeout(timer) },
  );
  return { dispose: () => disposable.dispose(), get idle() { return !timer && busy === 0; } };
}
