/**
 * Query keys shared by every feature, so that a change made in one view refreshes the others: all
 * queries about a firm start with firmKey(…), and a write invalidates that prefix.
 */
export const workspacesKey = ['workspaces'] as const;
export const firmsKey = (workspace: string) => ['firms', workspace] as const;
export const firmKey = (workspace: string, firmId: string) => ['firm', workspace, firmId] as const;
