'use client';
import { useRouter } from 'next/navigation';
import { removeDevice } from '@/app/actions/remove-device';

/** `text` is what fits the table cell ("Remove"); `label` names the device and person for screen readers. */
export function RemoveDeviceButton({ id, text, label }: { id: string; text: string; label: string }) {
  const router = useRouter();
  return (
    <button type="button" className="btn btn--danger btn--small" aria-label={label} onClick={async () => { await removeDevice({ id }); router.refresh(); }}>
      {text}
    </button>
  );
}
