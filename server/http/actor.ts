import type { Actor } from '../../domain/kernel/context';
import { authenticate } from './authenticate';
import type { RouteContext } from './route';

/** The caller as the domain sees them: who (from the token, never the body), their name, and where from. */
export async function actorOf(ctx: RouteContext): Promise<Actor> {
  const { claims, identity } = await authenticate(ctx.req, ctx.deps.tokens, ctx.deps.grants);
  return { identity, name: claims.name, ip: ctx.ip ?? undefined };
}
