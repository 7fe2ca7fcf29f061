import { AppError } from '../../errors.js';

/** Largest batch of route requests one API call may simulate (GraphQL routePaths, REST route list). */
export const MAX_ROUTE_REQUESTS = 1000;

export function checkRouteBatchSize(count: number, field = 'requests'): void {
  if (count > MAX_ROUTE_REQUESTS) {
    throw new AppError('BAD_INPUT', `${field}: ${count} route requests in one call; the limit is ${MAX_ROUTE_REQUESTS}. Split the list.`);
  }
  if (count === 0) throw new AppError('BAD_INPUT', `${field}: expected at least one route request`);
}
