/** The user's tokens, oldest first, revoked ones included; Revoke (after a confirm) on those that still work. */
import { useState } from 'react';
import { ErrorState } from '../../../components/states';
import { momentText } from '../../../lib/format';
import { useRevokeToken, type ApiToken } from '../api';

export function TokenTable({ tokens }: { tokens: readonly ApiToken[] }) {
  const revoke = useRevokeToken();
  const [revoked, setRevoked] = useState<string | undefined>(undefined);

  const revokeToken = (token: ApiToken) => {
    if (!window.confirm(`Revoke the token “${token.name}”? Whatever uses it is refused from now on. This cannot be undone.`)) return;
    setRevoked(undefined);
    revoke.mutate(token.id, { onSuccess: () => setRevoked(`The token “${token.name}” is revoked: it no longer works.`) });
  };

  return (
    <>
      <p role="status" className="token-outcome">
        {revoked}
      </p>
      {revoke.isError ? <ErrorState error={revoke.error} /> : null}
      <div className="table-scroll" role="region" aria-label="API tokens" tabIndex={0}>
        <table className="token-table">
          <caption>Your API tokens</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Scope</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Revoked</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id} className={t.revokedAt === null ? undefined : 'token-revoked'}>
                <th scope="row">{t.name}</th>
                <td>{t.scope}</td>
                <td>
                  <time dateTime={t.createdAt}>{momentText(t.createdAt)}</time>
                </td>
                <td>{t.lastUsedAt === null ? <span className="quiet">never</span> : <time dateTime={t.lastUsedAt}>{momentText(t.lastUsedAt)}</time>}</td>
                <td>{t.revokedAt === null ? <span className="quiet">no</span> : <time dateTime={t.revokedAt}>{momentText(t.revokedAt)}</time>}</td>
                <td>
                  {t.revokedAt === null ? (
                    <button type="button" aria-label={`Revoke ${t.name}`} disabled={revoke.isPending} onClick={() => revokeToken(t)}>
                      Revoke
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
