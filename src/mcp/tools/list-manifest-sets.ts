import { z } from 'zod';
import { defineTool } from '../define-tool.js';

export const listManifestSetsTool = defineTool({
  name: 'list_manifest_sets',
  title: 'List manifest sets',
  description: [
    'Lists the manifest sets (uploaded Kubernetes + Istio YAML) this server can explain, with their latest revision.',
    'Call it first to learn the `set` name the other tools (route_path, diagnostics, relationships, differences, describe_resource) need.',
    'Example input: {}',
  ].join(' '),
  inputSchema: {},
  outputSchema: {
    sets: z.array(z.object({
      name: z.string(),
      description: z.string().nullable(),
      revisionCount: z.number().int(),
      latestRevision: z.number().int().nullable(),
      updatedAt: z.string().nullable(),
    })),
  },
  readOnly: true,
  async answer(_input, deps) {
    const sets = await deps.listSets();
    const summary = sets.length === 0
      ? 'There are no manifest sets yet; upload one with upload_manifests.'
      : `There ${sets.length === 1 ? 'is 1 manifest set' : `are ${sets.length} manifest sets`}: ${sets.map((s) => s.name).join(', ')}.`;
    const markdown = sets.map((s) => `- \`${s.name}\`: latest revision ${s.latestRevision ?? 'none'} of ${s.revisionCount}${s.description ? `: ${s.description}` : ''}`).join('\n');
    return { summary, markdown, structured: { sets } };
  },
});
