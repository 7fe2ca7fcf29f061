// POST /sets/{name}/revisions (raw YAML body or JSON {files}), GET /sets/{name}/revisions[/{n}]
import type { Request } from 'express';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { Services, UploadInput } from '../../service/index.js';
import { UPLOAD_ANSWER_EXAMPLE, UPLOAD_REQUEST_EXAMPLE, UPLOAD_YAML_EXAMPLE } from './examples.js';
import { defineOperation, type Operation } from './operation.js';
import { parseOrThrow, revisionParam, setParams } from './params.js';
import { problemFor, sendProblem } from './problem.js';
import { revisionJson } from './representations.js';
import { revisionListSchema, revisionSchema, uploadAnswerSchema } from './schemas/manifest-sets.js';
import { badInput, notFound, problemContent } from './schemas/problem.js';

export const YAML_MEDIA_TYPES = ['application/yaml', 'text/yaml', 'application/x-yaml', 'text/x-yaml'];

const rawQuery = z.object({
  filename: z.string().min(1).max(255).default('upload.yaml').describe('with a raw YAML body: the file name reported in positions'),
  defaultNamespace: z.string().min(1).max(63).optional(),
  description: z.string().max(1000).optional(),
});

export const uploadBody = z.object({
  files: z.array(z.object({ filename: z.string().min(1).max(255), content: z.string() })).min(1),
  description: z.string().max(1000).optional(),
  defaultNamespace: z.string().min(1).max(63).optional(),
});

function uploadInput(req: Request, set: string): UploadInput {
  if (req.is(YAML_MEDIA_TYPES) && Buffer.isBuffer(req.body)) {
    const query = parseOrThrow(rawQuery, req.query, 'query');
    return { set, files: [{ name: query.filename, content: new Uint8Array(req.body) }], description: query.description ?? null, defaultNamespace: query.defaultNamespace ?? null };
  }
  if (req.is('application/json')) {
    const body = parseOrThrow(uploadBody, req.body, 'body');
    return { set, files: body.files.map((f) => ({ name: f.filename, content: f.content })), description: body.description ?? null, defaultNamespace: body.defaultNamespace ?? null };
  }
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Send YAML as ${YAML_MEDIA_TYPES.join(' or ')}, or JSON {files: [{filename, content}]} as application/json.`);
}

const revisionParams = setParams.extend({ revision: revisionParam.describe('Revision number or `latest`') });
const json = (schema: z.ZodType) => ({ 'application/json': { schema } });

export function revisionsOperations(services: Services): Operation[] {
  return [
    defineOperation({
      method: 'post', path: '/sets/{name}/revisions', operationId: 'uploadManifests', tags: ['manifest sets'],
      summary: 'Upload manifests as a new revision of the set (created on first upload); all-or-nothing',
      params: setParams, query: rawQuery.partial(), sample: { params: { name: 'openapi-upload' }, body: UPLOAD_REQUEST_EXAMPLE },
      requestBody: {
        description: 'JSON `{files}` (several files), or one raw YAML file with `?filename=`.',
        content: {
          'application/json': { schema: uploadBody, examples: { seed: { summary: 'One Service, Deployment and VirtualService', value: UPLOAD_REQUEST_EXAMPLE } } },
          'application/yaml': { schema: z.string(), examples: { seed: { summary: 'Raw YAML', value: UPLOAD_YAML_EXAMPLE } } },
        },
      },
      responses: {
        201: { description: 'Stored', content: { 'application/json': { schema: uploadAnswerSchema, examples: { stored: { summary: 'Revision 1', value: UPLOAD_ANSWER_EXAMPLE } } } } },
        400: badInput('Invalid body: files: Too small: expected array to have >=1 items'),
        413: { description: 'Body over BODY_LIMIT', content: problemContent({ code: 'PAYLOAD_TOO_LARGE', status: 413, title: 'Payload too large', detail: 'The request body is larger than the limit of 20971520 bytes (BODY_LIMIT).' }) },
        415: { description: 'Neither YAML nor JSON', content: problemContent({ code: 'UNSUPPORTED_MEDIA_TYPE', status: 415, title: 'Unsupported media type', detail: 'Send YAML as application/yaml ...' }) },
        422: { description: 'Refused: nothing stored; every problem listed', content: problemContent({ code: 'MANIFESTS_INVALID', status: 422, title: 'Invalid manifests', detail: 'The upload was refused and nothing was stored: 1 problem found.' }) },
      },
      handle: async ({ params, req }, res) => {
        const result = await services.uploadManifests(uploadInput(req, params.name));
        if (!result.ok) {
          const count = result.problems.length;
          const detail = `The upload was refused and nothing was stored: ${count} problem${count === 1 ? '' : 's'} found.`;
          sendProblem(res, problemFor('MANIFESTS_INVALID', detail, { problems: result.problems, warnings: result.warnings }));
          return;
        }
        res.status(201).location(`/api/v1/sets/${encodeURIComponent(params.name)}/revisions/${result.revision.number}`)
          .json({ revision: revisionJson(result.revision), warnings: result.warnings });
      },
    }),
    defineOperation({
      method: 'get', path: '/sets/{name}/revisions', operationId: 'listRevisions', summary: 'Revisions of a set, oldest first', tags: ['manifest sets'],
      params: setParams, query: z.object({}), sample: { params: { name: 'bookinfo' } },
      responses: { 200: { description: 'Revisions', content: json(revisionListSchema) }, 404: notFound('Manifest set "nope" does not exist.') },
      handle: async ({ params }, res) => {
        const set = await services.getSet(params.name);
        res.json({ items: (await services.listRevisions(set.id)).map(revisionJson) });
      },
    }),
    defineOperation({
      method: 'get', path: '/sets/{name}/revisions/{revision}', operationId: 'getRevision', summary: 'One revision', tags: ['manifest sets'],
      params: revisionParams, query: z.object({}), sample: { params: { name: 'bookinfo', revision: '1' } },
      responses: { 200: { description: 'The revision', content: json(revisionSchema) }, 400: badInput('Invalid path parameters: revision: Invalid input'), 404: notFound('Manifest set "bookinfo" has no revision 9.') },
      handle: async ({ params }, res) => void res.json(revisionJson(await services.getRevision(params.name, params.revision))),
    }),
  ];
}
