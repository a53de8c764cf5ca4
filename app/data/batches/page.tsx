import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { BatchAction } from "@/components/import/batch-actions";
import { getDb } from "@/db";
import { getCurrentPerson } from "@/lib/auth/guard";
import { signInHref } from "@/lib/auth/next-path";
import { batchesWithTargets, listBatches } from "@/lib/import/server/batches";
import { demoIsOff } from "@/lib/import/server/undo";
import "../data.css";
import { PageMessages } from "@/components/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("batches");
  return { title: t("title"), robots: { index: false } };
}

/** Every batch and its state; undo for those allowed (the server checks again); the demonstration switch. */
export default async function BatchesPage() {
  const person = await getCurrentPerson();
  if (!person) redirect(signInHref("/data/batches"));
  const t = await getTranslations("batches");
  const locale = await getLocale();
  const db = getDb();
  const batches = listBatches(db);
  const withTargets = batchesWithTargets(db, batches.map((b) => b.id));
  const demoOff = demoIsOff(db);
  const admin = person.role === "admin";
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  return (
    <PageMessages name="batches">
    <section className="data-card" aria-labelledby="batches-title">
      <h1 id="batches-title">{t("title")}</h1>
      <p>{t("intro")}</p>
      <div className="data-actions">
        <span data-testid="demo-state">{demoOff ? t("demoOff") : t("demoOn")}</span>
        {admin && !demoOff ? <BatchAction url="/api/demo" label={t("demoSwitchOff")} confirm={t("demoSwitchOff")} testId="demo-off" /> : null}
        {admin && demoOff ? <BatchAction url={`/api/batches/${demoOff}/undo`} label={t("demoSwitchOn")} confirm={t("demoSwitchOn")} testId="demo-on" /> : null}
        <IntentLink href="/data/import">{(await getTranslations("importPage"))("title")}</IntentLink>
      </div>
      {batches.length === 0 ? <p>{t("empty")}</p> : (
        <div className="data-table__scroll">
          <table className="data-table" data-testid="batches-table">
            <thead>
              <tr><th>{t("id")}</th><th>{t("when")}</th><th>{t("who")}</th><th>{t("kind")}</th><th>{t("file")}</th><th className="num">{t("counts")}</th><th className="num">{t("retired")}</th><th>{t("state")}</th><th /></tr>
            </thead>
            <tbody>
              {batches.map((b) => {
                const mayUndo = b.state === "applied" && b.kind !== "revert" && (admin || (b.kind !== "demo-off" && b.actorId === person.id));
                return (
                  <tr key={b.id} data-testid={`batch-${b.id}`} data-state={b.state} data-kind={b.kind} data-targets={withTargets.has(b.id) ? "yes" : undefined}>
                    <td>{b.id}</td>
                    <td>{when.format(new Date(b.createdAt))}</td>
                    <td>{b.actorEmail}</td>
                    <td>{t(`kinds.${b.kind}`)}{withTargets.has(b.id) ? ` · ${t("withTargets")}` : ""}{b.revertOf ? ` · ${t("revertOf", { batch: b.revertOf })}` : ""}</td>
                    <td title={b.sha256 ?? undefined}>{b.fileName}</td>
                    <td className="num">{b.inserted} / {b.updated} / {b.deleted} / {b.unchanged} / {b.refused}</td>
                    <td className="num">{b.retired}</td>
                    <td>{b.state === "reverted" ? t("undone", { batch: b.revertedBy ?? "" }) : t("applied")}</td>
                    <td>{mayUndo ? <BatchAction url={`/api/batches/${b.id}/undo`} label={t("undo")} confirm={t("confirmUndo", { batch: b.id })} testId={`undo-${b.id}`} /> : null}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
    </PageMessages>
  );
}
