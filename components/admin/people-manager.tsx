'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useActionForm } from '@/components/use-action-form';
import { textFor } from '@/lib/i18n/text-for';
import { deletePerson } from '@/lib/actions/delete-person';
import { resetPersonPassword } from '@/lib/actions/reset-person-password';
import { setPersonRole } from '@/lib/actions/set-person-role';
import { format } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';
import { AdminTable } from './admin-table';
import { ConfirmDialog } from './confirm-dialog';

type T = Messages<'admin'>;
type Person = { id: string; name: string; email: string; role: 'admin' | 'citizen'; sessions: number };
type Kind = 'promote' | 'demote' | 'reset' | 'delete';
const CONFIRM = {
  promote: 'confirmPromote',
  demote: 'confirmDemote',
  reset: 'confirmReset',
  delete: 'confirmDelete',
} as const;
const DONE = { promote: 'promoted', demote: 'demoted', delete: 'deleted' } as const;

/** One row per person; every change asks for confirmation first, and a reset password is shown this once. */
export function PeopleManager({ people, selfId, t }: { people: Person[]; selfId: string; t: T }) {
  const router = useRouter();
  const [pending, setPending] = useState<{ kind: Kind; person: Person }>();
  const [secret, setSecret] = useState<{ email: string; password: string }>();
  const action = useActionForm(t.genericError);
  const busy = action.busy;

  async function confirm() {
    if (!pending) return;
    const { kind, person } = pending;
    const input = { userId: person.id };
    setSecret(undefined);
    const r = await action.run<unknown>(
      () =>
        kind === 'reset'
          ? resetPersonPassword(input)
          : kind === 'delete'
            ? deletePerson(input)
            : setPersonRole({ ...input, role: kind === 'promote' ? 'admin' : 'citizen' }),
      // A reset shows the new password instead of a sentence.
      {
        success: () => (kind === 'reset' ? undefined : format(t[DONE[kind]], { name: person.name })),
        failure: (f) => textFor(t, `err_${f.error}`),
      },
    );
    setPending(undefined);
    if (!r.ok) return;
    if (kind === 'reset') setSecret(r.data as { email: string; password: string });
    // Demoting yourself ends your own session: the refresh then leaves the console.
    router.refresh();
  }

  const button = (kind: Kind, person: Person, text: string, label: string, danger = false) => (
    <button
      type="button"
      className={`btn btn--small${danger ? ' btn--danger' : ''}`}
      aria-label={format(label, { name: person.name })}
      disabled={busy}
      onClick={() => {
        setPending({ kind, person });
        action.setStatus(null);
      }}
    >
      {text}
    </button>
  );

  return (
    <div className="stack">
      <ConfirmDialog
        open={!!pending}
        busy={busy}
        onConfirm={confirm}
        onCancel={() => setPending(undefined)}
        title={pending ? format(t[CONFIRM[pending.kind]], { name: pending.person.name }) : ''}
        confirmLabel={t.confirmYes}
        cancelLabel={t.confirmNo}
      />
      <div aria-live="polite">
        {secret && (
          <div className="alert alert--success">
            <p>{format(t.passwordReset, { email: secret.email })}</p>
            <label htmlFor="new-password">{t.newPasswordValue}</label>
            <input
              id="new-password"
              readOnly
              value={secret.password}
              className="token-secret"
              onFocus={(e) => e.target.select()}
            />
          </div>
        )}
        <p role="status">{action.status?.text}</p>
      </div>
      <AdminTable label={t.people} columns={[t.colName, t.colEmail, t.colRole, t.colSessions, null]}>
        {people.map((p) => (
          <tr key={p.id}>
            <td>
              {p.name} {p.id === selfId && <span className="muted">{t.you}</span>}
            </td>
            <td>{p.email}</td>
            <td>{t[`person_${p.role}`]}</td>
            <td>{p.sessions}</td>
            <td>
              <div className="row">
                {p.role === 'admin'
                  ? button('demote', p, t.demoteShort, t.demote)
                  : button('promote', p, t.promoteShort, t.promote)}
                {button('reset', p, t.resetShort, t.resetPassword)}
                {button('delete', p, t.deleteShort, t.deletePerson, true)}
              </div>
            </td>
          </tr>
        ))}
      </AdminTable>
    </div>
  );
}
