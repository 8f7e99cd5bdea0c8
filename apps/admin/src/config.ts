/** The public Trust Atlas site (PUBLIC_SITE_URL at build time). */
export const publicSiteUrl: string = __PUBLIC_SITE_URL__;

/** Where the app sends GraphQL: same origin, proxied to the API (see vite.config.ts). */
export const graphqlEndpoint = "/graphql";

export const serviceName = "Trust Atlas admin";
