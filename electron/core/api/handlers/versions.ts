import type { Workspace } from '../../app/workspace.js';
import type { HandlerSet } from '../dispatcher.js';

type VersionChannels = 'versions:list' | 'versions:save' | 'versions:get' | 'versions:restore';

/** The versions kept in an article's bundle. */
export function versionHandlers(workspace: Workspace): Pick<HandlerSet, VersionChannels> {
  return {
    'versions:list': async ({ slug }) => workspace.versions.list(await workspace.library.bundleDirectory(slug)),
    'versions:save': async ({ slug, label, reason }) => workspace.articles.takeVersion(slug, reason ?? 'manual', label ?? null),
    'versions:get': async ({ slug, versionId }) => workspace.versions.get(await workspace.library.bundleDirectory(slug), versionId),
    'versions:restore': async ({ slug, versionId }) => workspace.articles.restoreVersion(slug, versionId),
  };
}
