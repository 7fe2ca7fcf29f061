// Pair: VirtualService vs ServiceEntry (reference R5.1.3, R6.6.2, R1.8.2).
import type { PairKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const virtualServiceVersusServiceEntry: PairKnowledge = {
  kinds: ['VIRTUAL_SERVICE', 'SERVICE_ENTRY'],
  dependency: 'A ServiceEntry puts a host into the registry; a VirtualService for that host can then route, retry, time out or rewrite requests to it (http rules only on its HTTP ports) and can use it as a destination.',
  dependencyRules: ['R5.1.2', 'R5.1.3', 'R6.6.2'],
  notes: [
    { title: 'TLS ports', text: 'For an HTTPS ServiceEntry port only SNI (tls:) routing applies; HTTP timeouts and retries there have no effect.', rules: ['R6.6.2'], docUrl: DOCS.serviceEntry },
  ],
};
