import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../electron/common/ipc.js';
import { api } from '../../api';
import { describeError } from '../../i18n/errors';
import { Button } from '../../ui/Button';
import { FOLDER_FORMATS } from './target-text';

interface FolderFormProps {
  onAdded(): void;
  onCancel(): void;
}

/** Add a folder drop: a folder another system ingests, and the formats written into it. */
export function FolderForm({ onAdded, onCancel }: FolderFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [folder, setFolder] = useState('');
  const [formats, setFormats] = useState<ExportFormat[]>(['ninjs']);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ field: 'folder' | 'formats' | null; text: string } | null>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const firstFormatRef = useRef<HTMLInputElement>(null);

  const toggle = (format: ExportFormat, on: boolean): void =>
    setFormats((current) => FOLDER_FORMATS.filter((f) => (f === format ? on : current.includes(f))));

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    if (!folder.trim()) {
      setProblem({ field: 'folder', text: t('targets.folderNeeded') });
      folderRef.current?.focus();
      return;
    }
    if (formats.length === 0) {
      setProblem({ field: 'formats', text: t('targets.noFormat') });
      firstFormatRef.current?.focus();
      return;
    }
    setProblem(null);
    setBusy(true);
    const added = await api.targets.addFolder({ name: name.trim() || undefined, folder: folder.trim(), formats });
    setBusy(false);
    if (!added.ok) {
      setProblem({ field: null, text: t('targets.saveFailed', { reason: describeError(t, added.error) }) });
      return;
    }
    onAdded();
  };

  const problemId = `${id}-problem`;
  return (
    <form className="target-form" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)} noValidate>
      <h4 id={`${id}-title`} className="target-form__title">
        {t('targets.folderForm')}
      </h4>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          {t('targets.name')}
        </label>
        <input id={`${id}-name`} type="text" dir="auto" autoComplete="off" maxLength={100} value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-folder`}>
          {t('targets.folder')}
        </label>
        <input
          ref={folderRef}
          id={`${id}-folder`}
          type="text"
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          maxLength={4096}
          value={folder}
          onChange={(event) => setFolder(event.target.value)}
          aria-invalid={problem?.field === 'folder' || undefined}
          aria-describedby={[`${id}-folder-hint`, problem?.field === 'folder' ? problemId : null].filter(Boolean).join(' ')}
        />
        <span id={`${id}-folder-hint`} className="field__hint">
          {t('targets.folderHint')}
        </span>
      </div>
      <fieldset className="target-form__formats" aria-describedby={problem?.field === 'formats' ? problemId : undefined}>
        <legend className="field__label">{t('targets.folderFormats')}</legend>
        {FOLDER_FORMATS.map((format, index) => (
          <label key={format} className="target-form__format">
            <input
              ref={index === 0 ? firstFormatRef : undefined}
              type="checkbox"
              checked={formats.includes(format)}
              onChange={(event) => toggle(format, event.target.checked)}
            />
            {t(`export.formats.${format}`)}
          </label>
        ))}
      </fieldset>
      {problem && (
        <p id={problemId} className="field__error" role="alert">
          {problem.text}
        </p>
      )}
      <div className="target-form__actions">
        <Button onClick={onCancel}>{t('targets.cancel')}</Button>
        <Button type="submit" variant="primary" aria-disabled={busy || undefined}>
          {t('targets.submitFolder')}
        </Button>
      </div>
    </form>
  );
}
