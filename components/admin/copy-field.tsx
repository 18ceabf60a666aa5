'use client';
import { useState } from 'react';

type Props = { id: string; label: string; value: string; copyLabel: string; copied: string; failed: string };

/** A read-only value shown once (a new token) with a Copy button; the outcome is announced as a status. */
export function CopyField({ id, label, value, copyLabel, copied, failed }: Props) {
  const [status, setStatus] = useState('');
  async function copy() {
    setStatus('');
    try {
      await navigator.clipboard.writeText(value);
      setStatus(copied);
    } catch {
      // No clipboard permission (or an insecure origin): the field stays there to be copied by hand.
      setStatus(failed);
    }
  }
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input id={id} readOnly value={value} className="token-secret" onFocus={(e) => e.target.select()} />
        <button type="button" className="btn" onClick={copy}>
          {copyLabel}
        </button>
      </div>
      <p role="status" className="copy-status">
        {status}
      </p>
    </>
  );
}
