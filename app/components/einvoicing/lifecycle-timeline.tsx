// The e-invoicing lifecycle of an issued document: a dated timeline for the treasurer, a one-line status
// for the member. Labels are a Record that tsc checks against the known CDAR codes.
import { useTranslation } from "~/components/use-translation";
import type { LifecycleView } from "~/domain/einvoicing/invoice-lifecycle.server";
import { isLifecycleCode, isRejection, type LifecycleCode } from "~/domain/einvoicing/lifecycle-status";
import { formatCents } from "~/utils/format-amounts";
import { intlLocaleOf, type MessageKey } from "~/utils/i18n";

const LABELS: Record<LifecycleCode, MessageKey> = {
  "200": "einvoicing.status.200",
  "201": "einvoicing.status.201",
  "202": "einvoicing.status.202",
  "203": "einvoicing.status.203",
  "204": "einvoicing.status.204",
  "205": "einvoicing.status.205",
  "206": "einvoicing.status.206",
  "207": "einvoicing.status.207",
  "208": "einvoicing.status.208",
  "209": "einvoicing.status.209",
  "210": "einvoicing.status.210",
  "211": "einvoicing.status.211",
  "212": "einvoicing.status.212",
  "213": "einvoicing.status.213",
  "214": "einvoicing.status.214",
  "501": "einvoicing.status.501",
};

export function useStatusLabel() {
  const { t } = useTranslation();
  return (code: string) => (isLifecycleCode(code) ? t(LABELS[code]) : t("einvoicing.status.unknown", { code }));
}

function toneOf(code: string) {
  if (isRejection(code)) return "badge invoice-badge-overdue";
  if (code === "212" || code === "205") return "badge badge-ok";
  return "badge";
}

export function LifecycleTimeline({ lifecycle, timeZone }: { lifecycle: LifecycleView; timeZone: string }) {
  const { t, locale } = useTranslation();
  const label = useStatusLabel();
  const when = new Intl.DateTimeFormat(intlLocaleOf(locale), {
    dateStyle: "long",
    timeStyle: "short",
    timeZone,
  });
  return (
    <section className="card" aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading">{t("einvoicing.lifecycle.title")}</h2>
      {lifecycle.channel ? <p className="muted">{t(`einvoicing.lifecycle.channel.${lifecycle.channel}`)}</p> : null}
      {lifecycle.current ? (
        <p>
          {t("einvoicing.lifecycle.current")} :{" "}
          <span className={toneOf(lifecycle.current)}>{label(lifecycle.current)}</span>
        </p>
      ) : (
        <p>{t("einvoicing.lifecycle.waiting")}</p>
      )}
      {lifecycle.events.length > 0 ? (
        <ol className="lifecycle-timeline">
          {lifecycle.events.map((event) => (
            <li key={event.id}>
              <time dateTime={event.occurredAt}>{when.format(new Date(event.occurredAt))}</time>{" "}
              <strong>{label(event.code)}</strong>
              {event.reasonText || event.reasonCode ? (
                <span className="lifecycle-reason">
                  {t("einvoicing.lifecycle.reason", { reason: event.reasonText || event.reasonCode })}
                </span>
              ) : null}
              {event.amountCents !== null ? (
                <span className="lifecycle-reason">
                  {t("einvoicing.lifecycle.amount", { amount: formatCents(event.amountCents, locale) })}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

/** The member's one line: where their invoice stands on the e-invoicing network. */
export function LifecycleStatusLine({ current }: { current: string | null }) {
  const { t } = useTranslation();
  const label = useStatusLabel();
  if (!current) return null;
  return <p>{t("einvoicing.lifecycle.memberStatus", { status: label(current) })}</p>;
}
