import { describe, expect, it } from 'vitest';
import type { Source } from '../model/index.js';
import { locationNamesSource, noteWhere, sourceLabel, sourceReference } from './sources.js';

const interview: Source = {
  id: 'src-ia1',
  kind: 'interview',
  title: 'Semi-structured interview with the Chief Development Officer',
  participantId: 'IA1',
  participantRole: 'Chief Development Officer',
  mode: 'video',
  sessions: [{ date: '2025-03-24', durationMinutes: 33 }, { date: '2025-03-28' }],
};
const thesis: Source = {
  id: 'src-thesis',
  kind: 'document',
  title: 'The Role of Networks',
  author: 'Munkhjargal Badamgarav',
  date: '2025',
  publisher: 'University of Vaasa',
};
const website: Source = { id: 'src-web', kind: 'website', title: 'Company A home page', url: 'https://example.fi/' };

describe('sources of evidence notes', () => {
  it('tell a location that names its source from a place in one', () => {
    for (const named of ['Thesis §4.4, p. 69', 'Paper, section Methodology', 'Interview, 00:12:40', 'Website'])
      expect(locationNamesSource(named), named).toBe(true);
    for (const place of ['p. 4', 'pp. 4–5', '§2.3', 'Table 1', '00:12:30', 'Section 3', 'at 12 min', '']) expect(locationNamesSource(place), place).toBe(false);
  });

  it('keep a note short, naming its source only where the location does not', () => {
    expect(noteWhere(thesis, 'Thesis §4.4, p. 69')).toBe('Thesis §4.4, p. 69');
    expect(noteWhere(interview, '00:12:30')).toBe('Interview IA1, 00:12:30');
    expect(noteWhere(thesis, 'p. 4')).toBe('Badamgarav (2025), p. 4');
    expect(noteWhere(undefined, 'p. 4')).toBe('p. 4');
    expect(sourceLabel({ ...interview, participantId: undefined })).toBe('Interview with the Chief Development Officer');
    expect(sourceLabel({ id: 's', kind: 'report', title: 'One two three four five six seven eight' })).toBe('One two three four five six …');
  });

  it('describe each source in full once', () => {
    expect(sourceReference(interview)).toBe(
      'Semi-structured interview with the Chief Development Officer (IA1). Held by video. 2 sessions: 2025-03-24 (33 min), 2025-03-28.',
    );
    expect(sourceReference(thesis)).toBe('Munkhjargal Badamgarav (2025). The Role of Networks [document]. University of Vaasa.');
    expect(sourceReference(website)).toBe('Company A home page [website]. https://example.fi/');
  });
});
