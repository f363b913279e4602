import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { AppShell } from "~/components/app-shell";
import { navigationFor } from "~/components/navigation";
import { RouteErrorCard } from "~/components/route-error-card";
// The styles, by area, each under 300 lines. Imported for their side effect, so the build bundles them
// into one stylesheet in this order (the cascade follows it) and <Links /> links it.
import "~/styles/base.css";
import "~/styles/layout.css";
import "~/styles/polish.css";
import "~/styles/members-settings.css";
import "~/styles/ledger-scheduling.css";
import "~/styles/technician.css";
import "~/styles/invoicing-payments.css";
import { getCurrentUser } from "~/utils/auth.server";
import type { Locale } from "~/utils/i18n";
import { visitorLocale } from "~/utils/locale.server";
import { takeToast } from "~/utils/toast.server";
import { useNonce } from "~/utils/nonce";
import { isNetworkFailure, OfflineError } from "~/components/offline-error";
import { config } from "~/utils/config.server";
import { loadMessages, messagesLocale } from "~/utils/messages/load-messages";
import { useEffect } from "react";

await loadMessages("core");

export const links: LinksFunction = () => [{ rel: "icon", href: "/favicon.svg", type: "image/svg+xml" }];

export const meta: MetaFunction = () => [{ title: "Quote-part" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request);
  const locale: Locale = user ? user.locale : await visitorLocale(request);
  const { toast, setCookie } = await takeToast(request);
  return data(
    {
      locale,
      toast,
      // One-time key for forms that create something (components/submission-key-field.tsx).
      submissionKey: crypto.randomUUID(),
      user: user && { name: user.name, role: user.role, associationName: user.associationName },
      navigation: user
        ? navigationFor(user.role, { localMailbox: !config().SMTP_URL, isMemberAdmin: user.isMemberAdmin })
        : [],
    },
    { headers: setCookie ? { "Set-Cookie": setCookie } : {} },
  );
}

export function Layout({ children }: { children: React.ReactNode }) {
  const rootData = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  const locale = rootData?.locale;
  useEffect(() => {
    // The browser holds the texts of one language, the one the page loaded in (ADR 023). Should the
    // user's change without a full page load (a session that ends, say), load the page again in it.
    if (locale && locale !== messagesLocale()) window.location.reload();
  }, [locale]);
  return (
    <html lang={rootData?.locale ?? "fr"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const { toast } = useLoaderData<typeof loader>();
  return (
    <AppShell>
      {toast ? (
        <p role="status" className={`toast toast-${toast.type}`}>
          {toast.message}
        </p>
      ) : null}
      <Outlet />
    </AppShell>
  );
}

/**
 * Every route's errors land here, inside the same shell as the page: the header and the menu stay
 * (the root loader ran unless it is what failed), and the text is in the user's language.
 */
export function ErrorBoundary() {
  const error = useRouteError();
  const rootData = useRouteLoaderData<typeof loader>("root");
  const locale = rootData?.locale ?? "fr";
  if (!isRouteErrorResponse(error) && isNetworkFailure(error)) {
    return (
      <AppShell>
        <OfflineError locale={locale} technician={rootData?.user?.role === "technician"} />
      </AppShell>
    );
  }
  return (
    <AppShell>
      <RouteErrorCard error={error} locale={locale} />
    </AppShell>
  );
}
