/**
 * The browser host hands the page its per-launch secret in the URL fragment (`#token=…`), which
 * never reaches a server log. We keep it in sessionStorage so a reload still works, and take it
 * out of the visible address so it is not copied or bookmarked by accident.
 */
const STORAGE_KEY = 'masthead.hostToken';

export function takeHostToken(): string {
  const match = /(?:^#|&)token=([^&]*)/.exec(window.location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    sessionStorage.setItem(STORAGE_KEY, token);
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    return token;
  }
  return sessionStorage.getItem(STORAGE_KEY) ?? '';
}
