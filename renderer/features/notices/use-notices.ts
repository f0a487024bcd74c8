import { useCallback, useMemo, useState } from 'react';

/**
 * Short messages at the bottom of the window: "Moved to Trash" with Undo, errors from calls that
 * have no screen of their own to show them on, and Send to CMS with nowhere to send (with a way
 * into Settings). One at a time; the newest wins.
 */
export type Notice =
  | { id: number; kind: 'trashed'; trashId: string }
  | { id: number; kind: 'error'; text: string }
  | { id: number; kind: 'noTargets' };

type NewNotice = { kind: 'trashed'; trashId: string } | { kind: 'error'; text: string } | { kind: 'noTargets' };

export interface Notices {
  current: Notice | null;
  show(notice: NewNotice): void;
  dismiss(id: number): void;
}

let nextId = 1;

export function useNotices(): Notices {
  const [current, setCurrent] = useState<Notice | null>(null);
  const show = useCallback((notice: NewNotice) => setCurrent({ ...notice, id: nextId++ } as Notice), []);
  const dismiss = useCallback((id: number) => setCurrent((now) => (now?.id === id ? null : now)), []);
  return useMemo(() => ({ current, show, dismiss }), [current, show, dismiss]);
}
