/** Firms with the same gap (a challenge × network type), grouped by gap, each firm linked to its dashboard. */
import { NETWORK_NAMES } from '../../../../core/report/palette';
import { Empty } from '../../../components/states';
import { sharedGapGroups, type SharedGap } from '../cohort-view';
import { FirmLink, type FirmNames } from './firm-link';

function GapList({ workspace, gaps, names }: { workspace: string; gaps: readonly SharedGap[]; names: FirmNames }) {
  return (
    <ul className="gap-groups">
      {gaps.map((g) => {
        const network = NETWORK_NAMES[g.networkType].toLowerCase();
        return (
          <li key={`${g.challenge}/${g.networkType}`}>
            <h3>
              {g.label} — {network} ties
            </h3>
            <ul className="firm-list">
              {g.firms.map((f) => (
                <li key={f.firmId}>
                  <FirmLink workspace={workspace} firmId={f.firmId} names={names} />: rates it {f.challengeLevel}; {network} ties{' '}
                  {f.utilization === 'Not used' ? 'not used' : 'used little'} against it
                  {f.utilizationBasis === 'suggested' ? ' (suggested from its ties, not recorded)' : ''}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}

export function SharedGaps({ workspace, gaps, names }: { workspace: string; gaps: readonly SharedGap[]; names: FirmNames }) {
  const { shared, single } = sharedGapGroups(gaps);
  return (
    <section className="panel" aria-labelledby="shared-gaps-heading">
      <h2 id="shared-gaps-heading">Firms with the same gap</h2>
      <p className="quiet">
        A gap is a challenge rated High or Medium with a network type used Not at all or Low against it. Gaps several firms share may be met with one measure
        for all of them.
      </p>
      {gaps.length === 0 ? (
        <Empty title="No firm has a gap." />
      ) : shared.length === 0 ? (
        <p>No two firms have the same gap.</p>
      ) : (
        <GapList workspace={workspace} gaps={shared} names={names} />
      )}
      {single.length === 0 ? null : (
        <details className="single-gaps">
          <summary>Gaps only one firm has ({single.length})</summary>
          <GapList workspace={workspace} gaps={single} names={names} />
        </details>
      )}
    </section>
  );
}
