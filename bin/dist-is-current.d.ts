/** The checkout's root directory (with a trailing separator). */
export declare const ROOT: string;
/** True when dist/ is built and no file of src/ is newer than the build. */
export declare function distIsCurrent(root?: string): boolean;
