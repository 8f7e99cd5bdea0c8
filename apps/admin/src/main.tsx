// First: it must run before any zod schema is built (see the module).
import "@atlas/domain/zod-without-eval";
import "@atlas/ui/styles.css";
import "./admin.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { AdminApp, createAdminApp } from "./routing/AdminApp.tsx";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element.");

const app = createAdminApp();
createRoot(root).render(
  <StrictMode>
    <AdminApp {...app} />
  </StrictMode>,
);
