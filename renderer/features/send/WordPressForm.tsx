import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretKeeping, WordPressTarget } from '../../../electron/common/send.js';
import { api } from '../../api';
import { describeError } from '../../i18n/errors';
import { Button } from '../../ui/Button';

interface WordPressFormProps {
  /** The target being edited; none to add a site. */
  target: WordPressTarget | null;
  /** How a password entered here is kept on this computer. */
  secretKeeping: Exclude<SecretKeeping, 'missing'>;
  /** The list should be read again (a target was added, changed or connected). */
  onChanged(): void;
  /** Connected: the form closes. */
  onConnected(target: WordPressTarget): void;
  onCancel(): void;
}

type Phase = 'idle' | 'saving' | 'connecting';

const isWebAddress = (value: string): boolean => {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

/**
 * Add or edit a WordPress site: name, site URL, user name and application password, then
 * "Connect" stores the target and checks it against the site at once. The password field always
 * starts empty (the main process never gives a password back); when editing, leaving it blank
 * keeps the saved one. A target that was stored but could not connect stays in the list, and the
 * form goes on editing it, so a second try never adds it twice.
 */
export function WordPressForm({ target, secretKeeping, onChanged, onConnected, onCancel }: WordPressFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [savedId, setSavedId] = useState<string | null>(target?.id ?? null);
  const [hasPassword, setHasPassword] = useState(target ? target.password !== 'missing' : false);
  const [name, setName] = useState(target?.name ?? '');
  const [siteUrl, setSiteUrl] = useState(target?.siteUrl ?? '');
  const [username, setUsername] = useState(target?.username ?? '');
  const [password, setPassword] = useState('');
  const [phase, setPhase] = useState<Phase>('idle');
  const [problem, setProblem] = useState<{ field: 'siteUrl' | 'username' | 'password' | null; text: string } | null>(null);
  const fields = { siteUrl: useRef<HTMLInputElement>(null), username: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };

  const refuse = (field: 'siteUrl' | 'username' | 'password', text: string): void => {
    setProblem({ field, text });
    fields[field].current?.focus();
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (phase !== 'idle') return;
    if (!isWebAddress(siteUrl)) return refuse('siteUrl', t('targets.siteUrlInvalid'));
    if (!username.trim()) return refuse('username', t('targets.usernameNeeded'));
    if (!password.trim() && !hasPassword) return refuse('password', t('targets.passwordNeeded'));
    setProblem(null);
    setPhase('saving');
    const fieldsToSave = { name: name.trim() || undefined, siteUrl: siteUrl.trim(), username: username.trim() };
    const saved = savedId
      ? await api.targets.updateWordPress({ id: savedId, ...fieldsToSave, applicationPassword: password.trim() || undefined })
      : await api.targets.addWordPress({ ...fieldsToSave, applicationPassword: password.trim() });
    if (!saved.ok) {
      setPhase('idle');
      setProblem({ field: null, text: t('targets.saveFailed', { reason: describeError(t, saved.error) }) });
      return;
    }
    setSavedId(saved.value.id);
    setHasPassword(true);
    setPassword('');
    onChanged();
    setPhase('connecting');
    const connected = await api.targets.connect({ id: saved.value.id });
    setPhase('idle');
    onChanged();
    if (!connected.ok) {
      setProblem({ field: null, text: t('targets.connectFailed', { reason: describeError(t, connected.error) }) });
      return;
    }
    if (connected.value.kind === 'wordpress') onConnected(connected.value);
  };

  const problemId = `${id}-problem`;
  const describedBy = (field: 'siteUrl' | 'username' | 'password', hint?: string): string | undefined =>
    [hint, problem?.field === field ? problemId : null].filter(Boolean).join(' ') || undefined;
  const title = target ? t('targets.editForm', { name: target.name }) : t('targets.wordpressForm');

  return (
    <form className="target-form" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)} noValidate>
      <h4 id={`${id}-title`} className="target-form__title">
        {title}
      </h4>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          {t('targets.name')}
        </label>
        <input
          id={`${id}-name`}
          type="text"
          dir="auto"
          autoComplete="off"
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-describedby={`${id}-name-hint`}
        />
        <span id={`${id}-name-hint`} className="field__hint">
          {t('targets.nameHint')}
        </span>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-url`}>
          {t('targets.siteUrl')}
        </label>
        <input
          ref={fields.siteUrl}
          id={`${id}-url`}
          type="url"
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://"
          maxLength={500}
          value={siteUrl}
          onChange={(event) => setSiteUrl(event.target.value)}
          aria-invalid={problem?.field === 'siteUrl' || undefined}
          aria-describedby={describedBy('siteUrl')}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-user`}>
          {t('targets.username')}
        </label>
        <input
          ref={fields.username}
          id={`${id}-user`}
          type="text"
          dir="auto"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          aria-invalid={problem?.field === 'username' || undefined}
          aria-describedby={describedBy('username')}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-password`}>
          {t('targets.applicationPassword')}
        </label>
        <input
          ref={fields.password}
          id={`${id}-password`}
          type="password"
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={problem?.field === 'password' || undefined}
          aria-describedby={describedBy('password', `${id}-password-hint`)}
        />
        <span id={`${id}-password-hint`} className="field__hint">
          {hasPassword ? `${t('targets.passwordKept')} ` : ''}
          {t('targets.passwordHint')}
          {secretKeeping === 'session' ? ` ${t('targets.sessionOnly')}` : ''}
        </span>
      </div>
      {problem && (
        <p id={problemId} className="field__error" role="alert">
          {problem.text}
        </p>
      )}
      {phase !== 'idle' && (
        <p className="target-form__progress" role="status">
          {phase === 'saving' ? t('targets.saving') : t('targets.connecting')}
        </p>
      )}
      <div className="target-form__actions">
        <Button onClick={onCancel}>{t('targets.cancel')}</Button>
        <Button type="submit" variant="primary" aria-disabled={phase !== 'idle' || undefined}>
          {t('targets.connect')}
        </Button>
      </div>
    </form>
  );
}
