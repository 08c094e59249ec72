/** The redactor's label for every secret the run learns from answers: `[REDACTED minted value]`. */
export const MINTED_LABEL = 'minted value';
