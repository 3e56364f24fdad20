/**
 * The country-of-origin checklist of the chosen country (thesis §5.2): for each of the firm's market
 * records there, the four measures with what each asks, where it stands and a note, saved on the
 * market record with the version it was read at. A record without a checklist can start one; a
 * country the firm has no record for says how to add one. Each market record's form is in
 * origin-checklist-market.tsx.
 */
import { useState } from 'react';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { useMarketRecords, useOriginChecklists } from '../api';
import { marketsIn } from '../origin-checklist-edit';
import { ChecklistForm, StartChecklist } from './origin-checklist-market';

interface ChecklistsProps {
  workspace: string;
  firmId: string;
  firmName: string;
  country: string;
  countryName: string;
}

function Checklists({ workspace, firmId, firmName, country, countryName }: ChecklistsProps) {
  const markets = useMarketRecords(workspace, firmId);
  const checklists = useOriginChecklists(workspace, firmId);
  const [started, setStarted] = useState<string | undefined>(undefined);
  const failed = markets.isError ? markets : checklists.isError ? checklists : undefined;
  if (failed !== undefined) return <ErrorState error={failed.error} retry={() => void failed.refetch()} />;
  if (markets.data === undefined || checklists.data === undefined) return <Loading what={`the checklist for ${countryName}`} />;
  const here = marketsIn(country, markets.data, checklists.data, countryName);
  if (here.length === 0) {
    return (
      <Empty title={`${firmName} does not target ${countryName} yet.`}>
        <p>
          It has no market record for {countryName}, and the checklist is kept on one. Add a market with country “{country}” to the firm’s case file and bring
          it in with <code>foothold import</code>; its checklist starts here then.
        </p>
      </Empty>
    );
  }
  return (
    <div className="markets-origin-markets">
      {here.map(({ market, checklist, label }) =>
        checklist === undefined ? (
          <StartChecklist key={market.record.id} workspace={workspace} firmId={firmId} market={market} label={label} onStarted={setStarted} />
        ) : (
          <ChecklistForm
            key={market.record.id}
            workspace={workspace}
            firmId={firmId}
            market={market}
            checklist={checklist}
            label={label}
            takeFocus={started === market.record.id}
          />
        ),
      )}
    </div>
  );
}

interface OriginChecklistPanelProps {
  workspace: string;
  firmId: string;
  firmName: string;
  chosen: { country: string; name: string } | undefined;
}

/** The panel; before a market is chosen it says what it will show. */
export function OriginChecklistPanel({ workspace, firmId, firmName, chosen }: OriginChecklistPanelProps) {
  return (
    <section className="panel" id="markets-origin" aria-labelledby="markets-origin-heading">
      <h2 id="markets-origin-heading">{chosen === undefined ? 'Country-of-origin checklist' : `Country-of-origin checklist for ${chosen.name}`}</h2>
      <p className="quiet">
        Buyers may trust a firm less for where it comes from. Against this country-of-origin effect the thesis (§5.2) proposes four measures: branding,
        certification, validation by a third party, and partners with a reputable name. Each market record keeps where they stand; the open ones are steps of
        the firm’s action plan.
      </p>
      {chosen === undefined ? (
        <p>Choose a country in the table or on the map to see {firmName}’s checklist there.</p>
      ) : (
        <Checklists key={chosen.country} workspace={workspace} firmId={firmId} firmName={firmName} country={chosen.country} countryName={chosen.name} />
      )}
    </section>
  );
}
