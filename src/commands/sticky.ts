/**
 * One sticky verdict comment per PR: found by its hidden marker AND its author (anyone can paste
 * a marker), listed with pagination, updated in place only when the body changed.
 */
import { hasVerdictMarker } from '../render/markers.js';
import type { LoopContext } from './loop.js';

export async function upsertStickyComment(
  ctx: LoopContext,
  issue: number,
  rollout: string,
  body: string,
): Promise<'created' | 'updated' | 'unchanged'> {
  const me = (await ctx.forge.identity()).toLowerCase();
  const comments = await ctx.forge.comments(issue);
  const mine = comments.find((c) => c.author.toLowerCase() === me && hasVerdictMarker(c.body, rollout));
  if (!mine) {
    await ctx.forge.createComment(issue, body);
    return 'created';
  }
  if (mine.body === body) return 'unchanged';
  await ctx.forge.updateComment(mine.id, body);
  return 'updated';
}
