import type { RouteObject } from 'react-router';
import { FirmsPage, HomeRedirect } from './components/firms-page';

export const firmsRoutes: RouteObject[] = [
  { index: true, element: <HomeRedirect /> },
  { path: 'w/:workspace', element: <FirmsPage /> },
];
