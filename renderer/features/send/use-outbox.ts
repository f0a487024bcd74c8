import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiError } from '../../../electron/common/ipc.js';
import type { OutboxJob } from '../../../electron/common/send.js';
import { api } from '../../api';
import { mergeJobs } from './job-text';

export interface Outbox {
  jobs: OutboxJob[];
  /** Jobs a send just queued, shown at once (the outbox:changed event follows). */
  add(jobs: OutboxJob[]): void;
  retry(jobId: string): void;
  remove(jobId: string): void;
}

/**
 * The outbox as the main process keeps it: read once at start, then replaced by every
 * outbox:changed event. When the network comes back, every waiting job is tried at once rather
 * than at its next backoff time.
 */
export function useOutbox(onFailure: (error: ApiError) => void): Outbox {
  const [jobs, setJobs] = useState<OutboxJob[]>([]);
  const failure = useRef(onFailure);
  failure.current = onFailure;
  // An event is newer than the start-up read whenever it arrives: the read is then dropped.
  const heardEvent = useRef(false);

  useEffect(() => {
    let live = true;
    const off = api.events.on('outbox:changed', ({ jobs: latest }) => {
      heardEvent.current = true;
      if (live) setJobs(latest);
    });
    void api.outbox.list({}).then((result) => {
      if (!live || heardEvent.current) return;
      if (result.ok) setJobs(result.value);
      else failure.current(result.error);
    });
    const online = (): void => {
      void api.outbox.retry({}).then((result) => {
        if (live && !result.ok) failure.current(result.error);
      });
    };
    window.addEventListener('online', online);
    return () => {
      live = false;
      off();
      window.removeEventListener('online', online);
    };
  }, []);

  const add = useCallback((queued: OutboxJob[]) => setJobs((current) => mergeJobs(current, queued)), []);

  const retry = useCallback((jobId: string) => {
    void api.outbox.retry({ jobId }).then((result) => {
      if (result.ok) setJobs((current) => mergeJobs(current, result.value));
      else failure.current(result.error);
    });
  }, []);

  const remove = useCallback((jobId: string) => {
    void api.outbox.remove({ jobId }).then((result) => {
      if (result.ok) setJobs((current) => current.filter((job) => job.id !== jobId));
      else failure.current(result.error);
    });
  }, []);

  return useMemo(() => ({ jobs, add, retry, remove }), [jobs, add, retry, remove]);
}
