// The timer on the Today page, with or without network. Online, the start and stop buttons post
// to the server as before. Offline, the taps are recorded on the phone (offline-queue.client.ts)
// and the page shows the timer from there, ticking, until the sync sends the instants.
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "~/components/use-translation";
import { formatLocalTime } from "~/utils/format-instants";
import type { QueuedTimer } from "./offline-queue.client";

const loadQueue = () => import("./offline-queue.client");

export type RunningTimer = {
  clientId: string;
  interventionId: string | null;
  title: string;
  startedAt: string;
  onPhone: boolean;
};

/** "1:05:09" from a number of seconds: what a stopwatch shows. */
export function stopwatchText(totalSeconds: number) {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return `${hours}:${String(minutes).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}

/** Elapsed time since `since`, ticking every second once the page runs (the server renders nothing to tick). */
export function TimerCounter({ since }: { since: string }) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  if (now === null) return null;
  // role="timer" is not announced on every tick, unlike a live region.
  return (
    <span className="timer-counter" role="timer" data-testid="timer-counter">
      {stopwatchText((now - new Date(since).getTime()) / 1000)}
    </span>
  );
}

/** The timers kept on this phone, kept up to date as the queue changes. */
export function useQueuedTimers() {
  const [timers, setTimers] = useState<QueuedTimer[]>([]);
  const refresh = useCallback(async () => setTimers(await (await loadQueue()).listTimers()), []);
  useEffect(() => {
    let changed: () => void = () => undefined;
    void loadQueue().then((queue) => {
      changed = () => void refresh();
      window.addEventListener(queue.QUEUE_CHANGED, changed);
      void refresh();
    });
    return () => window.removeEventListener("quote-part:queue-changed", changed);
  }, [refresh]);
  return timers;
}

type ServerRunning = {
  clientId: string;
  interventionId: string | null;
  startedAt: string | Date | null;
  intervention: { title: string; member: { name: string } | null } | null;
} | null;

/** The timer that runs now: one started on the phone, else the server's unless it was stopped on the phone. */
export function runningTimerOf(server: ServerRunning, onPhone: QueuedTimer[]): RunningTimer | null {
  const local = onPhone.find((timer) => timer.endedAt === null && timer.status === "pending");
  if (local)
    return {
      clientId: local.clientId,
      interventionId: local.interventionId,
      title: local.title,
      startedAt: local.startedAt,
      onPhone: true,
    };
  if (!server?.startedAt || onPhone.some((timer) => timer.clientId === server.clientId)) return null;
  const title = [server.intervention?.title, server.intervention?.member?.name].filter(Boolean).join(" — ");
  return {
    clientId: server.clientId,
    interventionId: server.interventionId,
    title,
    startedAt: new Date(server.startedAt).toISOString(),
    onPhone: false,
  };
}

type TapNotice = { kind: "info" | "error"; text: string; clientId?: string };

/** The taps while offline; each says what happened, in the page's status line. */
export function useOfflineTaps(running: RunningTimer | null, onPhone: QueuedTimer[]) {
  const { t, locale } = useTranslation();
  const [notice, setNotice] = useState<TapNotice | null>(null);
  // "…kept on this phone, sent when the network returns" is untrue once the timer has left the
  // phone's queue (sent, or discarded by the server): the queue's own notice then says what happened.
  // Seen first, then gone: the queue's list may catch up with the tap a moment after the notice.
  const seenInQueue = useRef<string | null>(null);
  useEffect(() => {
    const clientId = notice?.clientId;
    if (!clientId) return;
    if (onPhone.some((timer) => timer.clientId === clientId)) seenInQueue.current = clientId;
    else if (seenInQueue.current === clientId) setNotice(null);
  }, [notice, onPhone]);
  const start = async (interventionId: string, title: string) => {
    if (running) {
      setNotice({ kind: "error", text: t("today.offline.alreadyRunning", { title: running.title }) });
      return;
    }
    await (await loadQueue()).tapStart(interventionId, title);
    setNotice({ kind: "info", text: t("today.offline.started") });
  };
  const stop = async (timeZone: string) => {
    if (!running) return;
    const stopped = await (
      await loadQueue()
    ).tapStop({
      clientId: running.clientId,
      interventionId: running.interventionId ?? "",
      title: running.title,
      startedAt: running.startedAt,
    });
    const at = new Date(stopped.endedAt!);
    setNotice({
      kind: "info",
      clientId: stopped.clientId,
      text: t("today.offline.stopped", {
        time: formatLocalTime(at, locale, timeZone),
        duration: stopwatchText((at.getTime() - new Date(running.startedAt).getTime()) / 1000),
      }),
    });
  };
  return { notice, start, stop };
}
