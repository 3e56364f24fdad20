/** The analysis of cases: thesis Tables 7–10, paper Figure 1 and Table 1, gaps, blind spots, cross-case comparison. */
export * from './types.js';
export * from './knowledge.js';
export * from './analyze.js';
export * from './profile.js';
export * from './stated-facts.js';
export * from './network-types.js';
export * from './challenges.js';
export * from './utilization.js';
export * from './agreement.js';
export * from './benefits.js';
export * from './digital-presence.js';
export * from './gaps.js';
export * from './compare.js';
export * from './firm-ties.js';
export * from './evidence.js';
export * from './recommend.js';
export * from './competence.js';
