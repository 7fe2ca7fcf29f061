import type { Logger } from '../../logger.js';
import type { Services } from '../../service/index.js';

/** What every resolver receives: the use cases and a request-scoped logger. */
export interface GraphQLContext {
  services: Services;
  logger: Logger;
}
