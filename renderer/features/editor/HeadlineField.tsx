import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

interface HeadlineFieldProps {
  value: string;
  onChange(value: string): void;
  autoFocus: boolean;
  /** The article's direction and language (not the UI's). */
  dir: 'ltr' | 'rtl';
  lang: string;
  /** id of the length guide read with the field. */
  describedBy?: string;
  /** Lets the checklist put the caret here. */
  inputRef?: RefObject<HTMLTextAreaElement | null>;
}

/** Headlines are one line: newlines (typed or pasted) become spaces, and Enter moves on to the body. */
const NEWLINES = /[\r\n\u2028\u2029]+/g;
const MAX_HEADLINE = 1000;

/**
 * The headline: a textarea so long headlines wrap and the field grows with them (CSS
 * `field-sizing: content`), but never more than one paragraph.
 */
export function HeadlineField({ value, onChange, autoFocus, dir, lang, describedBy, inputRef }: HeadlineFieldProps) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const ref = inputRef ?? ownRef;

  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);

  return (
    <textarea
      ref={ref}
      className="headline"
      aria-label={t('editor.headline')}
      placeholder={t('editor.headline')}
      rows={1}
      maxLength={MAX_HEADLINE}
      spellCheck
      dir={dir}
      lang={lang}
      aria-describedby={describedBy}
      value={value}
      onChange={(event) => onChange(event.target.value.replace(NEWLINES, ' '))}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
        event.preventDefault();
        editor.focus(undefined, { defaultSelection: 'rootStart' });
      }}
    />
  );
}
