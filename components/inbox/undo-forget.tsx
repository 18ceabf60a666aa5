'use client';
import { useEffect, useRef } from 'react';
import type { Messages } from '@/messages';
import { format } from '@/lib/i18n/locales';

type Props = { title: string; t: Messages<'inbox'>; onUndo(): void; onClose(): void };

/**
 * "… was removed from your messages. [Undo]" after Forget. It stays until closed or replaced (no countdown to beat),
 * floats over the page so the list does not move, and takes the focus from the button that disappeared with the
 * message. The live announcement is the list's status region's.
 */
export function UndoForget({ title, t, onUndo, onClose }: Props) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus(), [title]);
  return (
    <div className="inbox-undo" data-testid="undo-forget">
      <p>{format(t.forgotten, { title })}</p>
      <button
        ref={undo}
        type="button"
        className="btn btn--small btn--on-dark"
        title={format(t.undoHint, { title })}
        onClick={onUndo}
      >
        {t.undo}
      </button>
      <button type="button" className="link-button inbox-undo__close" aria-label={t.dismiss} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
