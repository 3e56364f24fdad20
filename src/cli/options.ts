/** Options several commands share, declared once. */
import { InvalidArgumentError, Option } from 'commander';
import { isCalendarDate } from '../shared/calendar-date.js';
import { DEFAULT_WORKSPACE_ID, ID_PATTERN } from '../shared/ids.js';

/** -w, --workspace: checked like a workspace id in a URL, so the CLI cannot create what the API would refuse. */
export function workspaceOption(): Option {
  return new Option('-w, --workspace <id>', 'workspace to use').default(DEFAULT_WORKSPACE_ID).argParser((value: string) => {
    if (!ID_PATTERN.test(value)) {
      throw new InvalidArgumentError(
        'expected a workspace id: lower-case letters, digits, ".", "_" or "-", starting with a letter or digit, at most 80 characters',
      );
    }
    return value;
  });
}

/** An option value that must be a whole number from `min` to `max`, with the range in the error. */
export function wholeNumberArgument(min: number, max = Number.MAX_SAFE_INTEGER, unit = ''): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
      throw new InvalidArgumentError(`expected a whole number${unit === '' ? '' : ` of ${unit}`} ${range}`);
    }
    return n;
  };
}

/** An option value that must be a two-letter ISO 3166 country code; lower case is accepted. */
export function countryCodeArgument(value: string): string {
  const code = value.toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) throw new InvalidArgumentError('expected a two-letter ISO 3166 country code, e.g. KG');
  return code;
}

/** An option value that must be one calendar day, YYYY-MM-DD. */
export function dayArgument(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDate(value)) {
    throw new InvalidArgumentError(`expected a day of the calendar as YYYY-MM-DD, e.g. 2020-02-01; got "${value}"`);
  }
  return value;
}
