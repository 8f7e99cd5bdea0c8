import { data } from "react-router";

export function loader() {
  throw data("Not found", { status: 404 });
}

// Never rendered (the loader always throws); the root error boundary shows the 404 page.
export default function NotFound() {
  return null;
}
