// POST /sets/{name}/revisions (raw YAML body or JSON {files}), GET /sets/{name}/revisions[/{n}]
import { Router, type Request } from 'express';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { Services, UploadInput } from '../../service/index.js';
import { parseOrThrow, revisionParam } from './params.js';
import { problemFor, sendProblem } from './problem.js';
import { revisionJson } from './representations.js';

export const YAML_MEDIA_TYPES = ['application/yaml', 'text/yaml', 'application/x-yaml', 'text/x-yaml'];

const rawQuery = z.object({
  filename: z.string().min(1).max(255).default('upload.yaml'),
  defaultNamespace: z.string().min(1).max(63).optional(),
  description: z.string().max(1000).optional(),
});

const jsonBody = z.object({
  files: z.array(z.object({ filename: z.string().min(1).max(255), content: z.string() })).min(1),
  description: z.string().max(1000).optional(),
  defaultNamespace: z.string().min(1).max(63).optional(),
});

function uploadInput(req: Request<{ name: string }>): UploadInput {
  if (req.is(YAML_MEDIA_TYPES) && Buffer.isBuffer(req.body)) {
    const query = parseOrThrow(rawQuery, req.query, 'query');
    return { set: req.params.name, files: [{ name: query.filename, content: new Uint8Array(req.body) }], description: query.description ?? null, defaultNamespace: query.defaultNamespace ?? null };
  }
  if (req.is('application/json')) {
    const body = parseOrThrow(jsonBody, req.body, 'body');
    return { set: req.params.name, files: body.files.map((f) => ({ name: f.filename, content: f.content })), description: body.description ?? null, defaultNamespace: body.defaultNamespace ?? null };
  }
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Send YAML as ${YAML_MEDIA_TYPES.join(' or ')}, or JSON {files: [{filename, content}]} as application/json.`);
}

export function revisionsRouter(services: Services): Router {
  const router = Router();
  router.post('/sets/:name/revisions', async (req, res) => {
    const result = await services.uploadManifests(uploadInput(req));
    if (!result.ok) {
      const count = result.problems.length;
      const detail = `The upload was refused and nothing was stored: ${count} problem${count === 1 ? '' : 's'} found.`;
      sendProblem(res, problemFor('MANIFESTS_INVALID', detail, { problems: result.problems, warnings: result.warnings }));
      return;
    }
    res.status(201).location(`/api/v1/sets/${encodeURIComponent(req.params.name)}/revisions/${result.revision.number}`)
      .json({ revision: revisionJson(result.revision), warnings: result.warnings });
  });
  router.get('/sets/:name/revisions', async (req, res) => {
    const set = await services.getSet(req.params.name);
    res.json({ items: (await services.listRevisions(set.id)).map(revisionJson) });
  });
  router.get('/sets/:name/revisions/:revision', async (req, res) => {
    const number = parseOrThrow(revisionParam, req.params.revision, 'revision number');
    res.json(revisionJson(await services.getRevision(req.params.name, number)));
  });
  return router;
}
