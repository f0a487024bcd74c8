import type { Workspace } from '../../app/workspace.js';
import { exportArticle } from '../../export/index.js';
import type { HandlerSet } from '../dispatcher.js';

export function exportHandlers(workspace: Workspace): Pick<HandlerSet, 'article:export'> {
  return {
    // Reads the saved article (the renderer saves pending edits first); writes nothing.
    'article:export': async ({ folder, format }) => {
      const { article } = await workspace.library.open(folder);
      return exportArticle(article, format);
    },
  };
}
