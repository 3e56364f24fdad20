/**
 * The ranking as a table: rank, country, the firm's statuses there, score and what each part adds to
 * it. A row opens to show every part's value, weight and sentence, the firm's reach there and the
 * challenges to expect. The first 25 rows come first; a chosen market is always listed.
 */
import { useState } from 'react';
import type { RankedMarket } from '../api';
import {
  basisText,
  challengeName,
  contributionText,
  FIRST_ROWS,
  levelChange,
  PART_LABELS,
  reachLines,
  scoreText,
  statusesOf,
  valueTimesWeight,
  visibleMarkets,
} from '../markets-view';
import { RANKING_PARTS } from '../markets-address';

const COLUMNS = 4 + RANKING_PARTS.length + 1;

function MarketDetail({ market }: { market: RankedMarket }) {
  const reach = reachLines(market.reach);
  return (
    <div className="markets-detail-body" role="group" aria-label={`Why ${market.name} ranks ${market.rank}`}>
      <dl className="markets-parts">
        {market.parts.map((p) => (
          <div key={p.part}>
            <dt>{PART_LABELS[p.part]}</dt>
            <dd>
              <span className="markets-arithmetic">
                {valueTimesWeight(p.value, p.weight)} → {contributionText(p.contribution)}
              </span>{' '}
              {p.explanation}
            </dd>
          </div>
        ))}
      </dl>
      <div className="markets-detail-columns">
        <div>
          <p className="markets-detail-heading">Reach</p>
          <ul>
            <li>{reach.actors}</li>
            <li>{reach.ties}</li>
            <li>{reach.path}</li>
          </ul>
          {market.statuses.length === 0 ? null : (
            <>
              <p className="markets-detail-heading">The firm’s records there</p>
              <ul>
                {market.statuses.map((s) => (
                  <li key={`${s.status} ${s.via}`}>
                    {s.status}: {s.via}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div>
          <p className="markets-detail-heading">Challenges to expect</p>
          {market.expectedChallenges.length === 0 ? (
            <p>The firm has rated no challenge yet.</p>
          ) : (
            <ul>
              {market.expectedChallenges.map((c) => (
                <li key={c.category}>
                  {challengeName(c.category)}: <strong>{levelChange(c)}</strong> <span className="quiet">({basisText(c)})</span>
                  {c.reasons.length === 0 ? null : <> — {c.reasons.join('; ')}</>}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

export interface RankingTableProps {
  firmName: string;
  markets: readonly RankedMarket[];
  chosen: string | null;
  onChoose: (code: string) => void;
  /** True while new weights or candidates are ranked and these rows are the last ranking's. */
  busy: boolean;
}

export function RankingTable({ firmName, markets, chosen, onChoose, busy }: RankingTableProps) {
  const [showAll, setShowAll] = useState(false);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const rows = visibleMarkets(markets, showAll, chosen);
  const toggle = (code: string) =>
    setOpen((o) => {
      const next = new Set(o);
      if (!next.delete(code)) next.add(code);
      return next;
    });
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="markets-caption" tabIndex={0}>
        <table className="markets-table" aria-busy={busy}>
          <caption id="markets-caption">Markets for {firmName}, best first, with what each part adds to the score</caption>
          <thead>
            <tr>
              <th scope="col" className="number">
                Rank
              </th>
              <th scope="col">Country</th>
              <th scope="col">Status</th>
              <th scope="col" className="number">
                Score
              </th>
              {RANKING_PARTS.map((part) => (
                <th key={part} scope="col" className="number">
                  {PART_LABELS[part]}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Details</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => {
              const expanded = open.has(m.country);
              const detailId = `markets-why-${m.country}`;
              return [
                <tr key={m.country} className={m.country === chosen ? 'markets-chosen' : undefined}>
                  <td className="number">{m.rank}</td>
                  <th scope="row">
                    <button type="button" className="markets-country" aria-pressed={m.country === chosen} onClick={() => onChoose(m.country)}>
                      {m.name}
                    </button>{' '}
                    <span className="quiet">{m.country}</span>
                  </th>
                  <td>
                    {statusesOf(m).map((s) => (
                      <span key={s} className={`status status-${s}`}>
                        {s}
                      </span>
                    ))}
                  </td>
                  <td className="number">{scoreText(m.score)}</td>
                  {RANKING_PARTS.map((part) => {
                    const p = m.parts.find((x) => x.part === part);
                    return (
                      <td key={part} className="number">
                        {p === undefined ? '—' : contributionText(p.contribution)}
                      </td>
                    );
                  })}
                  <td>
                    <button type="button" aria-expanded={expanded} {...(expanded ? { 'aria-controls': detailId } : {})} onClick={() => toggle(m.country)}>
                      Why<span className="visually-hidden"> {m.name}</span>
                    </button>
                  </td>
                </tr>,
                expanded ? (
                  <tr key={`${m.country}-why`} id={detailId} className="markets-detail">
                    <td colSpan={COLUMNS}>
                      <MarketDetail market={m} />
                    </td>
                  </tr>
                ) : null,
              ];
            })}
          </tbody>
        </table>
      </div>
      {markets.length > FIRST_ROWS ? (
        <p>
          <button type="button" onClick={() => setShowAll((s) => !s)}>
            {showAll ? `Show the first ${FIRST_ROWS}` : `Show all ${markets.length.toLocaleString('en')} markets`}
          </button>
        </p>
      ) : null}
    </>
  );
}
