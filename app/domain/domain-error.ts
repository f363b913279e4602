// The one shape of a refusal the domain gives (ADR 025): an invoice already issued, a period closed, a
// timer still running… It names what went wrong (a stable `code` tests and clients can rely on), the
// HTTP status a route answers with, and the sentence to show as a catalogue key with its values, so
// the route says it in the reader's language. Nothing is written when one is thrown. The domain never
// builds the sentence itself: it does not know who reads it (app/utils/domain-error.server.ts does).
import type { MessageKey } from "~/utils/i18n";

// A value may be an instant (written as a local time of the reader's zone), a calendar day
// (`{ day: "2026-11-24" }`, written as the reader's language writes dates) or words of the catalogue
// (`{ keys: [...] }`, translated and joined as a list: "a, b and c", « a, b et c »).
export type MessageValue = string | number | Date | { day: string } | { keys: MessageKey[] };
export type MessageValues = Record<string, MessageValue>;
export type Message = { key: MessageKey; values?: MessageValues };

/** Where the reader fixes the problem (a member's record, a settings page), with the link's text. */
export type FixLink = { href: string; label: Message };

export type DomainErrorStatus = 400 | 403 | 404 | 409 | 502 | 503;

export type DomainErrorInit = {
  /** Stable and short (`OVERLAP`, `credit.exceeds`); defaults to the message key. */
  code?: string;
  status: DomainErrorStatus;
  key: MessageKey;
  values?: MessageValues;
  /** Further sentences read after the first, when several things block at once. */
  more?: Message[];
  link?: FixLink | null;
};

export class DomainError extends Error {
  readonly code: string;
  readonly status: DomainErrorStatus;
  readonly key: MessageKey;
  readonly values: MessageValues;
  readonly more: Message[];
  readonly link: FixLink | null;

  constructor(init: DomainErrorInit) {
    // The message is for developers' logs and stack traces; people read the catalogue's sentence.
    super(init.code ?? init.key);
    this.name = "DomainError";
    this.code = init.code ?? init.key;
    this.status = init.status;
    this.key = init.key;
    this.values = init.values ?? {};
    this.more = init.more ?? [];
    this.link = init.link ?? null;
  }

  /** Every sentence of the refusal, the first one first. */
  get messages(): Message[] {
    return [{ key: this.key, values: this.values }, ...this.more];
  }
}
