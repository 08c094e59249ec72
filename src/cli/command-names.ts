/** The commands of `contract`, in the order `--help` lists them. */
export const COMMAND_NAMES = [
  'run',
  'mock',
  'bench',
  'plan',
  'replay',
  'baseline',
  'diff',
  'compare',
  'cleanup',
] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];
