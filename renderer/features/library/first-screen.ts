import { api } from '../../api';

/** Rows asked for before the whole list: more than any window shows at once. */
export const FIRST_SCREEN = 100;

/**
 * The first screen of the library list is asked for as soon as the page's code starts (main.tsx
 * imports this module first), so the main process reads it while the strings load and React
 * starts, instead of after.
 */
let early: ReturnType<typeof api.library.list> | null = api.library.list({ first: FIRST_SCREEN });

/** The first screen of the list: the early answer the first time, a fresh one after that. */
export function firstScreen(): ReturnType<typeof api.library.list> {
  const answer = early ?? api.library.list({ first: FIRST_SCREEN });
  early = null;
  return answer;
}
