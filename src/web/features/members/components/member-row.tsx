/**
 * One member of the workspace: e-mail, name, role, since when, and Remove (after a confirm). A new
 * role is saved with its own button, not on every change of the select: arrow keys move through
 * the roles one by one, and each step would otherwise be sent.
 */
import { useState } from 'react';
import { memberRefusal, ROLES, sinceText, type Role } from '../members-view';
import { useRemoveMember, useSetMember, type Member } from '../api';

export interface Outcome {
  kind: 'done' | 'refused';
  text: string;
  /** The change concerned the user's own membership: their session's roles are stale. */
  self: boolean;
}

export function MemberRow({
  workspace,
  member,
  isSelf,
  onOutcome,
}: {
  workspace: string;
  member: Member;
  isSelf: boolean;
  onOutcome: (outcome: Outcome) => void;
}) {
  const { user } = member;
  const [role, setRole] = useState<Role>(member.role);
  const setMember = useSetMember(workspace);
  const remove = useRemoveMember(workspace);
  const busy = setMember.isPending || remove.isPending;

  const saveRole = () => {
    const next = role;
    setMember.mutate(
      { email: user.email, role: next },
      {
        onSuccess: () => onOutcome({ kind: 'done', text: `${user.name} (${user.email}) is now ${next}.`, self: isSelf }),
        onError: (error) => {
          setRole(member.role);
          onOutcome({ kind: 'refused', text: memberRefusal(error, user.email), self: false });
        },
      },
    );
  };

  const removeMember = () => {
    const who = isSelf ? 'yourself' : `${user.name} (${user.email})`;
    if (!window.confirm(`Remove ${who} from the workspace “${workspace}”? The account stays, but can no longer open this workspace.`)) return;
    remove.mutate(user.id, {
      onSuccess: () => onOutcome({ kind: 'done', text: `${user.name} (${user.email}) is no longer a member of “${workspace}”.`, self: isSelf }),
      onError: (error) => onOutcome({ kind: 'refused', text: memberRefusal(error, user.email), self: false }),
    });
  };

  return (
    <tr>
      <th scope="row">{user.email}</th>
      <td>
        {user.name}
        {isSelf ? <span className="quiet"> (you)</span> : null}
      </td>
      <td>
        <div className="member-role">
          <select aria-label={`Role of ${user.email}`} value={role} disabled={busy} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
          {role === member.role ? null : (
            <button type="button" aria-label={`Save the role of ${user.email}`} disabled={busy} onClick={saveRole}>
              Save
            </button>
          )}
        </div>
      </td>
      <td>
        <time dateTime={member.since}>{sinceText(member.since)}</time>
      </td>
      <td>
        <button type="button" aria-label={`Remove ${user.email}`} disabled={busy} onClick={removeMember}>
          Remove
        </button>
      </td>
    </tr>
  );
}
