/** Adds an existing account to the workspace by its e-mail, with a role; an unknown e-mail is said in words. */
import { useId, useState, type FormEvent } from 'react';
import { memberRefusal, ROLES, type Role } from '../members-view';
import { useSetMember, type Member } from '../api';
import type { Outcome } from './member-row';

export function AddMemberForm({ workspace, members, onOutcome }: { workspace: string; members: readonly Member[]; onOutcome: (outcome: Outcome) => void }) {
  const id = useId();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const setMember = useSetMember(workspace);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const given = email.trim();
    const known = members.find((m) => m.user.email.toLowerCase() === given.toLowerCase());
    setMember.mutate(
      { email: given, role },
      {
        onSuccess: (added) => {
          setEmail('');
          onOutcome({
            kind: 'done',
            text:
              known === undefined
                ? `${added.user.name} (${added.user.email}) is now a member, as ${added.role}.`
                : `${added.user.name} (${added.user.email}) was a member already and is now ${added.role}.`,
            self: false,
          });
        },
        onError: (error) => onOutcome({ kind: 'refused', text: memberRefusal(error, given), self: false }),
      },
    );
  };

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Add a member</h2>
      <p className="quiet">The account must exist already: the server’s owner makes accounts with foothold user add.</p>
      <form className="member-form" onSubmit={submit} aria-busy={setMember.isPending}>
        <div className="member-field">
          <label htmlFor={`${id}-email`}>E-mail of the account</label>
          <input id={`${id}-email`} type="email" required autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="member-field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary" disabled={setMember.isPending}>
          {setMember.isPending ? 'Adding…' : 'Add member'}
        </button>
      </form>
    </section>
  );
}
