import type { Workspace } from '../../app/workspace.js';
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
    'outbox:send': async ({ folder, targetIds }) => publishing().outbox.enqueue(folder, targetIds),
    'outbox:retry': async ({ jobId }) => publishing().outbox.retry(jobId),
    'outbox:remove': async ({ jobId }) => publishing().outbox.remove(jobId),
    'cms:check': async ({ folder }) => publishing().check(folder),
    'cms:remote': async ({ folder, targetId }) => publishing().remote(folder, targetId),
    'cms:markTaken': async ({ folder, targetId, modifiedAt, fingerprint }) => publishing().markTaken(folder, targetId, modifiedAt, fingerprint),
  };
}

