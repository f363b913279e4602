// The technician's offline safety net, shown on the phone pages: registers the service worker,
// lists entries waiting on this phone (pending or refused, with the reason) and sends them when
// the network returns. Its IndexedDB code loads lazily, so pages without JS lose nothing.
import { Link, useRevalidator } from "@remix-run/react";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "~/components/use-translation";
import type { MessageKey } from "~/utils/i18n";
import { formatLocalDate, formatLocalTime } from "~/utils/format-instants";
import type { Locale } from "~/utils/i18n";
import type { QueuedEntry, QueuedTimer } from "./offline-queue.client";
import { TIME_ENTRY_KINDS } from "~/domain/time/accounted-minutes";

const loadQueue = () => import("./offline-queue.client");

export function useOnline() {
  const [online, setOnline] = useState(true);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return online;
}

function describe(entry: QueuedEntry, t: (key: MessageKey) => string, locale: Locale) {
  const { date, mode, startTime, endTime, durationHours, durationMinutes, kind, notes } = entry.fields;
  const when = mode === "duration" ? `${durationHours || 0} h ${durationMinutes || "00"}` : `${startTime}–${endTime}`;
  const knownKind = TIME_ENTRY_KINDS.find((candidate) => candidate === kind);
  const kindLabel = knownKind ? t(`time.kind.${knownKind}`) : kind;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date ?? "") ? formatLocalDate(new Date(`${date}T12:00:00Z`), locale) : date;
  return [day, when, kindLabel, notes].filter(Boolean).join(" · ");
}

/** Whether a queued entry or timer still waits to be sent, or was refused. */
function QueueStatusBadge({ status }: { status: QueuedEntry["status"] }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${status === "pending" ? "badge-warn" : "badge-danger"}`}>
      {t(status === "pending" ? "offline.pending" : "offline.rejected")}
    </span>
  );
}

/** Drops a queued entry or timer for good, once the technician confirmed. */
function DiscardButton({ discard }: { discard: (queue: Awaited<ReturnType<typeof loadQueue>>) => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button-danger"
      onClick={() => {
        if (window.confirm(t("offline.discardConfirm"))) void loadQueue().then(discard);
      }}
    >
      {t("offline.discard")}
    </button>
  );
}

export function OfflineQueue() {
  const { t, locale } = useTranslation();
  const online = useOnline();
  const revalidator = useRevalidator();
  const [entries, setEntries] = useState<QueuedEntry[]>([]);
  const [timers, setTimers] = useState<QueuedTimer[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [offlineReady, setOfflineReady] = useState(false);

  const refresh = useCallback(async () => {
    const queue = await loadQueue();
    setEntries(await queue.listQueued());
    // A timer still running on the phone shows on its own card; the list holds what waits to be sent.
    setTimers((await queue.listTimers()).filter((timer) => timer.endedAt !== null || timer.status === "rejected"));
  }, []);
  const sync = useCallback(async () => {
    const queue = await loadQueue();
    try {
      const { sent, discarded } = await queue.syncQueued();
      if (sent > 0 || discarded > 0) {
        const said = [
          sent > 0 ? t("offline.synced", { count: sent }) : "",
          discarded > 0 ? t("time.timerDiscarded") : "",
        ];
        setNotice(said.filter(Boolean).join(" "));
        revalidator.revalidate();
      }
    } catch {
      // Still offline in practice: the entries stay queued for the next "online" event.
    }
    await refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the revalidator changes identity on every render
  }, [refresh, t]);

  useEffect(() => {
    if ("serviceWorker" in navigator) {
      navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
      // Said once the pages are really kept: the worker is active and the entry form is in its cache.
      void navigator.serviceWorker.ready
        .then(() => caches.match("/technicien/temps/nouveau"))
        .then((cached) => setOfflineReady(Boolean(cached)))
        .catch(() => undefined);
    }
    let changed: () => void = () => undefined;
    void loadQueue().then((queue) => {
      // A tap or an entry kept on the phone while the network is there leaves at once.
      changed = () => void (navigator.onLine ? sync() : refresh());
      window.addEventListener(queue.QUEUE_CHANGED, changed);
      void sync();
    });
    const onOnline = () => void sync();
    window.addEventListener("online", onOnline);
    return () => {
      window.removeEventListener("online", onOnline);
      window.removeEventListener("quote-part:queue-changed", changed);
    };
  }, [refresh, sync]);

  const timeOf = (iso: string) => formatLocalTime(new Date(iso), locale);
  return (
    <>
      {offlineReady ? (
        <p className="muted offline-ready" data-testid="offline-ready">
          ✓ {t("offline.ready")}
        </p>
      ) : null}
      {online ? null : (
        <p className="toast toast-info" role="status">
          {t("offline.banner")}
        </p>
      )}
      {notice ? (
        <p className="toast toast-success" role="status">
          {notice}
        </p>
      ) : null}
      {entries.length + timers.length > 0 ? (
        <section className="card offline-queue" aria-labelledby="offline-queue-title">
          <h2 id="offline-queue-title">{t("offline.queueTitle")}</h2>
          <ul className="list">
            {entries.map((entry) => (
              <li key={entry.clientId} data-client-id={entry.clientId}>
                <QueueStatusBadge status={entry.status} /> {describe(entry, t, locale)}
                {entry.message ? <p className="field-error">{entry.message}</p> : null}
                <div className="row-actions">
                  <Link className="button button-secondary" to={`/technicien/temps/nouveau?file=${entry.clientId}`}>
                    {t("offline.fix")}
                  </Link>
                  {entry.status === "pending" && online ? (
                    <button type="button" className="button button-secondary" onClick={() => void sync()}>
                      {t("offline.retry")}
                    </button>
                  ) : null}
                  <DiscardButton discard={(queue) => queue.discardQueued(entry.clientId)} />
                </div>
              </li>
            ))}
            {timers.map((timer) => (
              <li key={timer.clientId} data-client-id={timer.clientId}>
                <QueueStatusBadge status={timer.status} /> {t("offline.timer", { title: timer.title })} ·{" "}
                {timeOf(timer.startedAt)}–{timer.endedAt ? timeOf(timer.endedAt) : "…"}
                {timer.message ? <p className="field-error">{timer.message}</p> : null}
                {timer.status === "rejected" ? (
                  <div className="row-actions">
                    <DiscardButton discard={(queue) => queue.discardTimer(timer.clientId)} />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
