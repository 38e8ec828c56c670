/** A repository with many rollouts: the reference rollout copied into phases/<name>/ for each name. */
import { repositoryFiles } from './world.js';

/** One folder per rollout; those in `live` start in A-1. Records go to reports/<name>/monitoring. */
export function manyRolloutFiles(names: string[], live: Record<string, 'A-1'> = {}): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(repositoryFiles())) {
    if (!path.startsWith('phases/')) {
      if (path !== 'reports/monitoring/README.md') files[path] = text;
      continue;
    }
    for (const name of names) {
      let t = text.replace(/^rollout: autosave$/m, `rollout: ${name}`);
      if (path === 'phases/current.yaml' && live[name])
        t = t
          .replace(/^phase: A-0$/m, 'phase: A-1')
          .replace('autosave.enabled: false', 'autosave.enabled: true');
      files[`phases/${name}/${path.slice('phases/'.length)}`] = t;
    }
  }
  return files;
}
