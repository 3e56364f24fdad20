import { describe, expect, it } from 'vitest';
import { ACTIONS, actionsOf, roleAllows, ROLES } from '../../core/access/policy';
import { actionsText, loginPath, loginRefusal, safeNext, sessionAllows, waitText, type Session } from './session';

const required = (role: (typeof ROLES)[number]): Session => ({
  auth: 'required',
  user: { id: 'u-1', email: 'ana@example.org', name: 'Ana' },
  csrfToken: 'token',
  workspaces: [{ id: 'default', name: 'default', kind: 'portfolio', role, actions: actionsOf(role) }],
});

describe('what a session allows', () => {
  it('follows the actions GET /api/session lists, which are the policy’s, for every role and action', () => {
    for (const role of ROLES) {
      for (const action of ACTIONS) expect(sessionAllows(required(role), action, 'default'), `${role} ${action}`).toBe(roleAllows(role, action));
    }
  });

  it('allows nothing in a workspace the user is no member of', () => {
    expect(ACTIONS.some((action) => sessionAllows(required('owner'), action, 'other'))).toBe(false);
  });

  it('allows everything with login off, also in a workspace made after the session was read', () => {
    const off: Session = { auth: 'off', user: null, csrfToken: null, workspaces: [] };
    expect(ACTIONS.every((action) => sessionAllows(off, action, 'made-later'))).toBe(true);
  });
});

describe('the words of a refused login', () => {
  it('says a wrong password without saying which of the two was wrong', () => {
    expect(loginRefusal(401, null, 'the e-mail address or the password is wrong')).toMatch(/e-mail address or the password is wrong/);
  });

  it('gives the wait of a 429 from Retry-After in minutes and seconds', () => {
    expect(loginRefusal(429, '840', 'x')).toMatch(/try again in 14 minutes\.$/);
    expect(loginRefusal(429, '65', 'x')).toMatch(/try again in 1 minute and 5 seconds\.$/);
    expect(loginRefusal(429, null, 'x')).toMatch(/try again later\.$/);
    expect(loginRefusal(429, 'soon', 'x')).toMatch(/try again later\.$/);
  });

  it('passes any other refusal on with its status', () => {
    expect(loginRefusal(500, null, 'the store is busy')).toBe('The server could not log you in (500): the store is busy');
  });

  it('counts seconds up to whole ones, singular and plural', () => {
    expect([waitText(1), waitText(0.2), waitText(59), waitText(60), waitText(61), waitText(120)]).toEqual([
      '1 second',
      '1 second',
      '59 seconds',
      '1 minute',
      '1 minute and 1 second',
      '2 minutes',
    ]);
  });
});

describe('where the login page leads', () => {
  it('goes back to a path of the app, with its query', () => {
    expect(safeNext('/w/default/firms/company-a/records?tab=actors')).toBe('/w/default/firms/company-a/records?tab=actors');
  });

  it('never to another site, nor to itself, nor nowhere', () => {
    expect(['//evil.example/x', '/\\evil.example', 'https://evil.example/', '/login', '/login?next=/x', ''].map(safeNext)).toEqual([
      '/',
      '/',
      '/',
      '/',
      '/',
      '/',
    ]);
    expect(safeNext(null)).toBe('/');
  });

  it('remembers where the user was, except after a logout', () => {
    expect(loginPath('expired', '/w/default?x=1')).toBe(`/login?next=${encodeURIComponent('/w/default?x=1')}`);
    expect(loginPath('none', '/')).toBe('/login');
    expect(loginPath('logged-out', '/w/default')).toBe('/login');
    expect(safeNext(new URLSearchParams(loginPath('none', '/w/a b').split('?')[1]).get('next'))).toBe('/w/a b');
  });
});

describe('what the account menu says a role may do', () => {
  it('names every action of the policy', () => {
    expect(actionsText(actionsOf('viewer'))).toBe('read');
    expect(actionsText(actionsOf('advisor'))).toBe('read, change and export');
    expect(actionsText([...ACTIONS]).split(/, | and /)).toHaveLength(ACTIONS.length);
  });
});
