import { FIRST_SCREEN_ROWS } from '../../../electron/common/rules/library-order.js';
import { api } from '../../api';

/**
 * The first screen of the library list is asked for as soon as the page's code starts (main.tsx
 * imports this module first), so the main process reads it while the strings load and React
 * starts, instead of after.
 */
let early: ReturnType<typeof api.library.list> | null = api.library.list({ first: FIRST_SCREEN_ROWS });

/** The first screen of the list: the early answer the first time, a fresh one after that. */
export function firstScreen(): ReturnType<typeof api.library.list> {
  const answer = early ?? api.library.list({ first: FIRST_SCREEN_ROWS });
  early = null;
  return answer;
}
