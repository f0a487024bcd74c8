import { ApiFailure } from '../errors.js';

/**
 * What went wrong talking to a CMS, sorted by what the outbox does about it:
 * - offline: not reached, timed out, 5xx, 429 — wait and try again with backoff;
 * - sign-in: 401/403 — wait for the user to fix the credentials;
 * - rejected / not-found: the site refused with a reason — show it, don't retry by itself.
 */
export type CmsFailureKind = 'offline' | 'sign-in' | 'rejected' | 'not-found';

export class CmsError extends Error {
  readonly status: number | null;
  readonly wpCode: string | null;
  readonly termId: number | null;

  constructor(
    readonly kind: CmsFailureKind,
    message: string,
    extra: { status?: number; wpCode?: string | null; termId?: number | null } = {},
  ) {
    super(message);
    this.name = 'CmsError';
    this.status = extra.status ?? null;
    this.wpCode = extra.wpCode ?? null;
    this.termId = extra.termId ?? null;
  }

  toApiFailure(): ApiFailure {
    const code = this.kind === 'offline' ? 'OFFLINE' : this.kind === 'sign-in' ? 'NEEDS_SIGN_IN' : 'REMOTE_REJECTED';
    return new ApiFailure(code, this.message);
  }
}

/** The host (and port) a user recognises, without path or credentials. */
export function siteLabel(siteUrl: string): string {
  try {
    return new URL(siteUrl).host;
  } catch {
    return 'the site';
  }
}

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was cut',
  ENOTFOUND: 'the name was not found (are you offline?)',
  EAI_AGAIN: 'the name could not be looked up (are you offline?)',
  ETIMEDOUT: 'it did not answer in time',
  EHOSTUNREACH: 'it cannot be reached from this network',
  ENETUNREACH: 'there is no network',
  UND_ERR_SOCKET: 'the connection was cut',
  UND_ERR_CONNECT_TIMEOUT: 'it did not answer in time',
};

/** "Could not reach example.com: the connection was refused." from fetch's error and its cause. */
export function describeNetworkFailure(label: string, err: unknown): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return `Could not reach ${label}: it did not answer in time.`;
  const cause = err instanceof Error ? (err.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : null;
  const reason = code ? (NETWORK_REASONS[code] ?? `network error ${code}`) : 'the network failed';
  return `Could not reach ${label}: ${reason}.`;
}
