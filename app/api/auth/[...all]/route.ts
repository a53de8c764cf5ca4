import { authFor } from "@/lib/auth/auth";

// better-auth's endpoints (sign-in, sign-out, get-session, change-password). The instance is made
// on the first request, not at import, so `next build` opens no database.
export const GET = (request: Request) => authFor(request.headers, request.url).handler(request);
export const POST = (request: Request) => authFor(request.headers, request.url).handler(request);
