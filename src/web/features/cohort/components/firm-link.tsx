/** A firm of the cohort by name, linked to its dashboard. */
import { Link } from 'react-router';

export type FirmNames = ReadonlyMap<string, string>;

export function FirmLink({ workspace, firmId, names }: { workspace: string; firmId: string; names: FirmNames }) {
  return <Link to={`/w/${encodeURIComponent(workspace)}/firms/${encodeURIComponent(firmId)}`}>{names.get(firmId) ?? firmId}</Link>;
}
