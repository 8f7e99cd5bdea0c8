// The production server lives in the build (server/app.ts), so that it shares the app's modules.
import { start } from "../build/server/index.js";

start();
