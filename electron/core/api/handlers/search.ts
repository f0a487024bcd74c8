import { SearchRequest } from '../../../common/search.js';
import type { Workspace } from '../../app/workspace.js';
import type { HandlerSet } from '../dispatcher.js';

/** Full-text search and filters over the open library. */
export function searchHandlers(workspace: Workspace): Pick<HandlerSet, 'search:query' | 'search:facets'> {
  return {
    // Parsed again for the defaults' types (the dispatcher has already validated it).
    'search:query': async (request) => workspace.search.query(SearchRequest.parse(request)),
    'search:facets': async () => workspace.search.facets(),
  };
}
