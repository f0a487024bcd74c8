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
    'article:save': async ({ slug, article, baseUpdatedAt, force }) => workspace.articles.save(slug, article, baseUpdatedAt, force ?? false),
    'article:rename': async ({ slug, newSlug }) => workspace.library.rename(slug, newSlug),
    'article:duplicate': async ({ slug }) => workspace.articles.duplicate(slug),
    'article:delete': async ({ slug }) => workspace.library.delete(slug),
    'article:restoreBackup': async ({ slug }) => workspace.library.restoreBackup(slug),
  };
}
