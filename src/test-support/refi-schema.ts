/**
 * Test support for REFI-QDA exchange: validation against the schemas kept in data/refi-qda/ with
 * libxml2's validator (xmllint compiled to WebAssembly), so tests prove what other tools will
 * accept; and a small project in three scripts for the writers and readers to work on.
 */
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import type { QdaProject } from '../core/qda/qda-project.js';

const SCHEMA_FILES = { project: 'Project-mrt2019.xsd', codebook: 'Codebook-mrt2019.xsd' } as const;

/** The schema's text, as the repository keeps it. */
export function refiSchemaText(schema: keyof typeof SCHEMA_FILES): string {
  return readFileSync(new URL(`../../data/refi-qda/${SCHEMA_FILES[schema]}`, import.meta.url), 'utf8');
}

/** The validator's complaints about the document (empty when it is valid). */
export async function refiSchemaErrors(xml: string, schema: keyof typeof SCHEMA_FILES): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [{ fileName: SCHEMA_FILES[schema], contents: refiSchemaText(schema) }],
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}

/** Mongolian Cyrillic, with a Windows line end that XML would turn into a bare LF unless escaped. */
export const MONGOLIAN = 'Сайн байна уу? Бид экспортын талаар ярилцлаа.\r\nДараагийн мөр.';
/** Sinhala: combining vowel signs and a virama, each its own code point. */
export const SINHALA = 'ආයුබෝවන්! අපි අපනයන ගැන කතා කළා.';
/** Emoji outside the Basic Multilingual Plane (two UTF-16 units, one code point each), and markup characters. */
export const EMOJI = 'Export 🚀 to 🇩🇪 Germany — growth 📈 & <risk> "quoted"\ttab';

/**
 * A project with a code hierarchy (colours, descriptions, a grouping code), three sources in three
 * scripts, selections coded by two users, notes on selections and on the project. Fresh each call.
 */
export function sampleQdaProject(): QdaProject {
  return {
    name: 'Company A interviews',
    origin: 'Foothold test',
    users: [
      { guid: '0b9d2c4e-1f3a-4b5c-8d6e-7f8091a2b3c4', name: 'Coder One' },
      { guid: '1c8e3d5f-2a4b-4c6d-9e7f-8091a2b3c4d5', name: 'Coder Two' },
    ],
    codes: [
      {
        guid: 'a1000000-0000-4000-8000-000000000001',
        name: 'Network ties',
        color: '#1F77B4',
        description: 'Ties the firm used abroad',
        codable: false,
        children: [
          {
            guid: 'a1000000-0000-4000-8000-000000000002',
            name: 'Business network',
            color: '#ff7f0e',
            description: 'Suppliers & <customers> "abroad"',
            codable: true,
            children: [],
          },
          {
            guid: 'a1000000-0000-4000-8000-000000000003',
            name: 'Social network',
            color: '#abc',
            codable: true,
            children: [{ guid: 'a1000000-0000-4000-8000-000000000004', name: 'Family', codable: true, children: [] }],
          },
        ],
      },
      { guid: 'a1000000-0000-4000-8000-000000000005', name: 'Challenges', codable: true, children: [] },
    ],
    sources: [
      {
        guid: 'b2000000-0000-4000-8000-000000000001',
        name: 'IA1 interview (Mongolian)',
        description: 'Interview with IA1, 2024-05-02',
        text: MONGOLIAN,
        selections: [
          // "Сайн" is code points 0–4.
          {
            guid: 'c3000000-0000-4000-8000-000000000001',
            start: 0,
            end: 4,
            userGuid: '0b9d2c4e-1f3a-4b5c-8d6e-7f8091a2b3c4',
            notes: ['Greeting, not content'],
            codings: [{ codeGuid: 'a1000000-0000-4000-8000-000000000002', userGuid: '0b9d2c4e-1f3a-4b5c-8d6e-7f8091a2b3c4' }],
          },
          // The whole text: 45 characters, "\r\n" (2), 14 characters = 61 code points.
          {
            guid: 'c3000000-0000-4000-8000-000000000002',
            name: 'Whole answer',
            start: 0,
            end: 61,
            description: 'Both lines',
            notes: [],
            codings: [
              { codeGuid: 'a1000000-0000-4000-8000-000000000004', userGuid: '0b9d2c4e-1f3a-4b5c-8d6e-7f8091a2b3c4' },
              { codeGuid: 'a1000000-0000-4000-8000-000000000004', userGuid: '1c8e3d5f-2a4b-4c6d-9e7f-8091a2b3c4d5' },
            ],
          },
        ],
      },
      {
        guid: 'b2000000-0000-4000-8000-000000000002',
        name: 'IA2 interview (Sinhala)',
        text: SINHALA,
        // "ආයුබෝවන්" is ආ ය ු බ ෝ ව න ් = 8 code points.
        selections: [
          { guid: 'c3000000-0000-4000-8000-000000000003', start: 0, end: 8, notes: [], codings: [{ codeGuid: 'a1000000-0000-4000-8000-000000000005' }] },
        ],
      },
      {
        guid: 'b2000000-0000-4000-8000-000000000003',
        name: 'Press release',
        text: EMOJI,
        selections: [
          // "Export " is 7 code points, so 🚀 is position 7–8.
          {
            guid: 'c3000000-0000-4000-8000-000000000004',
            start: 7,
            end: 8,
            notes: ['Rocket', 'Second memo'],
            codings: [{ codeGuid: 'a1000000-0000-4000-8000-000000000002' }],
          },
          // "Export 🚀 to " is 12 code points; the flag is two regional indicators: 12–14.
          { guid: 'c3000000-0000-4000-8000-000000000005', start: 12, end: 14, notes: [], codings: [] },
        ],
      },
    ],
    notes: [{ guid: 'd4000000-0000-4000-8000-000000000001', name: 'Project memo', text: 'Memo on the whole project.\nSecond line & more.' }],
  };
}
