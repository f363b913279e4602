import { getFormProps, useForm } from "@conform-to/react";
import { parseForm } from "~/utils/forms/parse-form";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/ui/back-link";
import { ErrorList, TextareaField } from "~/components/ui/field";
import { StateBadge } from "~/components/lifecycle-state";
import { SignatureField } from "~/components/technician/signature-field";
import { useTranslation } from "~/components/use-translation";
import { ReportSchema } from "~/domain/reports/report.schema";
import { reportPageData, saveReport } from "~/domain/reports/reports.server";
import { DomainError } from "~/domain/domain-error";
import { refusalText } from "~/utils/domain-error.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatLocalDate } from "~/utils/format-instants";
import { intlLocaleOf, translate } from "~/utils/i18n";
import { can } from "~/utils/permissions";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/forms/read-form.server";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("lifecycle", "reports", "technician");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.interventionReport")];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "schedule:read");
  return {
    canEdit: can(user.role, "time:log"),
    timeZone: user.timeZone,
    ...(await reportPageData(user, params.interventionId!)),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "time:log");
  const page = await reportPageData(user, params.interventionId!); // 404 before reading the form
  const submission = parseForm(await readForm(request), { schema: ReportSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  try {
    const { signed, closed } = await saveReport(user, page.intervention.id, submission.value);
    const message = translate(
      user.locale,
      signed ? "reports.signedDone" : closed ? "lifecycle.close.done" : "reports.saved",
    );
    return redirectWithToast(`/technicien/interventions/${page.intervention.id}/fiche`, { type: "success", message });
  } catch (error) {
    if (error instanceof DomainError)
      return data(submission.reply({ formErrors: [refusalText(error, user).error] }), { status: error.status });
    throw error;
  }
}

export default function ReportPage() {
  const { canEdit, intervention, report, entries, explanation, fingerprint, timeZone } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const [form, fields] = useForm({
    lastResult,
    defaultValue: {
      workDone: report?.workDone ?? "",
      remainingWork: report?.remainingWork ?? "",
      equipment: report?.equipment ?? "",
    },
    onValidate: ({ formData }) => parseForm(formData, { schema: ReportSchema }),
    shouldValidate: "onSubmit",
  });
  const signed = Boolean(report?.signedAt);
  const pdfHref = `/technicien/interventions/${intervention.id}/fiche.pdf`;
  return (
    <div className="phone-page">
      <BackLink to="/technicien/aujourdhui">{t("today.title")}</BackLink>
      <h1>{t("reports.title")}</h1>
      <p>
        <strong>{intervention.title}</strong>
        {intervention.memberName ? ` — ${intervention.memberName}` : ""}
        <br />
        {formatLocalDate(new Date(`${intervention.localDate}T12:00:00Z`), locale)}
        <br />
        <StateBadge state={intervention.state} />
      </p>
      <section aria-labelledby="entries-heading" className="card">
        <h2 id="entries-heading">{t("lifecycle.entries")}</h2>
        {entries.length ? (
          <ul className="entry-lines">
            {entries.map((entry, index) => (
              <li key={index}>
                {entry.dateText} · {entry.kindText}{" "}
                {entry.startText !== "—" ? `${entry.startText}–${entry.endText}` : ""} · {entry.rawText} →{" "}
                {entry.accountedText}
              </li>
            ))}
          </ul>
        ) : null}
        <p>
          <strong>{t("lifecycle.explained")} :</strong> {explanation || "—"}
        </p>
      </section>
      {signed && report ? (
        <>
          <p className="toast toast-success">
            {t("reports.signedOn", {
              name: report.signerName ?? "",
              date: new Intl.DateTimeFormat(intlLocaleOf(locale), {
                dateStyle: "long",
                timeStyle: "short",
                timeZone,
              }).format(new Date(report.signedAt!)),
            })}
          </p>
          <dl className="card report-read">
            <dt>{t("reports.workDone")}</dt>
            <dd className="preserve-lines">{report.workDone}</dd>
            <dt>{t("reports.remainingWork")}</dt>
            <dd className="preserve-lines">{report.remainingWork || "—"}</dd>
            <dt>{t("reports.equipment")}</dt>
            <dd className="preserve-lines">{report.equipment || "—"}</dd>
          </dl>
          {fingerprint ? <p className="muted">{t("lifecycle.signedHash", { hash: fingerprint })}</p> : null}
        </>
      ) : canEdit ? (
        <Form method="post" className="card stack" {...getFormProps(form)}>
          <ErrorList id={form.errorId} errors={form.errors} />
          {(["workDone", "remainingWork", "equipment"] as const).map((name) => (
            <TextareaField
              key={name}
              field={fields[name]}
              label={t(`reports.${name}`)}
              textareaProps={{ rows: name === "workDone" ? 5 : 3 }}
            />
          ))}
          <button type="submit" name="intent" value="save" className="button button-secondary button-large">
            {t("reports.save")}
          </button>
          {intervention.state === "IN_PROGRESS" ? (
            <button type="submit" name="intent" value="close" className="button button-primary button-large">
              {t("lifecycle.close.submit")}
            </button>
          ) : null}
          {intervention.state === "PLANNED" ? <p className="muted">{t("lifecycle.close.needsTime")}</p> : null}
          {intervention.state === "DONE" ? (
            <>
              <noscript>
                <p className="muted">{t("reports.noJs")}</p>
              </noscript>
              <SignatureField
                errors={fields.signature.errors}
                signerErrors={fields.signerName.errors}
                defaultSigner={report?.signerName ?? ""}
              />
            </>
          ) : (
            <p className="muted">{t("lifecycle.sign.hint")}</p>
          )}
        </Form>
      ) : (
        <p className="muted">{t("reports.readOnly")}</p>
      )}
      {report ? (
        <p>
          <a className="button button-secondary button-large" href={pdfHref} download>
            ⬇ {t("reports.download")}
          </a>
        </p>
      ) : null}
    </div>
  );
}
