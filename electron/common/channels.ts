/**
 * Channel and event names alone, without their schemas, so the sandboxed preload can build its
 * API object without bundling zod. ipc.ts ties each name to its request schema.
 */
export const CHANNEL_NAMES = [
  'app:info',
  'app:closeReady',
  'library:info',
  'library:open',
  'library:choose',
  'library:list',
  'article:create',
  'article:open',
  'article:save',
  'article:rename',
  'article:duplicate',
  'article:delete',
  'article:restoreBackup',
  'article:export',
  'trash:list',
  'trash:restore',
  'trash:empty',
  'media:add',
  'media:missing',
  'import:convert',
  'library:suggestions',
  'library:settings',
  'library:updateSettings',
  'app:setSpellcheckLanguages',
  'targets:list',
  'targets:addWordPress',
  'targets:updateWordPress',
  'targets:addFolder',
  'targets:remove',
  'targets:connect',
  'outbox:list',
  'outbox:send',
  'outbox:retry',
  'outbox:remove',
  'cms:check',
  'cms:remote',
  'cms:markTaken',
  'versions:list',
  'versions:save',
  'versions:get',
  'versions:restore',
  'search:query',
  'search:facets',
] as const;
export type Channel = (typeof CHANNEL_NAMES)[number];

export const EVENT_NAMES = ['library:changed', 'article:changedOnDisk', 'app:beforeClose', 'menu:command', 'outbox:changed', 'search:progress'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

type NamespaceOf<C> = C extends `${infer N}:${string}` ? N : never;
export type Namespace = NamespaceOf<Channel>;

export function splitChannel(channel: Channel): [Namespace, string] {
  const [ns, verb] = channel.split(':') as [Namespace, string];
  return [ns, verb];
}
