import { usePrometheus } from "@graphql-yoga/plugin-prometheus";
import type { Plugin } from "graphql-yoga";
import { collectDefaultMetrics, Registry } from "prom-client";

/**
 * Prometheus metrics at `/metrics`: request and phase durations, errors, and the process's own
 * (memory, event-loop lag). Each app has its own registry, so several in one process (tests) do
 * not collide. Keep `/metrics` off the public internet: the load balancer routes only `/graphql`.
 */
export function useMetrics(): Plugin {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return usePrometheus({
    endpoint: "/metrics",
    registry,
    skipIntrospection: true,
    labels: { method: true, statusCode: true },
    metrics: {
      graphql_yoga_http_duration: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_execute: true,
      graphql_envelop_error_result: true,
    },
  });
}
