import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibrarySuggestions } from '../../../electron/common/ipc.js';
import type { ArticleMeta } from './article-meta';
import { BylinePanel } from './BylinePanel';
import type { Check } from './checklist';
import { ChecklistPanel } from './ChecklistPanel';
import { jumpTo } from './jump';
import { LeadPhotoPanel } from './LeadPhotoPanel';
import { PublishPanel } from './PublishPanel';
import './panels.css';

/** Below this width of the editor pane the panels leave the manuscript its room and open over it. */
const NARROW_PX = 900;

/**
 * Whether the panel column shows: beside the manuscript on a wide pane (open unless the user hid
 * it), over it as a drawer on a narrow one (closed until asked for). Crossing the width resets the
 * choice to that width's default.
 */
export function usePanelsOpen(container: RefObject<HTMLElement | null>): { open: boolean; narrow: boolean; setOpen(open: boolean): void } {
  const [narrow, setNarrow] = useState(false);
  const [open, setOpen] = useState(true);
  const narrowRef = useRef(false);
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const measure = (width: number): void => {
      const isNarrow = width > 0 && width < NARROW_PX;
      if (isNarrow === narrowRef.current) return;
      narrowRef.current = isNarrow;
      setNarrow(isNarrow);
      setOpen(!isNarrow);
    };
    measure(element.getBoundingClientRect().width);
    const observer = new ResizeObserver(([entry]) => entry && measure(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, [container]);
  return { open, narrow, setOpen };
}

interface SidePanelsProps {
  id: string;
  open: boolean;
  narrow: boolean;
  onClose(): void;
  meta: ArticleMeta;
  headline: string;
  suggestions: LibrarySuggestions;
  checks: Check[];
  onChange(patch: Partial<ArticleMeta>): void;
  onJump(check: Check): void;
  ids: { section: string; cmsSlug: string; addContributor: string };
}

/**
 * The inline-end column of the editor: Ready to publish, Byline, Lead photo, Publish details.
 * Must be inside the ArticleComposer (the Lead photo panel follows the body's lead photo).
 * Memoized: it re-renders when its fields, checks or suggestions change, not when the window
 * around it does (a new count, a save state).
 */
export const SidePanels = memo(function SidePanels({ id, open, narrow, onClose, meta, headline, suggestions, checks, onChange, onJump, ids }: SidePanelsProps) {
  const { t } = useTranslation();
  const leadId = useId();
  const leadIds = useMemo(() => ({ choose: `${leadId}-choose`, caption: `${leadId}-caption`, altText: `${leadId}-alt` }), [leadId]);

  // The lead photo's checks go to the Lead photo panel: a missing lead to "Choose lead photo" (the
  // panel also says how to mark a body photo instead), the article-level lead photo's missing alt
  // text or caption to that field. Every other check is the editor's.
  const jump = useCallback(
    (check: Check) => {
      if (check.id === 'leadPhoto' && !check.passed && jumpTo(document.getElementById(leadIds.choose))) return;
      if (check.id === 'photos' && !check.passed && 'lead' in check) {
        jumpTo(document.getElementById(check.missing === 'altText' ? leadIds.altText : leadIds.caption));
        return;
      }
      onJump(check);
    },
    [leadIds, onJump],
  );

  // As a drawer over the manuscript, Escape puts it away.
  useEffect(() => {
    if (!open || !narrow) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && !event.defaultPrevented) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, narrow, onClose]);

  return (
    <aside id={id} className={`side-panels${narrow ? ' side-panels--drawer' : ''}`} aria-label={t('panels.label')} hidden={!open}>
      <ChecklistPanel checks={checks} onJump={jump} />
      <BylinePanel
        byline={meta.byline}
        sources={meta.sources}
        language={meta.language}
        suggestions={suggestions}
        onChange={onChange}
        addContributorId={ids.addContributor}
      />
      <LeadPhotoPanel leadPhoto={meta.leadPhoto} language={meta.language} onChange={onChange} ids={leadIds} />
      <PublishPanel meta={meta} headline={headline} suggestions={suggestions} onChange={onChange} ids={ids} />
    </aside>
  );
});
