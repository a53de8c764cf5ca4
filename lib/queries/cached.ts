import "server-only";
import { cache } from "react";
import { getDb } from "@/db";
import { getCatalog } from "./catalog";

/** The catalog once per server request, however many components ask for it (layout, page, footer). */
export const getRequestCatalog = cache(() => getCatalog(getDb()));
