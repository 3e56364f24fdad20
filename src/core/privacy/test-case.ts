/**
 * A case made for the privacy tests: Ala-Too Textile, a Kyrgyz garment maker whose way into
 * Almaty went through Aibek Asanov, a contact named in three coded quotes of an interview — in
 * Latin letters, in Cyrillic (Айбек Асанов) and by his surname alone — next to an emoji, which is
 * two UTF-16 units but one code point. Every kind of record that can name an actor names him.
 */
import type { CaseFileInput } from '../case-file/schema.js';
import { codePointLength } from '../evidence/code-points.js';

export const PERSON = 'act-aibek';
export const NAME = 'Aibek Asanov';
export const CYRILLIC = 'Айбек Асанов';
export const EMAIL = 'aibek.asanov@example.kg';

export const TRANSCRIPT = [
  'Interviewer: How did you reach buyers in Almaty?',
  'Gulnara: Through Aibek Asanov, an old friend from Bishkek. 🧵',
  'Gulnara: Айбек Асанов knows every buyer at the Barakholka market.',
  "Gulnara: Asanov's cousin drove the first samples. Later Dana Sultanova joined.",
  'Aibek Asanov: Happy to help.',
].join('\n');

/** Where `fragment` is in the transcript, in code points. */
export function spanOf(fragment: string): { transcript: string; start: number; end: number } {
  const index = TRANSCRIPT.indexOf(fragment);
  if (index < 0) throw new Error(`"${fragment}" is not in the transcript`);
  const start = codePointLength(TRANSCRIPT.slice(0, index));
  return { transcript: 'tr-int', start, end: start + codePointLength(fragment) };
}

const QUOTES = {
  'seg-friend': 'Through Aibek Asanov, an old friend from Bishkek. 🧵',
  'seg-buyers': 'Айбек Асанов knows every buyer at the Barakholka market.',
  'seg-cousin': "Asanov's cousin drove the first samples.",
  'seg-dana': 'Later Dana Sultanova joined.',
} as const;

/** The case of firm `firmId`; `notes` adds a case note naming the person (the case's own fields change too). */
export function alaTooCase(firmId = 'ala-too', options: { notes?: boolean } = {}): CaseFileInput {
  const lines = TRANSCRIPT.split('\n');
  let at = 0;
  const turns = lines.map((line) => {
    const start = at;
    at += codePointLength(line) + 1;
    return { start, end: start + codePointLength(line), speaker: line.slice(0, line.indexOf(':')) };
  });
  return {
    format: 'foothold.case/2',
    title: 'Ala-Too Textile — interviews 2024',
    notes: options.notes === true ? [`${NAME} asked to be quoted by name.`] : ['Interviews in Bishkek, March 2024.'],
    firm: { id: firmId, name: 'Ala-Too Textile LLC', countryOfOrigin: 'KG', sector: 'Textiles and garments', employees: { value: 40 } },
    keyPeople: [{ id: 'kp-founder', role: 'Founder', name: 'Gulnara Toktogulova', founder: true }],
    actors: [
      {
        id: PERSON,
        name: NAME,
        kind: 'person',
        countries: ['KG', 'KZ'],
        note: 'Met at the Bishkek trade fair; Aibek prefers WhatsApp.',
        contact: {
          emails: [EMAIL],
          phones: ['+996 555 123 456'],
          profileUrl: 'https://www.linkedin.com/in/aibek-asanov',
          importedFrom: [{ format: 'linkedin', on: '2023-01-10' }],
        },
      },
      { id: 'act-dana', name: 'Dana Sultanova', kind: 'person', countries: ['KZ'] },
      { id: 'act-chamber', name: 'Chamber of Commerce of Kyrgyzstan', kind: 'organization', organizationType: 'chamber', countries: ['KG'] },
    ],
    ties: [
      {
        id: 'tie-aibek',
        from: firmId,
        to: PERSON,
        networkType: 'business',
        subtype: 'distributor',
        description: 'Aibek Asanov introduced us to buyers in Almaty',
      },
      { id: 'tie-kp-aibek', from: 'kp-founder', to: PERSON, networkType: 'social', subtype: 'friend' },
      { id: 'tie-aibek-dana', from: PERSON, to: 'act-dana', networkType: 'social' },
      { id: 'tie-dana', from: firmId, to: 'act-dana', networkType: 'business', origin: { kind: 'referral', referredByTie: 'tie-aibek' } },
      { id: 'tie-chamber', from: firmId, to: 'act-chamber', networkType: 'institutional' },
    ],
    markets: [{ id: 'mkt-kz', country: 'KZ', status: 'serving', intermediaries: [PERSON, 'act-chamber'], description: 'Through Aibek in Almaty' }],
    activities: [{ id: 'act-dist', step: 'distribution', label: 'Distribution in Kazakhstan', countries: ['KZ'], actors: [PERSON], ties: ['tie-aibek'] }],
    benefits: [{ id: 'ben-access', benefit: 'market_access', tie: 'tie-aibek', evidence: ['seg-friend'] }],
    digitalPresence: [{ id: 'dp-insta', platform: 'Instagram', actor: PERSON, followers: 120 }],
    sources: [
      { id: 'src-int', kind: 'interview', title: 'Interview with the founder', participant: 'kp-founder', participantId: 'KG1' },
      { id: 'src-notes', kind: 'document', title: 'Field notes', url: 'https://notes.example.kg/aibek-asanov-visit' },
    ],
    transcripts: [{ id: 'tr-int', source: 'src-int', text: TRANSCRIPT, format: 'text', turns, fileName: 'founder-interview.txt' }],
    segments: [
      ...Object.entries(QUOTES).map(([id, quote]) => ({ id, source: 'src-int', quote, span: spanOf(quote), codes: ['network:social'] })),
      { id: 'seg-order', source: 'src-notes', quote: 'Aibek brought the first order from Almaty.', location: 'Field notes, p. 3', codes: [] },
    ],
    partnerSearches: [
      {
        id: 'ps-kz',
        title: 'Distributor in Kazakhstan',
        opened: '2024-01',
        criteria: [{ id: 'reach', name: 'Reach among buyers', weight: 3 }],
        candidates: [
          { id: 'c-aibek', actor: PERSON, name: NAME, stage: 'contacted', scores: { reach: 4 } },
          { id: 'c-house', name: 'Almaty Trade House', referredBy: PERSON },
        ],
        decisions: [{ on: '2024-02', candidate: 'c-aibek', from: 'long_list', to: 'contacted' }],
      },
    ],
  };
}
