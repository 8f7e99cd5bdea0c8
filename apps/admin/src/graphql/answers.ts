import { type AnyVariables, createRequest, type DocumentInput, type Operation } from "@urql/core";

/** True when a result's operation is the one for these variables, not a previous one. */
export function answers<Data, Variables extends AnyVariables>(
  operation: Operation | undefined,
  query: DocumentInput<Data, Variables>,
  variables: Variables,
): boolean {
  return operation !== undefined && operation.key === createRequest(query, variables).key;
}
