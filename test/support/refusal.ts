/** The error a promise rejects with, for a spec to look into; a promise that resolves fails the spec. */
export async function refusal(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}
