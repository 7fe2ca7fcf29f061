// Pair: VirtualService vs DestinationRule (reference R5.5, R5.6, R5.8).
import type { PairKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const virtualServiceVersusDestinationRule: PairKnowledge = {
  kinds: ['VIRTUAL_SERVICE', 'DESTINATION_RULE'],
  dependency: 'The VirtualService decides where a request goes (destination host, subset, weight); the DestinationRule defines the subsets and how to talk to the chosen host. A subset named in a VirtualService must be defined in the DestinationRule found from the client\'s namespace, or requests get 503 NC; the VirtualService\'s namespace plays no part in that lookup.',
  dependencyRules: ['R5.6.3', 'R4.13.1', 'R5.5.1'],
  notes: [
    { title: 'Order of application', text: 'Routing first (VirtualService), then the cluster policy of the chosen destination (DestinationRule: load balancing, connection pool, outlier detection, TLS).', rules: ['R3.1.1', 'R5.8.2'], docUrl: DOCS.trafficManagement },
    { title: 'Dead policies', text: 'Subset policies of the DestinationRule take effect only for traffic a route sends to that subset.', rules: ['R5.8.3'], docUrl: DOCS.destinationRule },
  ],
};
