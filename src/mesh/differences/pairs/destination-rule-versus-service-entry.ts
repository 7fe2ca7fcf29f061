// Pair: DestinationRule vs ServiceEntry (egress TLS origination, Bookinfo egress-rule-google-apis.yaml).
import type { PairKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const destinationRuleVersusServiceEntry: PairKnowledge = {
  kinds: ['DESTINATION_RULE', 'SERVICE_ENTRY'],
  dependency: 'A DestinationRule can target a ServiceEntry host to originate TLS, set load balancing or limit connections for external traffic; without the ServiceEntry (or a Service) for its host the DestinationRule is ignored.',
  dependencyRules: ['R5.5.5', 'R5.8.6'],
  notes: [
    { title: 'TLS origination', text: 'A ServiceEntry port 80 plus a DestinationRule with `tls.mode: SIMPLE` lets applications call http:// while the proxy speaks TLS upstream.', rules: ['R5.8.6'], docUrl: DOCS.destinationRule },
  ],
};
