import { z } from 'zod';
import { Article, ArticleLanguage, type ArticleSummary, type Contributor, type Priority, type TrashEntry } from './article.js';
import type { PhotoMime } from './rules/photo.js';
import { isSafeSlug } from './rules/slug.js';
import { ARABIC_QUOTE_STYLES, type ArabicQuoteStyle } from './rules/smart-quotes.js';
import { ExportFormat } from './export-format.js';
import type { VersionSummary } from './versions.js';
import { FolderTargetInput, JobId, TargetId, WordPressTargetInput, type CmsCheck, type OutboxJob, type Target, type RemoteCopy, type TargetList } from './send.js';
import type { Channel, EventName, Namespace } from './channels.js';
import { SearchRequest, type IndexingProgress, type SearchFacets, type SearchResults } from './search.js';

export { CHANNEL_NAMES, EVENT_NAMES, splitChannel, type Channel, type EventName, type Namespace } from './channels.js';

/**
 * The API contract shared by the Electron IPC transport and the browser host. Every channel is
 * `namespace:verb` with a zod schema for its request; responses travel in a Result envelope
 * whose error carries a stable code the UI translates.
 */

export const FolderName = z.string().max(120).refine(isSafeSlug, { message: 'not a valid article name' });
const LibraryPath = z.string().min(1).max(4096);
const VersionId = z.string().regex(/^[0-9a-f]{8}$/, { message: 'not a version id' });

export const ERROR_CODES = [
  'INVALID_REQUEST',
  'NOT_FOUND',
  'DAMAGED',
  'CONFLICT',
  'UNSUPPORTED_MEDIA',
  'TOO_LARGE',
  'ALREADY_EXISTS',
  'DISK_FULL',
  'PERMISSION_DENIED',
  'IO_ERROR',
  'FORBIDDEN',
  /** A CMS refused the credentials (401/403): the user fixes them in Settings. */
  'NEEDS_SIGN_IN',
  /** A CMS could not be reached (offline, down, timed out, 5xx). */
  'OFFLINE',
  /** A CMS answered with a reason (4xx); the message is the site's own. */
  'REMOTE_REJECTED',
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
  folder: string;
  article: Article;
  /** Set when the article was loaded from article.json.bak because article.json is damaged. */
  fromBackup: boolean;
}
export interface SavedArticle {
  folder: string;
  updatedAt: string;
}
/** Base64 of a file of up to 25 MB, with room for the service to refuse a larger one by name. */
const Base64File = z.string().max(48 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'not base64' });
const FileName = z.string().min(1).max(255);

export interface AddedMedia {
  /** File name inside the bundle's media/ folder (content hash + extension). */
  file: string;
  mime: PhotoMime;
  width: number | null;
  height: number | null;
}

/**
 * A file converted for import: HTML still to be cleaned by the renderer's paste pipeline (the
 * same cleaning as a paste), plus what plain wire copy tells about headline, byline and time.
 */
export interface ImportedDocument {
  headline: string;
  html: string;
  language: ArticleLanguage;
  byline: Contributor[];
  publishAt: string | null;
  timeZone: string | null;
  /** Wire copy's dateline ("CAIRO"), '' when it has none. */
  dateline: string;
  /** The agencies the copy credits (dateline, credit line, copyright holder). */
  sources: string[];
  /** A wire item's slugline or keyword and subjects. */
  tags: string[];
  /** A wire item's priority or urgency; null when the file says none. */
  priority: Priority | null;
  /** Things the converter could not carry over, for the user to check (e.g. "2 unsupported images"). */
  warnings: string[];
}

export interface LibrarySuggestions {
  /** Contributors used before in this library, most used first. */
  contributors: Contributor[];
  sections: string[];
  tags: string[];
  sources: string[];
}

export interface LibrarySettings {
  /** The sections an article can be filed in, in the desk's order. */
  sections: string[];
  /** The quotation marks typed in Arabic blocks: « » (guillemets) or ” “ (reversed). */
  arabicQuotes: ArabicQuoteStyle;
}

export { EXPORT_FORMATS, ExportFormat } from './export-format.js';

/** An exported article, for the renderer to offer as a download. Photos are at `media/<file>`. */
export interface ExportedFile {
  /** The folder with the format's extension: `.html`, `.md`, `.json`, `.xml`. */
  fileName: string;
  mime: string;
  content: string;
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
  /**
   * `first`: only the top of the list, fast, for the first screen of a big library (the full list
   * follows). `folders`: only these rows (the ones a change named); those that are gone are left out.
   */
  'library:list': z.strictObject({ first: z.number().int().min(1).max(1000).optional(), folders: z.array(FolderName).max(1000).optional() }),
  /** `language`: the new article's (the window sends its interface language); English when left out. */
  'article:create': z.strictObject({ headline: z.string().max(1000).optional(), language: ArticleLanguage.optional() }),
  'article:open': z.strictObject({ folder: FolderName, fromBackup: z.boolean().optional() }),
  'article:save': z.strictObject({
    folder: FolderName,
    article: Article,
    /** updatedAt of the version the editor started from; a newer file on disk is a conflict. */
    baseUpdatedAt: z.string().max(64).nullable(),
    /** Overwrite a file changed by another program: only after the user chose "Keep mine". */
    force: z.boolean().optional(),
  }),
  'article:rename': z.strictObject({ folder: FolderName, newFolder: z.string().min(1).max(1000) }),
  'article:duplicate': z.strictObject({ folder: FolderName }),
  'article:delete': z.strictObject({ folder: FolderName }),
  'article:restoreBackup': z.strictObject({ folder: FolderName }),
  'article:export': z.strictObject({ folder: FolderName, format: ExportFormat }),
  'trash:list': z.strictObject({}),
  'trash:restore': z.strictObject({ trashId: z.string().min(1).max(200).regex(/^[\w.\-\p{L}\p{N}\p{M}]+$/u) }),
  'trash:empty': z.strictObject({}),
  'app:closeReady': z.strictObject({}),
  'media:add': z.strictObject({ folder: FolderName, name: FileName, data: Base64File }),
  /** Which of an article's photo files are not in its media folder (the Ready to publish check). */
  'media:missing': z.strictObject({ folder: FolderName, files: z.array(FileName).max(1000) }),
  'import:convert': z.strictObject({ name: FileName, data: Base64File }),
  'library:suggestions': z.strictObject({}),
  'library:settings': z.strictObject({}),
  /** Each setting given is saved; the others keep their values. */
  'library:updateSettings': z.strictObject({
    sections: z.array(z.string().trim().min(1).max(100)).max(200).optional(),
    arabicQuotes: z.enum(ARABIC_QUOTE_STYLES).optional(),
  }),
  'app:setSpellcheckLanguages': z.strictObject({ languages: z.array(ArticleLanguage).max(2) }),
  'targets:list': z.strictObject({}),
  'targets:addWordPress': WordPressTargetInput,
  'targets:updateWordPress': WordPressTargetInput.extend({ id: TargetId, applicationPassword: WordPressTargetInput.shape.applicationPassword.optional() }),
  'targets:addFolder': FolderTargetInput,
  'targets:remove': z.strictObject({ id: TargetId }),
  'targets:connect': z.strictObject({ id: TargetId }),
  'outbox:list': z.strictObject({}),
  /** Queue the saved article for every target, or for the ones named. */
  'outbox:send': z.strictObject({ folder: FolderName, targetIds: z.array(TargetId).max(50).optional() }),
  /** Try a waiting job now (or every waiting job, e.g. when the network is back). */
  'outbox:retry': z.strictObject({ jobId: JobId.optional() }),
  /** Clear a job that is sent or failed off the list. */
  'outbox:remove': z.strictObject({ jobId: JobId }),
  'cms:check': z.strictObject({ folder: FolderName }),
  'cms:remote': z.strictObject({ folder: FolderName, targetId: TargetId }),
  /** The renderer saved the article after deciding against this CMS copy (taken whole, or merged in the review): it is the new common ground. */
  'cms:markTaken': z.strictObject({ folder: FolderName, targetId: TargetId, modifiedAt: z.string().max(64), fingerprint: z.string().regex(/^[0-9a-f]{64}$/) }),
  'versions:list': z.strictObject({ folder: FolderName }),
  /** "Save version" (with an optional label), or the renderer's version before it takes a CMS copy. */
  'versions:save': z.strictObject({ folder: FolderName, label: z.string().trim().max(200).optional(), reason: z.enum(['manual', 'before-take-remote']).optional() }),
  'versions:get': z.strictObject({ folder: FolderName, versionId: VersionId }),
  /** Makes a version the article again; the article as it was becomes a version first. */
  'versions:restore': z.strictObject({ folder: FolderName, versionId: VersionId }),
  /** Text and filters combined; empty text lists the filtered articles in the chosen order. */
  'search:query': SearchRequest,
  /** The values the filter controls offer. */
  'search:facets': z.strictObject({}),
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
  'article:rename': { folder: string };
  'article:duplicate': { folder: string };
  'article:delete': { trashId: string };
  'article:restoreBackup': OpenedArticle;
  'article:export': ExportedFile;
  'trash:list': TrashEntry[];
  'trash:restore': { folder: string };
  'trash:empty': { removed: number };
  'app:closeReady': null;
  'media:add': AddedMedia;
  'media:missing': string[];
  'import:convert': ImportedDocument;
  'library:suggestions': LibrarySuggestions;
  'library:settings': LibrarySettings;
  'library:updateSettings': LibrarySettings;
  'app:setSpellcheckLanguages': null;
  'targets:list': TargetList;
  'targets:addWordPress': Target;
  'targets:updateWordPress': Target;
  'targets:addFolder': Target;
  'targets:remove': null;
  'targets:connect': Target;
  'outbox:list': OutboxJob[];
  'outbox:send': OutboxJob[];
  'outbox:retry': OutboxJob[];
  'outbox:remove': OutboxJob[];
  'cms:check': CmsCheck[];
  'cms:remote': RemoteCopy;
  'cms:markTaken': null;
  'versions:list': VersionSummary[];
  'versions:save': VersionSummary | null;
  'versions:get': Article;
  'versions:restore': OpenedArticle;
  'search:query': SearchResults;
  'search:facets': SearchFacets;
}

export type RequestOf<C extends Channel> = z.input<(typeof requestSchemas)[C]>;
export type ResponseOf<C extends Channel> = ResponseTypes[C];

/** Events pushed from the core to the renderer, by name. */
export interface EventTypes extends Record<EventName, unknown> {
  /** The library's articles changed (ours or another program's write, a new folder, a delete). */
  /** `folders`: the articles that changed, when only they did (a save, an edit by another program). */
  'library:changed': { path: string; folders?: string[] };
  /** An article's files were changed by another program. */
  'article:changedOnDisk': { folder: string; deleted: boolean };
  /** The window is closing: the renderer saves, then calls app:closeReady. */
  'app:beforeClose': Record<string, never>;
  /** A menu command for the renderer (File > New Article, Save…). */
  'menu:command': { command: MenuCommand };
  /** The outbox changed: a job was queued, moved a step, waits, failed or was sent. */
  'outbox:changed': { jobs: OutboxJob[] };
  /** The search index is being (re)built: `done` of `total` articles read. done equals total when it is current again (after any change). */
  'search:progress': IndexingProgress;
}
export type MenuCommand =
  | 'new-article'
  | 'import-article'
  | 'export-article'
  | 'save'
  | 'rename-article'
  | 'duplicate-article'
  | 'delete-article'
  | 'show-trash'
  | 'send-to-cms'
  | 'check-cms'
  | 'open-settings';

/**
 * The typed API object the renderer talks to (window.masthead in Electron, the host client in
 * the browser): one named function per channel, `api.article.open({folder})`, and
 * `api.events.on('library:changed', fn)` for pushed events.
 */
export type MastheadApi = {
  [N in Namespace]: {
    [C in Channel as C extends `${N}:${infer V}` ? V : never]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
  };
} & {
  /** The address the renderer loads a bundle's photo from (app:// in Electron, the host with its token). */
  mediaUrl(folder: string, file: string): string;
  events: { on<E extends EventName>(event: E, listener: (payload: EventTypes[E]) => void): () => void };
};
