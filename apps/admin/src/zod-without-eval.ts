import { config } from "zod";

// zod compiles a fast parser for each object schema with `new Function`, after probing
// whether it may. Under the server's Content-Security-Policy (no 'unsafe-eval') the probe
// itself is refused and reported as a violation, so the app tells zod not to try. zod reads
// this as each schema is built, so this module is imported before any other (main.tsx).
config({ jitless: true });
