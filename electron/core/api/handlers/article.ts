import type { Workspace } from '../../app/workspace.js';
import type { HandlerSet } from '../dispatcher.js';

type ArticleChannels =
  | 'article:create'
  | 'article:open'
  | 'article:save'
  | 'article:rename'
  | 'article:duplicate'
  | 'article:delete'
  | 'article:restoreBackup';

export function articleHandlers(workspace: Workspace): Pick<HandlerSet, ArticleChannels> {
  return {
    'article:create': async ({ headline }) => workspace.library.create(headline ?? ''),
    'article:open': async ({ slug, fromBackup }) => workspace.library.open(slug, { fromBackup: fromBackup ?? false }),
    'article:save': async ({ slug, article, baseUpdatedAt, force }) => {
      const saved = await workspace.library.save(slug, article, baseUpdatedAt, force ?? false);
      // Autosave runs every few seconds of typing; a version is kept at most every 10 minutes.
      await workspace.versions.afterSave(await workspace.library.bundleDirectory(saved.slug), async () => (await workspace.library.open(saved.slug)).article);
      return saved;
    },
    'article:rename': async ({ slug, newSlug }) => workspace.library.rename(slug, newSlug),
    'article:duplicate': async ({ slug }) => workspace.library.duplicate(slug),
    'article:delete': async ({ slug }) => workspace.library.delete(slug),
    'article:restoreBackup': async ({ slug }) => workspace.library.restoreBackup(slug),
  };
}
