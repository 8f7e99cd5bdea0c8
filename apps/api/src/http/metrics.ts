import { usePrometheus } from "@graphql-yoga/plugin-prometheus";
import type { Plugin } from "graphql-yoga";
import { collectDefaultMetrics, Registry } from "prom-client";

export interface Metrics {
  plugin: Plugin;
  /** What the internal metrics server (`metrics-server.ts`) serves. */
  registry: Registry;
}

/**
 * Prometheus metrics: request and phase durations, errors, and the process's own (memory,
 * event-loop lag). No label is chosen by the client (operation name, URL, field path): each
 * distinct value would be a new time series, so anyone could grow our memory at will. The
 * registry is served by a separate server on an internal port, never on the API's own.
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const plugin = usePrometheus({
    endpoint: false,
    registry,
    skipIntrospection: true,
    labels: {
      method: true,
      statusCode: true,
      operationType: true,
      url: false,
      operationName: false,
      fieldName: false,
      typeName: false,
      returnType: false,
      path: false,
    },
    metrics: {
      graphql_yoga_http_duration: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_execute: true,
      graphql_envelop_error_result: true,
      // Off, as they cost every request work for nothing we read: the deprecation counter walks
      // each document (our schema deprecates nothing yet), and the summary repeats the duration
      // histogram with quantiles computed on every observation.
      graphql_envelop_deprecated_field: false,
      graphql_envelop_request_time_summary: false,
    },
  });
  return { plugin, registry };
}
