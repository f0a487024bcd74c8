import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleLanguage, Contributor } from '../../../electron/common/article.js';
import type { LibrarySuggestions } from '../../../electron/common/ipc.js';
import { directionOf } from '../../i18n/language';
import { Button } from '../../ui/Button';
import { HOUSE_BYLINE_STYLES, printedByline } from '../../../electron/common/rules/byline.js';
import { CONTRIBUTOR_ROLES } from '../../../electron/common/rules/article-lists.js';
import { Panel } from './Panel';

interface BylinePanelProps {
  byline: Contributor[];
  sources: string[];
  language: ArticleLanguage;
  suggestions: LibrarySuggestions;
  onChange(patch: { byline?: Contributor[]; sources?: string[] }): void;
  /** id for the "Add contributor" button, which the checklist focuses. */
  addContributorId: string;
}

/** Marks each name so it can be shown isolated: a Latin name keeps its shape inside an Arabic byline, and the reverse. */
const isolate = (text: string): string => `\u2068${text}\u2069`;

/** The marked names as <bdi> elements, so the page's text has no invisible marks to copy. */
function Isolated({ text }: { text: string }) {
  return (
    <>
      {text.split(/\u2068(.*?)\u2069/su).map((part, i) => (i % 2 === 1 ? <bdi key={i}>{part}</bdi> : part))}
    </>
  );
}

/** Stable React keys for rows that have no id of their own, moved along with their rows. */
function useRowKeys(length: number): [number[], (keys: number[]) => void] {
  const next = useRef(0);
  const [keys, setKeys] = useState<number[]>(() => Array.from({ length }, () => next.current++));
  if (keys.length !== length) {
    // Rows changed from outside (a reload): start over.
    const fresh = Array.from({ length }, (_, i) => keys[i] ?? next.current++);
    setKeys(fresh);
    return [fresh, setKeys];
  }
  return [keys, setKeys];
}

/** Contributors (name, role, affiliation; add, remove, reorder), wire sources, and the byline as printed. */
export function BylinePanel({ byline, sources, language, suggestions, onChange, addContributorId }: BylinePanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const article = { dir: directionOf(language), lang: language };
  const [keys, setKeys] = useRowKeys(byline.length);
  const [sourceKeys, setSourceKeys] = useRowKeys(sources.length);
  const newKey = useRef(1_000_000);
  const pendingFocus = useRef<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  // Focus follows the row that moved, the row that was added, or what is left after a removal.
  // Another part of the window may re-render before the change reaches this panel: the target is
  // kept until a render shows it.
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    const element = root.current?.querySelector<HTMLElement>(target) ?? document.querySelector<HTMLElement>(target);
    if (!element) return;
    pendingFocus.current = null;
    element.focus();
  });

  const printed = useMemo(() => printedByline(byline, HOUSE_BYLINE_STYLES[language], isolate), [byline, language]);
  const who = (c: Contributor, index: number): string => c.name.trim() || t('byline.rowNumber', { number: index + 1 });

  const setRow = (index: number, patch: Partial<Contributor>): void => {
    onChange({ byline: byline.map((c, i) => (i === index ? { ...c, ...patch } : c)) });
  };
  const move = (index: number, by: -1 | 1, button: 'up' | 'down'): void => {
    const to = index + by;
    if (to < 0 || to >= byline.length) return;
    const rows = [...byline];
    const order = [...keys];
    [rows[index], rows[to]] = [rows[to]!, rows[index]!];
    [order[index], order[to]] = [order[to]!, order[index]!];
    setKeys(order);
    // Stay on the same button unless the row reached the edge, where that button is disabled.
    const edge = (button === 'up' && to === 0) || (button === 'down' && to === byline.length - 1);
    const focusButton = edge ? (button === 'up' ? 'down' : 'up') : button;
    pendingFocus.current = `[data-row="${order[to]}"] [data-move="${focusButton}"]`;
    onChange({ byline: rows });
  };
  const remove = (index: number): void => {
    const order = keys.filter((_, i) => i !== index);
    setKeys(order);
    const next = order[index] ?? order[index - 1];
    pendingFocus.current = next !== undefined ? `[data-row="${next}"] input` : `#${CSS.escape(addContributorId)}`;
    onChange({ byline: byline.filter((_, i) => i !== index) });
  };
  const add = (): void => {
    const key = newKey.current++;
    setKeys([...keys, key]);
    pendingFocus.current = `[data-row="${key}"] input`;
    onChange({ byline: [...byline, { name: '', role: 'writer', affiliation: '' }] });
  };
  const changeName = (index: number, name: string): void => {
    const current = byline[index]!;
    // Picking a name used before also brings its agency, when the row has none yet.
    const known = suggestions.contributors.find((c) => c.name === name);
    setRow(index, known && !current.affiliation ? { name, affiliation: known.affiliation } : { name });
  };

  const addSource = (): void => {
    const key = newKey.current++;
    setSourceKeys([...sourceKeys, key]);
    pendingFocus.current = `[data-source="${key}"] input`;
    onChange({ sources: [...sources, ''] });
  };
  const removeSource = (index: number): void => {
    const order = sourceKeys.filter((_, i) => i !== index);
    setSourceKeys(order);
    const next = order[index] ?? order[index - 1];
    pendingFocus.current = next !== undefined ? `[data-source="${next}"] input` : `[data-add-source]`;
    onChange({ sources: sources.filter((_, i) => i !== index) });
  };

  const namesList = `${id}-names`;
  const affiliationsList = `${id}-affiliations`;
  const sourcesList = `${id}-sources`;
  const agencies = useMemo(
    () => [...new Set([...suggestions.sources, ...suggestions.contributors.map((c) => c.affiliation).filter(Boolean)])],
    [suggestions],
  );

  return (
    <Panel title={t('byline.title')} className="byline-panel">
      <div ref={root}>
        {/* Suggestions carry values only: no text content that could be mistaken for the article's. */}
        <datalist id={namesList}>
          {suggestions.contributors.map((c) => (
            <option key={`${c.name}|${c.affiliation}`} value={c.name} />
          ))}
        </datalist>
        <datalist id={affiliationsList}>
          {agencies.map((agency) => (
            <option key={agency} value={agency} />
          ))}
        </datalist>
        <datalist id={sourcesList}>
          {suggestions.sources.map((source) => (
            <option key={source} value={source} />
          ))}
        </datalist>

        {byline.length === 0 && <p className="panel__empty">{t('byline.noContributors')}</p>}
        <ol className="contributors">
          {byline.map((contributor, index) => {
            const key = keys[index]!;
            const rowId = `${id}-row-${key}`;
            const name = who(contributor, index);
            return (
              <li key={key} className="contributor" data-row={key}>
                <div className="contributor__fields">
                  <div className="panel-field contributor__name">
                    <label className="panel-field__label" htmlFor={`${rowId}-name`}>
                      {t('byline.name')}
                    </label>
                    <input
                      id={`${rowId}-name`}
                      type="text"
                      list={namesList}
                      autoComplete="off"
                      maxLength={200}
                      value={contributor.name}
                      onChange={(event) => changeName(index, event.target.value)}
                      {...article}
                    />
                  </div>
                  <div className="panel-field contributor__role">
                    <label className="panel-field__label" htmlFor={`${rowId}-role`}>
                      {t('byline.role')}
                    </label>
                    <select
                      id={`${rowId}-role`}
                      value={contributor.role}
                      onChange={(event) => setRow(index, { role: event.target.value as Contributor['role'] })}
                    >
                      {CONTRIBUTOR_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`byline.roles.${role}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="panel-field contributor__affiliation">
                    <label className="panel-field__label" htmlFor={`${rowId}-affiliation`}>
                      {t('byline.affiliation')}
                    </label>
                    <input
                      id={`${rowId}-affiliation`}
                      type="text"
                      list={affiliationsList}
                      autoComplete="off"
                      maxLength={200}
                      placeholder={t('byline.affiliationPlaceholder')}
                      value={contributor.affiliation}
                      onChange={(event) => setRow(index, { affiliation: event.target.value })}
                      {...article}
                    />
                  </div>
                </div>
                <div className="contributor__actions">
                  <button
                    type="button"
                    className="icon-button"
                    data-move="up"
                    aria-label={t('byline.moveUp', { name })}
                    title={t('byline.moveUp', { name })}
                    disabled={index === 0}
                    onClick={() => move(index, -1, 'up')}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    data-move="down"
                    aria-label={t('byline.moveDown', { name })}
                    title={t('byline.moveDown', { name })}
                    disabled={index === byline.length - 1}
                    onClick={() => move(index, 1, 'down')}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button
                    type="button"
                    className="icon-button icon-button--danger"
                    aria-label={t('byline.remove', { name })}
                    title={t('byline.remove', { name })}
                    onClick={() => remove(index)}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <Button id={addContributorId} onClick={add} className="panel__add">
          <span aria-hidden="true">+</span> {t('byline.add')}
        </Button>

        <div className="byline-preview">
          <h3 className="panel__subtitle">{t('byline.preview')}</h3>
          {printed.by || printed.translatedBy ? (
            <div className="byline-preview__print" {...article}>
              {printed.by && (
                <p className="byline-preview__by">
                  <Isolated text={printed.by} />
                </p>
              )}
              {printed.translatedBy && (
                <p className="byline-preview__translated">
                  <Isolated text={printed.translatedBy} />
                </p>
              )}
            </div>
          ) : (
            <p className="panel__empty">{t('byline.previewEmpty')}</p>
          )}
        </div>

        <div className="sources">
          <h3 className="panel__subtitle">{t('byline.sources')}</h3>
          <p className="panel-field__hint">{t('byline.sourcesHint')}</p>
          <ul className="sources__list">
            {sources.map((source, index) => {
              const key = sourceKeys[index]!;
              const inputId = `${id}-source-${key}`;
              return (
                <li key={key} className="source" data-source={key}>
                  <label className="visually-hidden" htmlFor={inputId}>
                    {t('byline.source')}
                  </label>
                  <input
                    id={inputId}
                    type="text"
                    list={sourcesList}
                    autoComplete="off"
                    maxLength={200}
                    value={source}
                    onChange={(event) => onChange({ sources: sources.map((s, i) => (i === index ? event.target.value : s)) })}
                    {...article}
                  />
                  <button
                    type="button"
                    className="icon-button icon-button--danger"
                    aria-label={t('byline.removeSource', { name: source.trim() || t('byline.rowNumber', { number: index + 1 }) })}
                    title={t('byline.removeSource', { name: source.trim() || t('byline.rowNumber', { number: index + 1 }) })}
                    onClick={() => removeSource(index)}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              );
            })}
          </ul>
          <Button onClick={addSource} className="panel__add" data-add-source="">
            <span aria-hidden="true">+</span> {t('byline.addSource')}
          </Button>
        </div>
      </div>
    </Panel>
  );
}
