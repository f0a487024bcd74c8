import type { ExportedFile } from '../../../electron/common/ipc.js';

/**
 * Offers a file to the user as a download: a Blob behind an `<a download>`. The browser host
 * saves it like any download; in Electron the session asks where to save it.
 */
export function offerDownload(file: ExportedFile): void {
  const blob = new Blob([file.content], { type: `${file.mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = file.fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has its own copy once it starts; give slow save dialogs time before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
