import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../electron/common/article.js';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import './split.css';

interface OpenBesideDialogProps {
  /** The library list (damaged articles are left out: they cannot be edited). */
  articles: readonly ArticleSummary[];
  /** The article open in the main editor, which cannot be opened beside itself. */
  currentFolder: string;
  onOpen(folder: string): void;
  onClose(): void;
}

/**
 * Open beside: the library's articles as a listbox (one Tab stop, arrow keys move the selection);
 * Open shows the chosen one in a second pane. Choosing the article already open is refused here.
 */
export function OpenBesideDialog({ articles, currentFolder, onOpen, onClose }: OpenBesideDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const choices = articles.filter((article) => !article.damaged);
  const [selected, setSelected] = useState<string | null>(() => (choices.find((a) => a.folder !== currentFolder) ?? choices[0])?.folder ?? null);
  const [refused, setRefused] = useState(false);
  const optionId = (folder: string) => `${id}-${folder}`;

  const choose = (folder: string): void => {
    setSelected(folder);
    setRefused(false);
  };
  const confirm = (): void => {
    if (!selected) return;
    if (selected === currentFolder) setRefused(true);
    else onOpen(selected);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    const index = choices.findIndex((a) => a.folder === selected);
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    let next: ArticleSummary | undefined;
    if (step !== undefined) next = choices[Math.min(choices.length - 1, Math.max(0, index + step))];
    else if (event.key === 'Home') next = choices[0];
    else if (event.key === 'End') next = choices.at(-1);
    else if (event.key === 'Enter') {
      event.preventDefault();
      confirm();
      return;
    }
    if (!next) return;
    event.preventDefault();
    choose(next.folder);
    document.getElementById(optionId(next.folder))?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <Dialog title={t('split.title')} onClose={onClose} className="open-beside-dialog" initialFocus={listRef}>
      {choices.length < 2 && <p>{t('split.none')}</p>}
      <ul
        ref={listRef}
        role="listbox"
        aria-label={t('split.list')}
        className="dialog-list"
        tabIndex={0}
        aria-activedescendant={selected ? optionId(selected) : undefined}
        onKeyDown={onKeyDown}
      >
        {choices.map((article) => (
          <li
            key={article.folder}
            id={optionId(article.folder)}
            role="option"
            aria-selected={article.folder === selected}
            className="beside-list__item"
            dir="auto"
            onClick={() => choose(article.folder)}
            onDoubleClick={confirm}
          >
            {article.headline.trim() || t('article.untitled')}
          </li>
        ))}
      </ul>
      {refused && (
        <p className="field__error" role="alert">
          {t('split.same')}
        </p>
      )}
      <DialogActions>
        <Button onClick={onClose}>{t('split.cancel')}</Button>
        <Button variant="primary" disabled={!selected} onClick={confirm}>
          {t('split.open')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
