import { parseForm } from "~/utils/forms/parse-form";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { EntryForm } from "~/components/technician/entry-form";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { entryForEdit, entryFormOptions } from "~/domain/time/technician-views.server";
import { mondayOf } from "~/domain/time/work-day";
import { deleteTimeEntry, updateTimeEntry } from "~/domain/time/time-entries.server";
import { DomainError } from "~/domain/domain-error";
import { refusalText } from "~/utils/domain-error.server";
import { TimeEntrySchema } from "~/domain/time/time-entry.schema";
import { requireUserWithPermission } from "~/utils/auth.server";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { formatMinutes } from "~/utils/format-durations";
import { readForm } from "~/utils/forms/read-form.server";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("time", "time-entries");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.editTimeEntry")];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "time:log");
  const entry = await entryForEdit(user, params.entryId!);
  return { entry, options: await entryFormOptions(user, entry.values.date, entry.values.interventionId) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "time:log");
  const existing = await entryForEdit(user, params.entryId!); // 404 before reading anything else
  const formData = await readForm(request);
  const refused = (error: unknown) => {
    if (error instanceof DomainError)
      return data(
        { status: "error" as const, error: { "": [refusalText(error, user).error] } },
        { status: error.status },
      );
    throw error;
  };
  if (formData.get("intent") === "delete") {
    try {
      await deleteTimeEntry(user, existing.id);
    } catch (error) {
      return refused(error);
    }
    return redirectWithToast(`/technicien/temps?semaine=${mondayOf(existing.values.date)}`, {
      type: "success",
      message: translate(user.locale, "time.deleted"),
    });
  }
  const submission = parseForm(formData, { schema: TimeEntrySchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  try {
    const entry = await updateTimeEntry(user, existing.id, submission.value);
    const message = translate(user.locale, "time.updated", {
      raw: formatMinutes(entry.rawMinutes),
      accounted: formatMinutes(entry.accountedMinutes),
    });
    return redirectWithToast(`/technicien/temps?semaine=${mondayOf(submission.value.date)}`, {
      type: "success",
      message,
    });
  } catch (error) {
    return refused(error);
  }
}

export default function EditEntryPage() {
  const { entry, options } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const frozen = entry.lockedPeriod !== null || entry.running;
  return (
    <div className="phone-page">
      <BackLink to={`/technicien/temps?semaine=${mondayOf(entry.values.date)}`}>{t("time.week.title")}</BackLink>
      <h1>{t("time.edit.title")}</h1>
      <p className="stat-row">
        {t("time.raw")} : <strong>{formatMinutes(entry.rawMinutes)}</strong> · {t("time.accounted")} :{" "}
        <strong>{formatMinutes(entry.accountedMinutes)}</strong>
      </p>
      {entry.lockedPeriod ? (
        <p className="toast toast-info">{t("time.form.locked", { period: entry.lockedPeriod })}</p>
      ) : null}
      {entry.running ? <p className="toast toast-info">{t("time.form.runningEntry")}</p> : null}
      {frozen ? null : (
        <>
          <div className="card">
            <EntryForm
              defaultValue={entry.values}
              options={options}
              lastResult={lastResult}
              submitLabel={t("time.form.submit")}
            />
          </div>
          <Form method="post" className="danger-zone">
            <input type="hidden" name="intent" value="delete" />
            <button type="submit" className="button button-danger">
              {t("time.form.delete")}
            </button>
          </Form>
        </>
      )}
    </div>
  );
}
