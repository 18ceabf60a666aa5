'use client';
import { useRouter } from 'next/navigation';
import { removeDevice } from '@/app/actions/remove-device';

export function RemoveDeviceButton({ id, label }: { id: string; label: string }) {
  const router = useRouter();
  return (
    <button type="button" className="btn btn--danger btn--small" onClick={async () => { await removeDevice({ id }); router.refresh(); }}>
      {label}
    </button>
  );
}
