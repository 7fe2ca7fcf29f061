// Loads inline YAML, builds the index and runs diagnostics; findings as [code, 'Kind ns/name'] pairs.
import { describeRef } from '../../../../src/mesh/model.js';
import { buildMeshIndex } from '../../../../src/mesh/index/build.js';
import type { MeshIndex } from '../../../../src/mesh/index/types.js';
import { runDiagnostics } from '../../../../src/mesh/diagnostics/index.js';
import type { Finding, RunDiagnosticsOptions } from '../../../../src/mesh/diagnostics/types.js';
import { loadYaml } from './load-yaml.js';

export function indexOf(yaml: string): MeshIndex {
  const loaded = loadYaml(yaml);
  return buildMeshIndex(loaded.resources, { locate: loaded.locate });
}

export function analyze(yaml: string, options: RunDiagnosticsOptions = {}): Finding[] {
  return runDiagnostics(indexOf(yaml), options);
}

export function pairs(findings: Finding[]): [string, string][] {
  return findings.map((f) => [f.code, describeRef(f.resource)] as [string, string]).sort();
}
