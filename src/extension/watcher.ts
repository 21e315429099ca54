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
    const toScan = new Map<string, vscode.Uri>();
    const newFolders: vscode.Uri[] = [];
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
      if (deleted) services.git.refreshSoon();
      // Events come late and merged: a folder deleted and created again may arrive as one
      // change of the folder, a delete after the file was written again. What is on disk now decides.
      const kind = await kindOnDisk(uri);
      if (kind !== 'file') await forgetWhatIsGone(uri);
      if (kind === 'file') toScan.set(uri.toString(), uri);
      else if (kind === 'folder' && !deleted) newFolders.push(uri);
    }
    // A folder that appears (copied, unpacked) may hold files written before the watcher
    // watched it, whose own events never come. Only for a few folders at once, and not for
    // excluded ones: `npm install` or a checkout creates thousands, and their files' events come.
    if (disk.workspaceScanned && newFolders.length <= MAX_NEW_FOLDERS) {
      for (const dir of newFolders) {
        if (!(await disk.isIncluded(vscode.Uri.joinPath(dir, PROBE)))) continue;
        for (const f of await filesIn(dir)) toScan.set(f.toString(), f);
      }
    }
    for (const uri of toScan.values()) {
      if (disk.workspaceScanned && (await disk.isIncluded(uri))) await disk.scanFile(uri, { onlyIfIncluded: true });
    }
    if (configChanged) await services.rescan();
  };
  /** Results of files at or under a path (deleted, or a folder that changed) whose files are gone. */
  const forgetWhatIsGone = async (target: vscode.Uri) => {
    for (const uri of services.store.scannedUnder(target)) if (!(await exists(uri))) services.store.removeScanned(uri);
    for (const uri of deps.live.loadedUnder(target)) if (!(await exists(uri))) deps.live.forgetIfHidden(uri);
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

/** Files a new folder's event stands for, at most; a bigger folder's files come with their own events. */
const MAX_FOLDER_FILES = 500;
/** New folders in one burst whose files are listed; more is a bulk operation whose file events come. */
const MAX_NEW_FOLDERS = 16;
/** A name inside a folder, to ask whether the folder's files are excluded or git-ignored. */
const PROBE = '.secret-hygiene-probe';

/** The files under a folder, as a workspace scan lists them (files.exclude applied); none past the cap. */
async function filesIn(folder: vscode.Uri): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*'), undefined, MAX_FOLDER_FILES + 1);
  return found.length > MAX_FOLDER_FILES ? [] : found;
}

/** Whether `uri` is a file or a folder now, or nothing. */
async function kindOnDisk(uri: vscode.Uri): Promise<'file' | 'folder' | undefined> {
  return vscode.workspace.fs.stat(uri).then(s => ((s.type & vscode.FileType.File) !== 0 ? 'file' : 'folder'), () => undefined);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return (await kindOnDisk(uri)) !== undefined;
}
