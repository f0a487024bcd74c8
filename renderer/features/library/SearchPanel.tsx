import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ARTICLE_STATUSES, SEARCH_SORTS, type ArticleStatus } from '../../../electron/common/rules/article-lists.js';
import type { FacetCount, SearchFilters, SearchSort } from '../../../electron/common/search.js';
import { describeError } from '../../i18n/errors';
import { Button } from '../../ui/Button';
import type { Search } from './use-search';


type ChoiceFilter = 'status' | 'section' | 'language' | 'contributor' | 'tag';

/** The search box, the collapsible filters with the sort order, and the index's build progress. */
export function SearchPanel({ search }: { search: Search }) {
  const { t } = useTranslation();
  const { query, setQuery, facets, indexing, results, error } = search;
  const setFilter = (name: keyof SearchFilters, value: string) =>
    setQuery((q) => ({ ...q, filters: { ...q.filters, [name]: value === '' ? undefined : value } }));
  // The controls are only in the page while the section is open, so their options never match a search of the page.
  const [open, setOpen] = useState(false);
  const activeFilters = Object.values(query.filters).filter((v) => v !== undefined).length;

  const choice = (name: ChoiceFilter, values: FacetCount[] | undefined, label: (value: string) => string = (v) => v) => (
    <FilterField label={t(`search.${name}`)}>
      {(id) => (
        <select id={id} value={query.filters[name] ?? ''} onChange={(event) => setFilter(name, event.target.value)}>
          <option value="">{t('search.any')}</option>
          {values?.map(({ value, count }) => (
            <option key={value} value={value}>
              {`${label(value)} (${count})`}
            </option>
          ))}
        </select>
      )}
    </FilterField>
  );
  const statusCounts = new Map(facets?.statuses.map((f) => [f.value, f.count]));
  const indexingLabel = useId();

  return (
    <div className="search">
      <input
        type="search"
        className="search__box"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={query.text}
        onChange={(event) => {
          const text = event.target.value;
          setQuery((q) => ({ ...q, text }));
        }}
      />
      <details className="search__filters" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{activeFilters > 0 ? t('search.filtersActive', { count: activeFilters }) : t('search.filters')}</summary>
        {open && (
          <>
            <div className="search__grid">
              {choice(
                'status',
                ARTICLE_STATUSES.filter((s) => statusCounts.has(s)).map((value) => ({ value, count: statusCounts.get(value)! })),
                (v) => t(`articleStatus.${v as ArticleStatus}`),
              )}
              {choice('section', facets?.sections)}
              {choice('language', facets?.languages, (v) => t(`search.languages.${v as 'en' | 'ar'}`))}
              {choice('contributor', facets?.contributors)}
              {choice('tag', facets?.tags)}
              <FilterField label={t('search.from')}>
                {(id) => <input id={id} type="date" value={query.filters.from ?? ''} onChange={(e) => setFilter('from', e.target.value)} />}
              </FilterField>
              <FilterField label={t('search.to')}>
                {(id) => <input id={id} type="date" value={query.filters.to ?? ''} onChange={(e) => setFilter('to', e.target.value)} />}
              </FilterField>
              <FilterField label={t('search.sortBy')}>
                {(id) => (
                  <select id={id} value={query.sort} onChange={(e) => setQuery((q) => ({ ...q, sort: e.target.value as SearchSort }))}>
                    {SEARCH_SORTS.map((sort) => (
                      <option key={sort} value={sort}>
                        {t(`search.sort.${sort}`)}
                      </option>
                    ))}
                  </select>
                )}
              </FilterField>
            </div>
            {activeFilters > 0 && (
              <Button variant="quiet" onClick={() => setQuery((q) => ({ ...q, filters: {} }))}>
                {t('search.clear')}
              </Button>
            )}
          </>
        )}
      </details>
      {indexing && (
        <div className="search__indexing">
          <span id={indexingLabel}>{t('search.indexing', { done: indexing.done, total: indexing.total })}</span>
          <progress aria-labelledby={indexingLabel} max={indexing.total} value={indexing.done} />
        </div>
      )}
      <p className="search__summary" role="status">
        {results ? t('search.results', { count: results.total }) : ''}
      </p>
      {error && (
        <p className="search__error" role="alert">
          {t('search.failed', { reason: describeError(t, error) })}
        </p>
      )}
    </div>
  );
}

function FilterField({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="search__field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
