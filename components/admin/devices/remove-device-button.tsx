'use client';
import { useRouter } from 'next/navigation';
import { callAction } from '@/components/use-action-form';
import { removeDevice } from '@/lib/actions/remove-device';
import { ConfirmButton } from '../confirm-dialog';

type Props = {
  id: string;
  /** What fits the table cell ("Remove"); `label` names the device and person for screen readers. */
  text: string;
  label: string;
  /** The confirmation dialog's words: what removing it does. */
  confirm: { title: string; body: string; yes: string; no: string };
};

export function RemoveDeviceButton({ id, text, label, confirm }: Props) {
  const router = useRouter();
  return (
    <ConfirmButton
      text={text}
      label={label}
      title={confirm.title}
      confirmLabel={confirm.yes}
      cancelLabel={confirm.no}
      onConfirm={async () => {
        await callAction(() => removeDevice({ id }));
        router.refresh();
      }}
    >
      <p>{confirm.body}</p>
    </ConfirmButton>
  );
}
