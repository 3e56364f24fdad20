/** Partner searches: weighted scores, the changes a search goes through, its board, and suggestions from the firm's network. */
export * from './score.js';
export * from './edits.js';
export * from './board.js';
export * from './suggestions.js';
