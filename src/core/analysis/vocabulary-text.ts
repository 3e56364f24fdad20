/**
 * The product's vocabulary in plain words, for people who have never read the seed studies: what
 * each challenge category, level, network type and status means, with examples from many sectors
 * and countries. The examples are made up to illustrate; none describes a real firm. Every record is
 * keyed by the enum it explains, so the compiler refuses a value without words.
 */
import type { z } from 'zod';
import type {
  BenefitKind,
  BuiltinChallengeCategory,
  ChallengeLevel,
  entryModeSchema,
  NetworkType,
  Pathway,
  MarketStatus,
  TieStatus,
  tieOriginKindSchema,
  UtilizationLevel,
} from '../model/index.js';

export type TieOriginKind = z.infer<typeof tieOriginKindSchema>;
export type EntryMode = z.infer<typeof entryModeSchema>;

/** A value's label and what it means, in words an owner of a small firm in any sector understands. */
export interface PlainWords {
  label: string;
  meaning: string;
}

/** What a built-in challenge category covers, and made-up examples from different sectors and countries. */
export const CHALLENGE_DEFINITIONS: Record<BuiltinChallengeCategory, { definition: string; examples: readonly string[] }> = {
  regulatory_institutional: {
    definition:
      'Rules and official steps a foreign market sets before you may sell there: product approvals, registrations, certificates, permits, customs and labelling rules, and how slow or unpredictable the offices that handle them are.',
    examples: [
      'A spice exporter in Vietnam waits months for the import registration its first buyer abroad needs before it may stock the products.',
      'A machinery maker in Poland must have its machines certified to another market’s safety standard before a dealer there will take them.',
      'A software firm in Kenya has to show how it stores customer data before a bank abroad may sign the contract.',
    ],
  },
  financial_resource: {
    definition:
      'Too little money, staff or time to go abroad: paying for travel, trade fairs, samples, certification or marketing, waiting longer to be paid, or finding finance for a large first order.',
    examples: [
      'A textile workshop in Bangladesh cannot pay for the fabric of a large first order before the foreign retailer pays.',
      'A family olive-oil producer in Greece has no one free to follow up the leads it gathered at a trade fair.',
      'A two-person software firm in Chile cannot afford a stand at an international trade show.',
    ],
  },
  knowledge_experience: {
    definition:
      'Not knowing enough about selling abroad or about a particular market: how to find buyers, price for export, handle contracts and shipping, or how business is done there — often because no one in the firm has done it before.',
    examples: [
      'A furniture maker in Indonesia prices its first export order without freight and duties, and loses money on it.',
      'A cheese dairy in Ireland does not know which importers in Japan handle chilled food.',
      'An app developer in Nigeria is unsure how to write a reseller contract under another country’s law.',
    ],
  },
  market_specific: {
    definition:
      'Conditions in one market that make entry hard: strong local competitors, different customer needs or prices, few or closed sales channels, or demand smaller than it looked.',
    examples: [
      'A coffee roaster in Colombia finds that the supermarkets in its target market already work with a few large brands.',
      'A pump manufacturer in Turkey learns that buyers in one market only buy from suppliers with a local service partner.',
      'A shoe maker in Portugal finds that buyers in a new market expect lower prices than it can offer.',
    ],
  },
  cultural_communication: {
    definition:
      'Differences in language, business customs and ways of communicating that cause misunderstandings or slow down trust: how directly people say no, who decides, how fast replies are expected.',
    examples: [
      'A design studio in Finland takes a partner’s polite silence for agreement, and the deal stalls.',
      'A fruit exporter in Peru needs its labels and documents translated for buyers who read neither Spanish nor English.',
      'A tool maker in Germany finds that a partner abroad expects several personal meetings before any contract.',
    ],
  },
  technological_digital: {
    definition:
      'Digital tools and know-how that fall short of what foreign customers and partners expect: a weak or untranslated website, no online ordering or payment, little online visibility, or systems that cannot connect to a partner’s.',
    examples: [
      'A ceramics workshop in Morocco has no website in its buyers’ languages and cannot take payments from abroad.',
      'A parts supplier in Mexico cannot connect its order handling to a foreign customer’s electronic ordering.',
      'A tour operator in Nepal is hard to find online for travellers planning a trip from abroad.',
    ],
  },
  country_of_origin: {
    definition:
      'Foreign buyers judging your products by your home country rather than on their own merits: doubting quality, safety or reliability because of where you come from — or, sometimes, favouring you for it.',
    examples: [
      'A wine producer from a country little known for wine finds importers hesitant until its wines win an international award.',
      'A medical-device maker in an emerging economy is asked for more test reports than rivals from better-known countries.',
      'A knitwear maker in Italy finds that “made in Italy” helps it win buyers: the effect can work in a firm’s favour too.',
    ],
  },
};

/** Challenge levels (thesis Table 9): how much a challenge stands in the firm's way. */
export const CHALLENGE_LEVEL_WORDS: Record<ChallengeLevel, PlainWords> = {
  High: { label: 'High', meaning: 'A major obstacle: it blocks or badly slows entry into a market and needs dealing with first.' },
  Medium: { label: 'Medium', meaning: 'A real obstacle that costs time or money, but the firm can work around it.' },
  Low: { label: 'Low', meaning: 'Present but minor: it hardly holds the firm back.' },
  Unknown: { label: 'Unknown', meaning: 'Not known yet: the firm has not looked into it, or the sources do not say. Worth finding out.' },
};

/** Utilization levels (thesis Table 10): how much a network type helps the firm against a challenge. */
export const UTILIZATION_LEVEL_WORDS: Record<UtilizationLevel, PlainWords> = {
  'Not used': { label: 'Not used', meaning: 'The firm does not use ties of this type against this challenge.' },
  Low: { label: 'Low', meaning: 'Used a little: one tie, or help now and then.' },
  Moderate: { label: 'Moderate', meaning: 'Used regularly and helps noticeably, but is not the firm’s main help.' },
  High: { label: 'High', meaning: 'A main source of help against this challenge: the firm relies on these ties.' },
};

/** The paper's three network kinds (formal, informal, virtual), which the four network types refine. */
export const PAPER_NETWORKS = ['informal', 'formal', 'virtual'] as const;
export type PaperNetwork = (typeof PAPER_NETWORKS)[number];

export interface NetworkTypeWords {
  definition: string;
  paperNetwork: PaperNetwork;
  paperMapping: string;
  examples: readonly string[];
  /** Tie subtypes people often use with this type; the case file takes any word (tie.subtype is free text). */
  suggestedSubtypes: readonly { value: string; label: string }[];
}

/** The four network types; subtypes suggested are the ones the product brief lists, spelled as the sample cases spell them. */
export const NETWORK_TYPE_WORDS: Record<NetworkType, NetworkTypeWords> = {
  social: {
    definition:
      'Personal relationships of the owner and staff: friends, relatives, former classmates and colleagues. They rest on trust and often bring first introductions, advice and inside knowledge.',
    paperNetwork: 'informal',
    paperMapping: 'The paper’s informal networks (the owner’s personal and alumni ties) are social ties.',
    examples: [
      'The owner’s university friend, now with a retailer abroad, introduces a food exporter to the retailer’s buyer.',
      'A former colleague who moved abroad explains to a machinery maker how business is done there.',
    ],
    suggestedSubtypes: [
      { value: 'friend', label: 'Friend' },
      { value: 'relative', label: 'Relative' },
      { value: 'alumnus', label: 'Former classmate or alumnus' },
      { value: 'former_colleague', label: 'Former colleague' },
    ],
  },
  business: {
    definition:
      'Relationships with other firms through trade or collaboration: customers, suppliers, distributors, agents, contract manufacturers, consultants and research partners.',
    paperNetwork: 'formal',
    paperMapping: 'The paper’s formal networks include collaboration with other firms; those ties are business ties.',
    examples: [
      'A distributor abroad that stocks and resells a food exporter’s products.',
      'A contract manufacturer that makes parts for a machinery maker’s foreign customer.',
      'A consultant who helps a software firm set prices for a new market.',
    ],
    suggestedSubtypes: [
      { value: 'customer', label: 'Customer' },
      { value: 'supplier', label: 'Supplier' },
      { value: 'distributor', label: 'Distributor' },
      { value: 'contract_manufacturer', label: 'Contract manufacturer' },
      { value: 'cro', label: 'Contract research organization (CRO)' },
      { value: 'consultant', label: 'Consultant' },
      { value: 'r_and_d_partner', label: 'Research and development partner' },
    ],
  },
  institutional: {
    definition:
      'Relationships with public and not-for-profit bodies: export-promotion agencies, chambers of commerce, ministries, regulators, industry associations, universities, financing programmes and trade fairs.',
    paperNetwork: 'formal',
    paperMapping: 'The paper’s formal networks with government bodies and agencies (export promotion, ministries) are institutional ties.',
    examples: [
      'A trade-promotion agency that takes a group of textile firms to a trade fair abroad.',
      'A chamber of commerce that checks a foreign buyer’s reputation for a furniture maker.',
      'An export-credit programme that insures a machinery maker’s first shipment.',
    ],
    suggestedSubtypes: [
      { value: 'agency', label: 'Government or trade-promotion agency' },
      { value: 'regulator', label: 'Regulator' },
      { value: 'programme', label: 'Support or financing programme' },
      { value: 'event', label: 'Trade fair, conference or event' },
    ],
  },
  digital: {
    definition:
      'Contacts and communities reached online: the firm’s website and social-media pages, professional networks such as LinkedIn, B2B portals, online marketplaces, online groups and virtual events.',
    paperNetwork: 'virtual',
    paperMapping: 'The paper’s virtual networks and digital platforms (website, LinkedIn, Facebook) are digital ties.',
    examples: [
      'A buyer abroad finds a furniture maker through a B2B portal.',
      'A software firm meets partners in an online industry group.',
      'A spice exporter talks to importers at a virtual trade fair.',
    ],
    suggestedSubtypes: [
      { value: 'linkedin_group', label: 'LinkedIn group' },
      { value: 'b2b_portal', label: 'B2B portal' },
      { value: 'virtual_event', label: 'Virtual event' },
    ],
  },
};

/** Whether a tie is still alive. */
export const TIE_STATUS_WORDS: Record<TieStatus, PlainWords> = {
  active: { label: 'Active', meaning: 'In touch and working together: you could ask this contact for help now.' },
  dormant: { label: 'Dormant', meaning: 'Not in touch for a while, but the relationship could be revived.' },
  ended: { label: 'Ended', meaning: 'The relationship is over: the person moved on, the contract ended, or contact was lost.' },
  unknown: { label: 'Not known', meaning: 'The source does not say whether the relationship is still alive.' },
};

/** How a tie came about. */
export const TIE_ORIGIN_WORDS: Record<TieOriginKind, PlainWords> = {
  referral: { label: 'Referral', meaning: 'Someone the firm already knew made the introduction.' },
  event: { label: 'Event', meaning: 'Met at a trade fair, conference, seminar or business delegation.' },
  cold_approach: { label: 'Cold approach', meaning: 'One side contacted the other without an introduction: an email, a call or a visit.' },
  prior_relationship: { label: 'Earlier relationship', meaning: 'Grew out of a relationship from before, such as family, school or a former job.' },
  programme: { label: 'Support programme', meaning: 'Came through a programme of an agency, chamber or government, such as an export mission or matchmaking.' },
  platform: { label: 'Online platform', meaning: 'Found online: a B2B portal, a marketplace, LinkedIn, an online group or a website enquiry.' },
  hire: { label: 'New hire', meaning: 'Came with a person the firm hired, who brought their own contacts.' },
  other: { label: 'Other', meaning: 'Came about some other way; say how in the description.' },
};

/** The firm's presence in a market. */
export const MARKET_STATUS_WORDS: Record<MarketStatus, PlainWords> = {
  serving: { label: 'Serving', meaning: 'The firm sells to or works in this market now.' },
  past: { label: 'Served before', meaning: 'The firm served this market before, but does not now.' },
  exited: { label: 'Withdrew', meaning: 'The firm left this market on purpose.' },
  failed: { label: 'Entry failed', meaning: 'The firm tried to get into this market and did not succeed.' },
  target: { label: 'Target', meaning: 'A market the firm plans to enter.' },
  exploring: { label: 'Exploring', meaning: 'A market the firm is looking into, without a decision yet.' },
};

/** How a firm serves or entered a market. */
export const ENTRY_MODE_WORDS: Record<EntryMode, PlainWords> = {
  export: { label: 'Export', meaning: 'Selling from the home country to buyers in the market.' },
  indirect_export: { label: 'Indirect export', meaning: 'Selling to a trading house or exporter at home, which takes the goods abroad.' },
  direct_sales: { label: 'Direct sales', meaning: 'Selling straight to customers in the market, with the firm’s own staff or sales trips.' },
  distributor: { label: 'Distributor', meaning: 'A local firm buys the products and resells them in the market.' },
  agent: { label: 'Agent', meaning: 'A local representative finds buyers for a commission; the firm sells to them itself.' },
  licensing: { label: 'Licensing', meaning: 'Another firm pays to make or use the product, brand or technology there.' },
  franchising: { label: 'Franchising', meaning: 'Local businesses run the firm’s business model under its brand, for a fee.' },
  subsidiary: { label: 'Subsidiary', meaning: 'A company the firm owns in the market.' },
  joint_venture: { label: 'Joint venture', meaning: 'A company set up and owned together with a local partner.' },
  contract_manufacturing: { label: 'Contract manufacturing', meaning: 'A manufacturer makes the firm’s products under contract for the market.' },
  outsourcing: { label: 'Outsourcing', meaning: 'Partners in the market do part of the work, such as research, testing, development or logistics.' },
  online: { label: 'Online sales', meaning: 'Selling over the internet: the firm’s own web shop, a marketplace or an app store.' },
  registration: {
    label: 'Product registration',
    meaning: 'The product is registered with or approved by the market’s authority, which it needs before it may be sold there.',
  },
  other: { label: 'Other', meaning: 'Some other way; say how in the description.' },
};

/** Internationalization pathways. */
export const PATHWAY_WORDS: Record<Pathway, PlainWords> = {
  born_global: { label: 'Born global', meaning: 'Went international from the start or within a few years of founding, often to several markets at once.' },
  traditional: { label: 'Traditional', meaning: 'Grew at home first and went abroad step by step, usually to nearby markets first.' },
  born_again_global: {
    label: 'Born-again global',
    meaning: 'Long focused on the home market, then went international quickly after a change such as new owners, a new product or a new manager.',
  },
};

/** The four benefits of the paper's Figure 1, labelled as the paper words them. */
export const BENEFIT_WORDS: Record<BenefitKind, PlainWords> = {
  market_access: { label: 'Market access and expansion', meaning: 'Ties open the way to new customers and new markets.' },
  resource_sharing: { label: 'Resource sharing and collaboration', meaning: 'Partners share know-how, people, facilities or costs the firm lacks.' },
  risk_reduction: {
    label: 'Risk reduction and adaptability',
    meaning: 'Advice and inside knowledge lower the risk of costly mistakes and help the firm adjust when things change.',
  },
  reputation: { label: 'Enhanced reputation and credibility', meaning: 'Being linked to known partners and institutions makes buyers trust the firm sooner.' },
};

/** The two 1–5 ratings of a tie: what they measure and what their ends mean. */
export const TIE_SCALE_WORDS = {
  strength: {
    label: 'Strength',
    meaning: 'How close and dependable the relationship is.',
    minMeaning: 'Weak: a passing acquaintance or a single contact.',
    maxMeaning: 'Strong: a close relationship you can count on.',
  },
  trust: {
    label: 'Trust',
    meaning: 'How far you can rely on this contact’s word and goodwill.',
    minMeaning: 'Low: you would check what they tell you.',
    maxMeaning: 'High: you would act on their word.',
  },
} as const satisfies Record<'strength' | 'trust', { label: string; meaning: string; minMeaning: string; maxMeaning: string }>;
