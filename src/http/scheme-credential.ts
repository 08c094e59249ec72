/** A credential value and the placeholder recorded instead of it (`$CONTRACT_AUTH_API_KEY`). */
export interface CredentialValue {
  value: string;
  placeholder: string;
}

/** What the run holds for one security scheme: a valid credential, and maybe one lacking permission. */
export interface SchemeCredential {
  valid: CredentialValue;
  forbidden?: CredentialValue;
}
