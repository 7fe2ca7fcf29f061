// Every MCP tool, registered in this order. A tool not listed here does not exist.
import type { RegistrableTool } from '../define-tool.js';
import { describeResourceTool } from './describe-resource.js';
import { diagnosticsTool } from './diagnostics.js';
import { differencesTool } from './differences.js';
import { listManifestSetsTool } from './list-manifest-sets.js';
import { relationshipsTool } from './relationships.js';
import { routePathTool } from './route-path.js';
import { uploadManifestsTool } from './upload-manifests.js';

export const allTools: readonly RegistrableTool[] = Object.freeze([
  listManifestSetsTool, uploadManifestsTool, routePathTool, differencesTool, diagnosticsTool, relationshipsTool, describeResourceTool,
]);
