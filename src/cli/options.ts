/** Options several commands share, declared once. */
import { InvalidArgumentError, Option } from 'commander';
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
