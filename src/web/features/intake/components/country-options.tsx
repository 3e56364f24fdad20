/**
 * The <option>s of a country picker, rendered once per excluded code: a step holds up to five
 * pickers of 250 countries, and re-rendering them on every keystroke made typing slow.
 */
import { memo } from 'react';
import { countries } from '../../../lib/countries';

export const CountryOptions = memo(function CountryOptions({ except }: { except?: string }) {
  return (
    <>
      {countries()
        .filter((c) => c.code !== except)
        .map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
    </>
  );
});
