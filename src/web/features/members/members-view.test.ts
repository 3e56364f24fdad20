import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api';
import { memberRefusal, sinceText } from './members-view';

describe('memberRefusal', () => {
  it('tells how accounts are made when the e-mail has none', () => {
    const text = memberRefusal(new ApiError(404, 'not_found', 'account "ann@example.org" was not found'), 'ann@example.org');
    expect(text).toMatch(/^There is no account for ann@example\.org\./);
    expect(text).toContain('foothold user add');
  });

  it('says the last-owner refusal in the server’s words, as a sentence', () => {
    const text = memberRefusal(new ApiError(409, 'conflict', 'this is the only owner of workspace "default"; make someone else an owner first'), 'o@x.org');
    expect(text).toBe('Not changed: This is the only owner of workspace "default"; make someone else an owner first.');
  });

  it('passes any other error through, and a 404 of another kind (the workspace) is no missing account', () => {
    expect(memberRefusal(new ApiError(403, 'forbidden', 'you may not manage members'), 'a@b.org')).toBe('Not changed: you may not manage members');
    expect(memberRefusal(new ApiError(404, 'not_found', 'workspace "x" was not found'), 'a@b.org')).toBe('Not changed: workspace "x" was not found');
    expect(memberRefusal(new Error('offline'), 'a@b.org')).toBe('Not changed: offline');
  });
});

describe('sinceText', () => {
  it('keeps the day of a timestamp', () => {
    expect(sinceText('2026-12-02T04:53:37.118Z')).toBe('2026-12-02');
  });
});
