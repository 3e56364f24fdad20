/** Options several commands share, declared once. */
import { DEFAULT_WORKSPACE_ID } from '../core/model/index.js';

export const workspaceOption = ['-w, --workspace <id>', 'workspace to use', DEFAULT_WORKSPACE_ID] as const;
