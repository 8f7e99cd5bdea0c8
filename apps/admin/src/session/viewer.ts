import type { ResultOf } from "@graphql-typed-document-node/core";
import { redirect, useRouteLoaderData } from "react-router";
import type { Client } from "urql";
import { graphql } from "../gql/index.ts";
import { type Access, accessFrom } from "./access.ts";
import { signInPathFor } from "./redirect.ts";
import type { SessionClient } from "./session-client.ts";

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      name
      email
      roles {
        role
        grantedAt
        trust {
          id
          name
        }
        school {
          id
          name
        }
        sectorBody {
          id
          name
        }
      }
    }
  }
`);

export type Viewer = NonNullable<ResultOf<typeof ViewerQuery>["viewer"]>;

/** How long a session check stands before the guard asks the API again. */
export const viewerCheckInterval = 60_000;

/** When each client (one per session) last asked the API who is signed in. */
const checkedAt = new WeakMap<Client, number>();

/**
 * The signed-in person, or null. Answered from the session's cache, but at most a minute old:
 * a session can end behind our back (it expires, or is signed out in another tab), and roles
 * can change, so after that the API is asked again before a page is shown.
 */
export async function loadViewer(client: Client, now = Date.now()): Promise<Viewer | null> {
  const fresh = now - (checkedAt.get(client) ?? Number.NEGATIVE_INFINITY) < viewerCheckInterval;
  const requestPolicy = fresh ? "cache-first" : "network-only";
  const result = await client.query(ViewerQuery, {}, { requestPolicy }).toPromise();
  if (result.error) throw result.error;
  if (!fresh) checkedAt.set(client, now);
  return result.data?.viewer ?? null;
}

export interface SignedIn {
  viewer: Viewer;
  access: Access;
}

/** Route id of the layout every signed-in page sits in; its loader is the auth guard. */
export const signedInRouteId = "signed-in";

/** The auth guard: a signed-out visitor is sent to sign in, and brought back afterwards. */
export async function requireViewer(session: SessionClient, request: Request): Promise<SignedIn> {
  const viewer = await loadViewer(session.current());
  if (!viewer) throw redirect(signInPathFor(new URL(request.url)));
  return { viewer, access: accessFrom(viewer.roles ?? []) };
}

/** The signed-in person and what they may do; only inside the signed-in layout. */
export function useSignedIn(): SignedIn {
  const data = useRouteLoaderData<SignedIn>(signedInRouteId);
  if (!data) throw new Error("useSignedIn is only for pages behind the auth guard.");
  return data;
}
