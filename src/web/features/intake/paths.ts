/** The intake's addresses, and the dashboard it hands over to. */
import type { StepId } from './steps';

const ws = (workspace: string) => `/w/${encodeURIComponent(workspace)}`;

/** `/w/{workspace}/intake` for a new firm; `…/intake/{firmId}` resumes; `…/intake/{firmId}/{step}` opens a step. */
export function intakePath(workspace: string, firmId?: string, step?: StepId): string {
  if (firmId === undefined) return `${ws(workspace)}/intake`;
  return `${ws(workspace)}/intake/${encodeURIComponent(firmId)}${step === undefined ? '' : `/${step}`}`;
}

export function dashboardPath(workspace: string, firmId: string): string {
  return `${ws(workspace)}/firms/${encodeURIComponent(firmId)}`;
}
