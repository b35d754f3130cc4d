import type { ChannelName } from "../domain/types.ts";
import type { RouteHandler } from "../http/http-server.ts";
import type { Metrics } from "./metrics.ts";

/**
 * A provider webhook's handler that records how long each request took to answer, from its
 * arrival to the last byte of the response (work the handler does after answering, such as
 * sending replies through the API, is not the provider's wait and is not counted). A request
 * whose connection closes before the answer is not recorded.
 */
export function timedWebhook(metrics: Metrics, channel: ChannelName, handler: RouteHandler, now: () => number = () => performance.now()): RouteHandler {
  return (req, res) => {
    const started = now();
    res.once("finish", () => metrics.webhook(channel, (now() - started) / 1000));
    return handler(req, res);
  };
}
