/**
 * The kinds of organization a case file records, with the words to show for them. The vocabulary
 * endpoint does not list these; the generated types do, and the Record below fails to compile when
 * a kind is added there and not here.
 */
import type { Schemas } from './api';

export type OrganizationType = NonNullable<Schemas['VersionedActors']['record']['organizationType']>;

export const ORGANIZATION_TYPE_NAMES: Readonly<Record<OrganizationType, string>> = {
  company: 'Company',
  government_agency: 'Government agency',
  trade_promotion_body: 'Trade-promotion body',
  chamber: 'Chamber of commerce',
  regulator: 'Regulator',
  university: 'University',
  research_institute: 'Research institute',
  financing_programme: 'Financing programme',
  association: 'Association',
  patient_group: 'Patient group',
  hospital: 'Hospital',
  event: 'Conference or trade fair',
  group: 'Group',
  other: 'Other',
};

export const ORGANIZATION_TYPES = Object.keys(ORGANIZATION_TYPE_NAMES) as OrganizationType[];

export const isOrganizationType = (value: string): value is OrganizationType => Object.hasOwn(ORGANIZATION_TYPE_NAMES, value);
