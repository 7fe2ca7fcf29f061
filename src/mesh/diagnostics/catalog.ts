// Every diagnostic code, once, ordered by code. Codes are never reused: a retired code stays here as a comment
// (`// MX00NN RETIRED: <name>`). Docs live at docs/diagnostics/<code>.md.
import type { Severity } from './types.js';

export interface CatalogEntry {
  readonly code: string;
  readonly name: string;
  readonly severity: Severity;
  readonly summary: string;
  readonly istioCode?: string;
  readonly kialiCode?: string;
  readonly docs: string;
  /** Emitted by the runner itself, not by a rule. */
  readonly emittedByRunner?: boolean;
}

type EntryInput = Omit<CatalogEntry, 'docs'>;

function entry(input: EntryInput): CatalogEntry {
  return Object.freeze({ ...input, docs: `docs/diagnostics/${input.code}.md` });
}

export const catalog: readonly CatalogEntry[] = Object.freeze([
  entry({ code: 'MX0001', name: 'VirtualServiceDestinationHostNotFound', severity: 'error', istioCode: 'IST0101', kialiCode: 'KIA1101',
    summary: 'A route or mirror destination host matches no Service or ServiceEntry visible to the VirtualService.' }),
  entry({ code: 'MX0002', name: 'VirtualServiceDestinationPortNotFound', severity: 'error', istioCode: 'IST0101',
    summary: 'A destination port is not a port of the destination Service.' }),
  entry({ code: 'MX0003', name: 'VirtualServiceDestinationPortRequired', severity: 'error', istioCode: 'IST0112',
    summary: 'A destination without a port points at a Service with more than one port.' }),
  entry({ code: 'MX0004', name: 'VirtualServiceSubsetNotFound', severity: 'error', istioCode: 'IST0101', kialiCode: 'KIA1107',
    summary: 'A destination subset is not defined by the DestinationRule its callers find for that host.' }),
  entry({ code: 'MX0005', name: 'VirtualServiceGatewayNotFound', severity: 'error', istioCode: 'IST0101', kialiCode: 'KIA1102',
    summary: 'A gateway named by the VirtualService (or one of its matches) does not exist.' }),
  entry({ code: 'MX0006', name: 'VirtualServiceHostNotInGateway', severity: 'warning', istioCode: 'IST0132',
    summary: 'None of the VirtualService hosts is served by a server of a Gateway it is bound to.' }),
  entry({ code: 'MX0007', name: 'VirtualServiceConflictingMeshHosts', severity: 'error', istioCode: 'IST0109', kialiCode: 'KIA1106',
    summary: 'Several mesh VirtualServices claim the same host; sidecars use only the oldest one.' }),
  entry({ code: 'MX0008', name: 'VirtualServiceUnreachableRoute', severity: 'warning', istioCode: 'IST0130',
    summary: 'A route can never be used: it follows a catch-all route, or every match repeats an earlier one.' }),
  entry({ code: 'MX0009', name: 'VirtualServiceIneffectiveMatch', severity: 'info', istioCode: 'IST0131',
    summary: 'A match repeats or is covered by an earlier match, so it never decides anything.' }),
  entry({ code: 'MX0010', name: 'VirtualServiceSingleDestinationWeight', severity: 'warning', kialiCode: 'KIA1104',
    summary: 'A route with one destination sets a weight below 100; it still gets all the traffic.' }),
  entry({ code: 'MX0011', name: 'VirtualServiceWeightsNotHundred', severity: 'info',
    summary: 'The weights of a route do not add up to 100; each destination gets weight / sum.' }),
  entry({ code: 'MX0012', name: 'VirtualServiceAppliesToNoProxy', severity: 'warning',
    summary: 'The VirtualService is programmed into no proxy (no mesh, no existing Gateway, or exported nowhere).' }),
  entry({ code: 'MX0013', name: 'VirtualServiceDelegateNotFound', severity: 'error',
    summary: 'A route delegates to a VirtualService that does not exist, is not a delegate, or is not exported to it.' }),
  entry({ code: 'MX0014', name: 'DottedShortHostName', severity: 'warning',
    summary: 'A host like `reviews.default` contains a dot, so it is taken literally and matches no Service.' }),
  entry({ code: 'MX0015', name: 'VirtualServiceInvalidRegex', severity: 'error', istioCode: 'IST0122',
    summary: 'A regex in a match or rewrite is not valid RE2.' }),
  entry({ code: 'MX0016', name: 'VirtualServiceHttpRouteOnNonHttpPort', severity: 'warning',
    summary: 'HTTP rules target a Service port that Istio treats as TCP or TLS, so they never apply.' }),
  entry({ code: 'MX0017', name: 'VirtualServiceIngressSubsetBypass', severity: 'warning', istioCode: 'IST0140',
    summary: 'A gateway VirtualService routes to a host without subset while a mesh VirtualService splits that host by subset.' }),
  entry({ code: 'MX0018', name: 'VirtualServiceJwtClaimRouteWithoutRequestAuthentication', severity: 'error', istioCode: 'IST0149',
    summary: 'A gateway route matches JWT claims but no RequestAuthentication applies to the gateway pods.' }),
  entry({ code: 'MX0019', name: 'DestinationRuleHostNotFound', severity: 'warning', istioCode: 'IST0174', kialiCode: 'KIA0202',
    summary: 'The DestinationRule host matches no Service or ServiceEntry, so the rule is ignored.' }),
  entry({ code: 'MX0020', name: 'DestinationRuleSubsetSelectsNoPods', severity: 'error', istioCode: 'IST0173', kialiCode: 'KIA0203',
    summary: 'A subset that a VirtualService routes to selects no Pod of its host; that traffic gets 503 UH.' }),
  entry({ code: 'MX0021', name: 'DestinationRuleNotOnLookupPath', severity: 'warning',
    summary: 'No client of the host finds this DestinationRule on its lookup path.' }),
  entry({ code: 'MX0022', name: 'DestinationRuleShadowed', severity: 'warning',
    summary: 'Clients that could use this DestinationRule find another one first.' }),
  entry({ code: 'MX0023', name: 'GatewaySelectsNoPods', severity: 'info', istioCode: 'IST0101', kialiCode: 'KIA0302',
    summary: 'The Gateway selector matches no Pod of the set (the Istio install usually provides the gateway Pods).' }),
  entry({ code: 'MX0024', name: 'GatewayPortNotOnService', severity: 'warning', istioCode: 'IST0162',
    summary: 'A Gateway server port is neither a port nor a targetPort of a Service selecting the gateway Pods.' }),
  entry({ code: 'MX0025', name: 'GatewayConflictingServers', severity: 'error', istioCode: 'IST0145', kialiCode: 'KIA0301',
    summary: 'Two Gateways select the same Pods and declare the same host on the same port.' }),
  entry({ code: 'MX0026', name: 'ServiceSelectsNoPods', severity: 'warning',
    summary: 'The Service selector matches no Pod in its namespace, so it has no endpoints.' }),
  entry({ code: 'MX0027', name: 'ServicePortProtocolUnknown', severity: 'info', istioCode: 'IST0118', kialiCode: 'KIA0601',
    summary: 'A Service port name/appProtocol names no protocol, so Istio sniffs it.' }),
  entry({ code: 'MX0028', name: 'ServiceTargetPortNotExposed', severity: 'warning', kialiCode: 'KIA0701',
    summary: 'Selected Pods do not expose the Service targetPort (or lack the named port).' }),
  entry({ code: 'MX0029', name: 'TooManyFindings', severity: 'info', emittedByRunner: true,
    summary: 'The analysis stopped listing findings at the cap.' }),
  entry({ code: 'MX0030', name: 'DestinationRuleUnusedSubsetSelectsNoPods', severity: 'info', istioCode: 'IST0173', kialiCode: 'KIA0203',
    summary: 'A subset no VirtualService routes to selects no Pod of its host.' }),
]);

const byCode = new Map(catalog.map((e) => [e.code, e]));

export function catalogEntry(code: string): CatalogEntry {
  const found = byCode.get(code);
  if (!found) throw new Error(`unknown diagnostic code ${code}`);
  return found;
}
