import type { ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";

// Reading what a route answered, as the partnership tests do: the loader's or action's result
// (or the redirect or error it threw), and the page rendered on the server from it.

/** What a loader or action answered: the redirect it threw, or the data it returned. */
export async function outcome(run: Promise<unknown> | unknown) {
  try {
    const returned = (await run) as { data?: unknown; init?: { status: number } | null };
    const wrapped = returned !== null && typeof returned === "object" && "init" in returned;
    return {
      status: wrapped ? (returned.init?.status ?? 200) : 200,
      data: wrapped ? returned.data : returned,
      location: null,
    };
  } catch (thrown) {
    if (thrown instanceof Response) {
      return { status: thrown.status, data: null, location: thrown.headers.get("location") };
    }
    // data("Not found", { status: 404 }), thrown: the error page's status.
    if (typeof thrown === "object" && thrown !== null && "init" in thrown) {
      const { init, data } = thrown as { init?: { status?: number }; data?: unknown };
      return { status: init?.status ?? 500, data, location: null };
    }
    throw thrown;
  }
}

/** The page as the server renders it for this loader's (and action's) data. */
export function render(
  Component: ComponentType<never>,
  pattern: string,
  url: string,
  loaderData: unknown,
  actionData?: unknown,
) {
  const Stub = createRoutesStub([
    { id: "page", path: pattern, Component: Component as never, loader: () => loaderData },
  ]);
  const html = renderToString(
    <Stub
      initialEntries={[url]}
      hydrationData={{
        loaderData: { page: loaderData },
        ...(actionData === undefined ? {} : { actionData: { page: actionData } }),
      }}
    />,
  );
  // React marks where text pieces meet; the person reads one sentence.
  return html.replaceAll("<!-- -->", "");
}
