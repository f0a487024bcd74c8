import type { Workspace } from '../../app/workspace.js';
import type { HandlerSet } from '../dispatcher.js';

type VersionChannels = 'versions:list' | 'versions:save' | 'versions:get' | 'versions:restore';

/** The versions kept in an article's bundle. */
export function versionHandlers(workspace: Workspace): Pick<HandlerSet, VersionChannels> {
  return {
    'versions:list': async ({ folder }) => workspace.versions.list(await workspace.library.bundleDirectory(folder)),
    'versions:save': async ({ folder, label, reason }) => workspace.articles.takeVersion(folder, reason ?? 'manual', label ?? null),
    'versions:get': async ({ folder, versionId }) => workspace.versions.get(await workspace.library.bundleDirectory(folder), versionId),
    'versions:restore': async ({ folder, versionId }) => workspace.articles.restoreVersion(folder, versionId),
  };
}
