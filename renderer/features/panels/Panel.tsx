import { useId, type ReactNode } from 'react';

/** One panel of the side column: a region named by its heading. */
export function Panel({ title, className, children, aside }: { title: string; className?: string; children: ReactNode; aside?: ReactNode }) {
  const id = useId();
  return (
    <section className={['panel', className].filter(Boolean).join(' ')} aria-labelledby={id}>
      <header className="panel__header">
        <h2 id={id} className="panel__title">
          {title}
        </h2>
        {aside}
      </header>
      {children}
    </section>
  );
}
