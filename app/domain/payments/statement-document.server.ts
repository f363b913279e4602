// The statement PDF of one member, read in scope and drawn by the pure builder.
import { memberStatementPage } from "./statement.server";
import { renderStatementPdf, statementPdfView } from "./statement-pdf";

export async function memberStatementPdf(scope: { associationId: string; memberId: string; timeZone: string }) {
  const { statement, payment } = await memberStatementPage(scope);
  const pdf = await renderStatementPdf(statementPdfView(statement, payment));
  return { pdf, fileName: `releve-${statement.member.code}-${statement.today}` };
}
