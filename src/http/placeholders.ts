/** What recorded requests, replay files and curl commands show instead of the credentials. */
export const TOKEN_PLACEHOLDER = '$CONTRACT_TOKEN';
export const FORBIDDEN_TOKEN_PLACEHOLDER = '$CONTRACT_FORBIDDEN_TOKEN';

/** A fixed, random-looking token no server has issued: sent for auth mode `unknown`. Not a secret. */
export const UNKNOWN_TOKEN = 'oac_unk_7Hq2Xv9LmB4tRz6WcN8pJd3KsF5gYe1A';
