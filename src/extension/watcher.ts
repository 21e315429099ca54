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

export function watchFiles(deps: { services: ExtensionServices; disk: DiskScanner; live: LiveScan }): vscode.Disposable {
  const { services, disk } = deps;
  const watcher = vscode.workspace.createFileSystemWatcher('**/*');
  const pending = new Map<string, { uri: vscode.Uri; deleted: boolean }>();
  let timer: ReturnType<typeof setTimeout> | undefined;

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
        services.git.refreshSoon();
      } else if (disk.workspaceScanned && (await disk.isIncluded(uri))) {
        await disk.scanFile(uri);
      }
    }
    if (configChanged) await services.rescan();
  };
  const queue = (uri: vscode.Uri, deleted: boolean) => {
    pending.set(uri.toString(), { uri, deleted });
    timer ??= setTimeout(() => void flush().catch(e => services.log.error(`file watcher: ${(e as Error).message}`)), BURST_MS);
  };
  return vscode.Disposable.from(
    watcher,
    watcher.onDidCreate(uri => { queue(uri, false); services.git.refreshSoon(); }),
    watcher.onDidChange(uri => queue(uri, false)),
    watcher.onDidDelete(uri => queue(uri, true)),
    { dispose: () => timer && clearTimeout(timer) },
  );
}
