/**
 * Resolves on the next turn of the event loop, after pending I/O callbacks. On SQLite every
 * query completes without leaving the microtask queue, so a long dispatch would otherwise
 * hold the process until it ends: webhooks, and with them crisis messages, would wait.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
