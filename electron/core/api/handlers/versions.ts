import type { Workspace } from '../../app/workspace.js';
import type { HandlerSet } from '../dispatcher.js';

type VersionChannels = 'versions:list' | 'versions:save' | 'versions:get' | 'versions:restore';

/** The versions kept in an article's bundle. */
export function versionHandlers(workspace: Workspace): Pick<HandlerSet, VersionChannels> {
  return {
    'versions:list': async ({ slug }) => workspace.versions.list(await workspace.library.bundleDirectory(slug)),
    'versions:save': async ({ slug, label, reason }) => {
      const { article } = await workspace.library.open(slug);
      return workspace.versions.take(await workspace.library.bundleDirectory(slug), article, reason ?? 'manual', label ?? null);
    },
    'versions:get': async ({ slug, versionId }) => workspace.versions.get(await workspace.library.bundleDirectory(slug), versionId),
    'versions:restore': async ({ slug, versionId }) => {
      const dir = await workspace.library.bundleDirectory(slug);
      const version = await workspace.versions.get(dir, versionId);
      const { article: current } = await workspace.library.open(slug);
      await workspace.versions.take(dir, current, 'before-restore');
      // The version keeps the article's identity; only its content comes back.
      await workspace.library.save(slug, { ...version, id: current.id, createdAt: current.createdAt }, current.updatedAt);
      return workspace.library.open(slug);
    },
  };
}
