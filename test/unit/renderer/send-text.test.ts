import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JobState, OutboxJob, WordPressTarget } from '../../../electron/common/send.js';
import en from '../../../renderer/i18n/en.json' with { type: 'json' };
import exportEn from '../../../renderer/i18n/export.en.json' with { type: 'json' };
import sendAr from '../../../renderer/i18n/send.ar.json' with { type: 'json' };
import sendEn from '../../../renderer/i18n/send.en.json' with { type: 'json' };
import { jobActions, mergeJobs, postLink, progressPercent, showsMessage, sortJobs, stateLabel, stepLabel } from '../../../renderer/features/send/job-text.js';
import { connectionText, formatsText, passwordText } from '../../../renderer/features/send/target-text.js';

/** The Outbox's and Settings' words for jobs and targets, with the real English and Arabic strings. */

let t: TFunction;
let ar: TFunction;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { en: { translation: { ...en, ...exportEn, ...sendEn } }, ar: { translation: { ...sendAr } } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  t = instance.getFixedT('en');
  ar = instance.getFixedT('ar');
});

const job = (patch: Partial<OutboxJob>): OutboxJob => ({
  id: 'job-00000001',
  articleId: 'a',
  folder: 'budget-vote',
  headline: 'Budget vote',
  targetId: 'target-0001',
  targetName: 'news.example.com',
  targetKind: 'wordpress',
  state: 'queued',
  createdAt: '2025-04-15T08:00:00.000Z',
  updatedAt: '2025-04-15T08:00:00.000Z',
  attempts: 0,
  nextAttemptAt: null,
  message: null,
  progress: null,
  sentTo: null,
  ...patch,
});

describe('Outbox job words', () => {
  it('names every state with the words the Outbox contract promises', () => {
    const states: Record<JobState, string> = {
      queued: 'Queued',
      sending: 'Sending',
      'waiting-network': 'Waiting for network',
      'needs-sign-in': 'Needs sign-in',
      failed: 'Failed',
      conflict: 'Conflict',
      sent: 'Sent',
    };
    for (const [state, label] of Object.entries(states)) expect(stateLabel(t, state as JobState)).toBe(label);
    expect(stateLabel(ar, 'sent')).toBe('أُرسل');
  });

  it('describes the step of a send, counting photos and files', () => {
    expect(stepLabel(t, { step: 'uploading-photo', current: 2, total: 3, fraction: 0.4 })).toBe('Uploading photo 2 of 3');
    expect(stepLabel(t, { step: 'uploading-photo', current: 0, total: 0, fraction: 0.4 })).toBe('Uploading photo');
    expect(stepLabel(t, { step: 'writing-file', current: 1, total: 2, fraction: 0.5 })).toBe('Writing file 1 of 2');
    expect(stepLabel(t, { step: 'creating-post', current: 0, total: 0, fraction: 0.8 })).toBe('Creating post');
    expect(stepLabel(t, { step: 'updating-post', current: 0, total: 0, fraction: 0.8 })).toBe('Updating post');
    expect(stepLabel(t, { step: 'checking', current: 0, total: 0, fraction: 0 })).toBe('Checking the site');
  });

  it('turns the fraction done into a whole percentage within 0..100', () => {
    const at = (fraction: number) => progressPercent({ step: 'preparing', current: 0, total: 0, fraction });
    expect([at(0), at(0.404), at(1), at(-0.5), at(7), at(Number.NaN)]).toEqual([0, 40, 100, 0, 100, 0]);
  });

  it('offers Retry now to waiting and failed jobs, Remove to finished ones, Settings when sign-in is needed', () => {
    expect(jobActions('waiting-network')).toEqual({ retry: true, remove: false, openSettings: false });
    expect(jobActions('needs-sign-in')).toEqual({ retry: true, remove: false, openSettings: true });
    expect(jobActions('failed')).toEqual({ retry: true, remove: true, openSettings: false });
    expect(jobActions('sent')).toEqual({ retry: false, remove: true, openSettings: false });
    for (const state of ['queued', 'sending', 'conflict'] as const) expect(jobActions(state)).toEqual({ retry: false, remove: false, openSettings: false });
  });

  it('shows the site’s words for a job that waits or failed, and for no other', () => {
    expect(showsMessage(job({ state: 'failed', message: 'Sorry, you are not allowed to create posts.' }))).toBe(true);
    expect(showsMessage(job({ state: 'waiting-network', message: 'Could not reach news.example.com.' }))).toBe(true);
    expect(showsMessage(job({ state: 'failed', message: '  ' }))).toBe(false);
    expect(showsMessage(job({ state: 'sent', message: 'left over' }))).toBe(false);
    expect(showsMessage(job({ state: 'conflict', message: 'The post was changed on the site.' }))).toBe(false);
  });

  it('links to a sent post when its address is on the web, and never otherwise', () => {
    expect(postLink(job({ state: 'sent', sentTo: 'https://news.example.com/?p=12' }))).toBe('https://news.example.com/?p=12');
    expect(postLink(job({ state: 'sent', sentTo: 'javascript:alert(1)' }))).toBeNull();
    expect(postLink(job({ state: 'sent', targetKind: 'folder', sentTo: '/srv/wire' }))).toBeNull();
    expect(postLink(job({ state: 'sending', sentTo: 'https://news.example.com/?p=12' }))).toBeNull();
  });

  it('lists the newest job first', () => {
    const older = job({ id: 'job-older001', createdAt: '2025-04-15T08:00:00.000Z' });
    const newer = job({ id: 'job-newer001', createdAt: '2025-04-15T09:00:00.000Z' });
    expect(sortJobs([older, newer]).map((j) => j.id)).toEqual(['job-newer001', 'job-older001']);
  });

  it('keeps a newer version of a job than the one a send answered with', () => {
    const sent = job({ state: 'sent', updatedAt: '2025-04-15T08:00:02.000Z' });
    const answered = job({ state: 'queued', updatedAt: '2025-04-15T08:00:00.000Z' });
    const added = job({ id: 'job-another1' });
    expect(mergeJobs([sent], [answered, added]).map((j) => [j.id, j.state])).toEqual([
      ['job-00000001', 'sent'],
      ['job-another1', 'queued'],
    ]);
    const retried = job({ state: 'queued', updatedAt: '2025-04-15T08:00:05.000Z' });
    expect(mergeJobs([sent], [retried])[0]!.state).toBe('queued');
  });
});

describe('Sending target words', () => {
  const target = (connection: WordPressTarget['connection']): Pick<WordPressTarget, 'connection'> => ({ connection });
  const terms = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `term ${i}` }));

  it('says who the site knows the password as, and how many categories and tags it has', () => {
    expect(connectionText(t, target({ checkedAt: '', userName: 'Nada Mustafa', categories: terms(1), tags: terms(12) }))).toBe(
      'Connected as Nada Mustafa · 1 category, 12 tags',
    );
    expect(connectionText(t, target(null))).toBe('Not connected yet');
    expect(connectionText(ar, target({ checkedAt: '', userName: 'Nada', categories: terms(2), tags: terms(0) }))).toBe('متصل باسم Nada · تصنيفان، لا وسوم');
  });

  it('says how the password is kept', () => {
    expect(passwordText(t, 'keyring')).toBe('Saved in the system keyring');
    expect(passwordText(t, 'session')).toBe('Kept until you quit: this computer offers no keyring');
    expect(passwordText(t, 'missing')).toBe('Password needed');
  });

  it('lists a folder’s formats in the order Export offers them', () => {
    const list = (items: string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);
    expect(formatsText(t, ['nitf', 'html'], list)).toBe('Formats: HTML and NITF XML');
  });
});
