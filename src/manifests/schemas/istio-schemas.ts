import { z } from 'zod';
import { listOf, mapOf, nonEmptyText, portNumber, stringList, stringMap, text } from './common-schemas.js';

const portSelector = mapOf({ number: portNumber.nullish() });
const trafficPolicy = mapOf({ portLevelSettings: listOf(mapOf({ port: portSelector.nullish() })).nullish() });

export const destinationRuleSchema = mapOf({
  spec: mapOf({
    host: nonEmptyText,
    exportTo: stringList.nullish(),
    trafficPolicy: trafficPolicy.nullish(),
    subsets: listOf(mapOf({ name: nonEmptyText, labels: stringMap.nullish(), trafficPolicy: trafficPolicy.nullish() })).nullish(),
  }),
});

export const gatewaySchema = mapOf({
  spec: mapOf({
    selector: stringMap.nullish(),
    servers: listOf(
      mapOf({
        port: mapOf({ number: portNumber, protocol: nonEmptyText, name: text.nullish() }),
        hosts: stringList,
        bind: text.nullish(),
        name: text.nullish(),
      }),
    ),
  }),
});

export const serviceEntrySchema = mapOf({
  spec: mapOf({
    hosts: stringList,
    addresses: stringList.nullish(),
    ports: listOf(
      mapOf({ number: portNumber, protocol: text.nullish(), name: text.nullish(), targetPort: portNumber.nullish() }),
    ).nullish(),
    location: text.nullish(),
    resolution: text.nullish(),
    endpoints: listOf(
      mapOf({ address: text.nullish(), ports: z.record(z.string(), portNumber, { error: 'must be a map of port name to port number' }).nullish(), labels: stringMap.nullish() }),
    ).nullish(),
    workloadSelector: mapOf({ labels: stringMap.nullish() }).nullish(),
    exportTo: stringList.nullish(),
  }),
});

export const sidecarSchema = mapOf({
  spec: mapOf({
    workloadSelector: mapOf({ labels: stringMap.nullish() }).nullish(),
    egress: listOf(
      mapOf({ hosts: stringList, port: mapOf({ number: portNumber.nullish(), protocol: text.nullish() }).nullish() }),
    ).nullish(),
    ingress: listOf(mapOf({ port: mapOf({ number: portNumber, protocol: text.nullish() }) })).nullish(),
    outboundTrafficPolicy: mapOf({ mode: text.nullish() }).nullish(),
  }),
});
