import type { Db } from "@atlas/db";
import type { Role } from "@atlas/domain";
import type { Logger } from "./logger.ts";
import type { SignInThrottle } from "./modules/accounts/sign-in-throttle.ts";
import type { FileStore } from "./modules/file-storage/file-store.ts";
import type { PartnershipRequestLimit } from "./modules/partnerships/request-limit.ts";
import type { PartnershipUpdates } from "./modules/partnerships/updates.ts";
import type { AppLinks } from "./shared/app-links.ts";

/** A role the signed-in person holds, with the organisation it is held in. */
export interface ViewerGrant {
  role: Role;
  trustId: string | null;
  schoolId: string | null;
  sectorBodyId: string | null;
}

export interface Viewer {
  id: string;
  email: string;
  name: string;
  grants: ViewerGrant[];
  /** Hash of the session token this request came with. */
  sessionTokenHash: string;
}

export interface Context {
  /** The database for this request: resolvers never import a client of their own. */
  db: Db;
  request: Request;
  requestId: string;
  logger: Logger;
  viewer: Viewer | null;
  cookieSecure: boolean;
  /** The caller's address: the proxy's X-Forwarded-For when the API sits behind one. */
  clientIp: string;
  signInThrottle: SignInThrottle;
  partnershipRequestLimit: PartnershipRequestLimit;
  /** Committed partnership changes, for `Subscription.partnershipUpdated`. */
  partnershipUpdates: PartnershipUpdates;
  /** Where stored files' bytes live (local disk or S3-compatible storage). */
  fileStore: FileStore;
  /** The apps' addresses, for links in email. */
  appLinks: AppLinks;
}
