import { index, type RouteConfig, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("trusts", "routes/trusts.tsx"),
  route("trusts.csv", "routes/trusts-csv.ts"),
  route("trusts/:id", "routes/trust.tsx"),
  route("schools", "routes/schools.tsx"),
  route("schools/:urn/fit", "routes/school-fit.tsx"),
  route("schools/:urn/shortlist", "routes/school-shortlist.tsx"),
  route("schools/:urn/colleagues", "routes/school-colleagues.tsx"),
  route("schools/:urn/partnerships", "routes/school-partnerships.tsx"),
  route("schools/:urn/partnerships/new", "routes/school-partnership-new.tsx"),
  route("schools/:urn/partnerships/:partnershipId", "routes/school-partnership.tsx"),
  route(
    "schools/:urn/partnerships/:partnershipId/agreement.pdf",
    "routes/school-partnership-agreement.ts",
  ),
  route("files/partnership-documents/:id", "routes/partnership-document.ts"),
  route("shortlist", "routes/shortlist.tsx"),
  route("saved-searches/unsubscribe/:token", "routes/saved-search-unsubscribe.tsx"),
  route("schools/:urn", "routes/school.tsx"),
  route("sign-in", "routes/sign-in.tsx"),
  route("sign-out", "routes/sign-out.tsx"),
  route("sign-up", "routes/sign-up.tsx"),
  route("claims", "routes/claims.tsx"),
  route("invitations/:token", "routes/invitation.tsx"),
  route("compare", "routes/compare.tsx"),
  route("compare.csv", "routes/compare-csv.ts"),
  route("collections/:slug", "routes/collection.tsx"),
  // Anything else: the 404 page, inside the normal layout (so the header still knows who is in).
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
