/**
 * Expected values for tests, transcribed by hand from the thesis (../shared/seeds/003_7a904afc5627ed05.txt):
 * Table 7 (p. 68), Table 8 (p. 70), Table 9 (p. 73) and Table 10 (p. 76), Company A then Company B.
 */
export const TABLE_7 = {
  'company-a': {
    'Country of origin': 'Finland (Developed economy)',
    'Company size': 'Small-sized (less than 10 employees)',
    Type: 'Born global',
    'Market experience': 'Less than 10 years',
    'Product type': 'Rare cancer medicine',
    'International experience': 'Actively engaged in global partnerships from inception',
    'Target countries to internationalize': 'EU countries, the USA, and Japan (countries with a strict regulatory environment)',
    'Key people’s education': 'PhDs and MScs from top European universities',
    'Key people’s international experience and networking':
      'Extensive, all key people have experience in international organizations and have direct network access to any foreign countries',
  },
  'company-b': {
    'Country of origin': 'Mongolia (Emerging economy)',
    'Company size': 'Medium-sized (More than 150 employees)',
    Type: 'Traditional',
    'Market experience': 'More than 30 years',
    'Product type': 'Natural ingredient biological active products',
    'International experience': 'Limited, early-stage internationalization',
    'Target countries to internationalize': 'Central Asian countries',
    'Key people’s education': "Bachelor's in chemical science and business administration from local universities",
    'Key people’s international experience and networking': 'Limited, minimal interaction with foreigners and foreign institutions',
  },
};

export const TABLE_8 = {
  'company-a': {
    'Main Networking Types':
      'Actively utilize all different types of networks, including social, business, institutional, and digital networks, as well as connections with company and key managers.',
    'Social network':
      'Friends in the pharmaceutical industry, academic peers, former classmates, and former colleagues from previous companies or research institutions',
    'Business network':
      'Consulting firms, R&D partner companies, preclinical and clinical trial organizations, raw material and end-user product contract manufacturers, quality management service providers, hospitals, and laboratories',
    'Institutional network':
      'Finnish institutional body, Universities and Research Groups, Bio-Europe, Financial support program, PAG UK, EMA, Scientific networking conferences',
    'Digital network': 'B2B network virtual groups, LinkedIn, Virtual Bio-Europe',
  },
  'company-b': {
    'Main Networking Types':
      'Social networks primarily involve the personal connections of key managers, while institutional networks are utilized to a lesser extent.',
    'Social network': 'Friends or relatives of key people.',
    'Business network': 'Limited Hired a consulting firm in China.',
    'Institutional network': 'MNCCI, Government program for financial support (business loan with low interest rate)',
    'Digital network': 'Limited',
  },
};

export const TABLE_9 = {
  'company-a': {
    regulatory_institutional: 'High',
    financial_resource: 'High',
    knowledge_experience: 'Low',
    market_specific: 'Medium',
    cultural_communication: 'Low',
    technological_digital: 'Low',
  },
  'company-b': {
    regulatory_institutional: 'High',
    financial_resource: 'Medium',
    knowledge_experience: 'High',
    market_specific: 'Unknown',
    cultural_communication: 'Medium',
    technological_digital: 'High',
  },
};

const row = (social: string, business: string, institutional: string, digital: string) => ({ social, business, institutional, digital });
export const TABLE_10 = {
  'company-a': {
    regulatory_institutional: row('Moderate', 'High', 'High', 'Low'),
    financial_resource: row('Low', 'Moderate', 'High', 'Low'),
    knowledge_experience: row('Moderate', 'High', 'Moderate', 'Moderate'),
    market_specific: row('Moderate', 'High', 'Moderate', 'Moderate'),
    cultural_communication: row('Low', 'Moderate', 'Low', 'Moderate'),
    technological_digital: row('Not used', 'Moderate', 'Low', 'High'),
  },
  'company-b': {
    regulatory_institutional: row('High', 'Moderate', 'Low', 'Not used'),
    financial_resource: row('Low', 'Low', 'Moderate', 'Not used'),
    knowledge_experience: row('Moderate', 'Low', 'Low', 'Not used'),
    market_specific: row('Not used', 'Not used', 'Not used', 'Not used'),
    cultural_communication: row('Moderate', 'Low', 'Not used', 'Not used'),
    technological_digital: row('Not used', 'Not used', 'Not used', 'Low'),
  },
};

/*
 * Tables 2–6, transcribed from the same seed: Table 2 (p. 41), Table 3 (p. 42), Table 4 (p. 48),
 * Table 5 (p. 49, Company A only) and Table 6 (p. 61, Company B only). The seed's text is flattened:
 * Tables 2, 3, 5 and 6 row by row, Table 4 column by column (test/case-tables.test.ts checks that
 * each transcription, put back together, is a passage of the seed). Table 2's dates row does not
 * say which firm each date belongs to; the first three are Company A's three sessions (§3.2.1, and
 * the notes of both sample cases).
 */
export const TABLE_2 = {
  'company-a': {
    'Company main business': 'Cancer drug development',
    /** "Chief Development Officer (Interviewee 1 from company A: IA)" */
    Interviewee: [{ role: 'Chief Development Officer', abbreviation: 'IA' }],
    'Interview date and duration': ['24.03.2025 – 33 min', '24.03.2025 – 36 min', '28.03.2025 – 51 min'],
  },
  'company-b': {
    'Company main business': 'Biological active products, with natural ingredients and generic medicines',
    Interviewee: [
      { role: 'Head of the Marketing Department', abbreviation: 'IB1' },
      { role: 'Chief Executive Officer', abbreviation: 'IB2' },
    ],
    'Interview date and duration': ['16.04.2025 – 46 min', '16.05.2025 – 43 min'],
  },
};

/** Row "Types of secondary sources"; the seed lists each item after " - ". */
export const TABLE_3 = {
  'company-a': ['Company website', 'Social media platform', 'Pharmaceutical regulations of Finland', 'Newspaper article'],
  'company-b': [
    'Company website',
    'Pharmaceutical regulations of Mongolia',
    'Company annual report',
    'Company tender document',
    'Written materials for international EXPOs',
  ],
};

/** Activities, Country, Role (Company A). */
export const TABLE_4 = {
  'company-a': [
    ['Drug development and research', 'Finland', 'Headquarters (R&D)'],
    ['API direct manufacturing', 'Germany', 'Main material contract manufacturing.'],
    ['Formulation development', 'Netherlands', 'Specialized pharma services.'],
    ['Product manufacturing', 'Netherlands', 'Specialized pharma services.'],
    ['Clinical trials', 'Netherlands, Poland, UK, France, and Germany', 'Specialized pharma services.'],
    ['Quality management and regulatory consulting', 'UK', 'Experts provide compliance and quality consultancy.'],
    ['Marketing and sales', 'USA and EU countries', 'Product registration, distributor partnership, and local regulatory support'],
  ],
};

/** The place names of Table 4's "Country" column as the case format writes them (ISO codes; regions by name). */
export const TABLE_4_PLACES: Record<string, string> = {
  Finland: 'FI',
  Germany: 'DE',
  Netherlands: 'NL',
  Poland: 'PL',
  UK: 'GB',
  France: 'FR',
  USA: 'US',
  'EU countries': 'EU',
};

/** Position, Degree, Experience, International networking. */
export const TABLE_5 = {
  'company-a': [
    [
      'Chief executive officer',
      'Master’s Degree in Biotechnology and Ph.D. in Immunology',
      'More than 20 years of experience in the pharmaceutical market, working both as a researcher and in the business field',
      'Worked with both local and international entities, with diverse networking across Europe and the U.S',
    ],
    [
      'Chief development officer',
      'Bachelor’s Degree in Industrial Engineering and Management and Ph.D. in Chemistry',
      'Both research and commercial positions in local and international pharmaceutical companies',
      'Strong professional network in the pharmaceutical industry, particularly in Europe and the U.S',
    ],
    [
      'Chief Scientific Officer',
      'Doctor of Philosophy and MSc in Biochemistry',
      'Mainly worked on hard-to-treat cancers in research institutions',
      'Network with academic collaborators, biotech innovators, and pharmaceutical partners',
    ],
  ],
};

export const TABLE_6 = {
  'company-b': [
    [
      'Chief executive officer',
      'Bachelor’s Degree in Business Administration',
      '10 years of experience in the pharmaceutical field, working in various positions in company management',
      "For the last 5 years, focusing more on the company's internationalization, with little international networking experience",
    ],
    [
      'Head of the Marketing Department',
      'Bachelor’s Degree in chemical science and business administration',
      '18 years of experience in the company for both drug research and commercial positions.',
      'Not much international networking experience',
    ],
  ],
};

/**
 * Where the sample cases deliberately read Tables 2–6 otherwise than the thesis prints them; each is
 * explained in the case's notes or in the record's own note. The tests expect the thesis's cells
 * with exactly these readings applied, so any other difference fails.
 */
export const SAMPLE_READINGS = {
  /** Table 2 and §3.2.1 abbreviate Company A's interviewee "IA"; every quote cites "IA1", and so do the cases. */
  abbreviations: { 'company-a': { IA: 'IA1' } } as Record<string, Record<string, string>>,
  /**
   * Table 3: the cases title a source after the pseudonymous firm ("Company A website" for the
   * thesis's "Company website"); a title matches when, reading "Company A" as "Company" and ignoring
   * case, it contains the thesis's words. Company A's case adds the CEO's emails, which §4.2 names
   * as secondary data but Table 3 does not list.
   */
  addedSources: { 'company-a': ['Emails from the chief executive officer of Company A'] } as Record<string, string[]>,
  /** Table 4: Company A's case adds "Preclinical development" from the narrative under the table (§4.2.1). */
  addedActivities: { 'company-a': ['Preclinical development'] } as Record<string, string[]>,
  /** Table 5: Company A's case adds "the founders and board members" that §4.2.1 names beside the table. */
  addedKeyPeople: { 'company-a': ['Founders and board members'] } as Record<string, string[]>,
};
