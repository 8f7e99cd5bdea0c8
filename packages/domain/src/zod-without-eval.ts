import { config } from "zod";

// zod compiles a fast parser for each object schema with `new Function`, after probing
// whether it may. Under the server's Content-Security-Policy (no 'unsafe-eval') the probe
// itself is refused and reported as a violation, so each app tells zod not to try. zod reads
// this as each schema is built, so the apps import this module before any other (the admin's
// main.tsx, the public app's root.tsx).
config({ jitless: true });
