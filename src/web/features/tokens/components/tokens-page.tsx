/**
 * `/w/:workspace/tokens` (from the account menu): the user's personal API tokens. A new one is shown
 * once; revoking one stops it at once. Tokens need a login, so with login off (the single-user
 * mode, where the API asks for nothing) the page says so instead.
 */
import { useState } from 'react';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { useSession } from '../../../lib/session';
import { useTitle } from '../../../lib/use-title';
import { useTokens, type NewApiToken } from '../api';
import { AddTokenForm } from './add-token-form';
import { NewToken } from './new-token';
import { TokenTable } from './token-table';
import './tokens.css';

export default function TokensPage() {
  useTitle('API tokens');
  const { state } = useSession();
  const loginOn = state.status === 'signed-in' && state.session.auth === 'required';
  const tokens = useTokens(loginOn);
  // The new token lives in this state only, never in the query cache: gone once the user is done or leaves.
  const [created, setCreated] = useState<NewApiToken | undefined>(undefined);

  const body = () => {
    if (!loginOn)
      return (
        <Empty title="This server runs without accounts, so there are no API tokens.">
          <p>
            Without login every request may use the API as it is. Tokens apply when the server is started with foothold serve --auth: then a script sends a
            token instead of logging in.
          </p>
        </Empty>
      );
    return (
      <>
        {created === undefined ? null : <NewToken token={created} onDone={() => setCreated(undefined)} />}
        {tokens.isPending ? (
          <Loading what="your tokens" />
        ) : tokens.isError ? (
          <ErrorState error={tokens.error} retry={() => void tokens.refetch()} />
        ) : tokens.data.length === 0 ? (
          <Empty title="You have no API tokens yet." />
        ) : (
          <TokenTable tokens={tokens.data} />
        )}
        <AddTokenForm onCreated={setCreated} />
      </>
    );
  };

  return (
    <section className="tokens-page">
      <h1>API tokens</h1>
      <p className="lead">
        A token lets a script or another program use the Foothold API as you, sent as “Authorization: Bearer …”. It acts with your roles in every workspace; a
        read token may only read and export.
      </p>
      {body()}
    </section>
  );
}
