'use client';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

type DialogProps = {
  open: boolean;
  title: string;
  /** What will happen, said before it happens (when the title alone does not say it all). */
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  /** `danger` (default) for what destroys, `primary` for what sends. */
  tone?: 'danger' | 'primary';
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * The console's one confirmation: a modal <dialog> (showModal traps focus and makes the page behind it inert),
 * Escape or the cancel button closes it, focus starts on the harmless choice and goes back to the opener.
 */
export function ConfirmDialog(props: DialogProps) {
  const { open, title, children, confirmLabel, cancelLabel, busy, tone = 'danger', onConfirm, onCancel } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      cancel.current?.focus();
    } else if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={children ? `${id}-body` : undefined}
      // Escape: the browser would close the dialog behind React's back; let the owner decide instead.
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-body`}>{children}</div>
      <div className="row">
        <button
          type="button"
          className={tone === 'danger' ? 'btn btn--danger' : 'btn'}
          disabled={busy}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button type="button" ref={cancel} className="btn btn--ghost" disabled={busy} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}

type ButtonProps = Omit<DialogProps, 'open' | 'onCancel' | 'onConfirm' | 'busy'> & {
  /** The button that opens the dialog: its text, and its accessible name when the text is short. */
  text: string;
  label?: string;
  className?: string;
  disabled?: boolean;
  onConfirm: () => Promise<unknown>;
};

/** A destructive button that asks first: nothing happens until the dialog's confirm button is pressed. */
export function ConfirmButton({ text, label, className, disabled, onConfirm, ...dialog }: ButtonProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  async function confirm() {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setOpen(false);
    }
  }
  return (
    <>
      <button
        type="button"
        className={className ?? 'btn btn--danger btn--small'}
        aria-label={label}
        disabled={disabled}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {text}
      </button>
      <ConfirmDialog {...dialog} open={open} busy={busy} onConfirm={confirm} onCancel={() => setOpen(false)} />
    </>
  );
}
