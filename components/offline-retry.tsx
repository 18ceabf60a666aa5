'use client';

export function OfflineRetry() {
  return (
    <button type="button" className="btn" onClick={() => location.reload()}>
      Try again · Réessayer
    </button>
  );
}
