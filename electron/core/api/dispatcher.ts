import { describeSchemaError } from '../../common/article.js';
import { requestSchemas, type Channel, type RequestOf, type ResponseOf, type Result } from '../../common/ipc.js';
import { ApiFailure } from '../errors.js';

export type Handler<C extends Channel> = (request: RequestOf<C>) => Promise<ResponseOf<C>>;
export type HandlerSet = { [C in Channel]: Handler<C> };

/**
 * Largest request we accept on either transport: a 25 MB photo or file to import is about 35 MB
 * as base64, and the channel's own limit refuses a larger file by name rather than by transport.
 */
export const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

export type Dispatch = (channel: string, payload: unknown) => Promise<Result<unknown>>;

function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(requestSchemas, name);
}

/**
 * The one wrapper every request goes through, on both transports: known channel, payload valid
 * against the channel's zod schema, handler run, errors turned into a result envelope with a
 * stable code. Transports check the sender (IPC frame, HTTP token and origin) before calling it.
 */
export function createDispatcher(handlers: HandlerSet, log: (message: string) => void = console.error): Dispatch {
  return async (channel, payload) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'INVALID_REQUEST', message: `Unknown channel "${channel.slice(0, 64)}"` } };
    }
    const parsed = requestSchemas[channel].safeParse(payload ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'INVALID_REQUEST', message: `Invalid request for ${channel}: ${describeSchemaError(parsed.error)}` } };
    }
    try {
      const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (err) {
      if (err instanceof ApiFailure) return { ok: false, error: { code: err.code, message: err.message } };
      // Unexpected failures are logged with their stack but never with the payload (it may hold article text or secrets).
      log(`[masthead] ${channel} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return { ok: false, error: { code: 'INTERNAL', message: `Something went wrong in ${channel}. The details are in the log.` } };
    }
  };
}
