import { useEffect } from 'react';

/** Sets the tab's title to "<view> — Foothold" while the view is shown. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title === '' ? 'Foothold' : `${title} — Foothold`;
  }, [title]);
}
