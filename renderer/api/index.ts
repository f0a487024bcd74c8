import type { MastheadApi } from '../../electron/common/ipc.js';
import { createHostClient } from './host-client';
import { takeHostToken } from './host-token';

/**
 * The one API object the renderer talks to. In Electron the preload exposes it as
 * `window.masthead`; in a browser served by the Masthead host we build the same shape over HTTP.
 */
export const api: MastheadApi = window.masthead ?? createHostClient(takeHostToken());

export type { MastheadApi };
