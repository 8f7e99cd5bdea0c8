/** The public site's origin, built in from PUBLIC_SITE_URL (see env.ts and vite.config.ts). */
declare const __PUBLIC_SITE_URL__: string;
