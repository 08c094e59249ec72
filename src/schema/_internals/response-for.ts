/** The declared response for a status: exact code, then its range (`4XX`, any case), then `default`. */
export function responseFor<T extends { spec: { status: string } }>(
  responses: readonly T[],
  status: number,
): T | undefined {
  const exact = String(status);
  const range = `${Math.floor(status / 100)}XX`;
  return (
    responses.find((response) => response.spec.status === exact) ??
    responses.find((response) => response.spec.status.toUpperCase() === range) ??
    responses.find((response) => response.spec.status === 'default')
  );
}
