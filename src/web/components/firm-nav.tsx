/** The tabs of one firm's views: dashboard, network map, brokers, markets, keep in touch, partners, contacts, records, sources, matrix, agreement, exchange, report. */
import { NavLink } from 'react-router';

export function FirmNav({ workspace, firmId, firmName }: { workspace: string; firmId: string; firmName?: string }) {
  const base = `/w/${encodeURIComponent(workspace)}/firms/${encodeURIComponent(firmId)}`;
  const tabs: [string, string][] = [
    ['Dashboard', base],
    ['Network map', `${base}/network`],
    ['Brokers', `${base}/brokers`],
    ['Markets', `${base}/markets`],
    ['Keep in touch', `${base}/nurture`],
    ['Partners', `${base}/partners`],
    ['Contacts', `${base}/contacts`],
    ['Records', `${base}/records`],
    ['Sources and evidence', `${base}/sources`],
    ['Matrix', `${base}/matrix`],
    ['Agreement', `${base}/agreement`],
    ['Exchange', `${base}/exchange`],
    ['Report', `${base}/report`],
  ];
  return (
    <nav className="firm-nav" aria-label={firmName === undefined ? 'Firm views' : `Views of ${firmName}`}>
      <ul>
        {tabs.map(([label, to]) => (
          <li key={to}>
            <NavLink to={to} end>
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
