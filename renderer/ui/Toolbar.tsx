import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './Toolbar.css';

/**
 * A WAI-ARIA toolbar: one Tab stop for the whole group, arrow keys (mirrored in right-to-left
 * layouts), Home and End move between its enabled buttons.
 */
export function Toolbar({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);

  const buttons = (): HTMLButtonElement[] =>
    Array.from(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? []).filter((b) => !b.disabled);

  const makeTabStop = (target: HTMLButtonElement): void => {
    for (const button of ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? []) {
      button.tabIndex = button === target ? 0 : -1;
    }
  };

  // After every render buttons may have become disabled (Undo at the start of history): keep a
  // usable tab stop.
  useLayoutEffect(() => {
    const enabled = buttons();
    const current = enabled.find((b) => b.tabIndex === 0) ?? enabled[0];
    if (current) makeTabStop(current);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const enabled = buttons();
    const index = enabled.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: HTMLButtonElement | undefined;
    if (step !== undefined) next = enabled[(index + step + enabled.length) % enabled.length];
    else if (event.key === 'Home') next = enabled[0];
    else if (event.key === 'End') next = enabled[enabled.length - 1];
    if (!next) return;
    event.preventDefault();
    makeTabStop(next);
    next.focus();
  };

  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={label}
      aria-orientation="horizontal"
      className={['toolbar', className].filter(Boolean).join(' ')}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target instanceof HTMLButtonElement) makeTabStop(event.target);
      }}
    >
      {children}
    </div>
  );
}

/** A thin divider between groups of toolbar buttons; hidden from assistive technology. */
export function ToolbarSeparator() {
  return <span className="toolbar__separator" aria-hidden="true" />;
}
