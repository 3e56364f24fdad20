/** The selects of the records' own terms: a level and its basis, a network type, a tie's status, a 1–5 scale. */
import type { Vocabulary } from '../api';
import { LEVEL_BASES, type LevelBasis, type NetworkType, type TieStatus } from '../drafts';
import { choicesOf, SelectField, type Choice, type SelectFieldProps } from './fields';

type Preset<V extends string> = Omit<SelectFieldProps<V>, 'choices' | 'empty'>;

const BASES = choicesOf(LEVEL_BASES);
const SCALE: Choice<string>[] = ['1', '2', '3', '4', '5'].map((n) => ({ value: n, label: n }));

/** A utilization level or a challenge level, from the vocabulary's list of them. */
export function LevelSelect<L extends string>({ levels, ...props }: Preset<L> & { levels: readonly Choice<L>[] }) {
  return <SelectField {...props} choices={levels} />;
}

/** Whether the source stated the level or the analyst inferred it; "Not said" is empty. */
export function BasisSelect(props: Preset<LevelBasis | ''>) {
  return <SelectField {...props} choices={BASES} empty="Not said" />;
}

/** A network type from the vocabulary. */
export function NetworkTypeSelect({ networkTypes, ...props }: Preset<NetworkType> & { networkTypes: Vocabulary['networkTypes'] }) {
  return <SelectField {...props} choices={networkTypes} />;
}

export function TieStatusSelect({ statuses, ...props }: Preset<TieStatus> & { statuses: Vocabulary['tieStatuses'] }) {
  return <SelectField {...props} choices={statuses} />;
}

/** Strength or trust, 1 to 5, or "—" for not said. */
export function ScaleSelect(props: Preset<string>) {
  return <SelectField {...props} choices={SCALE} empty="—" />;
}
