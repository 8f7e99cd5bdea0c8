// Browser journeys need Debian's Chromium; install it when missing and we may (root).
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(path)) {
  if (process.getuid?.() !== 0) {
    console.error(
      `Chromium is missing at ${path}: install it with \`sudo apt-get install -y chromium\`.`,
    );
    process.exit(1);
  }
  console.log("Installing Chromium from Debian's packages…");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
    stdio: "inherit",
  });
}
