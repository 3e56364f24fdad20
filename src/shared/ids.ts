/**
 * What an id looks like, and the workspace a command uses when none is named. Here, with no
 * dependencies, so that the CLI can check its options before it loads the domain schemas.
 */

/** Lower-case letters, digits, ".", "_" or "-", starting with a letter or digit, at most 80 characters. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,79}$/;

export const DEFAULT_WORKSPACE_ID = 'default';
