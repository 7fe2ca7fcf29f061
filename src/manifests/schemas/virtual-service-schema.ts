import { z } from 'zod';
import { flag, listOf, mapOf, nonEmptyText, portNumber, stringList, stringMap, text } from './common-schemas.js';
import { stringMatch, stringMatchMap } from './string-match-schemas.js';

const WEIGHT_MESSAGE = 'must be an integer 0..100';
const weight = z
  .number({ error: WEIGHT_MESSAGE })
  .int({ error: WEIGHT_MESSAGE })
  .min(0, { error: WEIGHT_MESSAGE })
  .max(100, { error: WEIGHT_MESSAGE });

export const destination = mapOf({
  host: nonEmptyText,
  subset: text.nullish(),
  port: mapOf({ number: portNumber.nullish() }).nullish(),
});

const routeDestination = mapOf({ destination, weight: weight.nullish() });

const httpMatchRequest = mapOf({
  name: text.nullish(),
  uri: stringMatch.nullish(),
  scheme: stringMatch.nullish(),
  method: stringMatch.nullish(),
  authority: stringMatch.nullish(),
  headers: stringMatchMap.nullish(),
  withoutHeaders: stringMatchMap.nullish(),
  queryParams: stringMatchMap.nullish(),
  port: portNumber.nullish(),
  sourceLabels: stringMap.nullish(),
  gateways: stringList.nullish(),
  sourceNamespace: text.nullish(),
  ignoreUriCase: flag.nullish(),
});

const httpRoute = mapOf({
  name: text.nullish(),
  match: listOf(httpMatchRequest).nullish(),
  route: listOf(routeDestination).nullish(),
  redirect: mapOf({ uri: text.nullish(), authority: text.nullish(), port: portNumber.nullish() }).nullish(),
  directResponse: mapOf({ status: z.number({ error: 'must be an HTTP status code' }).int().min(200).max(599) }).nullish(),
  delegate: mapOf({ name: nonEmptyText, namespace: text.nullish() }).nullish(),
  rewrite: mapOf({
    uri: text.nullish(),
    authority: text.nullish(),
    uriRegexRewrite: mapOf({ match: text, rewrite: text }).nullish(),
  }).nullish(),
  timeout: text.nullish(),
  mirror: destination.nullish(),
});

const l4Match = {
  destinationSubnets: stringList.nullish(),
  port: portNumber.nullish(),
  sourceLabels: stringMap.nullish(),
  gateways: stringList.nullish(),
  sourceNamespace: text.nullish(),
};

export const virtualServiceSchema = mapOf({
  spec: mapOf({
    hosts: stringList.nullish(),
    gateways: stringList.nullish(),
    exportTo: stringList.nullish(),
    http: listOf(httpRoute).nullish(),
    tcp: listOf(mapOf({ match: listOf(mapOf(l4Match)).nullish(), route: listOf(routeDestination).nullish() })).nullish(),
    tls: listOf(
      mapOf({ match: listOf(mapOf({ ...l4Match, sniHosts: stringList })), route: listOf(routeDestination).nullish() }),
    ).nullish(),
  }),
});
