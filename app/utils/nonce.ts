// The Content-Security-Policy nonce of the current response (scripts/serve.ts draws it, helmet
// puts it in the header, app/entry.server.tsx hands it to React). Remix's own inline scripts
// carry it; any other inline script is refused by the browser.
import { createContext, useContext } from "react";

export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce() {
  return useContext(NonceContext);
}
