import { app, session, shell, type WebContents } from 'electron';
import { externalUrl, isAppUrl } from './window-options.js';

/**
 * Guards every web contents and the default session: no navigation away from the app, no new
 * windows (safe links go to the OS browser), no webviews, no permissions.
 */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const external = externalUrl(url);
      if (external) void shell.openExternal(external);
      return { action: 'deny' };
    });
  });
}

export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
