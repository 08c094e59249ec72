/**
 * The environment variable holding a scheme's credential: `CONTRACT_AUTH_` and the scheme's key upper-cased,
 * every character other than A-Z and 0-9 as `_` (`api-key` -> `CONTRACT_AUTH_API_KEY`). With `forbidden`,
 * the one holding a credential that authenticates but lacks permission (`..._FORBIDDEN`).
 */
export function credentialVariable(schemeKey: string, forbidden = false): string {
  const name = schemeKey.toUpperCase().replace(/[^A-Z0-9]/g, '_');
  return `CONTRACT_AUTH_${name}${forbidden ? '_FORBIDDEN' : ''}`;
}
