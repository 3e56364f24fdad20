import type { RouteObject } from 'react-router';
import { ComparePage } from './components/compare-page';

export const compareRoutes: RouteObject[] = [{ path: 'w/:workspace/compare', element: <ComparePage /> }];
