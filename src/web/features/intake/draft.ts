/**
 * What the user typed in a step and has not saved yet, kept in localStorage per workspace, firm and
 * step, so that a reload or a visit elsewhere does not lose it. Saving the step (Next) clears it.
 */
import { useCallback, useEffect, useState } from 'react';

export function draftKey(workspace: string, firmId: string | undefined, step: string): string {
  return `foothold.intake:${workspace}:${firmId ?? '(new)'}:${step}`;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off (private modes, policies): drafts then live only in the page.
    return undefined;
  }
}

function read<T extends object>(key: string): Partial<T> | undefined {
  try {
    const text = storage()?.getItem(key);
    const value: unknown = text === null || text === undefined ? undefined : JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Partial<T>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A step's form state, started from `initial` (the saved records) overlaid with the stored draft,
 * and stored again on every change until `clear` is called.
 */
export function useDraft<T extends object>(key: string, initial: () => T): [T, (update: (current: T) => T) => void, (next?: T) => void] {
  const [value, setValue] = useState<T>(() => ({ ...initial(), ...read<T>(key) }));
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (!dirty) return;
    try {
      storage()?.setItem(key, JSON.stringify(value));
    } catch {
      // A full storage only costs the draft, never the form.
    }
  }, [key, value, dirty]);
  const update = useCallback((change: (current: T) => T) => {
    setDirty(true);
    setValue(change);
  }, []);
  /** Forgets the stored draft (the step is saved), and starts the form over from `next` when given. */
  const clear = useCallback(
    (next?: T) => {
      setDirty(false);
      if (next !== undefined) setValue(next);
      storage()?.removeItem(key);
    },
    [key],
  );
  return [value, update, clear];
}
