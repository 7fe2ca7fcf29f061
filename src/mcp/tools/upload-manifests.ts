import { z } from 'zod';
import { AppError } from '../../errors.js';
import { formatProblem } from '../../service/explain/index.js';
import { defineTool } from '../define-tool.js';

export const uploadManifestsTool = defineTool({
  name: 'upload_manifests',
  title: 'Upload manifests',
  description: [
    'Stores Kubernetes + Istio manifests (YAML or JSON text, multi-document allowed) as a new immutable revision of a manifest set, creating the set when new.',
    'Use it when the user pastes manifests and asks where traffic goes; then call route_path or diagnostics with the same set.',
    'Refused input is a tool error listing every problem as file:line:column: object: field: message; nothing is stored then.',
    'Example input: {"set": "bookinfo", "files": [{"filename": "reviews.yaml", "content": "apiVersion: v1\\nkind: Service\\nmetadata:\\n  name: reviews\\nspec:\\n  selector:\\n    app: reviews\\n  ports:\\n  - port: 9080\\n    name: http"}]}',
  ].join(' '),
  inputSchema: {
    set: z.string().min(1).describe('Manifest set name, e.g. "bookinfo"'),
    files: z.array(z.object({ filename: z.string().min(1), content: z.string() })).min(1).describe('Files with their YAML/JSON text'),
    defaultNamespace: z.string().min(1).optional().describe('Namespace for objects that name none (default "default")'),
    description: z.string().optional(),
  },
  outputSchema: {
    set: z.string(),
    revision: z.number().int(),
    countsByKind: z.record(z.string(), z.number()),
    files: z.array(z.string()),
    warnings: z.array(z.string()),
  },
  readOnly: false,
  async answer(input, deps) {
    if (!deps.uploadManifests) throw new AppError('BAD_INPUT', 'This server serves local files read-only; uploads are not possible here.');
    const result = await deps.uploadManifests({
      set: input.set,
      files: input.files.map((f) => ({ name: f.filename, content: f.content })),
      defaultNamespace: input.defaultNamespace ?? null,
      description: input.description ?? null,
    });
    if (!result.ok) {
      const lines = result.problems.map(formatProblem);
      throw new AppError('BAD_INPUT', `The upload was refused and nothing was stored (${lines.length} problem${lines.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    }
    const revision = result.revision;
    const counts = Object.entries(revision.countsByKind).map(([kind, n]) => `${n} ${kind}`).join(', ');
    const warnings = result.warnings.map((w) => `${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`);
    return {
      summary: `Stored revision ${revision.number} of manifest set "${input.set}" (${counts || 'no objects'}).`,
      markdown: warnings.length > 0 ? `Warnings:\n${warnings.map((w) => `- ${w}`).join('\n')}` : '',
      structured: { set: input.set, revision: revision.number, countsByKind: revision.countsByKind, files: revision.files.map((f) => f.name), warnings },
    };
  },
});
