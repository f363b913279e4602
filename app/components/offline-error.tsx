// What the error boundary shows when the page failed for want of network (a link followed
// offline, a page never kept on the phone): say so, keep the technician's way back to the pages
// the service worker keeps, instead of the generic error. Links load whole documents, which the
// service worker answers from its cache; a client-side navigation would need the network again.
import { translate, type Locale } from "~/utils/i18n";

/** True when the error comes from a fetch that found no network, or the browser says it is offline. */
export function isNetworkFailure(error: unknown) {
  if (typeof navigator !== "undefined" && navigator.onLine === false) return true;
  return error instanceof TypeError && /fetch|network|load failed/i.test(error.message);
}

export function OfflineError({ locale, technician }: { locale: Locale; technician: boolean }) {
  return (
    <div className="card error-card offline-error">
      <h1>{translate(locale, "offline.errorTitle")}</h1>
      <p>{translate(locale, "offline.errorCopy")}</p>
      <p className="row-actions">
        {technician ? (
          <>
            <a className="button button-large" href="/technicien/aujourdhui">
              {translate(locale, "offline.errorToday")}
            </a>
            <a className="button button-secondary button-large" href="/technicien/temps/nouveau">
              + {translate(locale, "offline.errorEntry")}
            </a>
          </>
        ) : (
          <a className="button" href={typeof window === "undefined" ? "/" : window.location.href}>
            {translate(locale, "offline.errorRetry")}
          </a>
        )}
      </p>
    </div>
  );
}
