import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxJob } from '../../../electron/common/send.js';
import { useFormatters } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { jobActions, postLink, progressPercent, showsMessage, sortJobs, stateLabel, stepLabel } from './job-text';
import type { Outbox as OutboxModel } from './use-outbox';
import './send.css';

interface OutboxProps {
  outbox: OutboxModel;
  onOpenSettings(): void;
  /** A conflicted job: compare the article with the site's copy. */
  onReviewConflict(job: OutboxJob): void;
}

/**
 * The Outbox, at the foot of the library column: every article sent or on its way, one job per
 * target, with its state, the step of a send in progress, the site's words when it waits or
 * failed, and what can be done about it. Not shown while there are no jobs.
 */
export function Outbox({ outbox, onOpenSettings, onReviewConflict }: OutboxProps) {
  const { t } = useTranslation();
  const id = useId();
  if (outbox.jobs.length === 0) return null;
  return (
    <section className="outbox" aria-labelledby={id}>
      <h2 id={id} className="outbox__title">
        {t('outbox.title')}
      </h2>
      <ul className="outbox__list">
        {sortJobs(outbox.jobs).map((job) => (
          <OutboxItem key={job.id} job={job} outbox={outbox} onOpenSettings={onOpenSettings} onReviewConflict={onReviewConflict} />
        ))}
      </ul>
    </section>
  );
}

function OutboxItem({ job, outbox, onOpenSettings, onReviewConflict }: { job: OutboxJob } & OutboxProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const actions = jobActions(job.state);
  const link = postLink(job);
  const step = job.progress ? stepLabel(t, job.progress) : null;
  const percent = job.progress ? progressPercent(job.progress) : null;
  const headline = job.headline.trim() || t('article.untitled');
  return (
    <li className={`outbox-job outbox-job--${job.state}`} aria-label={t('outbox.job', { headline, target: job.targetName })}>
      <span className="outbox-job__headline" dir="auto">
        {headline}
      </span>
      <span className="outbox-job__target">{t('outbox.to', { target: job.targetName })}</span>
      {/* Announced when the job moves on (Sent, Needs sign-in…); the steps of a send are not. */}
      <span className="outbox-job__status" aria-live="polite">
        <span className={`outbox-state outbox-state--${job.state}`}>{stateLabel(t, job.state)}</span>
        {job.state === 'waiting-network' && job.nextAttemptAt && (
          <span className="outbox-job__when">{t('outbox.nextAttempt', { time: format.saveTime(job.nextAttemptAt) })}</span>
        )}
      </span>
      {job.state === 'sending' && (
        <span className="outbox-job__progress">
          <span
            role="progressbar"
            className="outbox-progress"
            aria-label={step ?? stateLabel(t, job.state)}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent ?? undefined}
          >
            <span className="outbox-progress__bar" style={percent === null ? undefined : { inlineSize: `${percent}%` }} />
          </span>
          {step && (
            <span className="outbox-job__step" aria-hidden="true">
              {step}
            </span>
          )}
        </span>
      )}
      {showsMessage(job) && (
        <span className="outbox-job__message" dir="auto">
          {job.message}
        </span>
      )}
      {job.state === 'conflict' && <span className="outbox-job__hint">{t('outbox.conflictHint')}</span>}
      {job.state === 'needs-sign-in' && <span className="outbox-job__hint">{t('outbox.signInHint')}</span>}
      {job.state === 'sent' && job.targetKind === 'folder' && job.sentTo && (
        // The path is isolated, so its slashes stay put in the Arabic sentence.
        <span className="outbox-job__hint">{t('outbox.writtenTo', { folder: `\u2068${job.sentTo}\u2069` })}</span>
      )}
      {(link || actions.retry || actions.remove || actions.openSettings || job.state === 'conflict') && (
        <span className="outbox-job__actions">
          {job.state === 'conflict' && (
            <Button variant="quiet" onClick={() => onReviewConflict(job)}>
              {t('review.reviewChanges')}
            </Button>
          )}
          {link && (
            <a className="outbox-job__link" href={link} target="_blank" rel="noreferrer noopener">
              {t('outbox.openPost')}
            </a>
          )}
          {actions.openSettings && (
            <Button variant="quiet" onClick={onOpenSettings}>
              {t('outbox.openSettings')}
            </Button>
          )}
          {actions.retry && (
            <Button variant="quiet" onClick={() => outbox.retry(job.id)}>
              {t('outbox.retry')}
            </Button>
          )}
          {actions.remove && (
            <Button variant="quiet" onClick={() => outbox.remove(job.id)}>
              {t('outbox.remove')}
            </Button>
          )}
        </span>
      )}
    </li>
  );
}
