/** The redactor's label for the secrets the run learns from answers: `[REDACTED minted value]`. Only these
 * count as "known" secrets when found again. */
export const MINTED_LABEL = 'minted value';
/** The label of what is masked only in case (token-shaped runs of a broken body, a bare minted shape): never
 * a reason to accuse when seen again. */
export const POSSIBLE_SECRET_LABEL = 'possible secret';
