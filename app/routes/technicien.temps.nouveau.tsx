import { parseForm } from "~/utils/forms/parse-form";
import {
  data,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData, useNavigate, useSearchParams } from "@remix-run/react";
import { BackLink } from "~/components/ui/back-link";
import { useEffect, useState } from "react";
import { newClientId } from "~/components/technician/client-id";
import { EntryForm, type EntryFormValues } from "~/components/technician/entry-form";
import { OfflineQueue } from "~/components/technician/offline-queue";
import { useTranslation } from "~/components/use-translation";
import { entryFormOptions } from "~/domain/time/technician-views.server";
import { mondayOf } from "~/domain/time/work-day";
import { createTimeEntry } from "~/domain/time/time-entries.server";
import { DomainError } from "~/domain/domain-error";
import { refusalText } from "~/utils/domain-error.server";
import { TimeEntrySchema } from "~/domain/time/time-entry.schema";
import { requireUserWithPermission } from "~/utils/auth.server";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { formatMinutes } from "~/utils/format-durations";
import { readForm } from "~/utils/forms/read-form.server";
import { todayIn } from "~/domain/calendar/today";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("technician", "time", "time-entries");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.newTimeEntry")];
export const links: LinksFunction = () => [{ rel: "manifest", href: "/manifest.webmanifest" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "time:log");
  const today = todayIn(user);
  const interventionId = new URL(request.url).searchParams.get("intervention") ?? "";
  const options = await entryFormOptions(user, today);
  const known = options.interventions.some((intervention) => intervention.id === interventionId);
  return {
    options,
    defaults: {
      clientId: crypto.randomUUID(),
      date: today,
      mode: "times",
      kind: "ON_SITE",
      interventionId: known ? interventionId : "",
      memberId: "",
      notes: "",
      startTime: "",
      endTime: "",
      durationHours: "",
      durationMinutes: "",
    },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "time:log");
  const formData = await readForm(request);
  const submission = parseForm(formData, { schema: TimeEntrySchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  try {
    const { entry, duplicate } = await createTimeEntry(user, submission.value);
    const message = duplicate
      ? translate(user.locale, "time.duplicate")
      : translate(user.locale, "time.created", {
          raw: formatMinutes(entry.rawMinutes),
          accounted: formatMinutes(entry.accountedMinutes),
        });
    return redirectWithToast(`/technicien/temps?semaine=${mondayOf(submission.value.date)}`, {
      type: duplicate ? "info" : "success",
      message,
    });
  } catch (error) {
    if (error instanceof DomainError)
      return data(submission.reply({ formErrors: [refusalText(error, user).error] }), { status: error.status });
    throw error;
  }
}

export default function NewEntryPage() {
  const { options, defaults } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const fixing = searchParams.get("file");
  const [values, setValues] = useState<EntryFormValues>(defaults);
  const [queuedNotice, setQueuedNotice] = useState(false);

  useEffect(() => {
    // The page may come from the service worker's cache: never reuse the id baked into it.
    if (!fixing) {
      setValues((current) => ({ ...current, clientId: newClientId() }));
      return;
    }
    void import("~/components/technician/offline-queue.client").then(async (queue) => {
      const queued = await queue.getQueued(fixing);
      if (queued) setValues({ ...defaults, ...queued.fields });
    });
  }, [fixing, defaults]);

  const onQueue = (fields: EntryFormValues) => {
    void import("~/components/technician/offline-queue.client").then(async (queue) => {
      await queue.queueEntry(fields);
      if (navigator.onLine) void queue.syncQueued();
      setQueuedNotice(!navigator.onLine);
      if (fixing) navigate("/technicien/temps/nouveau", { replace: true });
      else setValues({ ...defaults, date: fields.date, kind: fields.kind, clientId: newClientId() });
    });
  };

  return (
    <div className="phone-page">
      <BackLink to="/technicien/temps">{t("time.week.title")}</BackLink>
      <h1>{t("time.new.title")}</h1>
      <OfflineQueue />
      {queuedNotice ? (
        <p className="toast toast-info" role="status">
          {t("offline.queued")}
        </p>
      ) : null}
      <div className="card">
        <EntryForm
          key={values.clientId}
          defaultValue={values}
          options={options}
          lastResult={lastResult}
          submitLabel={t("time.form.submit")}
          onQueue={onQueue}
          alwaysQueue={Boolean(fixing)}
        />
      </div>
    </div>
  );
}
