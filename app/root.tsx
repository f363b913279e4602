import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { navigationFor } from "~/components/navigation";
import { useTranslation } from "~/components/use-translation";
import stylesUrl from "~/styles/app.css?url";
import { getCurrentUser } from "~/utils/auth.server";
import { translate, type Locale } from "~/utils/i18n";
import { visitorLocale } from "~/utils/locale.server";
import { takeToast } from "~/utils/toast.server";
import { useNonce } from "~/utils/nonce";
import { isNetworkFailure, OfflineError } from "~/components/offline-error";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesUrl },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

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
      navigation: user ? navigationFor(user.role, { localMailbox: !process.env.SMTP_URL, isMemberAdmin: user.isMemberAdmin }) : [],
    },
    { headers: setCookie ? { "Set-Cookie": setCookie } : {} },
  );
}

export function Layout({ children }: { children: React.ReactNode }) {
  const rootData = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
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
  const { user, navigation, toast } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#contenu">
        {t("nav.skip")}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <div className="site-identity">
            <Link to="/" className="brand">
              <span className="brand-mark" aria-hidden="true">
                ◐
              </span>
              {t("app.name")}
            </Link>
            {user ? (
              <span className="header-context">
                {user.associationName} · {t(`role.${user.role}`)}
              </span>
            ) : null}
          </div>
          {/* In the header, not at the end of the menu: on a phone the menu scrolls sideways and would hide it. */}
          {user ? (
            <Form method="post" action="/deconnexion" className="header-logout">
              <button type="submit" className="header-button">
                {t("nav.logout")}
              </button>
            </Form>
          ) : null}
        </div>
      </header>
      {user ? (
        <nav className="main-nav" aria-label={t("nav.menu")}>
          <ul>
            {navigation.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <main id="contenu" className="page">
        {toast ? (
          <p role="status" className={`toast toast-${toast.type}`}>
            {toast.message}
          </p>
        ) : null}
        <Outlet />
      </main>
    </>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const rootData = useRouteLoaderData<typeof loader>("root");
  const locale = rootData?.locale ?? "fr";
  if (!isRouteErrorResponse(error) && isNetworkFailure(error)) return <OfflineError locale={locale} technician={rootData?.user?.role === "technician"} />;
  let title = translate(locale, "errors.generic");
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) title = translate(locale, "errors.notFound");
    else if (error.status === 403) title = translate(locale, "errors.forbidden");
    else if (typeof error.data === "string" && error.status < 500) title = error.data;
  }
  return (
    <main id="contenu" className="page">
      <div className="card error-card">
        <h1>{title}</h1>
        <p>
          <Link to="/">{translate(locale, "nav.home")}</Link>
        </p>
      </div>
    </main>
  );
}
