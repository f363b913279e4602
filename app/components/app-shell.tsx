// The frame of every page: skip link, header (brand, association, role, logout) and the role's
// menu, around the page's own content. The app and its error boundary both render it, so a 403, a
// 404 or a crash keeps the header and the navigation (issue 13), in the user's language.
import { Form, Link, NavLink, useRouteLoaderData } from "@remix-run/react";
import type { NavItem } from "~/components/navigation";
import { useTranslation } from "~/components/use-translation";
import type { RoleName } from "~/utils/permissions";

/** What the root loader gives the shell; absent when the root loader itself failed. */
export interface ShellData {
  user: { name: string; role: RoleName; associationName: string } | null;
  navigation: NavItem[];
}

export function AppShell({ children }: { children: React.ReactNode }) {
  const shell = useRouteLoaderData<ShellData>("root");
  const user = shell?.user ?? null;
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
            {(shell?.navigation ?? []).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.label === "nav.home"}>
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <main id="contenu" className="page">
        {children}
      </main>
    </>
  );
}
