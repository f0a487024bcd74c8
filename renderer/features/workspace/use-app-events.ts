import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../electron/common/ipc.js';
import { api } from '../../api';
import type { Workspace } from './use-workspace';

interface AppCommands {
  workspace: Workspace;
  /** Saves the article open beside (split view), if any. */
  flushBeside(): Promise<boolean>;
  showTrash(): void;
  showRename(): void;
  showExport(): void;
  showSettings(): void;
  sendToCms(): void;
  checkCms(): void;
}

/**
 * Everything that saves or acts without a click in the page: the native menu, the window
 * closing, Ctrl/Cmd+S, and leaving the window (blur, hidden tab) — the moments edits are most
 * likely to be lost if they wait for the autosave pause.
 */
export function useAppEvents(commands: AppCommands): void {
  const latest = useRef(commands);
  latest.current = commands;

  useEffect(() => {
    const flushAll = (): Promise<[boolean, boolean]> => Promise.all([latest.current.workspace.flush(), latest.current.flushBeside()]);
    const flush = (): void => void flushAll();

    const runMenuCommand = (command: MenuCommand): void => {
      const { workspace, showTrash, showRename, showExport, showSettings, sendToCms, checkCms } = latest.current;
      switch (command) {
        case 'new-article':
          void workspace.create();
          break;
        case 'save':
          flush();
          break;
        case 'rename-article':
          if (workspace.view.kind === 'article') showRename();
          break;
        case 'export-article':
          if (workspace.view.kind === 'article') showExport();
          break;
        case 'duplicate-article':
          void workspace.duplicateCurrent();
          break;
        case 'delete-article':
          void workspace.deleteCurrent();
          break;
        case 'show-trash':
          showTrash();
          break;
        case 'open-settings':
          showSettings();
          break;
        case 'send-to-cms':
          if (workspace.view.kind === 'article') sendToCms();
          break;
        case 'check-cms':
          if (workspace.view.kind === 'article') checkCms();
          break;
      }
    };

    const onKeyDown = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        flush();
      }
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };

    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('blur', flush);
    document.addEventListener('visibilitychange', onVisibility);
    const unsubscribe = [
      api.events.on('menu:command', ({ command }) => runMenuCommand(command)),
      api.events.on('app:beforeClose', () => {
        void (async () => {
          // Whatever happened to the save, the window must be allowed to close; a failure is
          // already on screen and a conflict cannot be settled without the user.
          await flushAll();
          await api.app.closeReady({});
        })();
      }),
    ];
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('blur', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      for (const off of unsubscribe) off();
    };
  }, []);
}
