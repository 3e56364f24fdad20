/**
 * The parts of a person's name that can stand for it alone in a text ("Bold" of "Dr Bold
 * Batbayar-Ganbold"): found the same way by the pseudonymizer (anonymize.ts), which replaces them, and
 * by the person search of GDPR export and erasure (privacy/person-identity.ts), which masks them.
 */

const TITLES: ReadonlySet<string> = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Sir', 'Dame']);
/** Upper case, or a letter of a script without case (Sinhala, Chinese …), which counts as capitalised; after anything not a letter. */
export const CAPITAL_FIRST = /^[^\p{L}]*[\p{Lu}\p{Lt}\p{Lo}]/u;

/** The words of a name, split at white space and hyphens, that are capitalised, of three letters or more, and not a title. */
export function nameParts(name: string): string[] {
  return name
    .split(/[\s\-‐‑]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu, ''))
    .filter((w) => (w.match(/\p{L}/gu)?.length ?? 0) >= 3 && CAPITAL_FIRST.test(w) && !TITLES.has(w));
}
