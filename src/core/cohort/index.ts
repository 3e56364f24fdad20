/** The cohort of an advisor's portfolio: unmet challenges, shared gaps, needed institutions and their trend over snapshots. */
export * from './types.js';
export * from './cohort.js';
export * from './trend.js';
