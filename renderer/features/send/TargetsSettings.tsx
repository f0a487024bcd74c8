import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Target, TargetList, WordPressTarget } from '../../../electron/common/send.js';
import { api } from '../../api';
import { describeError } from '../../i18n/errors';
import { useFormatters } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { FolderForm } from './FolderForm';
import { connectionText, formatsText, passwordText } from './target-text';
import { WordPressForm } from './WordPressForm';
import './send.css';

type OpenForm = { kind: 'wordpress'; target: WordPressTarget | null } | { kind: 'folder' } | null;
type RowState = { kind: 'busy'; text: string } | { kind: 'error'; text: string };

/**
 * Settings › Targets: the WordPress sites and folder drops Send to CMS delivers to,
 * how each one's password is kept, and the forms that add, change and connect them. One form at
 * a time, in place of the Add buttons, so every button name in the section stays unique.
 */
export function TargetsSettings() {
  const { t } = useTranslation();
  const id = useId();
  const [list, setList] = useState<TargetList | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [form, setForm] = useState<OpenForm>(null);
  const [rows, setRows] = useState<Record<string, RowState>>({});
  const [announcement, setAnnouncement] = useState('');
  const addWordPressRef = useRef<HTMLButtonElement>(null);

  const latestLoad = useRef(0);
  const load = useCallback(async () => {
    const request = ++latestLoad.current;
    const result = await api.targets.list({});
    if (request !== latestLoad.current) return;
    if (result.ok) {
      setList(result.value);
      setLoadError(null);
    } else {
      setLoadError(t('targets.loadFailed', { reason: describeError(t, result.error) }));
    }
  }, [t]);
  useEffect(() => {
    void load();
  }, [load]);

  const setRow = (targetId: string, state: RowState | null): void =>
    setRows((current) => {
      const next = { ...current };
      if (state) next[targetId] = state;
      else delete next[targetId];
      return next;
    });

  const closeForm = (): void => {
    setForm(null);
    requestAnimationFrame(() => addWordPressRef.current?.focus());
  };

  const connect = async (target: Target): Promise<void> => {
    setRow(target.id, { kind: 'busy', text: t('targets.connecting') });
    const result = await api.targets.connect({ id: target.id });
    await load();
    if (result.ok) {
      setRow(target.id, null);
      if (result.value.kind === 'wordpress') setAnnouncement(`${result.value.name}: ${connectionText(t, result.value)}`);
    } else {
      setRow(target.id, { kind: 'error', text: t('targets.connectFailed', { reason: describeError(t, result.error) }) });
    }
  };

  const remove = async (target: Target): Promise<void> => {
    setRow(target.id, { kind: 'busy', text: t('targets.removing') });
    const result = await api.targets.remove({ id: target.id });
    await load();
    if (result.ok) setRow(target.id, null);
    else setRow(target.id, { kind: 'error', text: t('targets.removeFailed', { name: target.name, reason: describeError(t, result.error) }) });
  };

  const targets = list?.targets ?? [];
  return (
    <section className="targets-settings" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="targets-settings__title">
        {t('targets.title')}
      </h3>
      <p className="field__hint">{t('targets.hint')}</p>
      {loadError && (
        <p className="field__error" role="alert">
          {loadError}
        </p>
      )}
      {list && targets.length === 0 && <p className="targets-settings__empty">{t('targets.none')}</p>}
      {!list && !loadError && <p className="targets-settings__empty">{t('targets.loading')}</p>}
      {targets.length > 0 && (
        <ul className="target-list" aria-labelledby={`${id}-title`}>
          {targets.map((target) => (
            <TargetRow
              key={target.id}
              target={target}
              state={rows[target.id] ?? null}
              onConnect={() => void connect(target)}
              onEdit={() => target.kind === 'wordpress' && setForm({ kind: 'wordpress', target })}
              onRemove={() => void remove(target)}
            />
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {form?.kind === 'wordpress' && (
        <WordPressForm
          key={form.target?.id ?? 'new'}
          target={form.target}
          secretKeeping={list?.secretKeeping ?? 'session'}
          onChanged={() => void load()}
          onConnected={(target) => {
            setAnnouncement(`${target.name}: ${connectionText(t, target)}`);
            closeForm();
          }}
          onCancel={closeForm}
        />
      )}
      {form?.kind === 'folder' && (
        <FolderForm
          onAdded={() => {
            void load();
            closeForm();
          }}
          onCancel={closeForm}
        />
      )}
      {!form && (
        <div className="targets-settings__add">
          <Button ref={addWordPressRef} onClick={() => setForm({ kind: 'wordpress', target: null })}>
            {t('targets.addWordPress')}
          </Button>
          <Button onClick={() => setForm({ kind: 'folder' })}>{t('targets.addFolder')}</Button>
        </div>
      )}
    </section>
  );
}

interface TargetRowProps {
  target: Target;
  state: RowState | null;
  onConnect(): void;
  onEdit(): void;
  onRemove(): void;
}

function TargetRow({ target, state, onConnect, onEdit, onRemove }: TargetRowProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const busy = state?.kind === 'busy';
  return (
    <li className="target" aria-labelledby={`${id}-name`}>
      <div className="target__head">
        <span id={`${id}-name`} className="target__name" dir="auto">
          {target.name}
        </span>
        <span className="badge">{t(`targets.kinds.${target.kind}`)}</span>
      </div>
      {/* An address or a path reads left to right, at the start of the line in either UI direction. */}
      <span className="target__where">
        <bdi dir="ltr">{target.kind === 'wordpress' ? target.siteUrl : target.folder}</bdi>
      </span>
      {target.kind === 'wordpress' ? (
        <>
          <span className="target__detail">{connectionText(t, target)}</span>
          <span className={`target__detail target__password target__password--${target.password}`}>{passwordText(t, target.password)}</span>
        </>
      ) : (
        <span className="target__detail">{formatsText(t, target.formats, format.list)}</span>
      )}
      {state?.kind === 'busy' && (
        <span className="target__detail" role="status">
          {state.text}
        </span>
      )}
      {state?.kind === 'error' && (
        <span className="field__error" role="alert">
          {state.text}
        </span>
      )}
      <span className="target__actions">
        {target.kind === 'wordpress' && (
          <>
            <Button variant="quiet" aria-label={t('targets.connectNamed', { name: target.name })} aria-disabled={busy || undefined} onClick={() => !busy && onConnect()}>
              {t('targets.connect')}
            </Button>
            <Button variant="quiet" aria-label={t('targets.editNamed', { name: target.name })} onClick={onEdit}>
              {t('targets.edit')}
            </Button>
          </>
        )}
        <Button variant="quiet" aria-label={t('targets.removeNamed', { name: target.name })} aria-disabled={busy || undefined} onClick={() => !busy && onRemove()}>
          {t('targets.remove')}
        </Button>
      </span>
    </li>
  );
}
