import type { AppInfo } from '../../../common/ipc.js';
import type { HandlerSet } from '../dispatcher.js';

export interface AppPort {
  info: AppInfo;
  /** The renderer has saved after app:beforeClose; the transport may now close. */
  closeReady(): void;
}

export function appHandlers(port: AppPort): Pick<HandlerSet, 'app:info' | 'app:closeReady'> {
  return {
    'app:info': async () => port.info,
    'app:closeReady': async () => {
      port.closeReady();
      return null;
    },
  };
}
