import { describe, expect, it } from 'vitest';
import { momentText, usageExample } from './tokens-view';

describe('momentText', () => {
  it('shows the day and the minute, in UTC', () => {
    expect(momentText('2026-12-02T04:53:37.118Z')).toBe('2026-12-02 04:53 UTC');
  });
});

describe('usageExample', () => {
  it('sends the token as a Bearer token to the given server', () => {
    expect(usageExample('http://127.0.0.1:4100', 'fh_abc')).toBe('curl -H "Authorization: Bearer fh_abc" http://127.0.0.1:4100/api/workspaces');
  });
});
