/**
 * `/w/:workspace/members`: who may open the workspace and with which role, for its owners (action
 * manage_members). Roles are changed, members removed and existing accounts added here; a refusal
 * (the last owner, an unknown e-mail) is said in words. Changing one's own membership reloads the
 * session, so the views offer what the new role allows.
 */
import { useState } from 'react';
import { useParams } from 'react-router';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { useCan, useSession } from '../../../lib/session';
import { useTitle } from '../../../lib/use-title';
import { useMembers } from '../api';
import { ROLE_DESCRIPTIONS, ROLES } from '../members-view';
import { AddMemberForm } from './add-member-form';
import { MemberRow, type Outcome } from './member-row';
import './members.css';

function RoleMeanings() {
  return (
    <details className="role-meanings">
      <summary>What each role may do</summary>
      <dl>
        {ROLES.map((role) => (
          <div key={role}>
            <dt>{role}</dt>
            <dd>{ROLE_DESCRIPTIONS[role]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

export default function MembersPage() {
  const { workspace = 'default' } = useParams();
  useTitle('Members');
  const { state, reload } = useSession();
  const canManage = useCan('manage_members', workspace);
  const loginOn = state.status === 'signed-in' && state.session.auth === 'required';
  const me = state.status === 'signed-in' ? state.session.user?.id : undefined;
  const members = useMembers(workspace, canManage && loginOn);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);

  const report = (next: Outcome) => {
    setOutcome(next);
    // The session lists this user's roles: after a change to their own, ask it again.
    if (next.self) reload();
  };

  const body = () => {
    if (!loginOn)
      return (
        <Empty title="This server runs without accounts.">
          <p>Everyone who can open it acts as its owner. Members and roles apply when the server is started with foothold serve --auth.</p>
        </Empty>
      );
    if (!canManage)
      return (
        <Empty title="Your role does not let you manage members here.">
          <p>Ask an owner of this workspace to add someone or change a role.</p>
        </Empty>
      );
    if (members.isPending) return <Loading what="the members" />;
    if (members.isError) return <ErrorState error={members.error} retry={() => void members.refetch()} />;
    return (
      <>
        <div className="table-scroll" role="region" aria-label="Members" tabIndex={0}>
          <table className="members-table">
            <caption>Members of {workspace}</caption>
            <thead>
              <tr>
                <th scope="col">E-mail</th>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Member since</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.data.map((m) => (
                <MemberRow key={`${m.user.id}:${m.role}`} workspace={workspace} member={m} isSelf={m.user.id === me} onOutcome={report} />
              ))}
            </tbody>
          </table>
        </div>
        <RoleMeanings />
        <AddMemberForm workspace={workspace} members={members.data} onOutcome={report} />
      </>
    );
  };

  return (
    <section className="members-page">
      <h1>Members</h1>
      <p className="lead">Who may open the workspace “{workspace}”, and what their role lets them do.</p>
      {/* Both regions stay in the page, so that screen readers hear what is put into them. */}
      <p className="member-outcome" role="status">
        {outcome?.kind === 'done' ? outcome.text : null}
      </p>
      <div className="member-refusals" role="alert">
        {outcome?.kind === 'refused' ? <p className="member-refusal">{outcome.text}</p> : null}
      </div>
      {body()}
    </section>
  );
}
