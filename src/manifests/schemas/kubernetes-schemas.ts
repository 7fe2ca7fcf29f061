import { z } from 'zod';
import { flag, labelSelector, listOf, mapOf, nonEmptyText, portNumber, stringList, stringMap, text } from './common-schemas.js';

const containerPort = mapOf({ containerPort: portNumber, name: text.nullish(), protocol: text.nullish() });
const container = mapOf({ name: nonEmptyText, ports: listOf(containerPort).nullish() });
const podSpec = mapOf({ containers: listOf(container), initContainers: listOf(container).nullish() });
const podTemplate = mapOf({ metadata: mapOf({ labels: stringMap.nullish() }).nullish(), spec: podSpec });

const workloadSpec = mapOf({
  replicas: z.number({ error: 'must be an integer >= 0' }).int({ error: 'must be an integer >= 0' }).min(0, { error: 'must be an integer >= 0' }).nullish(),
  selector: labelSelector,
  template: podTemplate,
});

export const serviceSchema = mapOf({
  spec: mapOf({
    type: text.nullish(),
    selector: stringMap.nullish(),
    clusterIP: text.nullish(),
    externalName: text.nullish(),
    ports: listOf(
      mapOf({
        port: portNumber,
        targetPort: z.union([portNumber, nonEmptyText], { error: 'must be a port number or a port name' }).nullish(),
        name: text.nullish(),
        protocol: text.nullish(),
        appProtocol: text.nullish(),
      }),
    ).nullish(),
  }),
});

const endpointAddress = mapOf({ ip: nonEmptyText, hostname: text.nullish(), nodeName: text.nullish() });

export const endpointsSchema = mapOf({
  subsets: listOf(
    mapOf({
      addresses: listOf(endpointAddress).nullish(),
      notReadyAddresses: listOf(endpointAddress).nullish(),
      ports: listOf(mapOf({ port: portNumber, name: text.nullish(), protocol: text.nullish() })).nullish(),
    }),
  ).nullish(),
});

export const endpointSliceSchema = mapOf({
  addressType: nonEmptyText,
  endpoints: listOf(
    mapOf({
      addresses: stringList.min(1, { error: 'must list at least one address' }),
      conditions: mapOf({ ready: flag.nullish(), serving: flag.nullish(), terminating: flag.nullish() }).nullish(),
      nodeName: text.nullish(),
      zone: text.nullish(),
    }),
  ).nullish(),
  ports: listOf(mapOf({ name: text.nullish(), port: portNumber.nullish(), protocol: text.nullish() })).nullish(),
});

export const podSchema = mapOf({
  spec: podSpec,
  status: mapOf({
    podIP: text.nullish(),
    phase: text.nullish(),
    conditions: listOf(mapOf({ type: text, status: text })).nullish(),
  }).nullish(),
});

export const workloadSchema = mapOf({ spec: workloadSpec });

export const namespaceSchema = mapOf({});
