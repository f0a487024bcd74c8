import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, EVENT_NAMES, splitChannel, type EventName } from '../common/channels.js';
import type { MastheadApi } from '../common/ipc.js';

/**
 * Exposes window.masthead: one named function per API channel (`masthead.article.save(req)`) and
 * a listener registry limited to our event names. The renderer never sees ipcRenderer.
 */
const api: Record<string, Record<string, (request: unknown) => Promise<unknown>>> = {};
for (const channel of CHANNEL_NAMES) {
  const [namespace, verb] = splitChannel(channel);
  api[namespace] ??= {};
  api[namespace][verb] = (request: unknown) => ipcRenderer.invoke(channel, request);
}

const events: MastheadApi['events'] = {
  on(event, listener) {
    if (!EVENT_NAMES.includes(event as EventName)) throw new Error(`Unknown event ${String(event)}`);
    const wrapped = (_event: Electron.IpcRendererEvent, payload: Parameters<typeof listener>[0]): void => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
};

/** Photos come from the app's own protocol (electron/main/protocol.ts), which reads them from the open library. */
const mediaUrl: MastheadApi['mediaUrl'] = (folder, file) => `app://masthead/media/${encodeURIComponent(folder)}/${encodeURIComponent(file)}`;

contextBridge.exposeInMainWorld('masthead', { ...api, mediaUrl, events });
