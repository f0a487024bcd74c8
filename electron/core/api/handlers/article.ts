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
    'article:create': async ({ headline, language }) => workspace.library.create(headline ?? '', language),
    'article:open': async ({ folder, fromBackup }) => workspace.library.open(folder, { fromBackup: fromBackup ?? false }),
    'article:save': async ({ folder, article, baseUpdatedAt, force }) => workspace.articles.save(folder, article, baseUpdatedAt, force ?? false),
    'article:rename': async ({ folder, newFolder }) => workspace.library.rename(folder, newFolder),
    'article:duplicate': async ({ folder }) => workspace.articles.duplicate(folder),
    'article:delete': async ({ folder }) => workspace.library.delete(folder),
    'article:restoreBackup': async ({ folder }) => workspace.library.restoreBackup(folder),
  };
}
