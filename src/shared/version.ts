/** The version Foothold reports in the CLI and the OpenAPI document. */
export const VERSION = '0.1.0';
