import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { AUDIT_OUTCOMES } from "@/db/schema";
import { auditFilterQuery, parseAuditFilters } from "@/lib/auth/audit-filters";
import { AUDIT_PAGE_SIZE, getAuditActions, getAuditPage } from "@/lib/auth/audit-query";
import { requireAdminPage } from "@/lib/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.audit");
  return { title: t("title"), robots: { index: false } };
}

const toParams = (sp: Record<string, string | string[] | undefined>) =>
  new URLSearchParams(Object.entries(sp).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? (v[0] ?? "") : v] as [string, string]])));

/** Shown in China time, as the program works; stored in UTC. */
const shown = (iso: string) => new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = toParams(await searchParams);
  const current = await requireAdminPage(`/admin/audit${params.size ? `?${params}` : ""}`);
  const t = await getTranslations("admin");
  if (!current) return <p className="notice notice--warning" data-testid="admin-forbidden">{t("forbidden")}</p>;
  const { filters, dropped } = parseAuditFilters(params);
  const db = getDb();
  const { rows, total } = getAuditPage(db, filters);
  const actions = getAuditActions(db);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const pageHref = (page: number) => `/admin/audit${auditFilterQuery(filters, page > 1 ? { page: String(page) } : {})}`;

  return (
    <section className="admin-page" aria-labelledby="audit-title">
      <h1 id="audit-title">{t("audit.title")}</h1>
      <p className="admin-page__intro">{t("audit.intro")}</p>
      {dropped.length ? <p className="notice notice--warning">{t("audit.badFilter", { params: dropped.join(", ") })}</p> : null}
      <form className="audit-filters" method="get" action="/admin/audit" data-testid="audit-filters">
        <label className="auth-form__field">
          <span>{t("audit.action")}</span>
          <select name="action" defaultValue={filters.action ?? ""}>
            <option value="">{t("audit.any")}</option>
            {actions.map((a) => (
              <option key={a} value={a}>{a}</option>
            ))}
          </select>
        </label>
        <label className="auth-form__field">
          <span>{t("audit.person")}</span>
          <input name="person" type="search" defaultValue={filters.person ?? ""} maxLength={254} />
        </label>
        <label className="auth-form__field">
          <span>{t("audit.from")}</span>
          <input name="from" type="date" defaultValue={filters.from ?? ""} />
        </label>
        <label className="auth-form__field">
          <span>{t("audit.to")}</span>
          <input name="to" type="date" defaultValue={filters.to ?? ""} />
        </label>
        <label className="auth-form__field">
          <span>{t("audit.outcome")}</span>
          <select name="outcome" defaultValue={filters.outcome ?? ""}>
            <option value="">{t("audit.any")}</option>
            {AUDIT_OUTCOMES.map((o) => (
              <option key={o} value={o}>{t(`audit.outcomes.${o}`)}</option>
            ))}
          </select>
        </label>
        <button className="button" type="submit">{t("audit.apply")}</button>
        <IntentLink href="/admin/audit">{t("audit.reset")}</IntentLink>
        <a className="button button--ghost" href={`/api/admin/audit${auditFilterQuery(filters, { format: "csv" })}`} data-testid="audit-csv" download>
          {t("audit.export")}
        </a>
      </form>
      <p data-testid="audit-count">{t("audit.count", { count: total })}</p>
      {rows.length === 0 ? (
        <p>{t("audit.empty")}</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="data-table admin-table" data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">{t("audit.at")}</th>
                <th scope="col">{t("audit.person")}</th>
                <th scope="col">{t("audit.action")}</th>
                <th scope="col">{t("audit.subject")}</th>
                <th scope="col">{t("audit.outcome")}</th>
                <th scope="col">{t("audit.ip")}</th>
                <th scope="col">{t("audit.detail")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-testid="audit-row" data-action={r.action} data-outcome={r.outcome}>
                  <td><time dateTime={r.at}>{shown(r.at)}</time></td>
                  <td>{r.actorEmail ?? t("audit.anonymous")}</td>
                  <td>{r.action}</td>
                  <td>{r.subject ?? ""}</td>
                  <td>{t(`audit.outcomes.${r.outcome}`)}</td>
                  <td>{r.ip ?? ""}</td>
                  <td className="audit-detail">{r.detail ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav className="pager" aria-label={t("audit.page", { page: filters.page, pages })}>
          {filters.page > 1 ? <IntentLink href={pageHref(filters.page - 1)}>{t("audit.previous")}</IntentLink> : null}
          <span>{t("audit.page", { page: filters.page, pages })}</span>
          {filters.page < pages ? <IntentLink href={pageHref(filters.page + 1)}>{t("audit.next")}</IntentLink> : null}
        </nav>
      ) : null}
    </section>
  );
}
