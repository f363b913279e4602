// A loader and a 20-row table: the least a page of the app does, without database or session.
import { useLoaderData } from "@remix-run/react";

export function loader() {
  return {
    rows: Array.from({ length: 20 }, (_, index) => ({
      id: index + 1,
      name: `Structure ${index + 1}`,
      city: "Die",
      balanceCents: (index + 1) * 1234,
    })),
  };
}

export default function Index() {
  const { rows } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>Tableau de référence</h1>
      <table>
        <thead>
          <tr>
            <th>N°</th>
            <th>Structure</th>
            <th>Ville</th>
            <th>Solde</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{row.id}</td>
              <td>{row.name}</td>
              <td>{row.city}</td>
              <td>{(row.balanceCents / 100).toFixed(2)} €</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
