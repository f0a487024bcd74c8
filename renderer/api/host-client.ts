import type { ApiError, EventName, EventTypes, MastheadApi, Result } from '../../electron/common/ipc.js';

/**
 * The API object for the browser host: the same shape as the Electron preload's `window.masthead`,
 * built from a Proxy so the renderer needs no runtime copy of the channel list (that list lives in
 * electron/common next to its zod schemas, which the renderer must not bundle).
 * `api.<ns>.<verb>(request)` becomes `POST /api/<ns>:<verb>`; events arrive by Server-Sent Events.
 * Photos are `GET /media/<folder>/<file>` with the token in the query, since an <img> sends no headers.
 */

function failure(code: ApiError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function isResultEnvelope(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

async function call(token: string, channel: string, request: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(request ?? {}),
    });
  } catch (err) {
    return failure('IO_ERROR', `The Masthead host did not answer (${err instanceof Error ? err.message : String(err)})`);
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A body that is not JSON is reported by status below.
  }
  if (!response.ok) {
    const code = response.status === 401 || response.status === 403 ? 'FORBIDDEN' : 'IO_ERROR';
    const message = isResultEnvelope(body) && !body.ok ? body.error.message : `HTTP ${response.status} ${response.statusText}`.trim();
    return failure(code, message);
  }
  return isResultEnvelope(body) ? body : failure('IO_ERROR', `Unexpected answer from the Masthead host for ${channel}`);
}

type Listener = (payload: never) => void;

/** One EventSource for the page, opened on the first subscription. */
function createEvents(token: string): MastheadApi['events'] {
  let source: EventSource | null = null;
  const listeners = new Map<EventName, Set<Listener>>();
  let dropped = false;

  const deliver = (name: EventName, payload: unknown): void => {
    for (const listener of listeners.get(name) ?? []) (listener as (p: unknown) => void)(payload);
  };

  const connect = (): EventSource => {
    const es = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    es.addEventListener('error', () => {
      dropped = true;
    });
    es.addEventListener('open', () => {
      // EventSource reconnects by itself, but events sent while it was away are lost: have the
      // library re-read its list rather than show a stale one.
      if (dropped) deliver('library:changed', { path: '' });
      dropped = false;
    });
    return es;
  };

  const attached = new Set<EventName>();
  return {
    on<E extends EventName>(event: E, listener: (payload: EventTypes[E]) => void): () => void {
      source ??= connect();
      if (!attached.has(event)) {
        attached.add(event);
        source.addEventListener(event, (message) => {
          let payload: unknown;
          try {
            payload = JSON.parse((message as MessageEvent<string>).data);
          } catch {
            return;
          }
          deliver(event, payload);
        });
      }
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener as Listener);
      return () => {
        set.delete(listener as Listener);
      };
    },
  };
}

export function createHostClient(token: string): MastheadApi {
  const events = createEvents(token);
  const mediaUrl: MastheadApi['mediaUrl'] = (folder, file) =>
    `/media/${encodeURIComponent(folder)}/${encodeURIComponent(file)}?token=${encodeURIComponent(token)}`;
  const namespaces = new Map<string, object>();
  const namespace = (ns: string): object =>
    new Proxy(
      {},
      {
        get(_target, verb) {
          // `then` must stay undefined, or awaiting a namespace object would call the host.
          if (typeof verb !== 'string' || verb === 'then') return undefined;
          return (request: unknown) => call(token, `${ns}:${verb}`, request);
        },
      },
    );
  return new Proxy({} as MastheadApi, {
    get(_target, ns) {
      if (ns === 'events') return events;
      if (ns === 'mediaUrl') return mediaUrl;
      if (typeof ns !== 'string' || ns === 'then') return undefined;
      let api = namespaces.get(ns);
      if (!api) {
        api = namespace(ns);
        namespaces.set(ns, api);
      }
      return api;
    },
  });
}
