/** One line a person can act on, without secrets from connection strings. */
export function describeStartError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  if (e.code === 'ECONNREFUSED') return 'PostgreSQL is not reachable at DATABASE_URL';
  if (e.code === '3D000') return 'the database named in DATABASE_URL does not exist';
  if (e.code === '28P01' || e.code === '28000') return 'PostgreSQL refused the credentials in DATABASE_URL';
  return (e.message ?? String(error)).split('\n')[0];
}
