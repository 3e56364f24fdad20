import type { RouteObject } from 'react-router';
import { IntakePage } from './components/intake-page';

/** The guided intake: a new firm at `…/intake`; an existing one resumed at `…/intake/{firmId}` or opened at a step. */
export const intakeRoutes: RouteObject[] = [
  { path: 'w/:workspace/intake', element: <IntakePage /> },
  { path: 'w/:workspace/intake/:firmId/:step?', element: <IntakePage /> },
];
