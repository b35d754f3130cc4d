export declare const BOT_BUNDLE: string;
/** Bundles `entry` into `outfile` (lazily imported modules into chunks/ beside it); resolves to every file written. */
export declare function bundle(entry: string, outfile: string): Promise<string[]>;
export declare function startNodeFlags(): string[];
