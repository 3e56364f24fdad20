import { describe, expect, it } from 'vitest';
import { momentText } from './format';

describe('momentText', () => {
  it('shows the day and the minute of a moment the server gave, in UTC, the seconds cut off rather than rounded', () => {
    expect(momentText('2026-12-02T04:53:37.118Z')).toBe('2026-12-02 04:53 UTC');
    expect(momentText('2026-12-31T23:59:59.999Z')).toBe('2026-12-31 23:59 UTC');
  });
});
