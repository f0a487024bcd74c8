import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Result } from '../../../electron/common/ipc.js';
import type { CmsCheck } from '../../../electron/common/send.js';
import { api } from '../../api';
import { describeError } from '../../i18n/errors';
import { useFormatters } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import type { ArticleSession } from '../editor/article-session';
import type { Workspace } from '../workspace/use-workspace';
import { takeRemoteCopy } from './take-remote';
import './send.css';

interface CmsCheckDialogProps {
  /** The open article; a new one after Take CMS version. */
  session: ArticleSession;
  replaceCurrent: Workspace['replaceCurrent'];
  onOpenSettings(): void;
  /** Changed on both sides: compare the site's copy with the article. */
  onReview(targetId: string): void;
  onClose(): void;
}

type Checked = { kind: 'checking' } | { kind: 'failed'; text: string } | { kind: 'done'; checks: CmsCheck[] };

const failedSave = (session: ArticleSession): ApiError => {
  const save = session.getSnapshot().save;
  return save.kind === 'failed' ? save.error : { code: 'CONFLICT', message: '' };
};

/**
 * Check for CMS changes: saves pending edits, asks every target how its copy stands against the
 * article, and says so in words. A copy changed only on the site can be taken as the article
 * (Take CMS version); one changed on both sides is left alone for the side-by-side review.
 */
export function CmsCheckDialog({ session, replaceCurrent, onOpenSettings, onReview, onClose }: CmsCheckDialogProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [checked, setChecked] = useState<Checked>({ kind: 'checking' });
  const [taking, setTaking] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);

  // Checked on opening, and again once a taken version is recorded as the common ground (not as
  // soon as the new session arrives: a check before that would see both sides changed).
  const [round, setRound] = useState(0);
  const latestSession = useRef(session);
  latestSession.current = session;
  useEffect(() => {
    let live = true;
    const current = latestSession.current;
    setChecked({ kind: 'checking' });
    void current.afterSave((folder) => api.cms.check({ folder })).then((result) => {
      if (!live) return;
      if (result === null) setChecked({ kind: 'failed', text: `${t('cmsCheck.failed')} ${describeError(t, failedSave(current))}` });
      else if (!result.ok) setChecked({ kind: 'failed', text: `${t('cmsCheck.failed')} ${describeError(t, result.error)}` });
      else setChecked({ kind: 'done', checks: result.value });
    });
    return () => {
      live = false;
    };
  }, [round, t]);

  const take = async (check: CmsCheck): Promise<void> => {
    if (taking) return;
    setTaking(check.targetId);
    setOutcome(null);
    let taken: { modifiedAt: string; fingerprint: string } | null = null;
    let leftOut = 0;
    const replaced = await replaceCurrent(async (article, folder): Promise<Result<typeof article>> => {
      const remote = await api.cms.remote({ folder, targetId: check.targetId });
      if (!remote.ok) return remote;
      // The article as it was stays a version, so taking the CMS copy can be undone.
      const version = await api.versions.save({ folder, reason: 'before-take-remote' });
      if (!version.ok) return version;
      try {
        const copy = takeRemoteCopy(article, remote.value);
        taken = { modifiedAt: remote.value.modifiedAt, fingerprint: remote.value.fingerprint };
        leftOut = copy.leftOutImages;
        return { ok: true, value: copy.article };
      } catch (error) {
        return { ok: false, error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) } };
      }
    });
    const marked = replaced.ok && taken !== null ? await api.cms.markTaken({ folder: replaced.value, targetId: check.targetId, ...(taken as { modifiedAt: string; fingerprint: string }) }) : null;
    setTaking(null);
    const error = !replaced.ok ? replaced.error : marked && !marked.ok ? marked.error : null;
    if (error) {
      setOutcome({ kind: 'error', text: t('cmsCheck.takeFailed', { reason: describeError(t, error) }) });
      return;
    }
    const done = t('cmsCheck.taken', { target: check.targetName });
    setOutcome({ kind: 'done', text: leftOut > 0 ? `${done} ${t('cmsCheck.imagesLeftOut')}` : done });
    setRound((n) => n + 1);
  };

  return (
    <Dialog title={t('cmsCheck.title')} onClose={onClose} className="cms-check-dialog">
      <p className="cms-check__status" role="status">
        {outcome?.kind === 'done' ? outcome.text : checked.kind === 'checking' ? t('cmsCheck.checking') : ''}
      </p>
      {checked.kind === 'failed' && (
        <p className="field__error" role="alert">
          {checked.text}
        </p>
      )}
      {checked.kind === 'done' && checked.checks.length === 0 && (
        <p>
          {t('cmsCheck.noSites')}{' '}
          <Button variant="quiet" onClick={onOpenSettings}>
            {t('cmsCheck.openSettings')}
          </Button>
        </p>
      )}
      {checked.kind === 'done' && checked.checks.length > 0 && (
        <ul className="cms-checks">
          {checked.checks.map((check) => (
            <li key={check.targetId} className={`cms-check cms-check--${check.state}`} aria-label={check.targetName}>
              <span className="cms-check__target" dir="auto">
                {check.targetName}
              </span>
              <span className="cms-check__state">{t(`cmsCheck.states.${check.state}`)}</span>
              {check.message && (check.state === 'unreachable' || check.state === 'needs-sign-in') && (
                <span className="cms-check__message" dir="auto">
                  {check.message}
                </span>
              )}
              {check.remoteModifiedAt && (check.state === 'remote-changed' || check.state === 'conflict') && (
                <span className="cms-check__when">{t('cmsCheck.remoteModified', { time: format.saveTime(check.remoteModifiedAt) })}</span>
              )}
              <span className="cms-check__actions">
                {check.link && /^https?:\/\//i.test(check.link) && (
                  <a href={check.link} target="_blank" rel="noreferrer noopener">
                    {t('cmsCheck.openPost')}
                  </a>
                )}
                {check.state === 'needs-sign-in' && (
                  <Button variant="quiet" onClick={onOpenSettings}>
                    {t('cmsCheck.openSettings')}
                  </Button>
                )}
                {check.state === 'conflict' && (
                  <Button variant="primary" onClick={() => onReview(check.targetId)}>
                    {t('review.reviewChanges')}
                  </Button>
                )}
                {check.state === 'remote-changed' && (
                  <Button variant="primary" aria-disabled={taking !== null || undefined} onClick={() => void take(check)}>
                    {taking === check.targetId ? t('cmsCheck.taking') : t('cmsCheck.take')}
                  </Button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {outcome?.kind === 'error' && (
        <p className="field__error" role="alert">
          {outcome.text}
        </p>
      )}
      <DialogActions>
        <Button variant="primary" onClick={onClose}>
          {t('cmsCheck.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
