export declare const BOT_BUNDLE: string;
export declare function bundle(entry: string, outfile: string): Promise<void>;
export declare function startNodeFlags(): string[];
