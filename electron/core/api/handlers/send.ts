import type { Workspace } from '../../app/workspace.js';
import type { HandlerSet } from '../dispatcher.js';

type SendChannels =
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

/** Targets, the outbox and the CMS check of the open library. */
export function sendHandlers(workspace: Workspace): Pick<HandlerSet, SendChannels> {
  const sending = () => workspace.sending;
  return {
    'targets:list': async () => sending().targets.list(),
    'targets:addWordPress': async (input) => sending().targets.addWordPress(input),
    'targets:updateWordPress': async (input) => sending().updateWordPress(input),
    'targets:addFolder': async (input) => sending().targets.addFolder(input),
    'targets:remove': async ({ id }) => sending().targets.remove(id),
    'targets:connect': async ({ id }) => sending().connect(id),
    'outbox:list': async () => sending().outbox.list(),
    'outbox:send': async ({ folder, targetIds }) => sending().outbox.enqueue(folder, targetIds),
    'outbox:retry': async ({ jobId }) => sending().outbox.retry(jobId),
    'outbox:remove': async ({ jobId }) => sending().outbox.remove(jobId),
    'cms:check': async ({ folder }) => sending().check(folder),
    'cms:remote': async ({ folder, targetId }) => sending().remote(folder, targetId),
    'cms:markTaken': async ({ folder, targetId, modifiedAt, fingerprint }) => sending().markTaken(folder, targetId, modifiedAt, fingerprint),
  };
}

