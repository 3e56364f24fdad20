// The matching keys of contacts: names, e-mail addresses and profile addresses written differently
// by different files must come out the same, and text that is no address must come out as none.
import { describe, expect, it } from 'vitest';
import { collapseWhitespace, isLinkedinUrl, normalizeEmail, normalizeName, normalizeProfileUrl } from './normalize.js';

describe('normalizeName', () => {
  it('removes accents, folds case and collapses whitespace', () => {
    expect(normalizeName('  Jürgen \t Müller\n')).toBe('jurgen muller');
    expect(normalizeName('ÉLODIE  Côté')).toBe('elodie cote');
    expect(normalizeName('')).toBe('');
  });

  it('folds the German sharp s and the Greek final sigma like their other spellings', () => {
    expect(normalizeName('Straße')).toBe(normalizeName('STRASSE'));
    expect(normalizeName('Straße')).toBe('strasse');
    expect(normalizeName('ΟΔΥΣΣΕΥΣ')).toBe(normalizeName('Οδυσσευς'));
    expect(normalizeName('Οδυσσευς')).toBe('οδυσσευσ');
  });

  it('removes the marks of every Combining Diacritical Marks block', () => {
    expect(normalizeName('a\u0301 b\u1ab0 c\u1dc0 d\u20d7 e\ufe20')).toBe('a b c d e');
  });

  it('keeps the vowel signs of abugidas, which are part of the name and not accents', () => {
    expect(normalizeName('कमला')).toBe('कमला');
    expect(normalizeName('ශ්‍රී')).toBe('ශ්‍රී');
  });
});

describe('normalizeEmail', () => {
  it('trims, lower-cases and takes off a mailto: prefix and angle brackets', () => {
    expect(normalizeEmail('  Jane.Doe@Example.COM ')).toBe('jane.doe@example.com');
    expect(normalizeEmail('< Jane@Example.com >')).toBe('jane@example.com');
    expect(normalizeEmail('MAILTO: jane@example.com')).toBe('jane@example.com');
    expect(normalizeEmail('<mailto:jane@example.com>')).toBe('jane@example.com');
  });

  it('takes "mailto:" off only as a prefix', () => {
    expect(normalizeEmail('notmailto:jane@example.com')).toBe('notmailto:jane@example.com');
  });

  it('never cuts a letter off an address that has only one angle bracket', () => {
    expect(normalizeEmail('jane@example.com>')).toContain('jane@example.com');
    expect(normalizeEmail('<jane@example.com')).toContain('jane@example.com');
  });

  it('gives no key for what is not an address', () => {
    expect(normalizeEmail('')).toBeUndefined();
    expect(normalizeEmail('n/a')).toBeUndefined();
    expect(normalizeEmail('<>')).toBeUndefined();
    expect(normalizeEmail('/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=jane')).toBeUndefined();
    expect(normalizeEmail('jane doe@example.com')).toBeUndefined();
  });
});

describe('normalizeProfileUrl', () => {
  it('keeps host and path, without protocol, www., query, fragment or trailing slashes', () => {
    expect(normalizeProfileUrl('https://www.example.com/People/Jane/?ref=1#top')).toBe('example.com/People/Jane');
    expect(normalizeProfileUrl('http://example.com/team//')).toBe('example.com/team');
    expect(normalizeProfileUrl('  example.com/jane  ')).toBe('example.com/jane');
  });

  it('gives the host alone for an address without a path', () => {
    expect(normalizeProfileUrl('https://www.linkedin.com')).toBe('linkedin.com');
    expect(normalizeProfileUrl('example.org')).toBe('example.org');
    expect(normalizeProfileUrl('https://example.org?q=1')).toBe('example.org');
  });

  it('makes every LinkedIn subdomain, port and spelling of a profile one key', () => {
    const key = 'linkedin.com/in/jane-doe-123';
    for (const url of [
      'https://uk.linkedin.com/in/Jane-Doe-123/?trk=x',
      'https://m.linkedin.com/in/jane-doe-123',
      'https://mobile.linkedin.com/in/jane-doe-123#about',
      'http://DE.LinkedIn.com:443/in/JANE-DOE-123/',
      'https://www.linkedin.com:/in/jane-doe-123',
      '//www.linkedin.com/in/jane-doe-123',
      'https://jane@www.linkedin.com/in/jane-doe-123',
      'https://www.linkedin.com./in/jane-doe-123',
      'linkedin.com/in/jane-doe-123',
    ]) {
      expect(normalizeProfileUrl(url), url).toBe(key);
    }
  });

  it('percent-decodes a LinkedIn path, and keeps it as written when it has a stray "%"', () => {
    expect(normalizeProfileUrl('https://www.linkedin.com/in/%D0%91%D0%B0%D1%82')).toBe('linkedin.com/in/бат');
    expect(normalizeProfileUrl('https://www.linkedin.com/in/Бат')).toBe('linkedin.com/in/бат');
    expect(normalizeProfileUrl('https://www.linkedin.com/in/jane-100%')).toBe('linkedin.com/in/jane-100%');
  });

  it('keeps the case and encoding of paths elsewhere, and other subdomains', () => {
    expect(normalizeProfileUrl('https://xing.com/profile/Jane_Doe%20')).toBe('xing.com/profile/Jane_Doe%20');
    expect(normalizeProfileUrl('https://news.linkedin.com/about')).toBe('news.linkedin.com/about');
  });

  it('gives no key when there is no host', () => {
    expect(normalizeProfileUrl('')).toBeUndefined();
    expect(normalizeProfileUrl('n/a')).toBeUndefined();
    expect(normalizeProfileUrl('jane-doe')).toBeUndefined();
    expect(normalizeProfileUrl('https://')).toBeUndefined();
    expect(normalizeProfileUrl('https://example.com:abc/jane')).toBeUndefined();
  });
});

describe('isLinkedinUrl', () => {
  it('tells LinkedIn addresses, with or without a path, from others', () => {
    expect(isLinkedinUrl('https://www.linkedin.com')).toBe(true);
    expect(isLinkedinUrl('https://de.linkedin.com/in/jane')).toBe(true);
    expect(isLinkedinUrl('https://example.com/in/jane')).toBe(false);
    expect(isLinkedinUrl('https://linkedin.com.example.net/in/jane')).toBe(false);
    expect(isLinkedinUrl('n/a')).toBe(false);
  });
});

describe('collapseWhitespace', () => {
  it('trims, and makes runs of whitespace and line breaks one space', () => {
    expect(collapseWhitespace(' Jane Doe ')).toBe('Jane Doe');
    expect(collapseWhitespace('Jane  \n Doe')).toBe('Jane Doe');
    expect(collapseWhitespace('Jane\tDoe')).toBe('Jane Doe');
    expect(collapseWhitespace('Jane Doe')).toBe('Jane Doe');
    expect(collapseWhitespace(' \t ')).toBe('');
  });
});
