import { asObject, asString, asStringMap, describeRef, type Resource } from '../mesh/model.js';
import type { RawObject } from './collect-objects.js';
import { isClusterScoped } from './cluster-scoped-kinds.js';
import type { DocumentPositions } from './create-field-locator.js';
import { formatFieldPath, type PathSegment } from './field-path.js';
import type { FieldIssue } from './field-issue.js';
import { kindTreatment, type KindTreatment } from './kind-treatment.js';
import type { ProblemCollector } from './problem-collector.js';
import { redactSecret } from './redact-secret.js';
import { validateObject } from './validate-object.js';

export interface BuildContext { defaultNamespace: string; positions: DocumentPositions; collector: ProblemCollector }

export interface BuiltResource { resource: Resource; treatment: KindTreatment; valid: boolean }

const IDENTITY_FIELDS: readonly PathSegment[][] = [['apiVersion'], ['kind'], ['metadata', 'name']];

/** Checks identity, redacts Secrets, validates the kind's structure; problems go to the collector. */
export function buildResource(raw: RawObject, context: BuildContext): BuiltResource | undefined {
  const { collector, positions } = context;
  const object = asObject(raw.value);
  const report = (issues: FieldIssue[], described: string | null): void => {
    const located = issues.map((issue) => ({ issue, at: positions.locateNearest(raw.source, issue.path) }));
    located.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
    for (const { issue, at } of located) {
      const fieldPath = formatFieldPath(issue.path) || null;
      collector.add({ code: issue.code, file: raw.source.file, docIndex: raw.source.docIndex, ...at, object: described, fieldPath, message: issue.message });
    }
  };
  if (!object) {
    report([{ code: 'not-an-object', path: [], message: 'document is not a Kubernetes object (a map with apiVersion, kind and metadata)' }], null);
    return undefined;
  }
  const metadata = asObject(object.metadata);
  const [apiVersion, kind, name] = [asString(object.apiVersion), asString(object.kind), asString(metadata?.name)];
  if (!apiVersion || !kind || !name) {
    const described = kind && name ? `${kind} ${name}` : kind ? `${kind} (unnamed)` : null;
    const identity = [apiVersion, kind, name];
    report(IDENTITY_FIELDS.filter((_, i) => !identity[i]).map((path) => missingOrEmpty(object, path)), described);
    return undefined;
  }
  const namespace = isClusterScoped(kind) ? null : asString(metadata?.namespace) || context.defaultNamespace;
  const described = describeRef({ kind, namespace, name });
  const treatment = kindTreatment(apiVersion, kind);
  if (treatment.treatment === 'secret') {
    const dropped = redactSecret(object);
    if (dropped.length > 0) {
      collector.warn({
        code: 'secret-redacted',
        ...warningPlace(raw, described),
        message: `${described}: ${dropped.join(', ')} dropped; only the metadata of a Secret is kept`,
      });
    }
  }
  const issues = treatment.treatment === 'validated'
    ? validateObject(object, treatment.schema, treatment.rules)
    : validateObject(object, null, []);
  report(issues, described);
  const resource: Resource = {
    apiVersion,
    kind,
    namespace,
    name,
    labels: asStringMap(metadata?.labels),
    annotations: asStringMap(metadata?.annotations),
    creationTimestamp: asString(metadata?.creationTimestamp) ?? null,
    object,
    source: raw.source,
  };
  return { resource, treatment, valid: issues.length === 0 };
}

function missingOrEmpty(object: Record<string, unknown>, path: PathSegment[]): FieldIssue {
  const value = path.reduce<unknown>((node, key) => asObject(node)?.[key as string], object);
  if (value === undefined || value === null) return { code: 'missing-field', path, message: 'is required' };
  return { code: 'invalid-field', path, message: 'must be a non-empty string' };
}

export function warningPlace(raw: RawObject, described: string | null) {
  return { file: raw.source.file, docIndex: raw.source.docIndex, line: raw.source.line, object: described };
}
