import { describe, expect, it } from 'vitest';
import { usageExample } from './tokens-view';

describe('usageExample', () => {
  it('sends the token as a Bearer token to the given server', () => {
    expect(usageExample('http://127.0.0.1:4100', 'fh_abc')).toBe('curl -H "Authorization: Bearer fh_abc" http://127.0.0.1:4100/api/workspaces');
  });
});
