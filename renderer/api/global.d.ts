import type { MastheadApi } from '../../electron/common/ipc.js';

declare global {
  interface Window {
    /** Exposed by the Electron preload through contextBridge; absent in a plain browser. */
    masthead?: MastheadApi;
  }
}
