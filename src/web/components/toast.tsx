/** Toasts: short messages at the bottom of the screen, with an optional action (Undo) and a close button. */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

export interface ToastAction {
  label: string;
  run: () => void;
}

interface Toast {
  id: number;
  text: string;
  action?: ToastAction;
}

interface Toasts {
  show(text: string, action?: ToastAction): void;
  /** Drops every toast (on logout: their words may name the last user's records). */
  clear(): void;
}

const ToastContext = createContext<Toasts>({ show: () => {}, clear: () => {} });

export function useToasts(): Toasts {
  return useContext(ToastContext);
}

/** How long a toast stays, long enough to reach its Undo by keyboard. */
const TOAST_MS = 10_000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback(
    (text: string, action?: ToastAction) => {
      const id = next.current++;
      setToasts((all) => [...all.slice(-2), action === undefined ? { id, text } : { id, text, action }]);
      setTimeout(() => dismiss(id), TOAST_MS);
    },
    [dismiss],
  );
  const clear = useCallback(() => setToasts([]), []);
  const value = useMemo(() => ({ show, clear }), [show, clear]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div className="toast" key={t.id}>
            <span>{t.text}</span>
            {t.action === undefined ? null : (
              <button
                type="button"
                onClick={() => {
                  t.action?.run();
                  dismiss(t.id);
                }}
              >
                {t.action.label}
              </button>
            )}
            <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => dismiss(t.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
