import { captureLogText } from "./log-capture.ts";

// Every test file: what this process writes to stderr is teed to the log capture (only the
// lines that are log lines are kept), so a logger writing to stderr is checked too.
const write = process.stderr.write.bind(process.stderr);
let partial = "";
process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  const text = partial + (typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
  const end = text.lastIndexOf("\n");
  partial = text.slice(end + 1);
  if (end >= 0) captureLogText(text.slice(0, end));
  return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
}) as typeof process.stderr.write;
