/**
 * The fixed vocabularies of the domain, spelled as users and the seed studies spell them.
 * Every schema, table and report draws its spellings from here.
 */
import { z } from 'zod';
import { BUILTIN_CHALLENGE_CATEGORIES } from '../../shared/challenge-categories.js';
import { ORGANIZATION_TYPES } from '../../shared/organization-types.js';

export const NETWORK_TYPES = ['social', 'business', 'institutional', 'digital'] as const;
export const networkTypeSchema = z.enum(NETWORK_TYPES).describe('Network type of a tie');
export type NetworkType = z.infer<typeof networkTypeSchema>;

export { BUILTIN_CHALLENGE_CATEGORIES, THESIS_CHALLENGE_CATEGORIES, type BuiltinChallengeCategory } from '../../shared/challenge-categories.js';
export const builtinChallengeCategorySchema = z.enum(BUILTIN_CHALLENGE_CATEGORIES);

export const CHALLENGE_LEVELS = ['High', 'Medium', 'Low', 'Unknown'] as const;
export const challengeLevelSchema = z.enum(CHALLENGE_LEVELS);
export type ChallengeLevel = z.infer<typeof challengeLevelSchema>;

export const UTILIZATION_LEVELS = ['Not used', 'Low', 'Moderate', 'High'] as const;
export const utilizationLevelSchema = z.enum(UTILIZATION_LEVELS);
export type UtilizationLevel = z.infer<typeof utilizationLevelSchema>;

/** The four benefits of the paper's Figure 1. */
export const BENEFITS = ['market_access', 'resource_sharing', 'risk_reduction', 'reputation'] as const;
export const benefitKindSchema = z.enum(BENEFITS);
export type BenefitKind = z.infer<typeof benefitKindSchema>;

/** "unknown" when the source does not say whether the tie is still alive (format 2). */
export const TIE_STATUSES = ['active', 'dormant', 'ended', 'unknown'] as const;
export const tieStatusSchema = z.enum(TIE_STATUSES);
export type TieStatus = z.infer<typeof tieStatusSchema>;

export const TIE_ORIGINS = ['referral', 'event', 'cold_approach', 'prior_relationship', 'programme', 'platform', 'hire', 'other'] as const;
export const tieOriginKindSchema = z.enum(TIE_ORIGINS);

/**
 * The firm's presence in a market (format 2): serving it now; served it before and stopped
 * (`past`); withdrew on purpose (`exited`); tried and did not get in (`failed`); or not yet there
 * (`target`, `exploring`). Format 1's "entered" becomes `serving`, or `past` when it has an end date.
 */
export const MARKET_STATUSES = ['serving', 'past', 'exited', 'failed', 'target', 'exploring'] as const;
export const marketStatusSchema = z.enum(MARKET_STATUSES);
export type MarketStatus = z.infer<typeof marketStatusSchema>;
/** Statuses of a market the firm has been in, now or before. */
export const PRESENCE_STATUSES: readonly MarketStatus[] = ['serving', 'past', 'exited'];
/** Statuses of a market the firm is not in yet. */
export const PROSPECT_STATUSES: readonly MarketStatus[] = ['target', 'exploring'];

/**
 * What a firm can do against the country-of-origin effect in a market (thesis §5.2, pp. 83–84:
 * branding, certification, third-party validation of the product, partnerships with reputable brands).
 */
export const ORIGIN_MEASURES = ['branding', 'certification', 'third_party_validation', 'reputable_partners'] as const;
export const originMeasureSchema = z.enum(ORIGIN_MEASURES);
export type OriginMeasure = z.infer<typeof originMeasureSchema>;

export const MITIGATION_STATUSES = ['to_do', 'in_progress', 'done', 'not_needed'] as const;
export const mitigationStatusSchema = z.enum(MITIGATION_STATUSES);
export type MitigationStatus = z.infer<typeof mitigationStatusSchema>;

export const ENTRY_MODES = [
  'export',
  'indirect_export',
  'direct_sales',
  'distributor',
  'agent',
  'licensing',
  'franchising',
  'subsidiary',
  'joint_venture',
  'contract_manufacturing',
  'outsourcing',
  'online',
  'registration',
  'other',
] as const;
export const entryModeSchema = z.enum(ENTRY_MODES);

export const PATHWAYS = ['born_global', 'traditional', 'born_again_global'] as const;
export const pathwaySchema = z.enum(PATHWAYS);
export type Pathway = z.infer<typeof pathwaySchema>;

/** Families of sectors whose advice is worded alike: the knowledge base words rules per family. */
export const SECTOR_FAMILIES = ['life_sciences', 'food_agriculture', 'software_it', 'manufacturing', 'other_services'] as const;
export const sectorFamilySchema = z.enum(SECTOR_FAMILIES);
export type SectorFamily = z.infer<typeof sectorFamilySchema>;

/**
 * Economy class of a country: developed (IMF advanced economies), developing (World Bank low and
 * lower-middle income), emerging (the rest). The thesis contrasts developed and emerging; the Sri
 * Lankan paper speaks of developing countries.
 */
export const ECONOMY_CLASSES = ['developed', 'emerging', 'developing'] as const;
export const economyClassSchema = z.enum(ECONOMY_CLASSES);
export type EconomyClass = z.infer<typeof economyClassSchema>;
/** "a developed economy", "an emerging economy", "a developing economy". */
export const ECONOMY_CLASS_WITH_ARTICLE: Record<EconomyClass, string> = { developed: 'a developed', emerging: 'an emerging', developing: 'a developing' };

/** Value-chain steps of thesis Table 4. */
export const VALUE_CHAIN_STEPS = [
  'rd',
  'preclinical',
  'sourcing',
  'api_manufacturing',
  'formulation',
  'manufacturing',
  'clinical_trials',
  'qa_regulatory',
  'registration',
  'logistics',
  'distribution',
  'marketing_sales',
  'software_development',
  'support',
  'other',
] as const;
export const valueChainStepSchema = z.enum(VALUE_CHAIN_STEPS);

/** How a company belongs to the firm's own group; such companies are not network ties (format 2). */
export const GROUP_RELATIONS = ['subsidiary', 'parent', 'sister'] as const;
export const groupRelationSchema = z.enum(GROUP_RELATIONS);

/** Whether a level is the source's own (`stated`) or the analyst's reading of it (`inferred`). */
export const LEVEL_BASES = ['stated', 'inferred'] as const;
export const levelBasisSchema = z.enum(LEVEL_BASES);

export const ACTOR_KINDS = ['person', 'organization', 'platform'] as const;
export const actorKindSchema = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof actorKindSchema>;

export { ORGANIZATION_TYPES };
export const organizationTypeSchema = z.enum(ORGANIZATION_TYPES);
export type OrganizationType = z.infer<typeof organizationTypeSchema>;

export const PLATFORM_TYPES = [
  'website',
  'social_media',
  'professional_network',
  'online_group',
  'b2b_portal',
  'marketplace',
  'virtual_event',
  'funding_platform',
  'other',
] as const;
export const platformTypeSchema = z.enum(PLATFORM_TYPES);

export const SOURCE_KINDS = ['interview', 'document', 'website', 'article', 'report', 'social_media'] as const;
export const sourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof sourceKindSchema>;

export const INTERVIEW_MODES = ['in_person', 'video', 'phone', 'email', 'written', 'other'] as const;
export const interviewModeSchema = z.enum(INTERVIEW_MODES);

/** Personal-data lawful bases (GDPR Art. 6(1)), for actors who are people. */
export const LAWFUL_BASES = ['consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests'] as const;
export const lawfulBasisSchema = z.enum(LAWFUL_BASES);

/** Topics of a firm's stated facts: the rows of thesis Table 7, the cells of Table 8, and Table 2's main business. */
export const FACT_TOPICS = [
  'main_business',
  'country_of_origin',
  'company_size',
  'pathway',
  'market_experience',
  'product_type',
  'international_experience',
  'target_markets',
  'key_people_education',
  'key_people_networking',
  'main_network_types',
  'network_social',
  'network_business',
  'network_institutional',
  'network_digital',
  'other',
] as const;
export const factTopicSchema = z.enum(FACT_TOPICS);
export type FactTopic = z.infer<typeof factTopicSchema>;
