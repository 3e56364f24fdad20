/**
 * Benefits by network type (paper Figure 1): what each type of tie brought the firm, counted from
 * benefit records and from the ties tagged with a benefit, with the ids behind every cell.
 */
import type { CaseFile } from '../case-file/index.js';
import { BENEFITS, NETWORK_TYPES, type BenefitKind, type NetworkType } from '../model/index.js';
import { mergeEvidence } from './evidence.js';
import { firmTies } from './firm-ties.js';
import { triangulatorOf, type Triangulate, type TriangulationBasis } from './triangulate.js';
import type { BenefitCell, BenefitMatrix } from './types.js';

type CountedCell = Omit<BenefitCell, 'triangulation'>;

function emptyMatrix(): Record<BenefitKind, Record<NetworkType, CountedCell>> {
  const matrix = {} as Record<BenefitKind, Record<NetworkType, CountedCell>>;
  for (const benefit of BENEFITS) {
    const row = {} as Record<NetworkType, CountedCell>;
    for (const networkType of NETWORK_TYPES) row[networkType] = { count: 0, from: [] };
    matrix[benefit] = row;
  }
  return matrix;
}

/**
 * Paper Figure 1 for one case. A benefit record counts under its own network type, else under its
 * tie's. A tie tagged with a benefit counts once more, unless a benefit record of that benefit
 * already cites it — the record and the tag then say the same thing. So count = from.length.
 * Ended ties count: the benefit was brought all the same. Each cell is triangulated over the
 * evidence of all its records and ties together, the evidence its report notes cite.
 */
export function benefitsOf(
  c: Pick<CaseFile, 'firm' | 'keyPeople' | 'ties' | 'benefits'> & TriangulationBasis,
  triangulate: Triangulate = triangulatorOf(c),
): BenefitMatrix {
  const matrix = countedMatrix(c);
  const evidenceOf = new Map<string, readonly string[] | undefined>([...c.ties, ...c.benefits].map((r) => [r.id, r.evidence]));
  const triangulated = {} as BenefitMatrix;
  for (const benefit of BENEFITS) {
    const row = {} as Record<NetworkType, BenefitCell>;
    for (const networkType of NETWORK_TYPES) {
      const cell = matrix[benefit][networkType];
      row[networkType] = { ...cell, triangulation: triangulate(mergeEvidence(...cell.from.map((id) => evidenceOf.get(id)))) };
    }
    triangulated[benefit] = row;
  }
  return triangulated;
}

/** Each cell's count and the records and ties behind it, as benefitsOf describes them. */
function countedMatrix(c: Pick<CaseFile, 'firm' | 'keyPeople' | 'ties' | 'benefits'>): Record<BenefitKind, Record<NetworkType, CountedCell>> {
  const matrix = emptyMatrix();
  const tieType = new Map(c.ties.map((t) => [t.id, t.networkType]));
  const cited = new Set<string>();
  const add = (benefit: BenefitKind, networkType: NetworkType, id: string) => {
    const cell = matrix[benefit][networkType];
    cell.count++;
    cell.from.push(id);
  };
  for (const record of c.benefits) {
    const networkType = record.networkType ?? (record.tie === undefined ? undefined : tieType.get(record.tie));
    if (networkType === undefined) continue;
    add(record.benefit, networkType, record.id);
    if (record.tie !== undefined) cited.add(`${record.benefit} ${record.tie}`);
  }
  for (const tie of firmTies(c)) {
    for (const benefit of new Set(tie.helpedWith?.benefits ?? [])) {
      if (!cited.has(`${benefit} ${tie.id}`)) add(benefit, tie.networkType, tie.id);
    }
  }
  return matrix;
}
