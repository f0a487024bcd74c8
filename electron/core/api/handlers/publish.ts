import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { Workspace } from '../../app/workspace.js';
import { ApiFailure } from '../../errors.js';
import { bodyPhotos, leadPhotoOf } from '../../export/walker.js';
import { MEDIA_DIR } from '../../library/layout.js';
import type { HandlerSet } from '../dispatcher.js';

type PublishChannels =
  | 'targets:list'
  | 'targets:addWordPress'
  | 'targets:updateWordPress'
  | 'targets:addFolder'
  | 'targets:remove'
  | 'targets:connect'
  | 'outbox:list'
  | 'outbox:send'
  | 'outbox:retry'
  | 'outbox:remove'
  | 'cms:check'
  | 'cms:remote'
  | 'cms:markTaken';

/** Publishing targets, the outbox and the CMS check of the open library. */
export function publishHandlers(workspace: Workspace): Pick<HandlerSet, PublishChannels> {
  const publishing = () => workspace.publishing;
  return {
    'targets:list': async () => publishing().targets.list(),
    'targets:addWordPress': async (input) => publishing().targets.addWordPress(input),
    'targets:updateWordPress': async (input) => publishing().updateWordPress(input),
    'targets:addFolder': async (input) => publishing().targets.addFolder(input),
    'targets:remove': async ({ id }) => publishing().targets.remove(id),
    'targets:connect': async ({ id }) => publishing().connect(id),
    'outbox:list': async () => publishing().outbox.list(),
    'outbox:send': async ({ slug, targetIds }) => {
      await refuseLinkedPhotos(workspace, slug);
      return publishing().outbox.enqueue(slug, targetIds);
    },
    'outbox:retry': async ({ jobId }) => publishing().outbox.retry(jobId),
    'outbox:remove': async ({ jobId }) => publishing().outbox.remove(jobId),
    'cms:check': async ({ slug }) => publishing().check(slug),
    'cms:remote': async ({ slug, targetId }) => publishing().remote(slug, targetId),
    'cms:markTaken': async ({ slug, targetId, modifiedAt, fingerprint }) => publishing().markTaken(slug, targetId, modifiedAt, fingerprint),
  };
}

/**
 * A photo that is a link (put in the bundle by another program, a sync client) could send any
 * file on the disk to the CMS or the drop folder, so an article with one is not sent.
 */
async function refuseLinkedPhotos(workspace: Workspace, slug: string): Promise<void> {
  const { article } = await workspace.library.open(slug);
  const lead = leadPhotoOf(article.body, article.leadPhoto).photo;
  const files = new Set([lead?.file, ...bodyPhotos(article.body).map((photo) => photo.file)].filter((file): file is string => Boolean(file)));
  const media = path.join(await workspace.library.bundleDirectory(slug), MEDIA_DIR);
  for (const file of files) {
    const linked = await Promise.all([media, path.join(media, file)].map((entry) => lstat(entry).then((info) => info.isSymbolicLink(), () => false)));
    if (linked.includes(true)) {
      throw new ApiFailure('INVALID_REQUEST', `The photo ${file} of "${slug}" is a link to a file elsewhere on the disk, so the article is not sent. Replace the photo, then send again.`);
    }
  }
}
