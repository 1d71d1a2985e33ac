import type { Role } from '../../users/user.entity.js';

/** The caller of a request, as the auth guard found it in the database. */
export interface Actor {
  id: string;
  role: Role;
  /** The municipalities a coordinator holds; empty for admins and leads, who see all. */
  municipalityCodes: string[];
  /** The console session the caller's access token was issued for, when it was issued for one. */
  sessionId?: string;
}

export function seesAllMunicipalities(actor: Actor): boolean {
  return actor.role === 'admin' || actor.role === 'lead';
}

/** True when the actor may see and change data of this municipality. */
export function holdsMunicipality(actor: Actor, code: string): boolean {
  return seesAllMunicipalities(actor) || actor.municipalityCodes.includes(code);
}
