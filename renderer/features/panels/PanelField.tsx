import type { ReactNode } from 'react';

/** A labelled field in a side panel: the label, the control, then an optional hint or length guide. */
export function PanelField({ id, label, hint, children, className }: { id: string; label: string; hint?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <div className={['panel-field', className].filter(Boolean).join(' ')}>
      <label className="panel-field__label" htmlFor={id}>
        {label}
      </label>
      {children}
      {hint}
    </div>
  );
}
