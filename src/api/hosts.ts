/**
 * The host names a Foothold server answers to (the guard against DNS rebinding in guards.ts). Apart,
 * with nothing but node:net, so that `foothold serve` can check its options before loading the app.
 */
import { isIP } from 'node:net';

/** Names a local Foothold answers to without configuration; IP addresses are always accepted. */
export const DEFAULT_ALLOWED_HOSTS: readonly string[] = ['localhost'];

/** The host name of a Host header value ("[::1]:4300" → "::1", "Example.org:80" → "example.org"). */
export function hostNameOf(host: string): string {
  const trimmed = host.trim().toLowerCase();
  if (trimmed.startsWith('[')) return trimmed.slice(1, trimmed.indexOf(']') < 0 ? undefined : trimmed.indexOf(']'));
  const colon = trimmed.lastIndexOf(':');
  return colon < 0 ? trimmed : trimmed.slice(0, colon);
}

/**
 * True when a Host may be answered. An IP literal cannot be a rebinding attack: rebinding needs a
 * name the attacker controls that resolves to this machine.
 */
export function isAllowedHost(host: string, allowed: readonly string[]): boolean {
  const name = hostNameOf(host);
  if (name === '') return false;
  if (isIP(name) !== 0) return true;
  return allowed.some((a) => a.toLowerCase() === name);
}
