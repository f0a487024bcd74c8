import { z } from 'zod';
import { Article, type ArticleSummary, type TrashEntry } from './article.js';
import { isSafeSlug } from './slug.js';
import type { Channel, EventName, Namespace } from './channels.js';

export { CHANNEL_NAMES, EVENT_NAMES, splitChannel, type Channel, type EventName, type Namespace } from './channels.js';

/**
 * The API contract shared by the Electron IPC transport and the browser host. Every channel is
 * `namespace:verb` with a zod schema for its request; responses travel in a Result envelope
 * whose error carries a stable code the UI translates.
 */

export const Slug = z.string().max(120).refine(isSafeSlug, { message: 'not a valid article name' });
const LibraryPath = z.string().min(1).max(4096);

export const ERROR_CODES = [
  'INVALID_REQUEST',
  'NOT_FOUND',
  'DAMAGED',
  'CONFLICT',
  'ALREADY_EXISTS',
  'DISK_FULL',
  'PERMISSION_DENIED',
  'IO_ERROR',
  'FORBIDDEN',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export interface ApiError {
  code: ErrorCode;
  message: string;
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface LibraryInfo {
  path: string;
  recent: string[];
}
export interface OpenedArticle {
  slug: string;
  article: Article;
  /** Set when the article was loaded from article.json.bak because article.json is damaged. */
  fromBackup: boolean;
}
export interface SavedArticle {
  slug: string;
  updatedAt: string;
}
export interface AppInfo {
  version: string;
  transport: 'electron' | 'browser';
  platform: string;
}

/** Request schemas, by channel. */
export const requestSchemas = {
  'app:info': z.strictObject({}),
  'library:info': z.strictObject({}),
  'library:open': z.strictObject({ path: LibraryPath }),
  'library:choose': z.strictObject({}),
  'library:list': z.strictObject({}),
  'article:create': z.strictObject({ headline: z.string().max(1000).optional() }),
  'article:open': z.strictObject({ slug: Slug, fromBackup: z.boolean().optional() }),
  'article:save': z.strictObject({
    slug: Slug,
    article: Article,
    /** updatedAt of the version the editor started from; a newer file on disk is a conflict. */
    baseUpdatedAt: z.string().max(64).nullable(),
    /** Overwrite a file changed by another program: only after the user chose "Keep mine". */
    force: z.boolean().optional(),
  }),
  'article:rename': z.strictObject({ slug: Slug, newSlug: z.string().min(1).max(1000) }),
  'article:duplicate': z.strictObject({ slug: Slug }),
  'article:delete': z.strictObject({ slug: Slug }),
  'article:restoreBackup': z.strictObject({ slug: Slug }),
  'trash:list': z.strictObject({}),
  'trash:restore': z.strictObject({ trashId: z.string().min(1).max(200).regex(/^[\w.\-\p{L}\p{N}\p{M}]+$/u) }),
  'trash:empty': z.strictObject({}),
  'app:closeReady': z.strictObject({}),
} as const satisfies { [C in Channel]: z.ZodType };

/** Response types, by channel. */
export interface ResponseTypes {
  'app:info': AppInfo;
  'library:info': LibraryInfo;
  'library:open': LibraryInfo;
  'library:choose': LibraryInfo | null;
  'library:list': ArticleSummary[];
  'article:create': OpenedArticle;
  'article:open': OpenedArticle;
  'article:save': SavedArticle;
  'article:rename': { slug: string };
  'article:duplicate': { slug: string };
  'article:delete': { trashId: string };
  'article:restoreBackup': OpenedArticle;
  'trash:list': TrashEntry[];
  'trash:restore': { slug: string };
  'trash:empty': { removed: number };
  'app:closeReady': null;
}

export type RequestOf<C extends Channel> = z.input<(typeof requestSchemas)[C]>;
export type ResponseOf<C extends Channel> = ResponseTypes[C];

/** Events pushed from the core to the renderer, by name. */
export interface EventTypes extends Record<EventName, unknown> {
  /** The library's articles changed (ours or another program's write, a new folder, a delete). */
  'library:changed': { path: string };
  /** An article's files were changed by another program. */
  'article:changedOnDisk': { slug: string; deleted: boolean };
  /** The window is closing: the renderer saves, then calls app:closeReady. */
  'app:beforeClose': Record<string, never>;
  /** A menu command for the renderer (File > New Article, Save…). */
  'menu:command': { command: MenuCommand };
}
export type MenuCommand = 'new-article' | 'save' | 'rename-article' | 'delete-article' | 'show-trash';

/**
 * The typed API object the renderer talks to (window.masthead in Electron, the host client in
 * the browser): one named function per channel, `api.article.open({slug})`, and
 * `api.events.on('library:changed', fn)` for pushed events.
 */
export type MastheadApi = {
  [N in Namespace]: {
    [C in Channel as C extends `${N}:${infer V}` ? V : never]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
  };
} & {
  events: { on<E extends EventName>(event: E, listener: (payload: EventTypes[E]) => void): () => void };
};
