import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { describeError } from '../../i18n/errors';
import type { ArticleSession } from '../editor/article-session';
import { photosSettled } from '../../editor/photos/photos-in-flight';
import type { Outbox } from './use-outbox';

interface SendDeps {
  outbox: Outbox;
  /** There is nowhere to send to: say so, with a way into Settings. */
  onNoTargets(): void;
  onError(text: string): void;
}

/**
 * Send to CMS (button and menu): waits for photos on their way in, saves pending edits, then queues the saved article for every
 * target, one Outbox job each. The Outbox shows the rest.
 */
export function useSendToCms({ outbox, onNoTargets, onError }: SendDeps): (session: ArticleSession) => Promise<void> {
  const { t } = useTranslation();
  const deps = useRef({ outbox, onNoTargets, onError });
  deps.current = { outbox, onNoTargets, onError };
  const sending = useRef(false);

  return useCallback(
    async (session: ArticleSession) => {
      if (sending.current) return;
      sending.current = true;
      try {
        const targets = await api.targets.list({});
        if (!targets.ok) {
          deps.current.onError(`${t('sendToCms.failed')} ${describeError(t, targets.error)}`);
          return;
        }
        if (targets.value.targets.length === 0) {
          deps.current.onNoTargets();
          return;
        }
        // A photo still being copied in goes with the article.
        await photosSettled();
        const sent = await session.afterSave((folder) => api.outbox.send({ folder }));
        if (sent === null) {
          const save = session.getSnapshot().save;
          const reason = save.kind === 'failed' ? ` ${describeError(t, save.error)}` : '';
          deps.current.onError(`${t('sendToCms.saveFirst')}${reason}`);
        } else if (!sent.ok) {
          deps.current.onError(`${t('sendToCms.failed')} ${describeError(t, sent.error)}`);
        } else {
          deps.current.outbox.add(sent.value);
        }
      } finally {
        sending.current = false;
      }
    },
    [t],
  );
}
