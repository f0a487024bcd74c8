import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES } from '../common/channels.js';
import type { Result } from '../common/ipc.js';
import type { Dispatch } from '../core/api/index.js';
import { isAppUrl } from './window-options.js';

/** Only our own renderer's top frame may call the API. */
function trustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame === event.sender.mainFrame && isAppUrl(frame.url);
}

const FORBIDDEN: Result<never> = { ok: false, error: { code: 'FORBIDDEN', message: 'This window may not use the Masthead API' } };

/** The Electron transport: every channel goes through the sender check, then the shared dispatcher. */
export function registerIpc(dispatch: Dispatch): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, payload: unknown) => (trustedSender(event) ? dispatch(channel, payload) : FORBIDDEN));
  }
}
