import { useId, useMemo, useState } from 'react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LibrarySuggestions } from '../../../electron/common/ipc.js';
import { directionOf } from '../../i18n/language';
import type { ArticleMeta } from './article-meta';
import { PanelField } from './PanelField';
import { LengthGuide } from '../../editor/copyfit/LengthGuide';
import { LENGTH_TARGETS } from '../../editor/copyfit/length-guide';
import { ARTICLE_LANGUAGES, ARTICLE_STATUSES, PRIORITIES, type ArticleLanguage } from '../../../electron/common/rules/article-lists.js';
import { ARTICLE_LIMITS } from '../../../electron/common/rules/limits.js';
import { slugify } from '../../../electron/common/rules/slug.js';
import { localToZonedIso, timeZoneChoices, userTimeZone, zonedIsoToLocal } from '../../../electron/common/rules/zoned-time.js';
import { useSections } from '../library/use-library';
import { Panel } from './Panel';
import { TagsField } from './TagsField';
import { TimeZonePicker } from './TimeZonePicker';
import { ZonedTimeField } from './ZonedTimeField';

interface PublishPanelProps {
  meta: ArticleMeta;
  headline: string;
  suggestions: LibrarySuggestions;
  onChange(patch: Partial<ArticleMeta>): void;
  ids: { section: string; cmsSlug: string };
}

/** Everything the CMS needs besides headline, body and byline. */
export function PublishPanel({ meta, headline, suggestions, onChange, ids }: PublishPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const article = { dir: directionOf(meta.language), lang: meta.language };
  const { sections } = useSections();
  const zone = meta.timeZone ?? userTimeZone();
  const zones = useMemo(() => timeZoneChoices([zone, userTimeZone(), 'UTC']), [zone]);
  const sectionChoices = meta.section && !sections.includes(meta.section) ? [...sections, meta.section] : sections;
  // While the CMS slug field has focus it shows exactly what is typed; the rule tidies it on leaving.
  const [slugTyping, setSlugTyping] = useState<string | null>(null);
  const followsHeadline = meta.cmsSlug === null;
  const shownSlug = slugTyping ?? meta.cmsSlug ?? slugify(headline);

  const changeZone = (next: string): void => {
    // The clock time stays what the editor typed; only the zone it is read in changes.
    const move = (iso: string | null): string | null => (iso ? localToZonedIso(zonedIsoToLocal(iso, zone), next) : null);
    onChange({ timeZone: next, publishAt: move(meta.publishAt), embargoUntil: move(meta.embargoUntil) });
  };

  const f = (name: string): string => `${id}-${name}`;

  return (
    <Panel title={t('publish.title')} className="publish-panel">
      <h3 className="panel__subtitle">{t('publish.groups.story')}</h3>
      <PanelField id={f('dek')} label={t('publish.dek')}>
        <textarea
          id={f('dek')}
          rows={2}
          maxLength={ARTICLE_LIMITS.dek}
          value={meta.dek}
          onChange={(event) => onChange({ dek: event.target.value })}
          {...article}
        />
      </PanelField>
      <PanelField id={f('excerpt')} label={t('publish.excerpt')} hint={<LengthGuide id={f('excerpt-guide')} value={meta.excerpt} target={LENGTH_TARGETS.excerpt} />}>
        <textarea
          id={f('excerpt')}
          rows={3}
          maxLength={ARTICLE_LIMITS.excerpt}
          value={meta.excerpt}
          aria-describedby={f('excerpt-guide')}
          onChange={(event) => onChange({ excerpt: event.target.value })}
          {...article}
        />
      </PanelField>
      <PanelField id={f('dateline')} label={t('publish.dateline')}>
        <input
          id={f('dateline')}
          type="text"
          maxLength={ARTICLE_LIMITS.dateline}
          // An example in the article's language, like the text that goes here.
          placeholder={i18next.getFixedT(meta.language)('publish.datelinePlaceholder')}
          value={meta.dateline}
          onChange={(event) => onChange({ dateline: event.target.value })}
          {...article}
        />
      </PanelField>

      <h3 className="panel__subtitle">{t('publish.groups.filing')}</h3>
      <PanelField id={ids.section} label={t('publish.section')}>
        <select id={ids.section} value={meta.section ?? ''} onChange={(event) => onChange({ section: event.target.value || null })}>
          <option value="">{t('publish.noSection')}</option>
          {sectionChoices.map((section) => (
            <option key={section} value={section}>
              {section}
            </option>
          ))}
        </select>
      </PanelField>
      <TagsField tags={meta.tags} suggestions={suggestions.tags} onChange={(tags) => onChange({ tags })} {...article} />
      <PanelField
        id={ids.cmsSlug}
        label={t('publish.cmsSlug')}
        hint={
          <p id={f('cms-slug-hint')} className="panel-field__hint">
            {followsHeadline ? t('publish.cmsSlugFollows') : t('publish.cmsSlugByHand')}
          </p>
        }
      >
        <div className="panel-field__row">
          <input
            id={ids.cmsSlug}
            type="text"
            dir="auto"
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            value={shownSlug}
            aria-describedby={f('cms-slug-hint')}
            onFocus={() => setSlugTyping(shownSlug)}
            onChange={(event) => {
              setSlugTyping(event.target.value);
              onChange({ cmsSlug: event.target.value });
            }}
            onBlur={() => {
              setSlugTyping(null);
              const typed = meta.cmsSlug;
              if (typed === null) return;
              onChange({ cmsSlug: typed.trim() ? slugify(typed) : null });
            }}
          />
          {!followsHeadline && (
            <button type="button" className="btn btn--quiet panel-field__inline-button" onClick={() => onChange({ cmsSlug: null })}>
              {t('publish.followHeadline')}
            </button>
          )}
        </div>
      </PanelField>

      <h3 className="panel__subtitle">{t('publish.groups.schedule')}</h3>
      <ZonedTimeField
        id={f('publish-at')}
        label={t('publish.publishTime')}
        clearLabel={t('publish.clearPublishTime')}
        value={meta.publishAt}
        timeZone={zone}
        onChange={(publishAt) => onChange({ publishAt, timeZone: zone })}
      />
      <TimeZonePicker id={f('zone')} label={t('publish.timeZone')} value={zone} zones={zones} onChange={changeZone} />
      <ZonedTimeField
        id={f('embargo')}
        label={t('publish.embargoUntil')}
        clearLabel={t('publish.clearEmbargo')}
        value={meta.embargoUntil}
        timeZone={zone}
        onChange={(embargoUntil) => onChange({ embargoUntil, timeZone: zone })}
      />

      <h3 className="panel__subtitle">{t('publish.groups.workflow')}</h3>
      <div className="panel-field-grid">
        <PanelField id={f('status')} label={t('publish.status')}>
          <select id={f('status')} value={meta.status} onChange={(event) => onChange({ status: event.target.value as ArticleMeta['status'] })}>
            {ARTICLE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`articleStatus.${status}`)}
              </option>
            ))}
          </select>
        </PanelField>
        <PanelField id={f('priority')} label={t('publish.priority')}>
          <select
            id={f('priority')}
            value={meta.priority}
            onChange={(event) => onChange({ priority: event.target.value as ArticleMeta['priority'] })}
          >
            {PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {t(`publish.priorities.${priority}`)}
              </option>
            ))}
          </select>
        </PanelField>
        <PanelField id={f('language')} label={t('publish.language')}>
          <select
            id={f('language')}
            value={meta.language}
            onChange={(event) => onChange({ language: event.target.value as ArticleLanguage })}
          >
            {ARTICLE_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`publish.languages.${language}`)}
              </option>
            ))}
          </select>
        </PanelField>
      </div>

      <h3 className="panel__subtitle">{t('publish.groups.search')}</h3>
      <PanelField id={f('seo-title')} label={t('publish.seoTitle')} hint={<LengthGuide id={f('seo-guide')} value={meta.seoTitle} target={LENGTH_TARGETS.seoTitle} />}>
        <input
          id={f('seo-title')}
          type="text"
          maxLength={ARTICLE_LIMITS.seoTitle}
          placeholder={headline}
          value={meta.seoTitle}
          aria-describedby={f('seo-guide')}
          onChange={(event) => onChange({ seoTitle: event.target.value })}
          {...article}
        />
      </PanelField>
      <PanelField
        id={f('meta-description')}
        label={t('publish.metaDescription')}
        hint={<LengthGuide id={f('meta-guide')} value={meta.metaDescription} target={LENGTH_TARGETS.metaDescription} />}
      >
        <textarea
          id={f('meta-description')}
          rows={3}
          maxLength={ARTICLE_LIMITS.metaDescription}
          placeholder={meta.excerpt}
          value={meta.metaDescription}
          aria-describedby={f('meta-guide')}
          onChange={(event) => onChange({ metaDescription: event.target.value })}
          {...article}
        />
      </PanelField>
    </Panel>
  );
}
