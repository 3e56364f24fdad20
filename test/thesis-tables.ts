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
