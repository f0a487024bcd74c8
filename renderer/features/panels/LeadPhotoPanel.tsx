import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadPhoto } from '../../../electron/common/article.js';
import { api } from '../../api';
import { useArticleMedia, useLatestFolder } from '../../editor/article-media';
import { directionOf } from '../../i18n/language';
import { Button } from '../../ui/Button';
import { addPhotoFile } from '../../editor/photos/add-photo';
import { photoWork } from '../../editor/photos/photos-in-flight';
import { PHOTO_ACCEPT } from '../../editor/photos/photo-files';
import type { ArticleMeta } from './article-meta';
import { PHOTO_LIMITS } from '../../../electron/common/rules/photo.js';
import { excerpt, useBodyLead } from './body-lead';
import { controlsLabelled, jumpTo, reveal, uiLabels } from './jump';
import { PanelField } from './PanelField';
import { LengthGuide } from '../../editor/copyfit/LengthGuide';
import { LENGTH_TARGETS } from '../../editor/copyfit/length-guide';
import { Panel } from './Panel';

interface LeadPhotoPanelProps {
  leadPhoto: LeadPhoto | null;
  language: ArticleMeta['language'];
  onChange(patch: Partial<ArticleMeta>): void;
  /** Ids the checklist jumps to: the Choose button and the caption and alt text fields. */
  ids: { choose: string; caption: string; altText: string };
}

const EMPTY: LeadPhoto = { file: null, caption: '', credit: '', altText: '' };

const hasContent = (lead: LeadPhoto | null): lead is LeadPhoto =>
  !!lead && (!!lead.file || !!lead.caption.trim() || !!lead.credit.trim() || !!lead.altText.trim());

/**
 * "Lead photo": the article's featured image when it is not one of the body's photos
 * (`article.leadPhoto`), edited like the other panels' fields (part of the meta the session
 * saves). When a body photo is marked as lead it is the lead: the region says so and takes the
 * user to it; an article-level lead photo left over from before is kept, marked as not used, until
 * it is removed.
 */
export function LeadPhotoPanel({ leadPhoto, language, onChange, ids }: LeadPhotoPanelProps) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const { folder } = useArticleMedia();
  const latestFolder = useLatestFolder();
  const bodyLead = useBodyLead();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const region = useRef<HTMLDivElement>(null);
  const latest = useRef(leadPhoto);
  latest.current = leadPhoto;
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => setMissing(false), [leadPhoto?.file, folder]);
  const article = { dir: directionOf(language), lang: language };

  const update = (patch: Partial<LeadPhoto>): void => onChange({ leadPhoto: { ...(latest.current ?? EMPTY), ...patch } });

  const choose = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    setAdding(true);
    await photoWork(
      addPhotoFile(t, latestFolder(), file).then((result) => {
        setAdding(false);
        if (!result.ok) setError(result.message);
        // Caption, credit and alt text stay: the new file takes the old one's place.
        else update({ file: result.media.file });
      }),
    );
  };

  const remove = (): void => {
    onChange({ leadPhoto: null });
    setError(null);
    // The button goes away with the photo; focus the control that takes its place.
    requestAnimationFrame(() => region.current?.querySelector<HTMLElement>('[data-after-remove]')?.focus());
  };

  const showBodyLead = (): void => {
    if (!bodyLead) return;
    const figure = editor.getElementByKey(bodyLead.key);
    if (!figure) return;
    if (!jumpTo(controlsLabelled(figure, uiLabels('Caption'))[0])) reveal(figure);
  };

  const thumbnail = (lead: LeadPhoto, small = false) =>
    lead.file && folder ? (
      <div className={`lead-photo-panel__image${small ? ' lead-photo-panel__image--small' : ''}`}>
        {missing ? (
          <p className="lead-photo-panel__missing" role="img" aria-label={lead.altText || t('leadPhoto.title')}>
            {t('leadPhoto.missing')}
          </p>
        ) : (
          <img src={api.mediaUrl(folder, lead.file)} alt={lead.altText} onError={() => setMissing(true)} />
        )}
      </div>
    ) : null;

  const removeButton = (
    <Button variant="quiet" className="lead-photo-panel__remove" onClick={remove} aria-describedby={`${id}-remove-hint`}>
      {t('leadPhoto.remove')}
    </Button>
  );
  const removeHint = (
    <p id={`${id}-remove-hint`} className="panel-field__hint">
      {t('leadPhoto.removeHint')}
    </p>
  );

  if (bodyLead) {
    return (
      <Panel title={t('leadPhoto.title')} className="lead-photo-panel">
        <div ref={region}>
          <p className="lead-photo-panel__text">
            {bodyLead.caption ? (
              <>
                {t('leadPhoto.inBody')}
                {/* The caption is article text: its own line, in its own direction. */}
                <span className="lead-photo-panel__quote" dir="auto">
                  {excerpt(bodyLead.caption)}
                </span>
              </>
            ) : (
              t('leadPhoto.inBodyNoCaption')
            )}
          </p>
          <div className="lead-photo-panel__actions">
            <Button onClick={showBodyLead} data-after-remove="">
              {t('leadPhoto.show')}
            </Button>
          </div>
          {hasContent(leadPhoto) && (
            <div className="lead-photo-panel__unused" role="group" aria-label={t('leadPhoto.notUsedLabel')}>
              <p className="lead-photo-panel__note">{t('leadPhoto.notUsed')}</p>
              {thumbnail(leadPhoto, true)}
              {leadPhoto.caption.trim() && (
                <p className="lead-photo-panel__unused-caption" {...article}>
                  {excerpt(leadPhoto.caption)}
                </p>
              )}
              <div className="lead-photo-panel__actions">{removeButton}</div>
              {removeHint}
            </div>
          )}
        </div>
      </Panel>
    );
  }

  const f = (name: string): string => `${id}-${name}`;
  return (
    <Panel title={t('leadPhoto.title')} className="lead-photo-panel">
      <div ref={region}>
        {!leadPhoto?.file && (
          <p className="panel__empty">
            {t('leadPhoto.noFile')} {t('leadPhoto.orSetInBody')}
          </p>
        )}
        {leadPhoto && thumbnail(leadPhoto)}
        <div className="lead-photo-panel__actions">
          <Button
            id={ids.choose}
            onClick={() => fileInput.current?.click()}
            disabled={adding}
            aria-busy={adding || undefined}
            data-after-remove=""
          >
            {leadPhoto?.file ? t('leadPhoto.replace') : t('leadPhoto.choose')}
          </Button>
          {leadPhoto && removeButton}
          <input
            ref={fileInput}
            type="file"
            accept={PHOTO_ACCEPT}
            hidden
            aria-label={t('leadPhoto.fileInput')}
            onChange={(event) => void choose(event)}
          />
        </div>
        {adding && (
          <p className="panel-field__hint" role="status">
            {t('leadPhoto.adding')}
          </p>
        )}
        {error && (
          <p className="lead-photo-panel__error" role="alert">
            {error}
          </p>
        )}
        {leadPhoto && (
          <>
            {removeHint}
            <PanelField
              id={ids.caption}
              label={t('leadPhoto.caption')}
              hint={<LengthGuide id={f('caption-guide')} value={leadPhoto.caption} target={LENGTH_TARGETS.caption} label={t('leadPhoto.caption')} />}
            >
              <textarea
                id={ids.caption}
                rows={2}
                maxLength={PHOTO_LIMITS.caption}
                value={leadPhoto.caption}
                aria-describedby={f('caption-guide')}
                onChange={(event) => update({ caption: event.target.value })}
                {...article}
              />
            </PanelField>
            <PanelField id={f('credit')} label={t('leadPhoto.credit')}>
              <input
                id={f('credit')}
                type="text"
                maxLength={PHOTO_LIMITS.credit}
                value={leadPhoto.credit}
                onChange={(event) => update({ credit: event.target.value })}
                {...article}
              />
            </PanelField>
            <PanelField
              id={ids.altText}
              label={t('leadPhoto.altText')}
              hint={
                <p id={f('alt-hint')} className="panel-field__hint">
                  {t('leadPhoto.altTextHint')}
                </p>
              }
            >
              <textarea
                id={ids.altText}
                rows={2}
                maxLength={PHOTO_LIMITS.altText}
                value={leadPhoto.altText}
                aria-describedby={f('alt-hint')}
                onChange={(event) => update({ altText: event.target.value })}
                {...article}
              />
            </PanelField>
          </>
        )}
      </div>
    </Panel>
  );
}
