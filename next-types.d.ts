// What next-env.d.ts would say without its Pages Router line. pages/ holds one API route
// (pages/api/cached-page.ts) and no page, so every component runs under the App Router, where
// useSearchParams/usePathname never return null; next-env.d.ts (generated, excluded in
// tsconfig.json) would add the Pages Router's nullable variants for all of them.
/// <reference types="next" />
/// <reference types="next/image-types/global" />
import "./.next/types/routes.d.ts";
import "./.next/types/root-params.d.ts";
