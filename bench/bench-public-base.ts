/** The public URL the SMS benchmarks sign webhooks against (nothing listens there). */
export const BENCH_PUBLIC_BASE = "https://steady.example.org";
