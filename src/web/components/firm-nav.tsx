/** The tabs of one firm's views: dashboard, network map, records, sources, report. */
import { NavLink } from 'react-router';

export function FirmNav({ workspace, firmId, firmName }: { workspace: string; firmId: string; firmName?: string }) {
  const base = `/w/${encodeURIComponent(workspace)}/firms/${encodeURIComponent(firmId)}`;
  const tabs: [string, string][] = [
    ['Dashboard', base],
    ['Network map', `${base}/network`],
    ['Records', `${base}/records`],
    ['Sources and evidence', `${base}/sources`],
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
