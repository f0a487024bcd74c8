import { useId, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import './Dialog.css';

interface DialogProps {
  title: string;
  /** Called when the user asks to dismiss the dialog (Escape); the parent usually stops rendering it. */
  onClose(): void;
  children: ReactNode;
  /** `alertdialog` for questions that need an answer before work can go on. */
  role?: 'dialog' | 'alertdialog';
  /** When false, Escape does nothing: the user must pick one of the dialog's buttons. */
  dismissible?: boolean;
  /** A sentence saying what the dialog is about, read out with its title. */
  description?: string;
  /** The element to focus on open; otherwise the browser focuses the first focusable one. */
  initialFocus?: RefObject<HTMLElement | null>;
  className?: string;
}

/**
 * A modal dialog on the native `<dialog>` element: showModal() gives the dialog role, the top
 * layer, an inert background and Escape handling. Mount it to open it, unmount it to close it;
 * focus goes back to whatever had it before. It is rendered at the end of <body> so it takes the
 * UI's language, direction and fonts, not those of the article it may have been opened from.
 */
export function Dialog({ title, onClose, children, role = 'dialog', dismissible = true, description, initialFocus, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const dismissibleRef = useRef(dismissible);
  dismissibleRef.current = dismissible;

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    initialFocus?.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (previouslyFocused?.isConnected) previouslyFocused.focus();
    };
    // Opening happens once per mount: `initialFocus` is only read at that moment.
  }, []);

  return createPortal(
    <dialog
      ref={ref}
      className={['dialog', className].filter(Boolean).join(' ')}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        // The parent decides: it unmounts the dialog to close it, or keeps it (a question that
        // needs an answer, a nested step that Escape only backs out of).
        event.preventDefault();
        if (dismissibleRef.current) onCloseRef.current();
      }}
      onClose={() => {
        // Chromium closes a dialog anyway on a repeated Escape with no click in between. While we
        // are still mounted the parent still wants it open: show it again, then pass the request on.
        const dialog = ref.current;
        // Unmounted, or open again (a close left over from StrictMode's effect replay in development).
        if (!dialog?.isConnected || dialog.open) return;
        dialog.showModal();
        if (dismissibleRef.current) onCloseRef.current();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {description && (
        <p id={descriptionId} className="dialog__description">
          {description}
        </p>
      )}
      {children}
    </dialog>,
    document.body,
  );
}

/** The row of buttons at the end of a dialog. */
export function DialogActions({ children }: { children: ReactNode }) {
  return <div className="dialog__actions">{children}</div>;
}
