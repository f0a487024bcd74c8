import type { Workspace } from '../app/workspace.js';
import { createDispatcher, type Dispatch } from './dispatcher.js';
import { appHandlers, type AppPort } from './handlers/app.js';
import { articleHandlers } from './handlers/article.js';
import { exportHandlers } from './handlers/export.js';
import { importHandlers } from './handlers/import.js';
import { libraryHandlers, type LibraryPort } from './handlers/library.js';
import { mediaHandlers } from './handlers/media.js';
import { sendHandlers } from './handlers/send.js';
import { searchHandlers } from './handlers/search.js';
import { trashHandlers } from './handlers/trash.js';
import { versionHandlers } from './handlers/versions.js';

export type { Dispatch } from './dispatcher.js';
export type { AppPort } from './handlers/app.js';
export type { LibraryPort } from './handlers/library.js';

/** The full handler set, one file per namespace, behind the shared dispatcher. */
export function createApi(workspace: Workspace, ports: { app: AppPort; library: LibraryPort }): Dispatch {
  return createDispatcher({
    ...appHandlers(ports.app),
    ...libraryHandlers(workspace, ports.library),
    ...articleHandlers(workspace),
    ...exportHandlers(workspace),
    ...trashHandlers(workspace),
    ...mediaHandlers(workspace),
    ...importHandlers(),
    ...sendHandlers(workspace),
    ...versionHandlers(workspace),
    ...searchHandlers(workspace),
  });
}
